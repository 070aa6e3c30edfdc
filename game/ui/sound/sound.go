// Package sound plays the interface's sound effects. Sound is a help, never a need: with
// no sound device, or when muted, every call is a quiet no-op and the game plays on.
package sound

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"

	"github.com/hajimehoshi/ebiten/v2/audio"
	"github.com/hajimehoshi/ebiten/v2/audio/mp3"
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
	ctx    *audio.Context
	pcm    map[Effect][]byte
	volume float64
}

// Silent returns a player that plays nothing.
func Silent() *Player { return &Player{} }

// New decodes the effects from fsys (files sounds/NAME.mp3) and opens the audio context.
// Call it only when a sound device is known to work: see DeviceWorks.
func New(fsys fs.FS) (*Player, error) {
	pcm := map[Effect][]byte{}
	for _, e := range Effects() {
		name := "sounds/" + string(e) + ".mp3"
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("reading sound %s: %w", name, err)
		}
		samples, err := Decode(data, SampleRate)
		if err != nil {
			return nil, fmt.Errorf("decoding sound %s: %w", name, err)
		}
		pcm[e] = samples
	}
	return &Player{ctx: audio.NewContext(SampleRate), pcm: pcm, volume: 0.8}, nil
}

// Decode turns MP3 bytes into 16-bit stereo PCM at the given rate, resampling if the file
// was encoded at another rate so a 2-second clip still plays for 2 seconds.
func Decode(data []byte, rate int) ([]byte, error) {
	stream, err := mp3.DecodeWithSampleRate(rate, bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(stream)
}

// Enabled reports whether the player makes sound.
func (p *Player) Enabled() bool { return p != nil && p.ctx != nil }

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
	pcm, ok := p.pcm[e]
	if !ok {
		return
	}
	pl := p.ctx.NewPlayerFromBytes(pcm)
	pl.SetVolume(p.volume)
	pl.Play()
}
