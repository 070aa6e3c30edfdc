//go:build !js

package sound

import (
	"bytes"
	"io/fs"
	"os"
	"testing"

	gomp3 "github.com/hajimehoshi/go-mp3"

	"sango/assets"
)

// bytesPerSecond of 16-bit stereo PCM.
func bytesPerSecond(rate int) float64 { return float64(rate * 4) }

func TestTwoSecondClipLastsTwoSecondsAtAnyRate(t *testing.T) {
	data, err := os.ReadFile("testdata/test-2s.mp3")
	if err != nil {
		t.Fatal(err)
	}
	// The file's own header, read with go-mp3 directly.
	dec, err := gomp3.NewDecoder(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if dec.SampleRate() != SampleRate {
		t.Fatalf("the clip is encoded at %d Hz, want %d", dec.SampleRate(), SampleRate)
	}
	for _, rate := range []int{SampleRate, 48000, 22050} {
		pcm, err := Decode(data, rate)
		if err != nil {
			t.Fatal(err)
		}
		secs := float64(len(pcm)) / bytesPerSecond(rate)
		// MP3 frames pad the start and end by a few milliseconds.
		if secs < 1.95 || secs > 2.1 {
			t.Errorf("at %d Hz the 2 s clip decodes to %.3f s", rate, secs)
		}
	}
}

func TestEffectsDecodeShortAndAtTheContextRate(t *testing.T) {
	for _, e := range Effects() {
		data, err := fs.ReadFile(assets.FS(), "sounds/"+string(e)+".mp3")
		if err != nil {
			t.Fatal(err)
		}
		dec, err := gomp3.NewDecoder(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", e, err)
		}
		if dec.SampleRate() != SampleRate {
			t.Errorf("%s is encoded at %d Hz; re-run assets/sounds/make-effects.sh", e, dec.SampleRate())
		}
		secs := float64(dec.Length()) / bytesPerSecond(dec.SampleRate())
		if secs <= 0.02 || secs > 1.0 {
			t.Errorf("%s lasts %.2f s; an interface effect should be short but audible", e, secs)
		}
	}
}

func TestSilentPlayerIsHarmless(t *testing.T) {
	var nilPlayer *Player
	nilPlayer.Play(Tap)
	nilPlayer.SetVolumes(Volumes{Effects: 1})
	nilPlayer.Say([]byte("x"))
	nilPlayer.PlayMusic("title", []byte("x"))
	p := Silent()
	p.Play(Good)
	p.PlayMusic("title", []byte("not even an mp3"))
	p.Say([]byte("not even an mp3"))
	p.Hush()
	p.Settle()
	if p.Enabled() || nilPlayer.Enabled() {
		t.Fatal("a silent player reports itself enabled")
	}
	if p.Saying() || p.Music() != "" || nilPlayer.Music() != "" {
		t.Fatal("a silent player says it is speaking or playing music")
	}
}

func TestCorruptMP3IsAnError(t *testing.T) {
	if _, err := Decode([]byte("not an mp3 at all"), SampleRate); err == nil {
		t.Fatal("garbage decoded without error")
	}
}
