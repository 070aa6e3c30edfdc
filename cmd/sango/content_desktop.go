//go:build !js

package main

import (
	"fmt"
	"os"

	"sango/game/content"
	"sango/levels"
	"sango/locales"
)

// loadContent reads the levels built in, or those in the folder -levels names, and the
// language files built in.
func loadContent(o options) (*content.Set, error) {
	if o.levelsDir == "" {
		return content.Load(levels.FS(), "levels", locales.FS(), "locales"), nil
	}
	if info, err := os.Stat(o.levelsDir); err != nil || !info.IsDir() {
		return nil, fmt.Errorf("-levels %s: not a folder", o.levelsDir)
	}
	return content.Load(os.DirFS(o.levelsDir), o.levelsDir, locales.FS(), "locales"), nil
}
