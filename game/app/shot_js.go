//go:build js

package app

import (
	"errors"

	"github.com/hajimehoshi/ebiten/v2"
)

// writePNG has nowhere to write in a browser, which gives a Go program no file system.
// Leaving the PNG encoder out also keeps it out of the web download (about 28 KB).
func writePNG(*ebiten.Image, string) error {
	return errors.New("screenshots are written by the desktop build only")
}
