//go:build js

package main

import "syscall/js"

// markDrawn tells the page that the first frame has been drawn: the benchmark polls
// globalThis.bareDrawn, as it polls sangoState.draws for Sango.
func markDrawn() { js.Global().Set("bareDrawn", true) }
