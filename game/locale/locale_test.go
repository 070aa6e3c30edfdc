package locale

import (
	"reflect"
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
		t.Fatalf("keys: %v", Keys(c))
	}
	if got := c.Format("ui.score", "n", "2", "m", "3"); got != "2 of 3" {
		t.Fatalf("format: %q", got)
	}
	if got := c.Text("nope.key"); got != "[nope.key]" {
		t.Fatalf("missing key shows as %q", got)
	}
	if KeyPos(c, "ui.score").Line != 4 {
		t.Fatalf("pos: %v", KeyPos(c, "ui.score"))
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

// Split and Add give back the catalog they started from, in place.
func TestSplitThenAddKeepsEveryString(t *testing.T) {
	src := []byte("language = \"English\"\nneeds_review = [\"b\"]\n[a]\nx = \"one\"\n[b]\ny = \"two\"\n[b.n]\ncount = \"n\"\none = \"{n} star\"\nother = \"{n} stars\"\n")
	whole, ps := Parse("en.toml", src)
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	rest, part := Split(whole, func(key string) bool { return strings.HasPrefix(key, "b.") })
	if rest.Has("b.y") || !part.Has("b.y") || !part.Has("b.n") || !rest.Has("a.x") || part.Has("a.x") {
		t.Fatalf("split gave rest %v, part %v", Keys(rest), Keys(part))
	}
	if !NeedsReview(rest, "b.y") || rest.Name != "English" {
		t.Errorf("the rest lost the file's name or review marks")
	}
	held := rest
	rest.Add(part)
	if held != rest || !reflect.DeepEqual(Keys(rest), Keys(whole)) || rest.Format("b.n", "n", "1") != "1 star" {
		t.Errorf("added back: %v, want %v", Keys(rest), Keys(whole))
	}
}
