//go:build !sangowebdata

package content

import (
	"errors"
	"io/fs"
	"path"
	"reflect"
	"slices"
	"strings"
	"testing"

	"sango/game/diag"
	"sango/game/level"
	"sango/game/locale"
	"sango/game/tomlpos"
	"sango/levels"
	"sango/locales"
)

// shippedDecoded decodes the shipped levels and the base language as `make web` does,
// with their names as cmd/predecode gives them.
func shippedDecoded(t *testing.T) []tomlpos.Decoded {
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
	return tomlpos.DecodeAll(srcs)
}

// splitShipped is shippedDecoded as `make web` ships it (ForWeb): the part built into
// the game, and a fetch of WebLevelsFile that counts its calls.
func splitShipped(t *testing.T) (first []byte, fetch func() ([]byte, error), fetches *int) {
	t.Helper()
	builtIn, later, err := ForWeb(shippedDecoded(t))
	if err != nil {
		t.Fatal(err)
	}
	fetches = new(int)
	return builtIn, func() ([]byte, error) { *fetches++; return later, nil }, fetches
}

// The web build plays levels checked when it was built: it must get the very levels and
// text the desktop build reads from the TOML, private state included.
func TestLoadDecodedGivesTheSameLevels(t *testing.T) {
	desktop := Load(levels.FS(), "levels", locales.FS(), "locales")
	first, fetch, fetches := splitShipped(t)
	web := LoadDecoded(first, fetch)
	if len(web.Levels) != 0 || *fetches != 0 {
		t.Fatalf("LoadDecoded fetched the levels (%d) before they were needed", *fetches)
	}
	base := web.Catalogs[BaseLang]
	if base == nil || base.Text("ui.play") == "[ui.play]" {
		t.Fatalf("the start screen's text is missing before the levels are loaded")
	}
	web.Ready()
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
		// Everything but where the desktop's keys sit in their source, which only the
		// checks' messages use: the steps with the mechanics' private state, and the
		// rest as the codec writes it, which is every other field.
		d := desktop.Levels[i]
		wb, werr := levelsCodec().Encode(w)
		db, derr := levelsCodec().Encode(d)
		if werr != nil || derr != nil || string(wb) != string(db) || !reflect.DeepEqual(w.Steps, d.Steps) {
			t.Errorf("level %d: the web build's %s differs from the desktop's %s (%v, %v)", i, w.File, d.File, werr, derr)
		}
	}
	// The catalog the start screen was drawn in is the one completed: the game holds it.
	want, got := desktop.Catalogs[BaseLang], base
	if web.Catalogs[BaseLang] != base {
		t.Errorf("the base language's catalog was replaced, not completed")
	}
	if !reflect.DeepEqual(locale.Keys(got), locale.Keys(want)) {
		t.Fatalf("the web build's %s has %d keys, the desktop's %d", BaseLang, len(locale.Keys(got)), len(locale.Keys(want)))
	}
	for _, k := range locale.Keys(want) {
		// The hash of the key's text (for translation stamps).
		if locale.SourceHash(got, k) != locale.SourceHash(want, k) {
			t.Errorf("%s: the web build's text differs from the desktop's", k)
		}
	}
	if *fetches != 1 {
		t.Errorf("the levels were fetched %d times, want once", *fetches)
	}
	// The game reads levels through the methods, which fetch them on first need.
	if again := LoadDecoded(first, fetch); again.Find(desktop.Levels[0].ID) == nil || len(again.InBand(desktop.Levels[0].Band)) == 0 {
		t.Errorf("Find and InBand did not fetch the levels they needed")
	}
}

// A level that fails its checks when the web build is made reaches the game as the
// desktop shows it: a broken entry in its band, with the checks' messages.
func TestForWebKeepsBrokenLevels(t *testing.T) {
	files := shippedDecoded(t)
	broken := tomlpos.Decoded{File: "levels/9to12/zz-broken.toml", Tree: map[string]any{"format": int64(1), "id": "zz-broken"}}
	builtIn, later, err := ForWeb(append(files, broken))
	if err != nil {
		t.Fatal(err)
	}
	web := LoadDecoded(builtIn, func() ([]byte, error) { return later, nil })
	br := web.BrokenInBand(level.Band9to12)
	if len(br) != 1 || br[0].File != broken.File || len(br[0].Problems) == 0 {
		t.Fatalf("the broken level gave %+v", br)
	}
	if web.Find("zz-broken") != nil {
		t.Errorf("a broken level is playable")
	}
	if len(web.Levels) == 0 || !slices.ContainsFunc(web.Problems, func(p diag.Problem) bool { return p.File == broken.File }) {
		t.Errorf("the other levels or the broken one's problems were lost: %d levels, %v", len(web.Levels), web.Problems)
	}
}

