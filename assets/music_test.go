//go:build !js

package assets

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"io"
	"io/fs"
	"math"
	"os"
	"path"
	"strconv"
	"strings"
	"testing"

	gomp3 "github.com/hajimehoshi/go-mp3"

	"sango/game/ui/sound"
)

const musicRate = 44100

// What lame adds around the composed audio, measured on these files by lining the
// decoded stream up against make-music.sh's WAV (a correlation of 0.999 at one lag):
// go-mp3 plays lame's Info frame (its first frame, holding the LAME tag) as one frame of
// silence, 1152 samples; then come the encoder delay the LAME tag records (576 samples)
// and the MP3 filterbank's own decoder delay of 529. The composed audio therefore starts
// at sample 2257 (51 ms) of go-mp3's output, and after it come the tag's end padding less
// those 529 samples. In all, title.mp3 decodes 2304 samples (52 ms) longer than composed
// and map.mp3 2880 (65 ms). A seamless loop plays only the composed part.
const (
	infoFrame     = 1152
	decoderDelay  = 529
	noTagDelay    = 576  // lame's usual delay, for an MP3 with no LAME tag
	noTagPadding  = 1152 // at most one frame
	musicSlackMS  = 60
	edgeMS        = 10
	edgeMaxDBFS   = -50.0 // the first and last 10 ms: this quiet cannot click
	notSilentDBFS = -40.0 // RMS above this is audible music
	notClipped    = -3.0  // peak below this leaves headroom after decoding
)

// lameTag returns the encoder delay and end padding recorded in an MP3's LAME tag (in
// the Xing/Info header of its first frame), and whether it has one.
func lameTag(data []byte) (delay, padding int, ok bool) {
	head := data[:min(len(data), 2048)]
	i := bytes.Index(head, []byte("Info"))
	if i < 0 {
		i = bytes.Index(head, []byte("Xing"))
	}
	if i < 0 {
		return 0, 0, false
	}
	j := bytes.Index(head[i:], []byte("LAME"))
	if j < 0 || i+j+24 > len(head) {
		return 0, 0, false
	}
	// The LAME extension: 9 bytes of encoder name, then revision, lowpass, replay gain
	// (8), flags, bitrate; delay and padding are the next two 12-bit numbers.
	b := head[i+j+21:]
	return int(b[0])<<4 | int(b[1])>>4, int(b[1]&0x0f)<<8 | int(b[2]), true
}

// decodeMono decodes an MP3 with go-mp3 and returns its left channel (the loops are mono,
// so both channels are the same) as samples in [-1, 1], and its sample rate.
func decodeMono(t *testing.T, data []byte) ([]float64, int) {
	t.Helper()
	dec, err := gomp3.NewDecoder(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	pcm, err := io.ReadAll(dec)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]float64, len(pcm)/4)
	for i := range out {
		out[i] = float64(int16(binary.LittleEndian.Uint16(pcm[4*i:]))) / 32768
	}
	return out, dec.SampleRate()
}

func dbfs(v float64) float64 { return 20 * math.Log10(math.Max(v, 1e-10)) }

// loudness returns the peak and RMS (dBFS) and the mean of samples.
func loudness(s []float64) (peak, rms, mean float64) {
	var sum, sq float64
	for _, v := range s {
		peak = math.Max(peak, math.Abs(v))
		sum += v
		sq += v * v
	}
	n := float64(max(len(s), 1))
	return dbfs(peak), dbfs(math.Sqrt(sq / n)), sum / n
}

// composedMS reads music/durations.txt: each loop's composed length in milliseconds.
func composedMS(t *testing.T) map[string]int {
	t.Helper()
	f, err := os.Open("music/durations.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 {
			continue
		}
		ms, err := strconv.Atoi(fields[len(fields)-1])
		if len(fields) != 2 || err != nil {
			t.Fatalf("durations.txt: bad line %q", sc.Text())
		}
		out[fields[0]] = ms
	}
	return out
}

// loudestQuietest returns the highest and lowest peak (dBFS) among the sound effects.
func effectPeaks(t *testing.T) (loudest, quietest float64) {
	t.Helper()
	names, err := fs.Glob(FS(), "sounds/*.mp3")
	if err != nil || len(names) == 0 {
		t.Fatalf("no effects: %v", err)
	}
	loudest, quietest = -200, 0
	for _, name := range names {
		data, err := fs.ReadFile(FS(), name)
		if err != nil {
			t.Fatal(err)
		}
		s, _ := decodeMono(t, data)
		p, _, _ := loudness(s)
		loudest, quietest = math.Max(loudest, p), math.Min(quietest, p)
	}
	return loudest, quietest
}

