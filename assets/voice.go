//go:build !js

package assets

import (
	"embed"
	"io/fs"
)

// The narration, one MP3 per language and key (game/narration, made by cmd/narrate). The
// desktop build carries it; the web build fetches one voice pack per language instead.
//
//go:embed voice/*/*.mp3
var voiceFiles embed.FS

// Voice returns the narration: narration.File(lang, key) names a file in it.
func Voice() fs.FS { return voiceFiles }
