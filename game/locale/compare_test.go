package locale

import (
	"strings"
	"testing"
)

func mustParse(t *testing.T, file, src string) *Catalog {
	t.Helper()
	c, ps := Parse(file, []byte(src))
	if len(ps) != 0 {
		t.Fatal(ps)
	}
	return c
}

func TestCompareReportsEveryTranslationProblem(t *testing.T) {
	base := mustParse(t, "locales/en.toml", `language = "English"
[ui]
play = "Play"
score = "{right} of {total}"
gone = "Gone"
levels = { count = "n", one = "{n} level", other = "{n} levels" }
`)
	ru := mustParse(t, "locales/ru.toml", `language = "Русский"
needs_review = ["ui.play"]
[ui]
play = "Играть"
score = "{right} из {all}"
levels = { count = "n", one = "{n} уровень", few = "{n} уровня", other = "{n} уровней" }
extra = "Лишнее"
`)
	stamps := Stamps{"ui.play": SourceHash(base, "ui.play"), "ui.score": "0"}
	var lines []string
	for _, p := range Compare(base, ru, stamps, "locales/ru.stamps") {
		lines = append(lines, p.String())
	}
	got := strings.Join(lines, "\n")
	for _, want := range []string{
		`locales/ru.toml:1:1: missing ui.gone: translate "Gone"`,
		`locales/ru.toml:7:1: extra key ui.extra`,
		`locales/ru.toml:5:1: ui.score has placeholders [{all} {right}]; en.toml has [{right} {total}]`,
		`locales/ru.toml:6:1: ui.levels lacks the plural forms [many] that ru uses`,
		`locales/ru.toml:5:1: warning: ui.score is stale`,
		`locales/ru.toml:6:1: warning: ui.levels is stale`,
		`locales/ru.toml:2:1: warning: 1 strings are marked as awaiting review`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("want %q in\n%s", want, got)
		}
	}
	if strings.Contains(got, "ui.play is stale") {
		t.Errorf("a stamped, unchanged string is not stale:\n%s", got)
	}
}

func TestCompareAcceptsAGoodTranslationAndItsStamps(t *testing.T) {
	base := mustParse(t, "locales/en.toml", "language = \"English\"\n[ui]\nplay = \"Play {n}\"\nlevels = { count = \"n\", one = \"{n} level\", other = \"{n} levels\" }\n")
	ar := mustParse(t, "locales/ar.toml", "language = \"العربية\"\ndirection = \"rtl\"\n[ui]\nplay = \"العب {n}\"\nlevels = { count = \"n\", zero = \"لا مستويات\", one = \"مستوى واحد\", two = \"مستويان\", few = \"{n} مستويات\", many = \"{n} مستوى\", other = \"{n} مستوى\" }\n")
	stamps, ps := ParseStamps("locales/ar.stamps", StampsFor(base, ar))
	if len(ps) != 0 {
		t.Fatal(ps)
	}
	if ps := Compare(base, ar, stamps, "locales/ar.stamps"); len(ps) != 0 {
		t.Fatalf("clean translation reported: %v", ps)
	}
	wrongDir := mustParse(t, "locales/ar.toml", "language = \"Arabic\"\n[ui]\nplay = \"العب {n}\"\nlevels = { count = \"n\", other = \"{n}\" }\n")
	var lines []string
	for _, p := range Compare(base, wrongDir, nil, "locales/ar.stamps") {
		lines = append(lines, p.String())
	}
	got := strings.Join(lines, "\n")
	for _, want := range []string{`language is "Arabic"; the game lists ar as "العربية"`, `direction is "ltr"; ar is written rtl`, `locales/ar.stamps:1:1: warning: no record of the English`, "lacks the plural forms [zero one two few many]"} {
		if !strings.Contains(got, want) {
			t.Errorf("want %q in\n%s", want, got)
		}
	}
}
