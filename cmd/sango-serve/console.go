package main

import "os"

// colourTerminal reports whether f is a terminal that shows ANSI colours, so the QR code
// can be forced to black on white: drawn in a dark terminal's light text colour it would
// come out inverted, which many phone cameras do not read.
func colourTerminal(f *os.File) bool {
	if os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
		return false
	}
	info, err := f.Stat()
	if err != nil || info.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	return enableColour(f)
}
