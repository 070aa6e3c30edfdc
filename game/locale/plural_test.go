package locale

import (
	"strings"
	"testing"
)

// Examples from CLDR's plurals.xml (v46) sample lists, for whole numbers.
func TestPluralCategoryFollowsCLDR(t *testing.T) {
	cases := map[string]map[string][]int{
		"en": {"one": {1}, "other": {0, 2, 3, 11, 100, 1000000}},
		"fr": {"one": {0, 1}, "many": {1000000, 2000000}, "other": {2, 17, 100, 1000}},
		"es": {"one": {1}, "many": {1000000}, "other": {0, 2, 16, 100, 1000}},
		"ru": {"one": {1, 21, 31, 101, 1001}, "few": {2, 3, 4, 22, 24, 102}, "many": {0, 5, 11, 12, 14, 19, 20, 100, 111, 112}},
		"ar": {"zero": {0}, "one": {1}, "two": {2}, "few": {3, 10, 103, 110, 1003}, "many": {11, 26, 99, 111, 1011}, "other": {100, 101, 102, 200, 1000}},
		"zh": {"other": {0, 1, 2, 15, 100}},
	}
	for lang, byCat := range cases {
		used := map[string]bool{}
		for cat, ns := range byCat {
			for _, n := range ns {
				if got := PluralCategory(lang, n); got != cat {
					t.Errorf("%s %d: %s, want %s", lang, n, got, cat)
				}
				used[cat] = true
			}
		}
		for _, c := range PluralCategories(lang) {
			// Russian "other" is for fractions, which the game never counts.
			if !used[c] && !(lang == "ru" && c == "other") {
				t.Errorf("%s: category %s listed but never reached by the examples", lang, c)
			}
		}
	}
}

func TestPluralStringsPickTheirForm(t *testing.T) {
	src := `language = "العربية"
direction = "rtl"
[ui]
levels = { count = "n", zero = "لا مستويات", one = "مستوى واحد", two = "مستويان", few = "{n} مستويات", many = "{n} مستوى", other = "{n} مستوى" }
`
	c, ps := Parse("locales/ar.toml", []byte(src))
	if len(ps) != 0 {
		t.Fatal(ps)
	}
	want := map[string]string{"0": "لا مستويات", "1": "مستوى واحد", "2": "مستويان", "3": "3 مستويات", "11": "11 مستوى", "100": "100 مستوى"}
	for n, w := range want {
		if got := c.Format("ui.levels", "n", n); got != w {
			t.Errorf("%s: %q, want %q", n, got, w)
		}
	}
	if !c.Has("ui.levels") || c.Text("ui.levels") != "{n} مستوى" {
		t.Errorf("a plural is a key whose plain text is its other form: %q", c.Text("ui.levels"))
	}
	if p, ok := PluralOf(c, "ui.levels"); !ok || p.Count != "n" || len(p.Forms) != 6 {
		t.Errorf("PluralOf: %+v %v", p, ok)
	}
	// A count that is not a number falls back to "other" instead of failing.
	if got := c.Format("ui.levels", "n", "lots"); got != "lots مستوى" {
		t.Errorf("non-number count: %q", got)
	}
}

func TestPluralProblemsArePositioned(t *testing.T) {
	src := "language = \"English\"\n[ui]\nx = { count = \"n\", one = \"a\" }\ny = { count = \"n\", lots = \"a\", other = \"b\" }\n"
	_, ps := Parse("en.toml", []byte(src))
	var all []string
	for _, p := range ps {
		all = append(all, p.String())
	}
	got := strings.Join(all, "\n")
	for _, want := range []string{"en.toml:3:1: ui.x needs an \"other\" form", "en.toml:4:1: ui.y: \"lots\" is not a plural category"} {
		if !strings.Contains(got, want) {
			t.Errorf("want %q in\n%s", want, got)
		}
	}
}

func TestNeedsReviewMarks(t *testing.T) {
	src := "language = \"Français\"\nneeds_review = [\"ui.play\", \"lvl\"]\n[ui]\nplay = \"Jouer\"\nback = \"Retour\"\n[lvl]\nx = \"X\"\n"
	c, ps := Parse("fr.toml", []byte(src))
	if len(ps) != 0 {
		t.Fatal(ps)
	}
	for key, want := range map[string]bool{"ui.play": true, "ui.back": false, "lvl.x": true, "lvlx.y": false} {
		if got := NeedsReview(c, key); got != want {
			t.Errorf("%s: %v, want %v", key, got, want)
		}
	}
	all, _ := Parse("fr.toml", []byte("language = \"Français\"\nneeds_review = [\"*\"]\n[ui]\nplay = \"Jouer\"\n"))
	if !NeedsReview(all, "ui.play") {
		t.Error(`"*" marks every key`)
	}
	_, ps = Parse("fr.toml", []byte("language = \"Français\"\nneeds_review = \"yes\"\n"))
	if len(ps) != 1 || !strings.Contains(ps[0].String(), "fr.toml:2:1: needs_review must be a list") {
		t.Errorf("bad mark: %v", ps)
	}
}
