//go:build js

package sound

// DeviceWorks is true in browsers: Web Audio always exists, and it stays suspended, silent
// and harmless until the first tap unlocks it.
func DeviceWorks() bool { return true }

// RunProbeIfAsked does nothing in browsers.
func RunProbeIfAsked() {}
