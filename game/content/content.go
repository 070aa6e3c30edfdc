// Package content loads the game's levels and string catalogs from any file system (the
// embedded set, a folder on disk, a test's map) and sorts what is fit to play from what is
// broken, so one bad file never takes the rest of the game down with it.
package content

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"sango/game/diag"
	"sango/game/level"
	"sango/game/locale"
)

// BaseLang is the language every other falls back to and every level must be complete in.
const BaseLang = "en"

// Set is everything loaded.
//
// A Set from LoadDecoded decodes its levels when they are first needed, not when it is
// made: the web build's first screen needs none, and decoding them took about a tenth of
// a second of its start. Levels and Broken are filled then by the first call of a method
// that reads them; call Ready before reading those fields directly.
type Set struct {
	Levels   []*level.Level // playable, by band then file name
	Broken   []Broken       // level files that could not be played
	Catalogs map[string]*locale.Catalog
	Problems []diag.Problem // every problem found, broken levels' included

	pending func() // decodes the levels; nil once they are in
}

// Ready decodes the levels if that was left until they were needed.
func (s *Set) Ready() {
	if load := s.pending; load != nil {
		s.pending = nil
		load()
	}
}

// BrokenLevels returns the level files that could not be played.
func (s *Set) BrokenLevels() []Broken {
	s.Ready()
	return s.Broken
}

// Broken is a level file that failed to load, kept so the game can say so.
type Broken struct {
	File     string
	Band     level.Band // from the folder it sits in
	Problems []diag.Problem
}

// InBand returns the playable levels of a band in play order: the first level of each
// risk (content, contact, conduct, contract), then the second of each, and so on, so a
// child visits every place on the band's map before going deeper into one. Within a
// risk, levels keep their file order.
func (s *Set) InBand(b level.Band) []*level.Level {
	s.Ready()
	byRisk := map[level.Risk][]*level.Level{}
	rounds := 0
	for _, l := range s.Levels {
		if l.Band == b {
			byRisk[l.Risk] = append(byRisk[l.Risk], l)
			rounds = max(rounds, len(byRisk[l.Risk]))
		}
	}
	var out []*level.Level
	for round := range rounds {
		for _, r := range level.Risks() {
			if round < len(byRisk[r]) {
				out = append(out, byRisk[r][round])
			}
		}
	}
	return out
}

// DropSensitive removes the levels marked sensitive, for a facilitator who leaves those
// topics out, and returns how many were removed.
func (s *Set) DropSensitive() int {
	s.Ready()
	kept := s.Levels[:0]
	for _, l := range s.Levels {
		if !l.Sensitive {
			kept = append(kept, l)
		}
	}
	n := len(s.Levels) - len(kept)
	s.Levels = kept
	return n
}

// InPlace returns the playable levels of one band and risk, in play order.
func (s *Set) InPlace(b level.Band, r level.Risk) []*level.Level {
	var out []*level.Level
	for _, l := range s.InBand(b) {
		if l.Risk == r {
			out = append(out, l)
		}
	}
	return out
}

// BrokenInBand returns the broken level files found in a band's folder.
func (s *Set) BrokenInBand(b level.Band) []Broken {
	s.Ready()
	var out []Broken
	for _, br := range s.Broken {
		if br.Band == b {
			out = append(out, br)
		}
	}
	return out
}

// Find returns the playable level with the given id, or nil.
func (s *Set) Find(id string) *level.Level {
	s.Ready()
	for _, l := range s.Levels {
		if l.ID == id {
			return l
		}
	}
	return nil
}

// Catalog returns the catalog for lang, falling back to the base language.
func (s *Set) Catalog(lang string) *locale.Catalog {
	if c, ok := s.Catalogs[lang]; ok {
		return c
	}
	return s.Catalogs[BaseLang]
}

// Load reads levels and catalogs. Roots name the folders in messages ("levels", "locales").
func Load(levelsFS fs.FS, levelsRoot string, localesFS fs.FS, localesRoot string) *Set {
	s := &Set{}
	var ps []diag.Problem
	s.Catalogs, ps = LoadCatalogs(localesFS, localesRoot)
	s.Problems = append(s.Problems, ps...)
	var names []string
	err := fs.WalkDir(levelsFS, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			s.Problems = append(s.Problems, diag.Problem{File: path.Join(levelsRoot, name), Line: 1, Col: 1, Msg: "cannot read: " + err.Error()})
			return nil
		}
		if !d.IsDir() && strings.HasSuffix(name, ".toml") {
			names = append(names, name)
		}
		return nil
	})
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		s.Problems = append(s.Problems, diag.Problem{File: levelsRoot, Line: 1, Col: 1, Msg: "cannot list levels: " + err.Error()})
	}
	s.loadLevels(levelsRoot, names, func(file, name string) (*level.Level, []diag.Problem) {
		data, err := fs.ReadFile(levelsFS, name)
		if err != nil {
			return nil, []diag.Problem{{File: file, Line: 1, Col: 1, Msg: "cannot read: " + err.Error()}}
		}
		return level.Parse(file, data)
	})
	diag.Sort(s.Problems)
	return s
}

// The folders the web build's decoded files come from, as `make web` names them.
const (
	levelsRoot  = "levels"
	localesRoot = "locales"
)

