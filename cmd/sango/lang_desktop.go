//go:build !js

package main

import (
	"os"

	"sango/game/app"
	"sango/game/content"
	"sango/game/locale"
)

// systemLanguages is the desktop's language preference, from LANGUAGE, LC_ALL,
// LC_MESSAGES and LANG.
func systemLanguages() []string { return locale.FromEnvironment(os.Getenv) }

// languageLoader is nil on the desktop: every language is inside the game.
func languageLoader(*content.Set) app.LanguageLoader { return nil }

// askLanguageOnWeb matters only in the browser build.
const askLanguageOnWeb = true

// tapToStart: the desktop may make sound at once, so it starts on the title.
const tapToStart = false
