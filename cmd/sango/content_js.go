//go:build js

package main

import (
	"syscall/js"

	"sango/game/content"
	"sango/game/ui/webio"
)

// loadContent reads the languages that `make web` decoded and built in (cmd/predecode):
// the web build carries neither the TOML files nor a TOML decoder. The levels and their
// English text are fetched from content.WebLevelsFile when a screen first needs a level,
// not before the first frame; the other languages are fetched when picked (lang_js.go).
// The service worker keeps both for offline play.
func loadContent(options) (*content.Set, error) {
	return content.LoadDecoded(content.Embedded(), fetchLevels), nil
}

// fetchLevels takes the download of the levels that the page starts once the first frame
// is up (globalThis.sangoLevels, wasm/start.js), so they are usually here by the time a
// child opens a band; if the page has not started it, the game fetches them itself.
func fetchLevels() ([]byte, error) {
	if started := js.Global().Get("sangoLevels"); started.Truthy() {
		return webio.Read(started, content.WebLevelsFile)
	}
	return webio.Fetch(content.WebLevelsFile)
}
