//go:build js

package main

import (
	"fmt"
	"path"
	"syscall/js"

	"sango/game/app"
	"sango/game/content"
	"sango/game/locale"
	"sango/game/ui/textdraw"
	"sango/game/ui/webio"
)

// systemLanguages is the browser's language preference, navigator.languages (or
// navigator.language where the list is missing).
func systemLanguages() []string {
	nav := js.Global().Get("navigator")
	if !nav.Truthy() {
		return nil
	}
	var prefs []string
	if list := nav.Get("languages"); list.Truthy() {
		for i := 0; i < list.Length(); i++ {
			prefs = append(prefs, list.Index(i).String())
		}
	}
	if len(prefs) == 0 {
		if l := nav.Get("language"); l.Type() == js.TypeString {
			prefs = append(prefs, l.String())
		}
	}
	return prefs
}

// languageLoader fetches a language the web build does not carry inside it: its strings
// (locales/xx.bin, decoded from locales/xx.toml by cmd/predecode) and, for
// Arabic and Chinese, its fonts. The service worker keeps them for offline play. The
// catalogs fetched are remembered by the loader, which only the game's language switch
// calls, one language at a time.
func languageLoader(set *content.Set) app.LanguageLoader {
	fetched := map[string]*locale.Catalog{}
	return func(code string) (*locale.Catalog, error) {
		// The fonts and the words come side by side: on a classroom's busy network
		// every round trip counts, and a returning child waits for them before the
		// first frame.
		fontsLoaded := make(chan error, 1)
		go func() { fontsLoaded <- textdraw.LoadWebFonts(code, "fonts/") }()
		c := set.Catalogs[code]
		if c == nil {
			c = fetched[code]
		}
		var err error
		if c == nil {
			c, err = fetchCatalog(code)
		}
		if fontErr := <-fontsLoaded; fontErr != nil {
			return nil, fontErr
		}
		if err != nil {
			return nil, err
		}
		fetched[code] = c
		return c, nil
	}
}

// fetchCatalog fetches a language's words in their decoded form alone: the web build has
// no TOML decoder, and no use for the file's text once it is decoded.
func fetchCatalog(code string) (*locale.Catalog, error) {
	file := path.Join("locales", code+".toml")
	bin, err := webio.Fetch(path.Join("locales", code+".bin"))
	if err != nil {
		return nil, err
	}
	c, err := content.LanguageFromWeb(bin, code)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return c, nil
}

// askLanguageOnWeb: a first visit shows the picker. The "tap to start" screen before it
// takes the page's first gesture, so the picker's tap no longer starts sound unasked.
const askLanguageOnWeb = true

// tapToStart: the browser build opens on "tap to start", the gesture that unlocks sound.
const tapToStart = true
