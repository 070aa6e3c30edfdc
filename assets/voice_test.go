//go:build !js

package assets

import (
	"io/fs"
	"os"
	"path"
	"testing"

	"sango/game/content"
	"sango/game/locale"
	"sango/game/narration"
	"sango/game/narration/manifest"
	"sango/game/ui/sound"
	"sango/levels"
	"sango/locales"
)

const (
	// voiceBudget is the most one language's narration may weigh.
	voiceBudget = 4 << 20
	// mp3Slack is how much longer a generated file decodes than the sound it was made
	// from: go-mp3 plays lame's header frame as silence and the last frame is padded, one
	// to two frames of 1152 samples (measured 26 to 53 ms). Past that, 60 ms of leeway.
	mp3Slack = 53 + 60
)

// Every narrated line has its file in every language, and nothing else is needed to
// play it: levelcheck says the same from disk, this checks what the game embeds.
func TestEveryNarratedKeyHasAFile(t *testing.T) {
	s := content.Load(levels.FS(), "levels", locales.FS(), "locales")
	keys := narration.Keys(s.Levels, s.Catalogs[content.BaseLang])
	if len(keys) < 100 {
		t.Fatalf("only %d narrated keys", len(keys))
	}
	for _, lang := range locale.Codes() {
		for _, key := range keys {
			if _, err := fs.Stat(Voice(), narration.File(lang, key)); err != nil {
				t.Errorf("%s: no narration for %q (run make voice)", narration.File(lang, key), key)
			}
		}
	}
}

// Every file is mono and decodes as the game decodes it, resampled to its rate; a generated file is as
// long as its manifest says; each language keeps to its budget.
func TestVoiceFiles(t *testing.T) {
	for _, lang := range locale.Codes() {
		t.Run(lang, func(t *testing.T) {
			t.Parallel()
			dir := path.Join("voice", lang)
			entries := map[string]manifest.Entry{}
			data, err := os.ReadFile(path.Join(dir, manifest.FileName))
			if err != nil {
				t.Fatal(err)
			}
			list, err := manifest.Parse(data)
			if err != nil {
				t.Fatalf("%s: %v", manifest.FileName, err)
			}
			for _, e := range list {
				entries[e.Key] = e
			}
			names, err := fs.Glob(Voice(), dir+"/*.mp3")
			if err != nil || len(names) == 0 {
				t.Fatalf("no files in %s: %v", dir, err)
			}
			var total, generated int
			for _, name := range names {
				clip, err := fs.ReadFile(Voice(), name)
				if err != nil {
					t.Fatal(err)
				}
				total += len(clip)
				ms, err := decodedMillis(clip)
				if err != nil {
					t.Errorf("%s: %v", name, err)
					continue
				}
				key := path.Base(name[:len(name)-len(".mp3")])
				e, listed := entries[key]
				if manifest.IsRecording(e, listed, clip) {
					continue // a person's recording: its length is its own
				}
				generated++
				if d := ms - e.Millis; d < 0 || d > mp3Slack {
					t.Errorf("%s decodes to %d ms; the manifest says the sound was %d ms", name, ms, e.Millis)
				}
			}
			if total > voiceBudget {
				t.Errorf("%s: %.2f MB of narration, over the budget of %.2f MB", lang, float64(total)/1e6, float64(voiceBudget)/1e6)
			}
			if generated == 0 {
				t.Errorf("%s: no generated file was checked against the manifest", lang)
			}
		})
	}
}

// decodedMillis decodes an MP3 as the desktop game does, resampled to the game's rate
// (sound.Decode), and returns how long it plays: a clip encoded at another rate must
// still play for as long as it was spoken.
func decodedMillis(clip []byte) (int, error) {
	if !mono(clip) {
		return 0, errString("not mono: narration is one voice, encode it with lame -m m")
	}
	pcm, err := sound.Decode(clip, sound.SampleRate)
	if err != nil {
		return 0, err
	}
	return len(pcm) / 4 * 1000 / sound.SampleRate, nil // 16-bit stereo: 4 bytes a sample
}

type errString string

func (e errString) Error() string { return string(e) }

// mono reports whether the first MPEG audio frame, after any ID3v2 tag, is single channel.
func mono(b []byte) bool {
	if len(b) >= 10 && string(b[:3]) == "ID3" {
		size := int(b[6]&0x7f)<<21 | int(b[7]&0x7f)<<14 | int(b[8]&0x7f)<<7 | int(b[9]&0x7f)
		b = b[min(len(b), 10+size):]
	}
	for i := 0; i+3 < len(b); i++ {
		if b[i] == 0xff && b[i+1]&0xe0 == 0xe0 {
			return b[i+3]>>6 == 3
		}
	}
	return false
}
