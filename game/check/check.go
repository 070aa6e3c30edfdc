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
}

// Errors counts problems that are not warnings.
func (r Report) Errors() int { return diag.Errors(r.Problems) }

// Warnings counts warnings.
func (r Report) Warnings() int { return len(r.Problems) - r.Errors() }

// Embedded checks the shipped set as the game loads it.
func Embedded(levelsFS, localesFS fs.FS) Report {
	s := content.Load(levelsFS, "levels", localesFS, "locales")
	files := len(s.Levels) + len(s.Broken) + len(s.Catalogs)
	return Report{Files: files, Problems: s.Problems}
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
	diag.Sort(r.Problems)
	return r
}

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
