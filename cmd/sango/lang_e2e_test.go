package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"sango/game/level"
	"sango/game/locale"
	"sango/game/runner"
)

// TestEveryLevelInEveryLanguage plays every shipped level through the interface in every
// language other than English (which the other end-to-end tests play three ways), and
// checks the outcome against the pure rules, as for English. Strategies and devices take
// turns, so each language sees safe and unsafe play, mouse, keys and touch.
func TestEveryLevelInEveryLanguage(t *testing.T) {
	needDisplay(t)
	modes := []struct {
		strategy string
		s        runner.Strategy
		device   string
	}{{"safe", runner.PlaySafe, "touch"}, {"unsafe", runner.PlayUnsafe, "mouse"}, {"safe", runner.PlaySafe, "keys"}}
	n := 0
	for _, lang := range locale.Codes() {
		if lang == "en" {
			continue
		}
		for _, l := range shippedLevels(t) {
			c := modes[n%len(modes)]
			n++
			t.Run(lang+"/"+l.ID+"/"+c.strategy+"/"+c.device, func(t *testing.T) {
				t.Parallel()
				data := t.TempDir()
				// A phone-sized window: phones are where long words crowd, and software
				// rendering of a small window keeps a hundred plays within the test budget.
				r := play(t, nil, "-mute", "-lang", lang, "-data", data, "-level", l.ID, "-autoplay", c.strategy, "-input", c.device,
					"-width", "390", "-height", "844")
				playedByTheRules(t, l, c.s, r)
				if strings.Contains(r.stdout+r.stderr, "missing text") {
					t.Fatalf("a string was missing on screen:\n%s%s", r.stdout, r.stderr)
				}
			})
		}
	}
}

// firstMechanicLevel is a 9to12 level that opens with dialogue and then has a mini-game,
// and the id of that mini-game's step.
func firstMechanicLevel(t *testing.T) (*level.Level, string) {
	t.Helper()
	for _, l := range shippedLevels(t) {
		if l.Band != level.Band9to12 {
			continue
		}
		for i, s := range l.Steps {
			if s.Mech != nil && i > 0 {
				return l, s.ID
			}
		}
	}
	t.Fatal("no 9to12 level with a mini-game after its opening")
	return nil, ""
}

// TestArabicAndChineseScreens photographs, in Arabic and Chinese, on a laptop and on a
// phone: the language picker, the title, a dialogue, a choice and a mini-game. The
// pictures land in build/screenshots/languages for a person to look at; the checks here
// are the ones every screen must pass.
func TestArabicAndChineseScreens(t *testing.T) {
	needDisplay(t)
	l, mechStep := firstMechanicLevel(t)
	dir := filepath.Join(shotsDir(t), "languages")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"ar", "zh"} {
		for _, size := range []struct {
			name string
			w, h int
		}{{"landscape", 1280, 720}, {"phone", 390, 844}} {
			t.Run(lang+"/"+size.name, func(t *testing.T) {
				t.Parallel()
				base := filepath.Join(dir, lang+"-"+size.name)
				data := t.TempDir()
				// First start: the picker, then the title in the language tapped.
				script := fmt.Sprintf("expect language\nshot %[1]s-1-picker.png\ntap lang:%[2]s\nwait 10\nexpect title\nshot %[1]s-2-title.png\n", base, lang)
				auto := filepath.Join(t.TempDir(), "first.auto")
				os.WriteFile(auto, []byte(script), 0o644)
				wh := []string{"-width", strconv.Itoa(size.w), "-height", strconv.Itoa(size.h)}
				r := play(t, nil, append([]string{"-mute", "-data", data, "-pick-language", "-autoplay", auto}, wh...)...)
				if r.code != 0 {
					t.Fatalf("first start: exit %d\n%s%s", r.code, r.stdout, r.stderr)
				}
				// The pick is remembered: the next start, with no -lang, is in the same language.
				script = fmt.Sprintf("shot %[1]s-3-dialogue.png\nreach %[2]s\nshot %[1]s-4-mechanic.png\nmove safe\nshot %[1]s-5-moved.png\n", base, mechStep)
				os.WriteFile(auto, []byte(script), 0o644)
				r = play(t, nil, append([]string{"-mute", "-data", data, "-level", l.ID, "-autoplay", auto}, wh...)...)
				if r.code != 0 {
					t.Fatalf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
				}
				saved, err := os.ReadFile(filepath.Join(data, "progress.json"))
				if err != nil || !strings.Contains(string(saved), `"lang": "`+lang+`"`) {
					t.Fatalf("the language pick was not saved: %v %s", err, saved)
				}
				for _, n := range []string{"1-picker", "2-title", "3-dialogue", "4-mechanic", "5-moved"} {
					checkScreenshot(t, base+"-"+n+".png", size.w, size.h, true)
				}
			})
		}
	}
}
