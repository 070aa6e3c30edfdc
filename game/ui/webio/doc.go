// Package webio is the browser build's small bridge to the page's own I/O: waiting on a
// JavaScript promise from a goroutine, and fetching a file of the game's origin. It has
// code only in the js build; the desktop build never needs it.
package webio
