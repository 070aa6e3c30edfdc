package diag

import (
	"strings"
	"testing"
)

func TestCheckSource(t *testing.T) {
	cases := []struct {
		name string
		data []byte
		want string // substring of the single problem; empty means no problem
	}{
		{"empty", nil, "x.toml:1:1: the file is empty"},
		{"ok", []byte("a = 1\n"), ""},
		{"utf8", []byte("a = 1\nb = \"\xff\"\n"), "x.toml:2:6: invalid UTF-8 (byte 0xff)"},
		{"huge", make([]byte, 10<<20), "x.toml:1:1: the file is 10.5 MB"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ps := CheckSource("x.toml", c.data)
			if c.want == "" {
				if len(ps) != 0 {
					t.Fatalf("want no problem, got %v", ps)
				}
				return
			}
			if len(ps) != 1 || !strings.Contains(ps[0].String(), c.want) {
				t.Fatalf("want %q, got %v", c.want, ps)
			}
		})
	}
}

func TestProblemString(t *testing.T) {
	p := Problem{File: "a.toml", Line: 0, Col: 0, Msg: "m", Warning: true}
	if got := p.String(); got != "a.toml:1:1: warning: m" {
		t.Fatalf("got %q", got)
	}
	if Errors([]Problem{p, {Msg: "e"}}) != 1 {
		t.Fatal("a warning must not count as an error")
	}
}
