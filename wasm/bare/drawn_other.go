//go:build !js

package main

// markDrawn has nobody to tell outside a browser; the program still runs on the desktop,
// which keeps it buildable and vetted with the rest of the module.
func markDrawn() {}
