//go:build js

package main

import (
	"errors"
	"io"

	"sango/game/app"
)

// parseFlags has no flags to read in a browser: the page starts the game with no
// arguments, as a child opens it, so the game starts with the defaults. Leaving the
// flag package and the autoplay driver out keeps them out of the download.
func parseFlags(args []string, _ io.Writer) (options, error) {
	if len(args) > 0 {
		return options{}, errors.New("the browser's build takes no flags")
	}
	return defaultOptions(), nil
}

// askedForHelp is always false: there is no -help to ask for.
func askedForHelp(error) bool { return false }

// setAutoplay has nothing to do: autoplay is asked for by a flag.
func setAutoplay(*app.Config, options) error { return nil }
