//go:build !js

package locale

import (
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite matchtable_data.go from the live matcher")

func TestMatchPicksTheClosestShippedLanguage(t *testing.T) {
	cases := []struct {
		prefs []string
		want  string
	}{
		{[]string{"fr-CA"}, "fr"},
		{[]string{"es-419"}, "es"},
		{[]string{"ar_EG.UTF-8"}, "ar"},
		{[]string{"zh-CN"}, "zh"},
		{[]string{"zh-Hans-SG"}, "zh"},
		{[]string{"ru_RU.UTF-8@euro"}, "ru"},
		{[]string{"de-DE"}, "en"},
		{[]string{"de-DE", "fr"}, "fr"},
		{[]string{"C"}, "en"},
		{[]string{""}, "en"},
		{nil, "en"},
		{[]string{"not a tag!"}, "en"},
	}
	for _, c := range cases {
		if got := Match(c.prefs, "en"); got != c.want {
			t.Errorf("live %v: %s, want %s", c.prefs, got, c.want)
		}
		if got := lookupMatch(matchTable, c.prefs, "en"); got != c.want {
			t.Errorf("table %v: %s, want %s", c.prefs, got, c.want)
		}
	}
}

// The web build answers from matchTable; it must agree with the live matcher everywhere
// it was built for, and be the table the live matcher builds today.
func TestMatchTableAgreesWithTheLiveMatcher(t *testing.T) {
	built := buildMatchTable(Codes(), "en")
	src := matchTableSource(built)
	if *update {
		if err := os.WriteFile("matchtable_data.go", []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	old, err := os.ReadFile("matchtable_data.go")
	if err != nil || string(old) != src {
		t.Fatalf("matchtable_data.go is out of date: run go test ./game/locale -run TestMatchTable -update")
	}
	probes := matchProbes()
	if len(probes) < 1000 {
		t.Fatalf("only %d probes", len(probes))
	}
	for _, p := range probes {
		live := matchLive([]string{p}, Codes(), "en")
		if got := lookupMatch(matchTable, []string{p}, "en"); got != live {
			t.Errorf("%s: table %s, live %s", p, got, live)
		}
	}
	if len(matchTable) > 400 {
		t.Errorf("the table has %d entries: it should hold only what parents do not already say", len(matchTable))
	}
}

func TestFromEnvironment(t *testing.T) {
	env := func(vars map[string]string) func(string) string {
		return func(k string) string { return vars[k] }
	}
	cases := []struct {
		vars map[string]string
		want string
	}{
		{map[string]string{"LANG": "fr_FR.UTF-8"}, "fr"},
		{map[string]string{"LANG": "fr_FR.UTF-8", "LC_ALL": "ru_RU.UTF-8"}, "ru"},
		{map[string]string{"LANG": "de_DE.UTF-8", "LANGUAGE": "de:es"}, "es"},
		{map[string]string{"LC_ALL": "C", "LANGUAGE": "ar"}, "en"},
		{map[string]string{}, "en"},
	}
	for _, c := range cases {
		if got := Match(FromEnvironment(env(c.vars)), "en"); got != c.want {
			t.Errorf("%v: %s, want %s", c.vars, got, c.want)
		}
	}
}

func TestLanguagesAreTheSixUNLanguages(t *testing.T) {
	seen := map[string]bool{}
	for _, l := range Languages() {
		seen[l.Code] = true
		if l.Name == "" {
			t.Errorf("%s has no name", l.Code)
		}
		if (l.Direction == RTL) != (l.Code == "ar") {
			t.Errorf("%s direction %s", l.Code, l.Direction)
		}
	}
	for _, c := range []string{"ar", "zh", "en", "fr", "ru", "es"} {
		if !seen[c] {
			t.Errorf("%s missing", c)
		}
	}
}
