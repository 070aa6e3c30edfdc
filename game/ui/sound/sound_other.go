//go:build !js

package sound

import (
	"bytes"
	"io"

	"github.com/hajimehoshi/ebiten/v2/audio"
	"github.com/hajimehoshi/ebiten/v2/audio/mp3"
)

// output plays through Ebitengine's audio. Each effect is decoded the first time it
// plays: decoding all of them up front took about half a second of the web build's start,
// before the first frame, when the web build still used this path.
type output struct {
	ctx *audio.Context
	mp3 map[Effect][]byte // as shipped; decoded on first play
	pcm map[Effect][]byte
}

func newOutput(raw map[Effect][]byte) (*output, error) {
	return &output{ctx: audio.NewContext(SampleRate), mp3: raw, pcm: map[Effect][]byte{}}, nil
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

func (o *output) play(e Effect, volume float64) {
	pcm, ok := o.pcm[e]
	if !ok {
		data, known := o.mp3[e]
		if !known {
			return
		}
		var err error
		if pcm, err = Decode(data, SampleRate); err != nil {
			// A damaged effect stays silent; the game plays on without it.
			delete(o.mp3, e)
			return
		}
		o.pcm[e] = pcm
	}
	pl := o.ctx.NewPlayerFromBytes(pcm)
	pl.SetVolume(volume)
	pl.Play()
}
