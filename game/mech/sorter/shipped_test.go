package sorter_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"sango/game/content"
	"sango/game/level"
	"sango/game/mech"
	"sango/game/mech/sorter"
	"sango/levels"
	"sango/locales"
)

// shippedSorts is every sort step in the shipped levels, with its level.
func shippedSorts(t *testing.T) (*content.Set, map[*sorter.Spec]*level.Level) {
	t.Helper()
	set := content.Load(levels.FS(), "levels", locales.FS(), "locales")
	for _, b := range set.Broken {
		for _, p := range b.Problems {
			if strings.Contains(p.Msg, "sort") {
				t.Errorf("shipped level: %v", p)
			}
		}
	}
	out := map[*sorter.Spec]*level.Level{}
	for _, l := range set.Levels {
		for _, s := range l.Steps {
			if sp, ok := s.Mech.(*sorter.Spec); ok {
				out[sp] = l
			}
		}
	}
	if len(out) == 0 {
		t.Fatal("no shipped level has a sort step")
	}
	return set, out
}

// TestShippedSortStepsPlayBothWays plays every shipped sort step: safe play makes no
// mistakes and every risky item is a hit, every safe one a correct rejection; unsafe play
// makes both kinds of mistake and still finishes.
func TestShippedSortStepsPlayBothWays(t *testing.T) {
	_, steps := shippedSorts(t)
	for sp, l := range steps {
		risky := 0
		for i := range sp.Items {
			if sp.Risky(i) {
				risky++
			}
		}
		a := sp.Start()
		play(t, a, mech.Safe)
		if got, want := a.Score(), (mech.Score{Hits: risky, CorrectRejections: len(sp.Items) - risky}); got != want {
			t.Errorf("%s safe: %+v, want %+v", l.ID, got, want)
		}
		a = sp.Start()
		play(t, a, mech.Unsafe)
		if sc := a.Score(); sc.Misses == 0 || sc.FalseAlarms == 0 {
			t.Errorf("%s unsafe: %+v, want misses and false alarms", l.ID, sc)
		}
	}
}

// TestUnder9SortWordsAreShort keeps the youngest players' cards and bins to a few short
// words in every language, so the picture carries the meaning: at most three words on a
// card or a bin, and Sango's reactions short enough to read aloud in one breath.
func TestUnder9SortWordsAreShort(t *testing.T) {
	set, steps := shippedSorts(t)
	n := 0
	for sp, l := range steps {
		if l.Band != level.BandUnder9 {
			continue
		}
		n++
		for lang, cat := range set.Catalogs {
			words := func(key string) int { return len(strings.Fields(cat.Text(key))) }
			for _, b := range sp.Bins {
				if w := words(b.Label); w > 3 {
					t.Errorf("%s (%s): bin %q has %d words", l.ID, lang, cat.Text(b.Label), w)
				}
			}
			for _, it := range sp.Items {
				if it.Icon == "" {
					t.Errorf("%s: an under9 card without a picture", l.ID)
				}
				if w := words(it.Text); w > 3 {
					t.Errorf("%s (%s): card %q has %d words", l.ID, lang, cat.Text(it.Text), w)
				}
				for _, key := range []string{it.Right, it.Wrong, it.Detail} {
					if key != "" && utf8.RuneCountInString(cat.Text(key)) > 70 {
						t.Errorf("%s (%s): %q is long for a young reader", l.ID, lang, cat.Text(key))
					}
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no under9 sort step shipped")
	}
}
