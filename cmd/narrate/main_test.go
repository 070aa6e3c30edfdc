package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"sango/game/locale"
	"sango/game/narration"
	"sango/game/narration/manifest"
)

func TestWAV(t *testing.T) {
	loud := []int16{500, -700, 32767, -32768, 120}
	p := pcm{Rate: 1000, Samples: slices.Concat(make([]int16, 200), loud, make([]int16, 500))}
	got, err := parseWAV(p.encode())
	if err != nil {
		t.Fatal(err)
	}
	if got.Rate != 1000 || !slices.Equal(got.Samples, p.Samples) || got.Millis() != 705 {
		t.Fatalf("round trip: rate %d, %d samples", got.Rate, len(got.Samples))
	}
	tr := got.trim(100, 30, 120)
	if want := slices.Concat(make([]int16, 30), loud, make([]int16, 120)); !slices.Equal(tr.Samples, want) {
		t.Fatalf("trimmed to %v", tr.Samples)
	}
	quiet := pcm{Rate: 1000, Samples: make([]int16, 10)}
	if len(quiet.trim(100, 30, 120).Samples) != 10 {
		t.Fatal("silence must stay as it is")
	}
	// A writer that cannot seek back leaves the data size unfilled (here at its maximum): read to the end.
	open := p.encode()
	copy(open[40:], []byte{0xff, 0xff, 0xff, 0x7f})
	if got, err := parseWAV(open); err != nil || len(got.Samples) != len(p.Samples) {
		t.Fatalf("open-ended data: %v", err)
	}
	stereo := p.encode()
	stereo[22] = 2
	for name, b := range map[string][]byte{
		"not a WAV file":      []byte("ID3 nonsense"),
		"2 channels":          stereo,
		"WAV has no data":     p.encode()[:36],
		"format chunk is too": append([]byte("RIFF\x00\x00\x00\x00WAVEfmt \x04\x00\x00\x00"), 1, 0, 1, 0),
	} {
		if _, err := parseWAV(b); err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("%s: got %v", name, err)
		}
	}
}

func TestSpeakable(t *testing.T) {
	if got := speakable("Bravo\u00a0! Le [[bruit]]\n  ici\t."); got != "Bravo ! Le ((bruit)) ici ." {
		t.Fatalf("got %q", got)
	}
}

// fake tools: the "MP3" says which voice spoke which text.
func fakeTools(calls *int) tools {
	return tools{
		synth: func(v voice, text string) ([]byte, int, error) {
			*calls++
			if strings.Contains(text, "FAIL") {
				return nil, 0, errors.New("espeak-ng: exit status 1")
			}
			return []byte("mp3:" + v.Name + ":" + text), 10 * len(text), nil
		},
		probe: func(b []byte) (int, error) { return len(b), nil },
	}
}

type syncRun struct {
	t        *testing.T
	dir      string
	texts    map[string]string
	keys     []string
	calls    int
	warnings []string
	tally    tally
}

func newRun(t *testing.T) *syncRun {
	return &syncRun{t: t, dir: filepath.Join(t.TempDir(), "en"),
		texts: map[string]string{"one": "Hello there", "two": "Tap the cloud", "three": "Well done"},
		keys:  []string{"a.one", "a.three", "a.two"}}
}

func (r *syncRun) sync() error {
	r.t.Helper()
	var src strings.Builder
	src.WriteString("language = \"English\"\n[a]\n")
	for k, v := range r.texts {
		fmt.Fprintf(&src, "%s = %q\n", k, v)
	}
	cat, ps := locale.Parse("locales/en.toml", []byte(src.String()))
	if len(ps) > 0 {
		r.t.Fatal(ps)
	}
	r.warnings = nil
	var err error
	r.tally, err = fakeTools(&r.calls).sync(language{Lang: "en", Dir: r.dir, Catalog: cat, Keys: r.keys, Voice: voice{"en-gb", 140}}, 3,
		func(s string) { r.warnings = append(r.warnings, s) }, func(string) {})
	return err
}

func (r *syncRun) mustSync() {
	r.t.Helper()
	if err := r.sync(); err != nil {
		r.t.Fatal(err)
	}
}

func (r *syncRun) file(key string) string { return filepath.Join(r.dir, key+".mp3") }

func (r *syncRun) read(key string) string {
	b, err := os.ReadFile(r.file(key))
	if err != nil {
		return ""
	}
	return string(b)
}

