//go:build !js

package sound

import (
	"bytes"
	"fmt"
	"io"

	"github.com/hajimehoshi/ebiten/v2/audio"
	"github.com/hajimehoshi/ebiten/v2/audio/mp3"
)

// output plays through Ebitengine's audio. Each effect is decoded the first time it
// plays: decoding all of them up front took about half a second of the web build's start,
// before the first frame, when the web build still used this path.
type output struct {
	ctx   *audio.Context
	mp3   map[Effect][]byte // as shipped; decoded on first play
	pcm   map[Effect][]byte
	music *audio.Player // looping; nil when none
	voice *audio.Player // the clip speaking or last spoken; nil before the first
}

func newOutput(read ReadFunc) (*output, error) {
	raw := map[Effect][]byte{}
	for _, e := range Effects() {
		data, err := read(EffectFile(e))
		if err != nil {
			return nil, fmt.Errorf("reading sound %s: %w", EffectFile(e), err)
		}
		raw[e] = data
	}
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

// loop streams the music rather than decoding it whole: a minute of music is 10 MB of
// PCM, and streaming starts at once.
func (o *output) loop(data []byte, volume float64) {
	o.stopLoop()
	stream, err := mp3.DecodeWithSampleRate(SampleRate, bytes.NewReader(data))
	if err != nil {
		return // damaged music stays silent
	}
	loop := audio.NewInfiniteLoop(stream, stream.Length())
	if skip, samples, rate, ok := GaplessRange(data); ok {
		// Only the encoded sound repeats, so the turns join without a gap. The stream is
		// 16-bit stereo at SampleRate: 4 bytes a sample.
		scale := func(n int64) int64 { return n * SampleRate / int64(rate) * 4 }
		if scale(skip)+scale(samples) <= stream.Length() {
			loop = audio.NewInfiniteLoopWithIntro(stream, scale(skip), scale(samples))
		}
	}
	pl, err := o.ctx.NewPlayer(loop)
	if err != nil {
		return
	}
	pl.SetVolume(volume)
	pl.Play()
	o.music = pl
}

func (o *output) stopLoop() {
	if o.music != nil {
		_ = o.music.Close()
		o.music = nil
	}
}

// say decodes a clip whole: clips are a few seconds, and knowing the whole clip lets
// saying() tell the end exactly.
func (o *output) say(data []byte, volume float64) {
	o.hush()
	pcm, err := Decode(data, SampleRate)
	if err != nil {
		return // a damaged clip is skipped; its words are on screen
	}
	o.voice = o.ctx.NewPlayerFromBytes(pcm)
	o.voice.SetVolume(volume)
	o.voice.Play()
}

func (o *output) hush() {
	if o.voice != nil {
		_ = o.voice.Close()
		o.voice = nil
	}
}

func (o *output) saying() bool { return o.voice != nil && o.voice.IsPlaying() }

func (o *output) setVolumes(music, voice float64) {
	if o.music != nil && o.music.Volume() != music {
		o.music.SetVolume(music)
	}
	if o.voice != nil {
		o.voice.SetVolume(voice)
	}
}
