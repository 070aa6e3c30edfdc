package check

import (
	"errors"
	"fmt"
	"io/fs"
	"path"

	"sango/game/content"
	"sango/game/diag"
	"sango/game/level"
	"sango/game/locale"
	"sango/game/narration"
	"sango/game/narration/manifest"
)

// Voice checks the narration in fsys, whose root is named root in messages
// (assets/voice): every narrated key (narration.Keys of levels) must have its file in
// every shipped language. Warnings: a line an under9 level uses that cannot be narrated,
// a recording whose text changed since it was recorded, a generated file whose text
// changed since it was made.
func Voice(fsys fs.FS, root string, levels []*level.Level, cats map[string]*locale.Catalog) []diag.Problem {
	en, ok := cats[content.BaseLang]
	if !ok {
		return nil // the missing base language is reported already
	}
	var ps []diag.Problem
	for _, s := range narration.Skipped(levels, en) {
		if !en.Has(s.Key) {
			if s.Level == nil {
				ps = append(ps, diag.Problem{File: en.Source(), Line: 1, Col: 1, Warning: true,
					Msg: fmt.Sprintf("%s is narrated for young children but the file has no such string", s.Key)})
			}
			continue // a level's missing key is an error of its own
		}
		who := "the narrated interface lists it"
		if s.Level != nil {
			who = "the " + string(narration.Band) + " level " + s.Level.File + " uses it"
		}
		pos := locale.KeyPos(en, s.Key)
		ps = append(ps, diag.Problem{File: en.Source(), Line: pos.Line, Col: pos.Col, Warning: true,
			Msg: fmt.Sprintf("%s cannot be narrated (%s), yet %s: a child who cannot read yet will not hear it", s.Key, s.Reason, who)})
	}

	if _, err := fs.Stat(fsys, "."); err != nil {
		return append(ps, diag.Problem{File: root, Line: 1, Col: 1,
			Msg: "no narration folder (run make voice, or name the folder with -voice): " + plainErr(err)})
	}
	keys := narration.Keys(levels, en)
	for _, lang := range locale.Codes() {
		cat, ok := cats[lang]
		if !ok {
			continue // reported as a missing language
		}
		entries := map[string]manifest.Entry{}
		mfile := path.Join(root, lang, manifest.FileName)
		data, err := fs.ReadFile(fsys, path.Join(lang, manifest.FileName))
		switch {
		case err == nil:
			list, err := manifest.Parse(data)
			if err != nil {
				ps = append(ps, diag.Problem{File: mfile, Line: 1, Col: 1, Msg: err.Error() + " (fix it, or run make voice)"})
			}
			for _, e := range list {
				entries[e.Key] = e
			}
		case errors.Is(err, fs.ErrNotExist):
			ps = append(ps, diag.Problem{File: mfile, Line: 1, Col: 1, Msg: "no manifest (run make voice)"})
		default:
			ps = append(ps, diag.Problem{File: mfile, Line: 1, Col: 1, Msg: "cannot read: " + plainErr(err)})
		}
		for _, key := range keys {
			name := path.Join(lang, key+".mp3")
			file := path.Join(root, name)
			clip, err := fs.ReadFile(fsys, name)
			if err != nil {
				msg := fmt.Sprintf("no narration for %q (run make voice)", key)
				if !errors.Is(err, fs.ErrNotExist) {
					msg = "cannot read: " + plainErr(err)
				}
				ps = append(ps, diag.Problem{File: file, Line: 1, Col: 1, Msg: msg})
				continue
			}
			e, listed := entries[key]
			text := cat.Text(key)
			switch {
			case !listed || e.Text == manifest.TextHash(text):
			case manifest.IsRecording(e, listed, clip):
				ps = append(ps, diag.Problem{File: file, Line: 1, Col: 1, Warning: true,
					Msg: fmt.Sprintf("a recording of an older text of %s: record it again, saying %q", key, text)})
			default:
				ps = append(ps, diag.Problem{File: file, Line: 1, Col: 1, Warning: true,
					Msg: fmt.Sprintf("says an older text of %s (run make voice)", key)})
			}
		}
	}
	return ps
}
