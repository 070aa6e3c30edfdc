//go:build !js

package main

import (
	"os"

	"sango/game/locale"
)

// systemLanguages is the desktop's language preference, from LANGUAGE, LC_ALL,
// LC_MESSAGES and LANG.
func systemLanguages() []string { return locale.FromEnvironment(os.Getenv) }
