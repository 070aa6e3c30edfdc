//go:build js

package main

import (
	"sango/game/content"
	"sango/game/tomlpos"
)

// loadContent reads the levels and the base language that `make web` decoded and built
// in (cmd/predecode): the web build carries neither the TOML files nor a TOML decoder.
// The other languages are fetched when picked (lang_js.go).
func loadContent(options) (*content.Set, error) {
	return content.LoadDecoded(tomlpos.Embedded()), nil
}
