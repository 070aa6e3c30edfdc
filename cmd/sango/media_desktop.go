//go:build !js

package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"

	"sango/assets"
	"sango/game/app"
	"sango/game/ui/sound"
)

// fileMedia reads narration and music from file systems inside the program, first one
// first. A file that is not there is missing; one that cannot be read is reported once.
type fileMedia struct {
	sources []fs.FS
	out     io.Writer
	failed  map[string]bool
}

func newMedia(out io.Writer, sources ...fs.FS) *fileMedia {
	return &fileMedia{sources: sources, out: out, failed: map[string]bool{}}
}

func (m *fileMedia) Clip(path string) ([]byte, app.ClipStatus) {
	for _, src := range m.sources {
		data, err := fs.ReadFile(src, path)
		if err == nil {
			return data, app.ClipReady
		}
		if !errors.Is(err, fs.ErrNotExist) && !m.failed[path] {
			m.failed[path] = true
			fmt.Fprintf(m.out, "sango: reading %s: %v\n", path, err)
		}
	}
	return nil, app.ClipMissing
}

// mediaSource is the narration and music built into the desktop game.
func mediaSource(out io.Writer) app.Media { return newMedia(out, assets.Music(), assets.Voice()) }

// effectsSource reads the sound effects built into the desktop game.
func effectsSource() sound.ReadFunc {
	return func(name string) ([]byte, error) { return fs.ReadFile(assets.FS(), name) }
}
