// Package assets embeds the small media every platform needs at start: the interface
// sound effects. Large media (narration, music, CJK fonts) are not embedded in the web
// build; it fetches them when first needed so the first download stays small. The
// desktop build carries the music loops (music.go) and the narration (voice.go).
package assets

import (
	"embed"
	"io/fs"
)

//go:embed sounds/*.mp3
var files embed.FS

// FS returns the embedded assets.
func FS() fs.FS { return files }
