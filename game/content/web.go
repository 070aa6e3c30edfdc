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
	"sango/game/tomlpos"
)

// WebLevelsFile is the web build's second file of decoded content: the levels and the
// base language's level text, fetched when a screen first needs a level (SplitForWeb).
const WebLevelsFile = "levels.bin"

// SplitForWeb divides the decoded level and language files for the web build in two.
// The first part is built into the game: every language file but for the base
// language's level text. The rest, every level file and each level's own table of the
// base language (the table its title key is in), goes into WebLevelsFile, which the game
// fetches when a screen first needs a level. The start screen needs none, so its download
// is about 20 KB (compressed) smaller and the levels arrive while the child looks at it.
func SplitForWeb(files []tomlpos.Decoded) (first, later []tomlpos.Decoded) {
	levelTables := map[string]bool{}
	for _, f := range files {
		if !strings.HasPrefix(f.File, levelsRoot+"/") {
			continue
		}
		later = append(later, f)
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
			core, text := map[string]any{}, map[string]any{}
			for key, v := range f.Tree {
				if _, table := v.(map[string]any); table && levelTables[key] {
					text[key] = v
				} else {
					core[key] = v
				}
			}
			first = append(first, tomlpos.Decoded{File: f.File, Tree: core})
			later = append(later, tomlpos.Decoded{File: f.File, Tree: text})
		default:
			first = append(first, f)
		}
	}
	return first, later
}

func baseLangFile() string { return path.Join(localesRoot, BaseLang+".toml") }

// addBaseText completes the base language with the level text that came with the levels
// (see SplitForWeb). The catalog is completed where it is, not replaced: the game has been
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
