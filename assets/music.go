//go:build !js

package assets

import (
	"embed"
	"io/fs"
)

// The background music loops, composed and encoded by music/make-music.sh from sox
// synthesis: our own work, shipped under the project's terms. Only the desktop build
// embeds them; the web build copies them to music/ beside the page (make web) and
// fetches them when they are first needed, so they add nothing to its first download.
//
//go:embed music/*.mp3
var music embed.FS

// Music returns the music loops: music/title.mp3 and music/map.mp3, mono MP3 at 44.1 kHz.
func Music() fs.FS { return music }
