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

// A loop's range comes from LAME's tag; anything else, whole or cut short, gives no range
// and no panic, and the music then loops whole.
func TestGaplessRangeNeedsALameTag(t *testing.T) {
	data, err := os.ReadFile("testdata/test-2s.mp3")
	if err != nil {
		t.Fatal(err)
	}
	skip, samples, rate, ok := GaplessRange(data)
	if !ok {
		t.Fatal("no LAME tag found in testdata/test-2s.mp3")
	}
	// The clip is two seconds of sound: that is what the loop would repeat.
	if got := float64(samples) / float64(rate); got < 1.99 || got > 2.01 || skip <= 0 {
		t.Errorf("range of %d samples from %d at %d Hz: %.3f s, want 2 s", samples, skip, rate, got)
	}
	for n := range len(data) {
		if _, _, _, ok := GaplessRange(data[:n]); ok && n < 100 {
			t.Errorf("a range found in the first %d bytes alone", n)
		}
	}
	noTag := bytes.Replace(data, []byte("LAME"), []byte("XXXX"), 1)
	if _, _, _, ok := GaplessRange(noTag); ok {
		t.Error("a range found without a LAME tag")
	}
	if _, _, _, ok := GaplessRange([]byte("not an mp3 at all")); ok {
		t.Error("a range found in text")
	}
}
