// Package sound plays the interface's sound effects. Sound is a help, never a need: with
// no sound device, or when muted, every call is a quiet no-op and the game plays on.
//
// The desktop and mobile builds decode the MP3 files and play them through Ebitengine's
// audio (sound_other.go). The web build hands the same files to the browser's Web Audio
// (sound_js.go), which decodes MP3 itself: that keeps Ebitengine's audio, its mixer and
// the MP3 decoder out of the download (about 100 KB compressed).
package sound

import (
	"fmt"
	"io/fs"
)

// SampleRate is the audio context's rate; the effects are encoded at it.
const SampleRate = 44100

// Effect names a sound effect.
type Effect string

// The interface's effects, one file each under assets/sounds.
const (
	Tap   Effect = "tap"
	Good  Effect = "good"
	Retry Effect = "retry"
	Badge Effect = "badge"
)

// Effects lists every effect.
func Effects() []Effect { return []Effect{Tap, Good, Retry, Badge} }

// Player plays effects. The zero value, and a Player made without a device, is silent.
type Player struct {
	out    *output // nil when silent
	volume float64
}

// Silent returns a player that plays nothing.
func Silent() *Player { return &Player{} }

// New reads the effects from fsys (files sounds/NAME.mp3) and opens the audio output.
// Call it only when a sound device is known to work: see DeviceWorks.
func New(fsys fs.FS) (*Player, error) {
	raw := map[Effect][]byte{}
	for _, e := range Effects() {
		name := "sounds/" + string(e) + ".mp3"
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("reading sound %s: %w", name, err)
		}
		raw[e] = data
	}
	out, err := newOutput(raw)
	if err != nil {
		return nil, err
	}
	return &Player{out: out, volume: 0.8}, nil
}

// Enabled reports whether the player makes sound.
func (p *Player) Enabled() bool { return p != nil && p.out != nil }

// SetVolume sets the effects volume from 0 to 1.
func (p *Player) SetVolume(v float64) {
	if p != nil {
		p.volume = max(0, min(1, v))
	}
}

// Play starts an effect and returns at once.
func (p *Player) Play(e Effect) {
	if !p.Enabled() || p.volume == 0 {
		return
	}
	p.out.play(e, p.volume)
}
