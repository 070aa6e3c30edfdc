package progress

import (
	"errors"
	"testing"

	"sango/game/mech"
)

func TestRecordAndRoundTrip(t *testing.T) {
	p := New()
	p.Record("a", Play{SafeFirstTry: 1, Choices: 4, Score: mech.Score{Hits: 1, FalseAlarms: 2}})
	p.Record("a", Play{SafeFirstTry: 4, Choices: 4})
	p.Record("a", Play{SafeFirstTry: 2, Choices: 4, Score: mech.Score{Hits: 3, CorrectRejections: 2}})
	r := p.Levels["a"]
	if !r.Completed || r.Plays != 3 || r.BestSafe != 4 || r.LastSafe != 2 || r.FirstSafe != 1 ||
		r.FirstScore.FalseAlarms != 2 || r.LastScore.CorrectRejections != 2 {
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
		`{"version": 1, "levels": {"a": {"plays": -1}}}`,
		`{"version": 1, "levels": {"a": {"last_score": {"hits": -3}}}}`, `{"version": 1, "badges": {"": true}}`, "\x00\x01", `[1,2]`} {
		p, err := Decode([]byte(bad))
		if !errors.Is(err, ErrCorrupt) {
			t.Errorf("%q: err %v, want ErrCorrupt", bad, err)
		}
		if p.Levels == nil || len(p.Levels) != 0 {
			t.Errorf("%q: damaged input must give empty progress", bad)
		}
	}
}

func TestUnlocksInOrder(t *testing.T) {
	order := []string{"a", "b", "c"}
	p := New()
	want := func(open ...bool) {
		t.Helper()
		for i, w := range open {
			if got := p.Unlocked(order, i); got != w {
				t.Errorf("level %s unlocked=%v, want %v", order[i], got, w)
			}
		}
	}
	want(true, false, false)
	p.Record("a", Play{})
	want(true, true, false)
	p.Record("b", Play{})
	want(true, true, true)
	if p.Unlocked(order, 3) || p.Unlocked(order, -1) {
		t.Error("indexes outside the list must not be unlocked")
	}
	// A level finished before stays open even if the one before it is not done.
	q := New()
	q.Record("c", Play{})
	want2 := q.Unlocked(order, 2)
	if !want2 {
		t.Error("a level already done must stay open")
	}
}

func TestBadgeNeedsEveryLevelOfThePlace(t *testing.T) {
	p := New()
	if p.AwardBadge("9to12", "contact", nil) {
		t.Fatal("a place with no levels earns no badge")
	}
	p.Record("x", Play{})
	if p.AwardBadge("9to12", "contact", []string{"x", "y"}) || p.HasBadge("9to12", "contact") {
		t.Fatal("badge earned before every level was done")
	}
	p.Record("y", Play{})
	if !p.AwardBadge("9to12", "contact", []string{"x", "y"}) || !p.HasBadge("9to12", "contact") {
		t.Fatal("badge not earned when every level was done")
	}
	if p.AwardBadge("9to12", "contact", []string{"x", "y"}) {
		t.Fatal("a badge is earned once")
	}
	data, err := p.Encode()
	if err != nil {
		t.Fatal(err)
	}
	q, err := Decode(data)
	if err != nil || !q.HasBadge("9to12", "contact") || q.HasBadge("9to12", "content") {
		t.Fatalf("badges did not survive a round trip: %v %+v", err, q.Badges)
	}
}

func TestSoundSettingsRoundTripAndDefaults(t *testing.T) {
	p := New()
	if got := p.Settings.SoundOrDefault(); got != DefaultSound() {
		t.Fatalf("a fresh progress has sound %+v, want the defaults %+v", got, DefaultSound())
	}
	p.Settings.Sound = &Sound{Music: 0, Effects: 3, Voice: 1, Muted: true}
	data, err := p.Encode()
	if err != nil {
		t.Fatal(err)
	}
	back, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if got := back.Settings.SoundOrDefault(); got != *p.Settings.Sound {
		t.Fatalf("sound settings came back as %+v, want %+v", got, *p.Settings.Sound)
	}
}

func TestImplausibleVolumeFallsBackWithoutLosingLevels(t *testing.T) {
	data := []byte(`{"version":1,"levels":{"a":{"completed":true,"plays":2}},"settings":{"lang":"fr","sound":{"music":99,"effects":2,"voice":5}}}`)
	p, err := Decode(data)
	if err != nil {
		t.Fatalf("a bad volume threw away the whole file: %v", err)
	}
	if !p.Levels["a"].Completed || p.Settings.Lang != "fr" {
		t.Fatalf("levels or language lost: %+v", p)
	}
	if got := p.Settings.SoundOrDefault(); got != DefaultSound() {
		t.Fatalf("an out-of-range volume gave %+v, want the defaults", got)
	}
}
