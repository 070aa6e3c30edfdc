//go:build !windows

package main

import "os"

// enableColour: terminals on Linux and macOS understand ANSI colours as they are.
func enableColour(*os.File) bool { return true }

// pauseBeforeExit: a terminal stays open after the program exits, so the error stays
// readable without waiting.
func pauseBeforeExit() {}
