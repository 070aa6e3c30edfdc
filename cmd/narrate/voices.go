package main

import (
	"fmt"
	"strings"
)

// generator names this program's way of making a file; change it to regenerate every
// file when something not listed in settings changes how they sound.
const generator = "sango-narrate 1"

// voice is how one language is spoken by espeak-ng.
type voice struct {
	Name  string // espeak-ng voice
	Speed int    // espeak-ng's words per minute
}

// voices: slightly slower than espeak-ng's 175 for young listeners. Mandarin uses the
// voice that reads its dictionary's pinyin as pinyin: plain "cmn" in espeak-ng 1.51 reads
// the pinyin of most characters as English words ("kai one" for 开). Its speed counts
// syllables, so it is set to about three syllables a second, like the others.
var voices = map[string]voice{
	"en": {"en-gb", 140},
	"fr": {"fr-fr", 140},
	"es": {"es", 140},
	"ru": {"ru", 140},
	"ar": {"ar", 140},
	"zh": {"cmn-latn-pinyin", 160},
}

// The rest of the sound, the same for every language.
const (
	amplitude = 80 // of espeak-ng's 0-200 (100 default): leaves headroom, so no peak clips
	pitch     = 50 // espeak-ng's default
)

// Silence trimming: espeak-ng ends every phrase with about 0.45 s of silence, which costs
// space and delays whatever comes next. Keep a little before the first and after the last
// sound louder than silenceLevel.
const (
	silenceLevel = 96 // of 32767, about -51 dBFS
	keepBeforeMs = 30
	keepAfterMs  = 120
)

// lameArgs encode mono at 22.05 kHz, the rate espeak-ng speaks at, so nothing is made up
// by resampling up, at 24 kbit/s: about a quarter smaller than 44.1 kHz at 32 kbit/s
// (MPEG-1's lowest rate), which counts on a school's weak link, and the voice keeps all
// it has below 8 kHz. The game plays it at its own 44.1 kHz: go-mp3 resamples on the
// desktop (sound.Decode) and Web Audio in the browser. No ReplayGain analysis: nothing
// in the output then depends on more than the input.
var lameArgs = []string{"--quiet", "--noreplaygain", "--resample", "22.05", "-m", "m", "-b", "24", "-q", "2"}

// espeakArgs are the arguments for one phrase, read as UTF-8 from standard input.
func espeakArgs(v voice, wav string) []string {
	return []string{"-v", v.Name, "-s", fmt.Sprint(v.Speed), "-a", fmt.Sprint(amplitude), "-p", fmt.Sprint(pitch), "-b", "1", "-w", wav}
}

// settings is every setting that shapes a language's files, for the input hash.
func settings(v voice) []string {
	return append([]string{generator, "espeak-ng", v.Name, fmt.Sprint(v.Speed), fmt.Sprint(amplitude), fmt.Sprint(pitch),
		fmt.Sprint(silenceLevel, keepBeforeMs, keepAfterMs), "lame"}, lameArgs...)
}

// speakable prepares a catalog text for the synthesizer: one line of plain text.
// espeak-ng reads [[...]] as phonemes, so brackets become parentheses; no-break spaces
// (French puts them before ! and ?) become plain ones.
func speakable(text string) string {
	r := strings.NewReplacer("\u00a0", " ", "\u202f", " ", "\r\n", " ", "\n", " ", "\r", " ", "\t", " ", "[", "(", "]", ")")
	return strings.Join(strings.Fields(r.Replace(text)), " ")
}
