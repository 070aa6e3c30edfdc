package content

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"sango/game/diag"
	"sango/game/level"
	"sango/game/locale"
	"sango/game/mech/registry"
	"sango/game/modelbin"
	"sango/game/tomlpos"
)

// The web build carries no TOML files and no decoder or checks for them: `make web`
// (cmd/predecode) decodes and checks the level and language files as the desktop game
// does, and writes the result as the model the game uses (game/modelbin). The game reads
// that back with one small codec: about 50 KB less to download before the first frame
// (compressed) than decoding and checking the files itself.

// WebLevelsFile is the web build's second file of content: the levels, checked, and the
// base language's level text, fetched when a screen first needs a level (ForWeb).
const WebLevelsFile = "levels.bin"

// webLanguages is what the languages built in (LoadDecoded) and each language fetched
// when it is picked (LanguageFromWeb) are written as.
type webLanguages struct {
	Catalogs []*locale.Catalog
	Problems []diag.Problem // the files' warnings, such as text awaiting review
}

// webLevels is what WebLevelsFile holds.
type webLevels struct {
	Text     *locale.Catalog // the base language's level text, split off (locale.Catalog.Split)
	Levels   []*level.Level
	Broken   []Broken
	Problems []diag.Problem // the levels' own, such as a translation still missing
}

// languagesCodec and levelsCodec read and write the two; the levels' steps hold the
// mechanics' specs.
func languagesCodec() modelbin.Codec { return modelbin.New() }

func levelsCodec() modelbin.Codec {
	var examples []any
	for _, spec := range registry.Specs() {
		examples = append(examples, spec)
	}
	return modelbin.New(examples...)
}

// ForWeb prepares decoded files, named as cmd/predecode names them (levels/<band>/<id>.toml
// and locales/<lang>.toml), for the web build, in two parts. The first is built into the
// game: the languages, but for the base language's level text (the tables that hold a
// level's title). The second is WebLevelsFile, which the game fetches when a screen first
// needs a level: every level, and that text. The start screen needs no level, so the
// download before it is smaller, and the levels arrive while the child looks at it.
func ForWeb(files []tomlpos.Decoded) (builtIn, levels []byte, err error) {
	s := decodedSet(files)
	var languages webLanguages
	out := webLevels{Levels: s.Levels, Broken: s.Broken}
	levelTables := map[string]bool{}
	for _, l := range s.Levels {
		if table, _, ok := strings.Cut(l.Title, "."); ok {
			levelTables[table] = true
		}
	}
	for _, c := range sortedCatalogs(s.Catalogs) {
		if c.Lang == BaseLang {
			c, out.Text = locale.Split(c, func(key string) bool {
				table, _, _ := strings.Cut(key, ".")
				return levelTables[table]
			})
		}
		languages.Catalogs = append(languages.Catalogs, c)
	}
	// Each file's problems go with it: a level's with the levels, a language's with it.
	for _, p := range s.Problems {
		if strings.HasPrefix(p.File, levelsRoot+"/") {
			out.Problems = append(out.Problems, p)
		} else {
			languages.Problems = append(languages.Problems, p)
		}
	}
	if builtIn, err = languagesCodec().Encode(&languages); err != nil {
		return nil, nil, fmt.Errorf("writing the built-in languages: %w", err)
	}
	if levels, err = levelsCodec().Encode(&out); err != nil {
		return nil, nil, fmt.Errorf("writing %s: %w", WebLevelsFile, err)
	}
	return builtIn, levels, nil
}

// LanguagesForWeb writes language files, decoded, as the web build fetches a language
// when it is picked (LanguageFromWeb).
func LanguagesForWeb(files []tomlpos.Decoded) ([]byte, error) {
	for _, f := range files {
		if !strings.HasPrefix(f.File, localesRoot+"/") {
			return nil, fmt.Errorf("%s is not a language file (locales/<lang>.toml)", f.File)
		}
	}
	s := decodedSet(files)
	out := webLanguages{Catalogs: sortedCatalogs(s.Catalogs)}
	// A file without the base language is fine here: it is the language picked.
	for _, p := range s.Problems {
		if p.File != baseLangFile() {
			out.Problems = append(out.Problems, p)
		}
	}
	return languagesCodec().Encode(&out)
}

