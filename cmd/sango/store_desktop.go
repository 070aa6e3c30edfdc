//go:build !js

package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"sango/game/storage"
)

// openStore keeps progress in dir, or in the user's config folder. When neither can be
// had the game still plays and forgets on exit.
func openStore(dir string, stderr io.Writer) *storage.Store {
	if dir == "" {
		base, err := os.UserConfigDir()
		if err != nil {
			fmt.Fprintf(stderr, "sango: progress will not be saved: %v\n", err)
			return storage.New(&storage.Memory{})
		}
		dir = filepath.Join(base, "sango")
	}
	return storage.New(storage.File{Dir: dir})
}
