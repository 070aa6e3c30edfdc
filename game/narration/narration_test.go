package narration

import (
	"slices"
	"strings"
	"testing"

	"sango/game/content"
	"sango/game/level"
	"sango/game/locale"
	"sango/levels"
	"sango/locales"
)

func catalog(t *testing.T, src string) *locale.Catalog {
	t.Helper()
	c, ps := locale.Parse("locales/en.toml", []byte(src))
	if len(ps) > 0 {
		t.Fatalf("catalog: %v", ps)
	}
	return c
}

func TestKeysPicksUnder9LevelsAndSayLinesAndLeavesOutWhatCannotBeOneRecording(t *testing.T) {
	var ui strings.Builder
	ui.WriteString("language = \"English\"\n[ui]\n")
	for _, k := range UIKeys() {
		if strings.HasPrefix(k, "ui.") {
			ui.WriteString(strings.TrimPrefix(k, "ui.") + " = \"x\"\n")
		}
	}
	ui.WriteString("say_next = \"Tap the arrow\"\nsay_count = \"{n} left\"\nunrelated = \"Not spoken\"\n")
	ui.WriteString("[who]\nsango = \"Sango\"\n")
	ui.WriteString("[lvl]\ntitle = \"A story\"\nline = \"Hello\"\nhi = \"Hello {name}\"\n" +
		"stars = { count = \"n\", one = \"one star\", other = \"{n} stars\" }\nolder = \"Not for small ones\"\n")
	en := catalog(t, ui.String())
	young := &level.Level{Band: level.BandUnder9, Title: "lvl.title", Steps: []level.Step{
		{Text: "lvl.line"}, {Text: "lvl.hi"}, {Prompt: "lvl.stars"}, {Text: "lvl.gone"}, {Text: "lvl.line"},
	}}
	old := &level.Level{Band: level.Band9to12, Title: "lvl.older"}
	keys := Keys([]*level.Level{old, young}, en)

	if !slices.IsSorted(keys) || len(slices.Compact(slices.Clone(keys))) != len(keys) {
		t.Errorf("keys not sorted and unique: %v", keys)
	}
	for _, k := range append(UIKeys(), "ui.say_next", "lvl.title", "lvl.line") {
		if !slices.Contains(keys, k) {
			t.Errorf("%s is not narrated", k)
		}
	}
	for _, k := range []string{"ui.say_count", "ui.unrelated", "lvl.hi", "lvl.stars", "lvl.gone", "lvl.older"} {
		if slices.Contains(keys, k) {
			t.Errorf("%s is narrated; it must not be", k)
		}
	}
	if want := len(UIKeys()) + 3; len(keys) != want {
		t.Errorf("%d keys, want %d: %v", len(keys), want, keys)
	}

	skipped := map[string]Skip{}
	for _, s := range Skipped([]*level.Level{old, young}, en) {
		skipped[s.Key] = s
	}
	for key, want := range map[string]string{
		"ui.say_count": "placeholder {n}",
		"lvl.hi":       "placeholder {name}",
		"lvl.stars":    "plural",
		"lvl.gone":     "missing from the English",
	} {
		s, ok := skipped[key]
		if !ok || !strings.Contains(s.Reason, want) {
			t.Errorf("%s: skipped %v (%q), want a reason with %q", key, ok, s.Reason, want)
		}
	}
	if skipped["lvl.hi"].Level != young || skipped["ui.say_count"].Level != nil {
		t.Errorf("skips must name the level that uses the key (nil for the interface)")
	}
	if len(skipped) != 4 {
		t.Errorf("skipped %v", skipped)
	}
}

// The shipped game: every interface key exists and can be spoken, every under9 line is
// in, and no line of an older band is.
func TestShippedKeys(t *testing.T) {
	s := content.Load(levels.FS(), "levels", locales.FS(), "locales")
	en := s.Catalogs[content.BaseLang]
	keys := Keys(s.Levels, en)
	for _, k := range UIKeys() {
		if !slices.Contains(keys, k) {
			t.Errorf("interface key %s is not narrated: %s", k, unspeakable(k, en))
		}
	}
	young := 0
	for _, l := range s.Levels {
		for _, k := range l.TextKeys() {
			in := slices.Contains(keys, k)
			switch {
			case l.Band == level.BandUnder9:
				young++
				if !in && unspeakable(k, en) == "" {
					t.Errorf("%s: %s is not narrated", l.File, k)
				}
			case in && !strings.HasPrefix(k, "ui.") && !strings.HasPrefix(k, "who."):
				if !usedUnder9(s.Levels, k) {
					t.Errorf("%s: %s of band %s is narrated", l.File, k, l.Band)
				}
			}
		}
	}
	if young < 40 {
		t.Errorf("only %d under9 keys: are the under9 levels loaded?", young)
	}
	for _, k := range keys {
		for lang, c := range s.Catalogs {
			if !c.Has(k) {
				t.Errorf("%s lacks narrated key %s", lang, k)
			}
		}
	}
}

func usedUnder9(ls []*level.Level, key string) bool {
	for _, l := range ls {
		if l.Band == level.BandUnder9 && slices.Contains(l.TextKeys(), key) {
			return true
		}
	}
	return false
}

func TestFile(t *testing.T) {
	if got := File("zh", "uh_oh_cloud.intro"); got != "voice/zh/uh_oh_cloud.intro.mp3" {
		t.Fatalf("got %q", got)
	}
}
