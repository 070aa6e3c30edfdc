package progress

import (
	"errors"
	"testing"
)

func TestRecordAndRoundTrip(t *testing.T) {
	p := New()
	p.Record("a", 1, 4)
	p.Record("a", 4, 4)
	p.Record("a", 2, 4)
	r := p.Levels["a"]
	if !r.Completed || r.Plays != 3 || r.BestSafe != 4 || r.LastSafe != 2 || r.FirstSafe != 1 {
		t.Fatalf("record %+v", r)
	}
	data, err := p.Encode()
	if err != nil {
		t.Fatal(err)
	}
	q, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if !q.Done("a") || q.Done("b") || q.Levels["a"] != r {
		t.Fatalf("round trip %+v", q)
	}
}

func TestDecodeRejectsDamage(t *testing.T) {
	for _, bad := range []string{"", "{", "null", `{"version": 99}`, `{"version": 1, "levels": {"": {}}}`,
		`{"version": 1, "levels": {"a": {"plays": -1}}}`, "\x00\x01", `[1,2]`} {
		p, err := Decode([]byte(bad))
		if !errors.Is(err, ErrCorrupt) {
			t.Errorf("%q: err %v, want ErrCorrupt", bad, err)
		}
		if p.Levels == nil || len(p.Levels) != 0 {
			t.Errorf("%q: damaged input must give empty progress", bad)
		}
	}
}