// The built-in part has every base-language string but the levels' text, which comes
// with the levels; the start screen's strings are all built in.
func TestForWebSplitsTheBaseLanguage(t *testing.T) {
	desktop := Load(levels.FS(), "levels", locales.FS(), "locales").Catalogs[BaseLang]
	first, fetch, _ := splitShipped(t)
	web := LoadDecoded(first, fetch)
	before := locale.Keys(web.Catalogs[BaseLang])
	for _, core := range []string{"ui.play", "ui.tap_to_start", "ui.help_title", "who.sango", "mech_chat.block"} {
		if !slices.Contains(before, core) {
			t.Errorf("%s is not built in; the start screen needs it", core)
		}
	}
	web.Ready()
	after := locale.Keys(web.Catalogs[BaseLang])
	if !reflect.DeepEqual(after, locale.Keys(desktop)) {
		t.Fatalf("built in and fetched, %s has %d keys; the file has %d", BaseLang, len(after), len(locale.Keys(desktop)))
	}
	for _, l := range web.Levels {
		if slices.Contains(before, l.Title) {
			t.Errorf("%s's title is built in; level text comes with the levels", l.ID)
		}
	}
	if len(web.Levels) == 0 || len(before) >= len(after) {
		t.Errorf("nothing was left to fetch: %d keys built in, %d in all", len(before), len(after))
	}
}

// A fetch that fails, or brings damaged data, leaves every band with a broken entry
// that says why and what to do, and the start screen's text intact.
func TestLoadDecodedLevelsUnavailable(t *testing.T) {
	first, fetch, _ := splitShipped(t)
	later, err := fetch()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		fetch func() ([]byte, error)
		want  string
	}{
		{"offline", func() ([]byte, error) { return nil, errors.New("fetch levels.bin: network error") }, "network error"},
		{"damaged", func() ([]byte, error) { return []byte("<html>not found</html>"), nil }, "not a model file"},
		{"cut short", func() ([]byte, error) { return later[:len(later)/2], nil }, "data ends early"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			set := LoadDecoded(first, tc.fetch)
			if set.Find("under9-conduct-kind-words") != nil {
				t.Fatal("a level was found with no levels to read")
			}
			for _, b := range level.Bands() {
				br := set.BrokenInBand(b)
				if len(br) != 1 || br[0].File != WebLevelsFile || len(br[0].Problems) != 1 ||
					!strings.Contains(br[0].Problems[0].Msg, tc.want) || !strings.Contains(br[0].Problems[0].Msg, "reload") {
					t.Errorf("band %s: broken %+v; want %s with the reason %q", b, br, WebLevelsFile, tc.want)
				}
			}
			if got := set.Catalog(BaseLang).Text("ui.play"); got == "[ui.play]" {
				t.Errorf("the start screen's text was lost")
			}
		})
	}
}

// A damaged copy of the built-in languages is a message, never a panic or a lost game.
func TestLoadDecodedReportsDamage(t *testing.T) {
	first, fetch, _ := splitShipped(t)
	set := LoadDecoded(first[:len(first)/2], fetch)
	set.Ready()
	if !slices.ContainsFunc(set.Problems, func(p diag.Problem) bool { return strings.Contains(p.Msg, "damaged") }) {
		t.Fatalf("half the data gave problems %v; want one saying it is damaged", set.Problems)
	}
	if set := LoadDecoded(nil, nil); set.Find("free_skins") != nil || len(set.Problems) == 0 {
		t.Fatalf("no data gave %d levels and problems %v", len(set.Levels), set.Problems)
	}
}

func TestLanguageFromWeb(t *testing.T) {
	fr, err := fs.ReadFile(locales.FS(), "fr.toml")
	if err != nil {
		t.Fatal(err)
	}
	data, err := LanguagesForWeb(tomlpos.DecodeAll(map[string]string{"locales/fr.toml": string(fr)}))
	if err != nil {
		t.Fatal(err)
	}
	c, err := LanguageFromWeb(data, "fr")
	want, _ := locale.Parse("locales/fr.toml", fr)
	if err != nil || c == nil || c.Lang != "fr" || !reflect.DeepEqual(locale.Keys(c), locale.Keys(want)) || c.Text("ui.play") != want.Text("ui.play") {
		t.Fatalf("fr gave %v, %v", c, err)
	}
	if c, err := LanguageFromWeb(data, "de"); c != nil || err == nil {
		t.Fatalf("a language not in the data gave %v, %v", c, err)
	}
	if c, err := LanguageFromWeb(data[:len(data)/2], "fr"); c != nil || err == nil || !strings.Contains(err.Error(), "ends early") {
		t.Fatalf("half the data gave %v, %v", c, err)
	}
	if _, err := LanguagesForWeb(tomlpos.DecodeAll(map[string]string{"levels/9to12/x.toml": "id = 'x'"})); err == nil {
		t.Errorf("a level file was written as a language")
	}
}
