// Package check is levelcheck's engine: it gathers level and language files from paths or
// file systems and reports every problem, across files as well as within them.
package check

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"sango/game/content"
	"sango/game/diag"
	"sango/game/level"
	"sango/game/locale"
)

// Report is the outcome of a check.
type Report struct {
	Files    int
	Problems []diag.Problem
	Levels   []*level.Level             // the levels fit to play, for checks across files (Voice)
	Catalogs map[string]*locale.Catalog // the languages read, by code
}

// Errors counts problems that are not warnings.
func (r Report) Errors() int { return diag.Errors(r.Problems) }

// Warnings counts warnings.
func (r Report) Warnings() int { return len(r.Problems) - r.Errors() }

// Embedded checks the shipped set as the game loads it.
func Embedded(levelsFS, localesFS, stampsFS fs.FS) Report {
	s := content.Load(levelsFS, "levels", localesFS, "locales")
	files := len(s.Levels) + len(s.Broken) + len(s.Catalogs)
	ps := append(s.Problems, translations(s.Catalogs, func(lang string) ([]byte, error) {
		return fs.ReadFile(stampsFS, lang+StampsExt)
	}, "locales")...)
	diag.Sort(ps)
	return Report{Files: files, Problems: ps, Levels: s.Levels, Catalogs: s.Catalogs}
}

// StampsExt ends the name of the file beside a translation that records the English it
// was translated from (locales/fr.stamps).
const StampsExt = ".stamps"

// translations compares every language with the base language. readStamps reads a
// language's stamps file; an error means it has none.
func translations(cats map[string]*locale.Catalog, readStamps func(lang string) ([]byte, error), dir string) []diag.Problem {
	base, ok := cats[content.BaseLang]
	if !ok {
		return nil
	}
	var ps []diag.Problem
	langs := make([]string, 0, len(cats))
	for lang := range cats {
		langs = append(langs, lang)
	}
	sort.Strings(langs)
	for _, lang := range langs {
		if lang == content.BaseLang {
			continue
		}
		file := path.Join(dir, lang+StampsExt)
		var stamps locale.Stamps
		if data, err := readStamps(lang); err == nil {
			var sp []diag.Problem
			stamps, sp = locale.ParseStamps(file, data)
			ps = append(ps, sp...)
		}
		ps = append(ps, locale.Compare(base, cats[lang], stamps, file)...)
	}
	for _, info := range locale.Languages() {
		if _, ok := cats[info.Code]; !ok {
			ps = append(ps, diag.Problem{File: path.Join(dir, info.Code+".toml"), Line: 1, Col: 1,
				Msg: fmt.Sprintf("the game offers %s (%s) but has no language file for it", info.Name, info.Code)})
		}
	}
	return ps
}

