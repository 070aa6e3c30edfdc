//go:build js

package main

import (
	"io"

	"sango/game/storage"
)

// openStore keeps progress in the browser's localStorage.
func openStore(string, io.Writer) *storage.Store {
	return storage.New(storage.Local{Key: "sango.progress"})
}