func (r *syncRun) entries() map[string]manifest.Entry {
	b, err := os.ReadFile(filepath.Join(r.dir, manifest.FileName))
	if err != nil {
		r.t.Fatal(err)
	}
	list, err := manifest.Parse(b)
	if err != nil {
		r.t.Fatal(err)
	}
	m := map[string]manifest.Entry{}
	for _, e := range list {
		m[e.Key] = e
	}
	return m
}

func (r *syncRun) expect(made, unchanged, recordings, removed int, warnings ...string) {
	r.t.Helper()
	tl := r.tally
	if tl.Made != made || tl.Unchanged != unchanged || tl.Recordings != recordings || tl.Removed != removed {
		r.t.Errorf("made %d unchanged %d recordings %d removed %d; want %d %d %d %d",
			tl.Made, tl.Unchanged, tl.Recordings, tl.Removed, made, unchanged, recordings, removed)
	}
	if len(r.warnings) != len(warnings) {
		r.t.Errorf("warnings %q, want %d matching %q", r.warnings, len(warnings), warnings)
		return
	}
	for i, w := range warnings {
		if !strings.Contains(r.warnings[i], w) {
			r.t.Errorf("warning %q, want one with %q", r.warnings[i], w)
		}
	}
}

func TestSyncMakesOnlyWhatChangedAndNeverOverwritesARecording(t *testing.T) {
	r := newRun(t)
	r.mustSync()
	r.expect(3, 0, 0, 0)
	if r.read("a.one") != "mp3:en-gb:Hello there" || len(r.entries()) != 3 || r.entries()["a.one"].Millis != 110 {
		t.Fatalf("first run: %q %v", r.read("a.one"), r.entries())
	}

	r.calls = 0
	r.mustSync()
	r.expect(0, 3, 0, 0)
	if r.calls != 0 {
		t.Fatalf("an unchanged run made %d phrases", r.calls)
	}

	r.texts["one"] = "Hello again"
	r.mustSync()
	r.expect(1, 2, 0, 0)
	if r.read("a.one") != "mp3:en-gb:Hello again" {
		t.Fatalf("changed text not made again: %q", r.read("a.one"))
	}

	// Somebody records "two": kept, marked, never overwritten.
	os.WriteFile(r.file("a.two"), []byte("a real voice"), 0o644)
	r.mustSync()
	r.expect(0, 2, 1, 0)
	if e := r.entries()["a.two"]; !e.IsRecorded() || e.MP3 != manifest.FileHash([]byte("a real voice")) || e.Millis != 12 {
		t.Fatalf("recording not noted: %+v", e)
	}
	r.texts["two"] = "Tap the grey cloud"
	r.mustSync()
	r.expect(0, 2, 1, 0, `a.two.mp3 is a recording of an older text: record it again, saying "Tap the grey cloud"`)
	if r.read("a.two") != "a real voice" {
		t.Fatal("a recording was overwritten")
	}
	r.mustSync()
	r.expect(0, 2, 1, 0, "record it again") // until it is recorded again
	os.WriteFile(r.file("a.two"), []byte("a real voice, again"), 0o644)
	r.mustSync()
	r.expect(0, 2, 1, 0)

	// A recording that replaced a file whose text changed before narrate saw it.
	os.WriteFile(r.file("a.three"), []byte("recorded three"), 0o644)
	r.texts["three"] = "Well done, you!"
	r.mustSync()
	r.expect(0, 1, 2, 0, "a.three.mp3 is a recording of an older text")

	// Keys no longer narrated: generated files go, recordings stay.
	r.keys = []string{"a.two"}
	r.mustSync()
	r.expect(0, 0, 1, 1, "a.three.mp3: a.three is no longer narrated; this recording is kept")
	if _, err := os.Stat(r.file("a.one")); !os.IsNotExist(err) {
		t.Fatal("a generated file of a key no longer narrated is still there")
	}
	if _, ok := r.entries()["a.one"]; ok {
		t.Fatal("its manifest line is still there")
	}
	if r.read("a.three") != "recorded three" {
		t.Fatal("a recording no longer narrated was removed")
	}

	// Deleting a recording brings the generated voice back.
	os.Remove(r.file("a.two"))
	r.mustSync()
	r.expect(1, 0, 0, 0, "a.three is no longer narrated")
	if r.read("a.two") != "mp3:en-gb:Tap the grey cloud" || r.entries()["a.two"].IsRecorded() {
		t.Fatal("deleted recording not replaced by the generated voice")
	}
}

