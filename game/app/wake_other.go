//go:build !js

package app

// inputEventCount is 0 outside the browser: see Game.wakeForInput.
func inputEventCount() int64 { return 0 }
