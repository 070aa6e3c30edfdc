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
	mp3    map[Effect][]byte // as shipped; decoded on first play
	pcm    map[Effect][]byte
	volume float64
}

// Silent returns a player that plays nothing.
func Silent() *Player { return &Player{} }

// New reads the effects from fsys (files sounds/NAME.mp3) and opens the audio context.
// Each effect is decoded the first time it plays: decoding all of them up front took
// about half a second of the web build's start, before the first frame.
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
	return &Player{ctx: audio.NewContext(SampleRate), mp3: raw, pcm: map[Effect][]byte{}, volume: 0.8}, nil
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
		data, known := p.mp3[e]
		if !known {
			return
		}
		var err error
		if pcm, err = Decode(data, SampleRate); err != nil {
			// A damaged effect stays silent; the game plays on without it.
			delete(p.mp3, e)
			return
		}
		p.pcm[e] = pcm
	}
	pl := p.ctx.NewPlayerFromBytes(pcm)
	pl.SetVolume(p.volume)
	pl.Play()
}
