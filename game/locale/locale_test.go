package locale

import (
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	c, ps := Parse("locales/en.toml", []byte("language = \"English\"\n[ui]\nplay = \"Play\"\nscore = \"{n} of {m}\"\n[lvl.sub]\nx = \"X\"\n"))
	if len(ps) != 0 {
		t.Fatal(ps)
	}
	if c.Lang != "en" || c.Name != "English" || c.Direction != LTR {
		t.Fatalf("metadata: %+v", c)
	}
	if !c.Has("ui.play") || !c.Has("lvl.sub.x") || c.Has("ui") {
		t.Fatalf("keys: %v", c.Keys())
	}
	if got := c.Format("ui.score", "n", "2", "m", "3"); got != "2 of 3" {
		t.Fatalf("format: %q", got)
	}
	if got := c.Text("nope.key"); got != "[nope.key]" {
		t.Fatalf("missing key shows as %q", got)
	}
	if c.Pos("ui.score").Line != 4 {
		t.Fatalf("pos: %v", c.Pos("ui.score"))
	}
}

func TestParseProblems(t *testing.T) {
	cases := map[string]string{
		"language = \"Français\"\ndirection = \"up\"\n": "fr.toml:2:1: direction must be",
		"[ui]\nplay = 3\n":        "fr.toml:2:1: ui.play must be a string",
		"language = \"x\"\n[ui\n": "fr.toml:2:4: TOML syntax",
		"":                        "fr.toml:1:1: the file is empty",
		"[ui]\nplay = \"x\"\n":    "missing field \"language\"",
	}
	for src, want := range cases {
		_, ps := Parse("fr.toml", []byte(src))
		var all []string
		for _, p := range ps {
			all = append(all, p.String())
		}
		if !strings.Contains(strings.Join(all, "\n"), want) {
			t.Errorf("%q: want %q in %v", src, want, all)
		}
	}
}

func TestRTL(t *testing.T) {
	c, ps := Parse("ar.toml", []byte("language = \"العربية\"\ndirection = \"rtl\"\n"))
	if len(ps) != 0 || c.Direction != RTL {
		t.Fatalf("%v %v", ps, c.Direction)
	}
}