// LanguageFromWeb reads the language lang from data written by LanguagesForWeb.
func LanguageFromWeb(data []byte, lang string) (*locale.Catalog, error) {
	var in webLanguages
	if err := languagesCodec().Decode(data, &in); err != nil {
		return nil, fmt.Errorf("reading the %s language: %w", lang, err)
	}
	for _, c := range in.Catalogs {
		if c.Lang == lang {
			return c, nil
		}
	}
	return nil, fmt.Errorf("the file has no %s language", lang)
}

// decodedSet loads decoded files as Load loads the files themselves.
func decodedSet(files []tomlpos.Decoded) *Set {
	byName := map[string]tomlpos.Decoded{}
	var catalogNames, levelNames []string
	for _, f := range files {
		byName[f.File] = f
		if name, ok := strings.CutPrefix(f.File, localesRoot+"/"); ok && !strings.Contains(name, "/") {
			catalogNames = append(catalogNames, name)
		} else if name, ok := strings.CutPrefix(f.File, levelsRoot+"/"); ok {
			levelNames = append(levelNames, name)
		}
	}
	tree := func(file string) (map[string]any, []diag.Problem) {
		if p := byName[file].Problem; p != nil {
			return nil, []diag.Problem{*p}
		}
		return byName[file].Tree, nil
	}
	s := &Set{}
	var ps []diag.Problem
	s.Catalogs, ps = loadCatalogs(localesRoot, catalogNames, func(file, _ string) (*locale.Catalog, []diag.Problem) {
		raw, ps := tree(file)
		if ps != nil {
			return nil, ps
		}
		return locale.FromTree(file, raw)
	})
	s.Problems = append(s.Problems, ps...)
	s.loadLevels(levelsRoot, levelNames, func(file, _ string) (*level.Level, []diag.Problem) {
		raw, ps := tree(file)
		if ps != nil {
			return nil, ps
		}
		return level.FromTree(file, raw)
	})
	diag.Sort(s.Problems)
	return s
}

// sortedCatalogs lists catalogs by language code, so a build writes the same bytes each
// time.
func sortedCatalogs(catalogs map[string]*locale.Catalog) []*locale.Catalog {
	var out []*locale.Catalog
	for _, code := range slices.Sorted(maps.Keys(catalogs)) {
		out = append(out, catalogs[code])
	}
	return out
}

// readWebLanguages takes in the languages built in.
func (s *Set) readWebLanguages(data []byte) {
	s.Catalogs = map[string]*locale.Catalog{}
	var in webLanguages
	if err := languagesCodec().Decode(data, &in); err != nil {
		s.Problems = append(s.Problems, diag.Problem{File: localesRoot, Line: 1, Col: 1, Msg: "the web build's languages are damaged: " + err.Error()})
	}
	for _, c := range in.Catalogs {
		s.Catalogs[c.Lang] = c
	}
	s.Problems = append(s.Problems, in.Problems...)
	if s.Catalogs[BaseLang] == nil {
		s.Problems = append(s.Problems, diag.Problem{File: baseLangFile(), Line: 1, Col: 1,
			Msg: "the base language file is missing or unreadable; every other language falls back to it"})
	}
}

// readWebLevels takes in WebLevelsFile, fetched: its levels, and its text into the base
// language's catalog, in place, as the start screen is already drawn in it.
func (s *Set) readWebLevels(data []byte) error {
	var in webLevels
	if err := levelsCodec().Decode(data, &in); err != nil {
		return fmt.Errorf("reading %s: %w", WebLevelsFile, err)
	}
	if base := s.Catalogs[BaseLang]; base != nil && in.Text != nil {
		base.Add(in.Text)
	}
	s.Levels = in.Levels
	s.Broken = append(s.Broken, in.Broken...)
	s.Problems = append(s.Problems, in.Problems...)
	return nil
}

func baseLangFile() string { return localesRoot + "/" + BaseLang + ".toml" }

// levelsUnavailable says, on every band's map, that its levels could not be had, and
// why: the game still runs, and a teacher sees what to do.
func (s *Set) levelsUnavailable(err error) {
	p := diag.Problem{File: WebLevelsFile, Line: 1, Col: 1, Msg: fmt.Sprintf(
		"the levels could not be loaded (%v); connect to the classroom server or the internet, then reload the page", err)}
	for _, b := range level.Bands() {
		s.Broken = append(s.Broken, Broken{File: WebLevelsFile, Band: b, Problems: []diag.Problem{p}})
	}
	s.Problems = append(s.Problems, p)
}
