//go:build !js

// Package fonts holds the typefaces for the scripts the Go fonts lack: Arabic (merged
// with Latin, so a mixed line is one face) and Simplified Chinese. They are subsets to
// the characters the locale files use, made by `make fonts`; OFL.txt is their licence.
// The web build does not import this package: it fetches the same files when the
// language is chosen (wasm/start.js, textdraw_js.go).
package fonts

import (
	"embed"
	"fmt"
)

//go:embed *.ttf *.otf
var files embed.FS

// Data returns a font file's bytes.
func Data(name string) ([]byte, error) {
	b, err := files.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("font %s: %w", name, err)
	}
	return b, nil
}