// Paths checks the files and folders named. When no language file is among them, level
// keys are checked against the shipped languages in fallback.
func Paths(paths []string, fallback fs.FS) Report {
	var r Report
	var levelFiles, localeFiles []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			r.Problems = append(r.Problems, diag.Problem{File: p, Line: 1, Col: 1, Msg: "cannot open: " + plainErr(err)})
			continue
		}
		if !info.IsDir() {
			if isLocale(p) {
				localeFiles = append(localeFiles, p)
			} else {
				levelFiles = append(levelFiles, p)
			}
			continue
		}
		err = filepath.WalkDir(p, func(name string, d fs.DirEntry, err error) error {
			if err != nil {
				r.Problems = append(r.Problems, diag.Problem{File: name, Line: 1, Col: 1, Msg: "cannot read: " + plainErr(err)})
				return nil
			}
			if d.IsDir() || !strings.HasSuffix(name, ".toml") {
				return nil
			}
			if isLocale(name) {
				localeFiles = append(localeFiles, name)
			} else {
				levelFiles = append(levelFiles, name)
			}
			return nil
		})
		if err != nil {
			r.Problems = append(r.Problems, diag.Problem{File: p, Line: 1, Col: 1, Msg: "cannot list: " + plainErr(err)})
		}
	}
	catalogs := map[string]*locale.Catalog{}
	if len(localeFiles) == 0 {
		var ps []diag.Problem
		catalogs, ps = content.LoadCatalogs(fallback, "locales")
		r.Problems = append(r.Problems, ps...)
	}
	for _, f := range localeFiles {
		r.Files++
		data, ps := read(f)
		if ps == nil {
			var c *locale.Catalog
			c, ps = locale.Parse(f, data)
			if c != nil {
				catalogs[c.Lang] = c
			}
		}
		r.Problems = append(r.Problems, ps...)
	}
	if len(localeFiles) > 0 {
		if _, ok := catalogs[content.BaseLang]; !ok {
			r.Problems = append(r.Problems, diag.Problem{File: content.BaseLang + ".toml", Line: 1, Col: 1,
				Msg: "the base language " + content.BaseLang + " is not among the language files checked"})
		}
	}
	if len(localeFiles) > 0 {
		r.Problems = append(r.Problems, translations(catalogs, func(lang string) ([]byte, error) {
			return os.ReadFile(filepath.Join(localeDir(localeFiles), lang+StampsExt))
		}, filepath.ToSlash(localeDir(localeFiles)))...)
	}
	ids := map[string]string{}
	sort.Strings(levelFiles)
	for _, f := range levelFiles {
		r.Files++
		data, ps := read(f)
		if ps != nil {
			r.Problems = append(r.Problems, ps...)
			continue
		}
		l, ps := content.CheckLevel(f, data, catalogs)
		r.Problems = append(r.Problems, ps...)
		if l == nil {
			continue
		}
		if diag.Errors(ps) == 0 {
			r.Levels = append(r.Levels, l)
		}
		folder := level.Band(filepath.Base(filepath.Dir(f)))
		if folder.Valid() && l.Band.Valid() && folder != l.Band {
			r.Problems = append(r.Problems, diag.Problem{File: f, Line: 1, Col: 1,
				Msg: fmt.Sprintf("band %q does not match the folder %q it sits in", l.Band, folder)})
		}
		if l.ID != "" {
			if other, dup := ids[l.ID]; dup {
				r.Problems = append(r.Problems, diag.Problem{File: f, Line: 1, Col: 1,
					Msg: fmt.Sprintf("level id %q is already used by %s", l.ID, other)})
			} else {
				ids[l.ID] = f
			}
		}
	}
	r.Catalogs = catalogs
	diag.Sort(r.Problems)
	return r
}

// localeDir is the folder of the language files checked (the first one's).
func localeDir(files []string) string { return filepath.Dir(files[0]) }

func isLocale(p string) bool {
	return path.Base(filepath.ToSlash(filepath.Dir(p))) == "locales"
}

// read loads a file without ever holding more than the size limit in memory.
func read(name string) ([]byte, []diag.Problem) {
	f, err := os.Open(name)
	if err != nil {
		return nil, []diag.Problem{{File: name, Line: 1, Col: 1, Msg: "cannot open: " + plainErr(err)}}
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.Size() > diag.MaxFileBytes {
		return nil, []diag.Problem{{File: name, Line: 1, Col: 1, Msg: fmt.Sprintf(
			"the file is %.1f MB; a content file may be at most %d KB", float64(info.Size())/1e6, diag.MaxFileBytes>>10)}}
	}
	data, err := io.ReadAll(io.LimitReader(f, diag.MaxFileBytes+1))
	if err != nil {
		return nil, []diag.Problem{{File: name, Line: 1, Col: 1, Msg: "cannot read: " + plainErr(err)}}
	}
	if ps := diag.CheckSource(name, data); ps != nil {
		return nil, ps
	}
	return data, nil
}

// plainErr drops the path the os package repeats, since the message already starts with it.
func plainErr(err error) string {
	var pe *fs.PathError
	if e, ok := err.(*fs.PathError); ok {
		pe = e
		return pe.Err.Error()
	}
	return err.Error()
}
