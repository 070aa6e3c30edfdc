package app

import (
	"bytes"
	"io/fs"
	"testing"
	"testing/fstest"

	"sango/game/content"
	"sango/game/runner"
	"sango/levels"
	"sango/locales"
)

func fsReadFile(fsys fs.FS, name string) ([]byte, error) { return fs.ReadFile(fsys, name) }

// removeLine drops the lines that start with prefix.
func removeLine(data []byte, prefix string) []byte {
	var out [][]byte
	for _, l := range bytes.Split(data, []byte("\n")) {
		if !bytes.HasPrefix(l, []byte(prefix)) {
			out = append(out, l)
		}
	}
	return bytes.Join(out, []byte("\n"))
}

// rightToLeftContent is the shipped content with one more language, "xx": English words
// laid out right to left, so mirroring can be checked without a translation.
func rightToLeftContent(t *testing.T) *content.Set {
	t.Helper()
	en, err := fsReadFile(locales.FS(), "en.toml")
	if err != nil {
		t.Fatal(err)
	}
	rtlCopy := append([]byte("direction = \"rtl\"\n"), removeLine(en, "direction")...)
	locs := fstest.MapFS{"en.toml": {Data: en}, "xx.toml": {Data: rtlCopy}}
	set := content.Load(levels.FS(), "levels", locs, "locales")
	if len(set.Problems) > 0 {
		t.Fatalf("test content: %v", set.Problems)
	}
	return set
}

// openAtStep opens a level at w by h and plays it safely up to a step, or up to its
// first activity when step is "".
func openAtStep(t *testing.T, set *content.Set, lang, id, step string, w, h float64) (*Game, *playScene) {
	t.Helper()
	g, err := New(Config{Content: set, Lang: lang, LevelID: id})
	if err != nil {
		t.Fatal(err)
	}
	g.LayoutF(w, h)
	g.layoutNow()
	s, ok := g.scene.(*playScene)
	if !ok {
		t.Fatalf("%s: the %s screen is showing, not the level", id, g.SceneName())
	}
	r := s.Runner()
	arrived := func() bool {
		if step == "" {
			return r.View().Phase == runner.Activity
		}
		return r.View().StepID == step
	}
	for n := 0; !arrived(); n++ {
		if n > 100 || r.Done() {
			t.Fatalf("%s: step %q never reached", id, step)
		}
		var err error
		switch {
		case r.View().Phase == runner.Choice:
			err = r.Choose(runner.PickOption(r, runner.PlaySafe))
		case r.View().Phase == runner.Activity && !r.View().Activity.Done():
			_, err = r.Act(runner.NextMove(r, runner.PlaySafe))
		default:
			err = r.Continue()
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	g.relayout = true
	g.layoutNow()
	return g, s
}
