package content

import (
	"strings"
	"testing"
	"testing/fstest"

	"sango/game/diag"
	"sango/game/level"
	"sango/levels"
	"sango/locales"
)

const enLocale = "language = \"English\"\n[t]\ntitle = \"T\"\nobj = \"O\"\nkey = \"K\"\nhello = \"Hi\"\n"

func levelSource(id, band string) string {
	return `id = "` + id + `"
band = "` + band + `"
risk = "content"
title = "t.title"
objective = "t.obj"
key_message = "t.key"
practice = ["tell"]
[[step]]
id = "a"
kind = "say"
text = "t.hello"
[[step]]
id = "end"
kind = "end"
`
}

func problems(s *Set) string {
	var out []string
	for _, p := range s.Problems {
		out = append(out, p.String())
	}
	return strings.Join(out, "\n")
}

func TestLoadSortsGoodFromBroken(t *testing.T) {
	lv := fstest.MapFS{
		"9to12/b.toml":            {Data: []byte(levelSource("b", "9to12"))},
		"9to12/a.toml":            {Data: []byte(levelSource("a", "9to12"))},
		"under9/c.toml":           {Data: []byte(levelSource("c", "under9"))},
		"9to12/bad.toml":          {Data: []byte("id = \"x\"\nband = \n")},
		"9to12/wrong-folder.toml": {Data: []byte(levelSource("w", "13to18"))},
		"9to12/dup.toml":          {Data: []byte(levelSource("a", "9to12"))},
		"loose.toml":              {Data: []byte(levelSource("l", "9to12"))},
		"README.md":               {Data: []byte("not a level")},
	}
	s := Load(lv, "levels", fstest.MapFS{"en.toml": {Data: []byte(enLocale)}}, "locales")
	var ids []string
	for _, l := range s.Levels {
		ids = append(ids, l.ID)
	}
	if got := strings.Join(ids, ","); got != "c,a,b" {
		t.Fatalf("playable levels in band then file order: got %s\n%s", got, problems(s))
	}
	all := problems(s)
	for _, want := range []string{
		"levels/9to12/bad.toml:2:8: TOML syntax",
		`levels/9to12/wrong-folder.toml:1:1: band "13to18" does not match the folder "9to12"`,
		`levels/9to12/dup.toml:1:1: level id "a" is already used by levels/9to12/a.toml`,
		`levels/loose.toml:1:1: a level must sit in a band folder`,
	} {
		if !strings.Contains(all, want) {
			t.Errorf("want %q in:\n%s", want, all)
		}
	}
	if len(s.Broken) != 4 || len(s.BrokenInBand("9to12")) != 3 {
		t.Fatalf("broken: %+v", s.Broken)
	}
	if s.Find("c") == nil || s.Find("nope") != nil || s.Find("w") != nil {
		t.Fatal("Find must return playable levels only")
	}
}

func TestMissingBaseLanguageIsReported(t *testing.T) {
	s := Load(fstest.MapFS{}, "levels", fstest.MapFS{"fr.toml": {Data: []byte("language = \"Français\"\n")}}, "locales")
	if !strings.Contains(problems(s), "locales/en.toml:1:1: the base language file is missing") {
		t.Fatal(problems(s))
	}
}

func TestOtherLanguagesMissingKeysAreWarnings(t *testing.T) {
	lv := fstest.MapFS{"9to12/a.toml": {Data: []byte(levelSource("a", "9to12"))}}
	locs := fstest.MapFS{"en.toml": {Data: []byte(enLocale)}, "fr.toml": {Data: []byte("language = \"Français\"\n[t]\ntitle = \"T\"\n")}}
	s := Load(lv, "levels", locs, "locales")
	if len(s.Levels) != 1 {
		t.Fatalf("a level complete in English must stay playable: %s", problems(s))
	}
	if diag.Errors(s.Problems) != 0 || !strings.Contains(problems(s), "warning: text key \"t.obj\" is missing from locales/fr.toml") {
		t.Fatalf("missing translations are warnings: %s", problems(s))
	}
}

func TestShippedContentLoadsClean(t *testing.T) {
	s := Load(levels.FS(), "levels", locales.FS(), "locales")
	if len(s.Problems) != 0 || len(s.Broken) != 0 {
		t.Fatal(problems(s))
	}
	if len(s.InBand("9to12")) < 4 {
		t.Fatalf("the skeleton ships at least four 9to12 levels, got %d", len(s.InBand("9to12")))
	}
	risks := map[string]bool{}
	for _, l := range s.InBand("9to12") {
		risks[string(l.Risk)] = true
	}
	if len(risks) != 4 {
		t.Fatalf("one 9to12 level per risk, got %v", risks)
	}
}

func TestDropSensitive(t *testing.T) {
	s := &Set{Levels: []*level.Level{{ID: "a"}, {ID: "b", Sensitive: true}, {ID: "c"}}}
	if n := s.DropSensitive(); n != 1 || len(s.Levels) != 2 || s.Find("b") != nil || s.Find("c") == nil {
		t.Fatalf("dropped %d, left %v", n, s.Levels)
	}
}

func TestPlayOrderVisitsEveryPlaceFirst(t *testing.T) {
	mk := func(id string, r level.Risk) *level.Level {
		return &level.Level{ID: id, Band: level.Band9to12, Risk: r}
	}
	s := &Set{Levels: []*level.Level{
		mk("contract-1", level.RiskContract), mk("content-1", level.RiskContent), mk("content-2", level.RiskContent),
		mk("contact-1", level.RiskContact), {ID: "other", Band: level.BandUnder9, Risk: level.RiskContent},
	}}
	var got []string
	for _, l := range s.InBand(level.Band9to12) {
		got = append(got, l.ID)
	}
	want := "content-1 contact-1 contract-1 content-2"
	if strings.Join(got, " ") != want {
		t.Fatalf("play order %v, want %s", got, want)
	}
	if p := s.InPlace(level.Band9to12, level.RiskContent); len(p) != 2 || p[1].ID != "content-2" {
		t.Fatalf("place %v", p)
	}
}
