//go:build !js

package assets

import (
	"embed"
	"io/fs"
)

//go:embed sounds/*.mp3
var files embed.FS

// FS returns the embedded sound effects, as sounds/NAME.mp3.
func FS() fs.FS { return files }