// LoadDecoded is Load for the web build. Its languages come built in, data written by
// ForWeb, and the levels, with the base language's level text, come from WebLevelsFile,
// which fetchLevels fetches when a screen first needs a level (see Set). A failure to
// fetch or read it is reported as every band's levels being broken, with the reason.
func LoadDecoded(data []byte, fetchLevels func() ([]byte, error)) *Set {
	s := &Set{}
	s.readWebLanguages(data)
	diag.Sort(s.Problems)
	s.pending = func() {
		err := errors.New("this build has no levels")
		if fetchLevels != nil {
			var levels []byte
			if levels, err = fetchLevels(); err == nil {
				err = s.readWebLevels(levels)
			}
		}
		if err != nil {
			s.levelsUnavailable(err)
		}
		diag.Sort(s.Problems)
	}
	return s
}

// LoadCatalogs reads every *.toml file in fsys as a catalog.
func LoadCatalogs(fsys fs.FS, root string) (map[string]*locale.Catalog, []diag.Problem) {
	names, _ := fs.Glob(fsys, "*.toml")
	return loadCatalogs(root, names, func(file, name string) (*locale.Catalog, []diag.Problem) {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, []diag.Problem{{File: file, Line: 1, Col: 1, Msg: "cannot read: " + err.Error()}}
		}
		return locale.Parse(file, data)
	})
}

// loadCatalogs reads the language files named (in root) with parse, which is given each
// one's name for messages (root/name) and its name in root.
func loadCatalogs(root string, names []string, parse func(file, name string) (*locale.Catalog, []diag.Problem)) (map[string]*locale.Catalog, []diag.Problem) {
	cats := map[string]*locale.Catalog{}
	if len(names) == 0 {
		return cats, []diag.Problem{{File: root, Line: 1, Col: 1, Msg: "no language files (*.toml) found"}}
	}
	var problems []diag.Problem
	for _, name := range names {
		c, ps := parse(path.Join(root, name), name)
		problems = append(problems, ps...)
		if c != nil {
			cats[c.Lang] = c
		}
	}
	if _, ok := cats[BaseLang]; !ok {
		problems = append(problems, diag.Problem{File: path.Join(root, BaseLang+".toml"), Line: 1, Col: 1,
			Msg: "the base language file is missing or unreadable; every other language falls back to it"})
	}
	return cats, problems
}

// loadLevels reads the level files named (in root, under their band's folder) with
// parse, which is given each one's name for messages (root/name) and its name in root,
// and keeps those that can be played.
func (s *Set) loadLevels(root string, names []string, parse func(file, name string) (*level.Level, []diag.Problem)) {
	ids := map[string]string{} // id -> file, to catch the same id in two files
	for _, name := range names {
		file := path.Join(root, name)
		folder := level.Band(path.Dir(name))
		l, ps := parse(file, name)
		if l != nil {
			ps = append(ps, s.check(l)...)
		}
		if l != nil && diag.Errors(ps) == 0 {
			if !folder.Valid() {
				ps = append(ps, diag.Problem{File: file, Line: 1, Col: 1, Msg: fmt.Sprintf(
					"a level must sit in a band folder (%v), not in %q", level.Bands(), path.Dir(name))})
			} else if l.Band != folder {
				ps = append(ps, diag.Problem{File: file, Line: 1, Col: 1, Msg: fmt.Sprintf(
					"band %q does not match the folder %q it sits in", l.Band, folder)})
			}
			if other, dup := ids[l.ID]; dup {
				ps = append(ps, diag.Problem{File: file, Line: 1, Col: 1, Msg: fmt.Sprintf(
					"level id %q is already used by %s", l.ID, other)})
			}
		}
		if l == nil || diag.Errors(ps) > 0 {
			s.broken(file, folder, ps)
			continue
		}
		ids[l.ID] = file
		s.Problems = append(s.Problems, ps...) // warnings only
		s.Levels = append(s.Levels, l)
	}
	bandOrder := map[level.Band]int{}
	for i, b := range level.Bands() {
		bandOrder[b] = i
	}
	sort.SliceStable(s.Levels, func(i, j int) bool {
		a, b := s.Levels[i], s.Levels[j]
		if a.Band != b.Band {
			return bandOrder[a.Band] < bandOrder[b.Band]
		}
		return a.File < b.File
	})
}

func (s *Set) broken(file string, band level.Band, ps []diag.Problem) {
	s.Broken = append(s.Broken, Broken{File: file, Band: band, Problems: ps})
	s.Problems = append(s.Problems, ps...)
}

// CheckLevel parses and validates one level file. A level is playable when its text is
// complete in the base language; keys missing from other languages are warnings here,
// because the game falls back to the base language for them. levelcheck makes them
// errors (locale.Compare), so a new level cannot ship without its translations.
func CheckLevel(file string, data []byte, catalogs map[string]*locale.Catalog) (*level.Level, []diag.Problem) {
	l, ps := level.Parse(file, data)
	if l == nil {
		return nil, ps
	}
	return l, append(ps, checkText(l, catalogs)...)
}

func (s *Set) check(l *level.Level) []diag.Problem { return checkText(l, s.Catalogs) }

// checkText validates a parsed level against the base language, and reports the keys
// other languages lack as warnings.
func checkText(l *level.Level, catalogs map[string]*locale.Catalog) []diag.Problem {
	var base []level.KeySet
	if c, ok := catalogs[BaseLang]; ok {
		base = append(base, c)
	}
	ps := level.Validate(l, base)
	langs := make([]string, 0, len(catalogs))
	for lang := range catalogs {
		if lang != BaseLang {
			langs = append(langs, lang)
		}
	}
	sort.Strings(langs)
	for _, lang := range langs {
		for _, p := range level.MissingKeys(l, []level.KeySet{catalogs[lang]}) {
			p.Warning = true
			ps = append(ps, p)
		}
	}
	return ps
}
