//go:build !sangowebdata

package content

import (
	"io/fs"
	"path"
	"reflect"
	"strings"
	"testing"

	"sango/game/tomlpos"
	"sango/levels"
	"sango/locales"
)

// predecodedShipped decodes the shipped levels and the base language as `make web` does,
// with their names as cmd/predecode gives them.
func predecodedShipped(t *testing.T) []byte {
	t.Helper()
	srcs := map[string]string{}
	err := fs.WalkDir(levels.FS(), ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(levels.FS(), name)
		srcs[path.Join("levels", name)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	en, err := fs.ReadFile(locales.FS(), BaseLang+".toml")
	if err != nil {
		t.Fatal(err)
	}
	srcs["locales/"+BaseLang+".toml"] = string(en)
	data, err := tomlpos.Predecode(srcs)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// The web build plays from decoded files alone: it must get the very levels the desktop
// build reads from the TOML.
func TestLoadDecodedGivesTheSameLevels(t *testing.T) {
	web := LoadDecoded(predecodedShipped(t))
	if len(web.Levels) != 0 {
		t.Fatalf("LoadDecoded decoded %d levels before they were needed", len(web.Levels))
	}
	web.Ready()
	desktop := Load(levels.FS(), "levels", locales.FS(), "locales")
	for _, p := range web.Problems {
		t.Errorf("web build: %s", p)
	}
	if len(web.Broken) > 0 || len(web.Levels) != len(desktop.Levels) || len(web.Levels) == 0 {
		t.Fatalf("web build: %d levels, %d broken; desktop: %d levels", len(web.Levels), len(web.Broken), len(desktop.Levels))
	}
	if _, ok := web.Catalogs[BaseLang]; !ok || len(web.Catalogs) != 1 {
		t.Errorf("web build catalogs %v, want only %s", len(web.Catalogs), BaseLang)
	}
	for i, w := range web.Levels {
		d := desktop.Levels[i]
		if w.File != d.File || w.ID != d.ID || w.Band != d.Band || w.Risk != d.Risk || w.Title != d.Title ||
			w.Objective != d.Objective || w.KeyMessage != d.KeyMessage || w.Sensitive != d.Sensitive ||
			!reflect.DeepEqual(w.Topics, d.Topics) || !reflect.DeepEqual(w.Practice, d.Practice) ||
			!reflect.DeepEqual(w.Characters, d.Characters) || !reflect.DeepEqual(w.Steps, d.Steps) {
			t.Errorf("level %d: the web build's %s differs from the desktop's %s", i, w.File, d.File)
		}
	}
	// The game reads levels through the methods, which decode them on first need.
	if again := LoadDecoded(predecodedShipped(t)); again.Find(desktop.Levels[0].ID) == nil || len(again.InBand(desktop.Levels[0].Band)) == 0 {
		t.Errorf("Find and InBand did not decode the levels they needed")
	}
	want, got := desktop.Catalogs[BaseLang], web.Catalogs[BaseLang]
	if !reflect.DeepEqual(got.Keys(), want.Keys()) {
		t.Fatalf("the web build's %s has %d keys, the desktop's %d", BaseLang, len(got.Keys()), len(want.Keys()))
	}
	for _, k := range want.Keys() {
		// The hash of the key's text (for translation stamps).
		if got.SourceHash(k) != want.SourceHash(k) {
			t.Errorf("%s: the web build's text differs from the desktop's", k)
		}
	}
}

// A damaged copy is a broken level with a message, never a panic or a lost game.
func TestLoadDecodedReportsDamage(t *testing.T) {
	good := predecodedShipped(t)
	set := LoadDecoded(good[:len(good)/2])
	set.Ready()
	if len(set.Problems) == 0 || !strings.Contains(set.Problems[0].Msg, "damaged") {
		t.Fatalf("half the data gave problems %v; want one saying it is damaged", set.Problems)
	}
	if set := LoadDecoded(nil); set.Find("free_skins") != nil || len(set.Problems) == 0 {
		t.Fatalf("no data gave %d levels and problems %v", len(set.Levels), set.Problems)
	}
}

func TestCatalogFromDecoded(t *testing.T) {
	fr, err := fs.ReadFile(locales.FS(), "fr.toml")
	if err != nil {
		t.Fatal(err)
	}
	data, err := tomlpos.Predecode(map[string]string{"locales/fr.toml": string(fr)})
	if err != nil {
		t.Fatal(err)
	}
	c, ps := CatalogFromDecoded(data, "locales/fr.toml")
	if c == nil || c.Lang != "fr" || len(ps) > 0 {
		t.Fatalf("fr gave %v, %v", c, ps)
	}
	if c, ps := CatalogFromDecoded(data, "locales/de.toml"); c != nil || len(ps) == 0 {
		t.Fatalf("a language not in the data gave %v, %v", c, ps)
	}
}
