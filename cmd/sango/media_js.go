//go:build js

package main

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"syscall/js"

	"sango/game/app"
	"sango/game/narration"
	"sango/game/ui/sound"
	"sango/game/ui/webio"
)

// webMedia fetches narration and music from the game's own origin the first time they
// are asked for, never before: a child who never plays with sound, or a teenager who
// reads for themselves, downloads none of it. A language's narration comes as one pack
// (voice/xx.pack): one request on a weak school network instead of hundreds, and one
// file for the service worker to keep for offline play.
type webMedia struct {
	out io.Writer

	mu    sync.Mutex
	packs map[string]*fetched // by language
	files map[string]*fetched // music, by path
}

// fetched is a download: pending until done, then its clips or its failure.
type fetched struct {
	done  bool
	clips map[string][]byte // a pack's clips by key; a single file under ""
	err   error
}

func mediaSource(out io.Writer) app.Media {
	return &webMedia{out: out, packs: map[string]*fetched{}, files: map[string]*fetched{}}
}

func (m *webMedia) Clip(path string) ([]byte, app.ClipStatus) {
	if rest, ok := strings.CutPrefix(path, "voice/"); ok {
		lang, file, ok := strings.Cut(rest, "/")
		if !ok {
			return nil, app.ClipMissing
		}
		return m.lookup(m.packs, lang, "voice/"+lang+".pack", strings.TrimSuffix(file, ".mp3"), true)
	}
	return m.lookup(m.files, path, path, "", false)
}

// lookup answers from a download, starting it on the first ask.
func (m *webMedia) lookup(table map[string]*fetched, id, url, key string, pack bool) ([]byte, app.ClipStatus) {
	m.mu.Lock()
	defer m.mu.Unlock()
	f, ok := table[id]
	if !ok {
		f = &fetched{}
		table[id] = f
		go m.fetch(f, url, pack)
		return nil, app.ClipPending
	}
	if !f.done {
		return nil, app.ClipPending
	}
	if data, ok := f.clips[key]; ok && f.err == nil {
		return data, app.ClipReady
	}
	return nil, app.ClipMissing
}

func (m *webMedia) fetch(f *fetched, url string, pack bool) {
	data, err := webio.Fetch(url)
	var clips map[string][]byte
	if err == nil {
		if pack {
			clips, err = narration.DecodePack(data)
			if err != nil {
				err = fmt.Errorf("%s: %w", url, err)
			}
		} else {
			clips = map[string][]byte{"": data}
		}
	}
	if err == nil {
		// Kept for offline play by the service worker, even if it took control of the
		// page only after this request went out (wasm/start.js, sangoKeep).
		if keep := js.Global().Get("sangoKeep"); keep.Type() == js.TypeFunction {
			keep.Invoke(url)
		}
	}
	if err != nil {
		// Offline before it was ever fetched, or a damaged file: the game plays on
		// without it, and says why once.
		fmt.Fprintf(m.out, "sango: %v; playing without it\n", err)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	f.done, f.clips, f.err = true, clips, err
}

// effectsSource fetches the sound effects from the game's origin (sounds/NAME.mp3). They
// are small, so the service worker precaches them with the rest of the build.
func effectsSource() sound.ReadFunc { return webio.Fetch }