func TestSyncFilesTheManifestDoesNotKnow(t *testing.T) {
	r := newRun(t)
	os.MkdirAll(r.dir, 0o755)
	// An interrupted run left a.one made but unlisted; a.two is somebody's.
	os.WriteFile(r.file("a.one"), []byte("mp3:en-gb:Hello there"), 0o644)
	os.WriteFile(r.file("a.two"), []byte("a person"), 0o644)
	os.WriteFile(r.file("b.stray"), []byte("?"), 0o644)
	r.mustSync()
	r.expect(1, 1, 1, 0, "b.stray.mp3: not narrated and not in the manifest")
	e := r.entries()
	if e["a.one"].IsRecorded() || !e["a.two"].IsRecorded() || r.read("a.two") != "a person" {
		t.Fatalf("entries %+v", e)
	}
	if e["a.two"].Text != manifest.TextHash("Tap the cloud") {
		t.Fatal("an unlisted recording is taken as saying the text as it is")
	}
}

func TestSyncErrors(t *testing.T) {
	r := newRun(t)
	r.texts["two"] = "FAIL here"
	err := r.sync()
	if err == nil || !strings.Contains(err.Error(), `a.two ("FAIL here"): espeak-ng: exit status 1`) {
		t.Fatalf("got %v", err)
	}
	for k := range r.entries() {
		if k == "a.two" {
			t.Fatal("a failed phrase is listed")
		}
	}
	r.texts["two"] = "fine"
	r.mustSync()
	if r.tally.Made == 0 || len(r.entries()) != 3 {
		t.Fatalf("recovery: %+v", r.tally)
	}
	os.WriteFile(filepath.Join(r.dir, manifest.FileName), []byte("a.one x\n"), 0o644)
	if err := r.sync(); err == nil || !strings.Contains(err.Error(), "manifest.txt: line 1: want 5 fields") {
		t.Fatalf("corrupt manifest: %v", err)
	}
}

func TestPacks(t *testing.T) {
	dir, out := t.TempDir(), filepath.Join(t.TempDir(), "web", "voice")
	os.MkdirAll(filepath.Join(dir, "fr"), 0o755)
	os.WriteFile(filepath.Join(dir, "fr", "ui.play.mp3"), []byte("jouer"), 0o644)
	os.WriteFile(filepath.Join(dir, "fr", "ui.old.mp3"), []byte("kept recording"), 0o644)
	var log bytes.Buffer
	if err := writePacks(out, dir, []string{"fr"}, []string{"ui.play"}, &log); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(out, "fr.pack"))
	if err != nil {
		t.Fatal(err)
	}
	clips, err := narration.DecodePack(data)
	if err != nil || len(clips) != 1 || string(clips["ui.play"]) != "jouer" {
		t.Fatalf("pack: %v %v", clips, err)
	}
	err = writePacks(out, dir, []string{"fr"}, []string{"ui.play", "ui.back"}, &log)
	if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "fr", "ui.back.mp3")+": run make voice") {
		t.Fatalf("missing file: %v", err)
	}
}

func TestUsage(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"-lang", "xx"}, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), `no voice for language "xx"`) {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if code := run([]string{"extra"}, &out, &errOut); code != 2 {
		t.Fatalf("exit %d", code)
	}
	for _, lang := range locale.Codes() {
		if _, ok := voices[lang]; !ok {
			t.Errorf("no voice for shipped language %s", lang)
		}
	}
}

// With the real tools (skipped without them): the same phrase twice gives the same bytes,
// a mono MP3 at 44.1 kHz about as long as the sound.
func TestSynthesizeIsDeterministic(t *testing.T) {
	for _, tool := range []string{"espeak-ng", "lame"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skip(tool, "is not installed")
		}
	}
	a, ms, err := synthesize(voices["fr"], speakable("Bravo\u00a0! Tu as trouvé le nuage."))
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := synthesize(voices["fr"], speakable("Bravo\u00a0! Tu as trouvé le nuage."))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("two runs differ")
	}
	got, err := mp3Millis(a)
	if err != nil {
		t.Fatal(err)
	}
	if ms < 1000 || got < ms || got > ms+120 {
		t.Fatalf("sound %d ms, MP3 %d ms", ms, got)
	}
}
