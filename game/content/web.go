package content

import (
	"fmt"
	"maps"
	"path"
	"slices"
	"strings"

	"sango/game/diag"
	"sango/game/level"
	"sango/game/locale"
	"sango/game/mech/registry"
	"sango/game/modelbin"
	"sango/game/tomlpos"
)

// WebLevelsFile is the web build's second file of content: the levels, checked, and the
// base language's level text, fetched when a screen first needs a level (ForWeb).
const WebLevelsFile = "levels.bin"

// ForWeb prepares decoded level and language files (named as cmd/predecode names them)
// for the web build, in two parts. The first is built into the game: every language file
// but for the base language's level text (the table of each level's title key). The
// second is WebLevelsFile, which the game fetches when a screen first needs a level:
// every level, decoded and checked here exactly as the desktop game checks its files, and
// that text. The start screen needs no level, so the download before it is smaller, and
// the game carries neither the level decoder nor its checks (about 65 KB less, compressed).
func ForWeb(files []tomlpos.Decoded) (builtIn []tomlpos.Decoded, levels []byte, err error) {
	builtIn, text := splitForWeb(files)
	all, err := tomlpos.Encode(files)
	if err != nil {
		return nil, nil, err
	}
	names, err := tomlpos.Files(all)
	if err != nil {
		return nil, nil, err
	}
	s := &Set{}
	s.Catalogs, _ = loadCatalogs(localesRoot, catalogFiles(names), func(file, _ string) (*locale.Catalog, []diag.Problem) {
		return CatalogFromDecoded(all, file)
	})
	s.loadDecodedLevels(all, levelFiles(names))
	out := webLevels{Levels: s.Levels, Broken: s.Broken}
	// The levels' own problems: a broken level's, and warnings such as a missing
	// translation. The catalogs' are the game's to find, as it reads them.
	for _, p := range s.Problems {
		if strings.HasPrefix(p.File, levelsRoot+"/") {
			out.Problems = append(out.Problems, p)
		}
	}
	if out.Text, err = tomlpos.Encode(text); err != nil {
		return nil, nil, err
	}
	if levels, err = levelsCodec().Encode(&out); err != nil {
		return nil, nil, fmt.Errorf("writing %s: %w", WebLevelsFile, err)
	}
	return builtIn, levels, nil
}

// webLevels is what WebLevelsFile holds.
type webLevels struct {
	Text     []byte // the base language's level text, in cmd/predecode's form
	Levels   []*level.Level
	Broken   []Broken
	Problems []diag.Problem
}

// levelsCodec reads and writes webLevels: its steps hold the mechanics' specs.
func levelsCodec() modelbin.Codec {
	var examples []any
	for _, spec := range registry.Specs() {
		examples = append(examples, spec)
	}
	return modelbin.New(examples...)
}

// readWebLevels takes in WebLevelsFile, fetched: its levels, and its text into the base
// language's catalog, built from core.
func (s *Set) readWebLevels(core, data []byte) error {
	var in webLevels
	if err := levelsCodec().Decode(data, &in); err != nil {
		return fmt.Errorf("reading %s: %w", WebLevelsFile, err)
	}
	s.addBaseText(core, in.Text)
	s.Levels = in.Levels
	s.Broken = append(s.Broken, in.Broken...)
	s.Problems = append(s.Problems, in.Problems...)
	return nil
}

// splitForWeb divides the files as ForWeb says: what is built in, and the base
// language's level text.
func splitForWeb(files []tomlpos.Decoded) (builtIn, text []tomlpos.Decoded) {
	levelTables := map[string]bool{}
	for _, f := range files {
		if !strings.HasPrefix(f.File, levelsRoot+"/") {
			continue
		}
		if title, ok := f.Tree["title"].(string); ok {
			if table, _, ok := strings.Cut(title, "."); ok {
				levelTables[table] = true
			}
		}
	}
	base := baseLangFile()
	for _, f := range files {
		switch {
		case strings.HasPrefix(f.File, levelsRoot+"/"):
		case f.File == base && f.Problem == nil:
			core, levelText := map[string]any{}, map[string]any{}
			for key, v := range f.Tree {
				if _, table := v.(map[string]any); table && levelTables[key] {
					levelText[key] = v
				} else {
					core[key] = v
				}
			}
			builtIn = append(builtIn, tomlpos.Decoded{File: f.File, Tree: core})
			text = append(text, tomlpos.Decoded{File: f.File, Tree: levelText})
		default:
			builtIn = append(builtIn, f)
		}
	}
	return builtIn, text
}

func baseLangFile() string { return path.Join(localesRoot, BaseLang+".toml") }

// addBaseText completes the base language with the level text that came with the levels
// (see ForWeb). The catalog is completed where it is, not replaced: the game has been
// showing its start screen in it already.
func (s *Set) addBaseText(core, later []byte) {
	file := baseLangFile()
	text, problem := tomlpos.DecodeFrom(later, file)
	if problem != nil {
		s.Problems = append(s.Problems, *problem)
		return
	}
	tree, problem := tomlpos.DecodeFrom(core, file)
	old := s.Catalogs[BaseLang]
	if problem != nil || old == nil {
		return // already reported when the catalogs were loaded
	}
	maps.Copy(tree, text)
	c, ps := locale.FromTree(file, tree)
	for _, p := range ps {
		if !slices.Contains(s.Problems, p) {
			s.Problems = append(s.Problems, p)
		}
	}
	if c != nil {
		*old = *c
	}
}

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
