//go:build !js

package sound

import (
	"context"
	"os"
	"os/exec"
	"time"

	"github.com/ebitengine/oto/v3"
)

// probeEnv marks the child process that tests the sound device.
const probeEnv = "SANGO_AUDIO_PROBE"

// DeviceWorks reports whether a sound device can be opened. Ebitengine opens the device
// inside its game loop and ends the game if that fails, and a process may open the device
// only once, so the test runs in a short-lived copy of this program: a machine with no
// sound card then costs a fraction of a second instead of the whole game.
func DeviceWorks() bool {
	exe, err := os.Executable()
	if err != nil {
		return false
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, exe)
	cmd.Env = append(os.Environ(), probeEnv+"=1")
	return cmd.Run() == nil
}

// RunProbeIfAsked must be called first thing in main. In the probe child it opens the
// device, exits 0 on success and 1 on failure, and never returns.
func RunProbeIfAsked() {
	if os.Getenv(probeEnv) != "1" {
		return
	}
	ctx, ready, err := oto.NewContext(&oto.NewContextOptions{SampleRate: SampleRate, ChannelCount: 2, Format: oto.FormatSignedInt16LE})
	if err != nil {
		os.Exit(1)
	}
	select {
	case <-ready:
	case <-time.After(3 * time.Second):
		os.Exit(1)
	}
	if err := ctx.Err(); err != nil {
		os.Exit(1)
	}
	os.Exit(0)
}
