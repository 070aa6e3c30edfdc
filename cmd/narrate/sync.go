package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"sango/game/locale"
	"sango/game/narration/manifest"
)

// tools make and measure sound; tests pass fakes so they need no espeak-ng or lame.
type tools struct {
	// synth speaks text with v and returns the MP3 and the length of the sound encoded.
	synth func(v voice, text string) (mp3 []byte, ms int, err error)
	// probe measures an MP3 someone put in place of a generated file.
	probe func(mp3 []byte) (ms int, err error)
}

// language is one language's narration to bring up to date.
type language struct {
	Lang    string
	Dir     string // its voice folder: assets/voice/<lang>
	Catalog *locale.Catalog
	Keys    []string // narration.Keys
	Voice   voice
}

// tally counts what a sync did.
type tally struct {
	Made, Unchanged, Recordings, Removed int
	Bytes                                int64
}

// sync brings one language's folder up to date with its catalog: it makes the files that
// are missing or whose input changed, keeps every recording, removes the generated files
// of keys no longer narrated and keeps the manifest. warn receives what a person should
// act on; note receives what was done.
func (t tools) sync(l language, workers int, warn, note func(string)) (tally, error) {
	var tl tally
	mpath := filepath.Join(l.Dir, manifest.FileName)
	entries := map[string]manifest.Entry{}
	old, err := os.ReadFile(mpath)
	switch {
	case err == nil:
		list, err := manifest.Parse(old)
		if err != nil {
			return tl, fmt.Errorf("%s: %w; fix the line or delete the file (every file is then compared with a fresh synthesis, and the ones that differ are kept as recordings)", mpath, err)
		}
		for _, e := range list {
			entries[e.Key] = e
		}
	case !errors.Is(err, fs.ErrNotExist):
		return tl, fmt.Errorf("reading the manifest: %w", err)
	}
	if err := os.MkdirAll(l.Dir, 0o755); err != nil {
		return tl, fmt.Errorf("making the voice folder: %w", err)
	}
	save := func() error {
		data := manifest.Format(slices.Collect(maps.Values(entries)))
		if bytes.Equal(data, old) {
			return nil
		}
		if err := writeFile(mpath, data); err != nil {
			return err
		}
		old = data
		return nil
	}

	keep := func(key, file, text string, e manifest.Entry, listed bool, data []byte) {
		tl.Recordings++
		hash := manifest.FileHash(data)
		if !e.IsRecorded() || e.MP3 != hash {
			said := manifest.TextHash(text)
			if listed && !e.IsRecorded() {
				said = e.Text // it replaced a generated file: take it as saying what that said
			}
			ms, err := t.probe(data)
			if err != nil {
				warn(fmt.Sprintf("%s: the game cannot play this file: %v; replace it with a mono MP3 (for example 22.05 or 44.1 kHz)", file, err))
			}
			e = manifest.Entry{Key: key, Input: manifest.Recorded, Text: said, MP3: hash, Millis: ms}
			entries[key] = e
			note(fmt.Sprintf("%s: kept as a recording", file))
		}
		if e.Text != manifest.TextHash(text) {
			warn(fmt.Sprintf("%s is a recording of an older text: record it again, saying %q", file, text))
		}
	}

	type task struct {
		key, file, text, spoken, input string
		existing                       []byte // an unlisted file, to compare with what is made
	}
	var tasks []task
	for _, key := range l.Keys {
		text := l.Catalog.Text(key)
		spoken := speakable(text)
		input := manifest.InputHash(append(settings(l.Voice), spoken)...)
		file := filepath.Join(l.Dir, key+".mp3")
		data, err := os.ReadFile(file)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return tl, fmt.Errorf("reading %s: %w", file, err)
		}
		exists := err == nil
		e, listed := entries[key]
		switch {
		case !exists:
			tasks = append(tasks, task{key, file, text, spoken, input, nil})
		case !listed:
			tasks = append(tasks, task{key, file, text, spoken, input, data})
		case manifest.IsRecording(e, listed, data):
			keep(key, file, text, e, listed, data)
		case e.Input == input:
			tl.Unchanged++
		default:
			tasks = append(tasks, task{key, file, text, spoken, input, nil})
		}
	}

	type result struct {
		task
		mp3 []byte
		ms  int
		err error
	}
	results := make(chan result)
	queue := make(chan task)
	var failed atomic.Bool
	var wg sync.WaitGroup
	for range max(1, workers) {
		wg.Go(func() {
			for tk := range queue {
				if failed.Load() {
					continue
				}
				mp3, ms, err := t.synth(l.Voice, tk.spoken)
				if err != nil {
					failed.Store(true)
					err = fmt.Errorf("%s (%q): %w", tk.key, tk.spoken, err)
				}
				results <- result{tk, mp3, ms, err}
			}
		})
	}
	go func() {
		for _, tk := range tasks {
			queue <- tk
		}
		close(queue)
		wg.Wait()
		close(results)
	}()
	var errs []error
	for r := range results {
		if r.err != nil {
			errs = append(errs, r.err)
			continue
		}
		if r.existing != nil && !bytes.Equal(r.existing, r.mp3) {
			keep(r.key, r.file, r.text, manifest.Entry{}, false, r.existing)
			continue
		}
		if r.existing == nil {
			if err := writeFile(r.file, r.mp3); err != nil {
				errs = append(errs, err)
				failed.Store(true)
				continue
			}
			tl.Made++
		} else {
			tl.Unchanged++ // the same bytes, only missing from the manifest
		}
		entries[r.key] = manifest.Entry{Key: r.key, Input: r.input, Text: manifest.TextHash(r.text),
			MP3: manifest.FileHash(r.mp3), Millis: r.ms}
		// Saved after every file, so an interrupted run leaves no file the manifest does
		// not know (which the next run would have to compare to a fresh synthesis).
		if err := save(); err != nil {
			errs = append(errs, err)
			failed.Store(true)
		}
	}
	if len(errs) > 0 {
		if err := save(); err != nil {
			errs = append(errs, err)
		}
		return tl, errors.Join(errs...)
	}

	narrated := map[string]bool{}
	for _, k := range l.Keys {
		narrated[k] = true
	}
	for _, key := range slices.Sorted(maps.Keys(entries)) {
		if narrated[key] {
			continue
		}
		e := entries[key]
		file := filepath.Join(l.Dir, key+".mp3")
		data, err := os.ReadFile(file)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			delete(entries, key)
		case err != nil:
			return tl, fmt.Errorf("reading %s: %w", file, err)
		case manifest.IsRecording(e, true, data):
			warn(fmt.Sprintf("%s: %s is no longer narrated; this recording is kept: delete it if it is not needed", file, key))
		default:
			if err := os.Remove(file); err != nil {
				return tl, fmt.Errorf("removing a file no longer narrated: %w", err)
			}
			delete(entries, key)
			tl.Removed++
			note(fmt.Sprintf("%s: removed, %s is no longer narrated", file, key))
		}
	}
	names, err := filepath.Glob(filepath.Join(l.Dir, "*.mp3"))
	if err != nil {
		return tl, err
	}
	for _, name := range names {
		key := strings.TrimSuffix(filepath.Base(name), ".mp3")
		if _, ok := entries[key]; !ok && !narrated[key] {
			warn(fmt.Sprintf("%s: not narrated and not in the manifest; delete it if it is not needed", name))
		}
	}
	for _, key := range l.Keys {
		if info, err := os.Stat(filepath.Join(l.Dir, key+".mp3")); err == nil {
			tl.Bytes += info.Size()
		}
	}
	return tl, save()
}

// writeFile replaces a file in one step, so a reader never sees half of it.
func writeFile(name string, data []byte) error {
	tmp := name + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := os.Rename(tmp, name); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("writing %s: %w", name, err)
	}
	return nil
}