func TestMusicLoops(t *testing.T) {
	durations := composedMS(t)
	names, err := fs.Glob(Music(), "music/*.mp3")
	if err != nil {
		t.Fatal(err)
	}
	if len(names) != 2 || len(durations) != len(names) {
		t.Fatalf("embedded %v with durations %v; want title.mp3 and map.mp3, each in durations.txt", names, durations)
	}
	_, quietestEffect := effectPeaks(t)
	for _, name := range names {
		base := path.Base(name)
		t.Run(base, func(t *testing.T) {
			data, err := fs.ReadFile(Music(), name)
			if err != nil {
				t.Fatal(err)
			}
			if len(data) > 200*1024 {
				t.Errorf("%d bytes; keep a loop under 200 KB", len(data))
			}
			s, rate := decodeMono(t, data)
			if rate != musicRate {
				t.Fatalf("encoded at %d Hz, want %d; re-run assets/music/make-music.sh", rate, musicRate)
			}
			ms, ok := durations[base]
			if !ok {
				t.Fatalf("durations.txt has no line for %s", base)
			}
			composed := ms * musicRate / 1000
			delay, padding, tagged := lameTag(data)
			if !tagged {
				delay, padding = noTagDelay, noTagPadding
			}
			extra := infoFrame + delay + padding
			slack := musicSlackMS * musicRate / 1000
			if len(s) < composed-slack || len(s) > composed+extra+slack {
				t.Errorf("decodes to %d samples (%.3f s); composed %d ms, plus up to %d samples of MP3 padding",
					len(s), float64(len(s))/musicRate, ms, extra)
			}
			// The composed audio, without what the encoder and decoder put around it.
			start := min(infoFrame+delay+decoderDelay, len(s))
			body := s[start:min(start+composed, len(s))]
			peak, rms, mean := loudness(body)
			t.Logf("%d bytes, composed %d ms, decodes to %d ms (%d samples of padding: LAME delay %d, end padding %d); peak %.1f dBFS, RMS %.1f dBFS",
				len(data), ms, len(s)*1000/musicRate, len(s)-composed, delay, padding, peak, rms)
			if rms < notSilentDBFS {
				t.Errorf("RMS %.1f dBFS: silent or nearly", rms)
			}
			if peak > notClipped {
				t.Errorf("peak %.1f dBFS: clipped or too loud", peak)
			}
			if math.Abs(mean) > 0.001 {
				t.Errorf("DC offset %.4f", mean)
			}
			switch base {
			case "title.mp3":
				// Cheerful but under the effects: a tap still stands out.
				if peak > -9 || rms > -20 {
					t.Errorf("peak %.1f dBFS, RMS %.1f dBFS; the title music should stay under -9 and -20", peak, rms)
				}
			case "map.mp3":
				// Played under narration: quiet, its peak well below every effect's.
				if peak > quietestEffect-3 || rms > -20 {
					t.Errorf("peak %.1f dBFS, RMS %.1f dBFS; want the peak 3 dB under the quietest effect (%.1f) and RMS under -20",
						peak, rms, quietestEffect)
				}
			}
			// The game loops exactly the composed audio: the player's range (what follows
			// the tag frame and the delays, for the composed length) is the one measured here.
			if skip, samples, rate, ok := sound.GaplessRange(data); !ok || rate != musicRate ||
				skip != int64(start) || samples != int64(composed) {
				t.Errorf("the game would loop %d samples from %d at %d Hz (found %v); want the composed %d from %d at %d Hz",
					samples, skip, rate, ok, composed, start, musicRate)
			}
			// Nothing clicks at the loop join: the first and last 10 ms are near silence,
			// both of the decoded stream and of the composed part inside it.
			edge := edgeMS * musicRate / 1000
			for _, part := range []struct {
				what string
				s    []float64
			}{
				{"decoded stream's first", s[:edge]}, {"decoded stream's last", s[len(s)-edge:]},
				{"composed audio's first", body[:edge]}, {"composed audio's last", body[len(body)-edge:]},
			} {
				if p, _, _ := loudness(part.s); p > edgeMaxDBFS {
					t.Errorf("the %s %d ms peak at %.1f dBFS; a loop must start and end near silence (under %.0f)",
						part.what, edgeMS, p, edgeMaxDBFS)
				}
			}
		})
	}
}
