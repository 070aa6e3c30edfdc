//go:build js

package main

import (
	"sango/game/content"
	"sango/game/tomlpos"
	"sango/game/ui/webio"
)

// loadContent reads the languages that `make web` decoded and built in (cmd/predecode):
// the web build carries neither the TOML files nor a TOML decoder. The levels and their
// English text are fetched from content.WebLevelsFile when a screen first needs a level,
// not before the first frame; the other languages are fetched when picked (lang_js.go).
// The service worker keeps both for offline play.
func loadContent(options) (*content.Set, error) {
	return content.LoadDecoded(tomlpos.Embedded(), func() ([]byte, error) {
		return webio.Fetch(content.WebLevelsFile)
	}), nil
}
