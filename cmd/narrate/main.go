// Command narrate makes the spoken narration: every line a child under nine meets, and
// the interface they need, in every shipped language (game/narration lists them). Each
// text is spoken by espeak-ng and encoded by lame, mono at 44.1 kHz, into
// assets/voice/<lang>/<key>.mp3.
//
//	narrate                 bring every language's files up to date
//	narrate -lang fr,ar     only these languages
//	narrate -pack DIR       write DIR/<lang>.pack from the files on disk (for make web)
//
// Only what changed is made again: assets/voice/<lang>/manifest.txt records what made
// each file. A file that no longer matches its manifest line is somebody's recording:
// it is never overwritten, and when its text changes narrate says to record it again.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"github.com/hajimehoshi/go-mp3"

	"sango/game/content"
	"sango/game/diag"
	"sango/game/locale"
	"sango/game/narration"
	"sango/levels"
	"sango/locales"
)

// budget is the most a language's narration may weigh.
const budget = 4 << 20

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("narrate", flag.ContinueOnError)
	fl.SetOutput(stderr)
	langList := fl.String("lang", strings.Join(locale.Codes(), ","), "the `languages` to narrate, separated by commas")
	dir := fl.String("voice", filepath.Join("assets", "voice"), "the voice `folder`, one subfolder per language")
	pack := fl.String("pack", "", "write `DIR`/<lang>.pack for each language from the files on disk, instead of narrating")
	workers := fl.Int("j", runtime.NumCPU(), "how many phrases to make at once")
	verbose := fl.Bool("v", false, "say what is done to each file")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if fl.NArg() > 0 {
		fmt.Fprintln(stderr, "narrate: unexpected arguments:", strings.Join(fl.Args(), " "))
		return 2
	}
	fail := func(err error) int {
		fmt.Fprintln(stderr, "narrate:", err)
		return 1
	}
	var langs []string
	for _, l := range strings.Split(*langList, ",") {
		l = strings.TrimSpace(l)
		if _, ok := voices[l]; !ok {
			return fail(fmt.Errorf("no voice for language %q; narrated languages: %s", l, strings.Join(locale.Codes(), ", ")))
		}
		langs = append(langs, l)
	}

	set := content.Load(levels.FS(), "levels", locales.FS(), "locales")
	if diag.Errors(set.Problems) > 0 {
		for _, p := range set.Problems {
			if !p.Warning {
				fmt.Fprintln(stderr, p)
			}
		}
		return fail(errors.New("the levels or languages have errors; fix them first (make check)"))
	}
	en := set.Catalogs[content.BaseLang]
	keys := narration.Keys(set.Levels, en)

	if *pack != "" {
		if err := writePacks(*pack, *dir, langs, keys, stdout); err != nil {
			return fail(err)
		}
		return 0
	}

	for _, s := range narration.Skipped(set.Levels, en) {
		fmt.Fprintf(stderr, "narrate: warning: %s is not narrated: %s\n", s.Key, s.Reason)
	}
	for _, tool := range []string{"espeak-ng", "lame"} {
		if _, err := exec.LookPath(tool); err != nil {
			return fail(fmt.Errorf("%s is not installed: run make voice, which installs it (Debian packages espeak-ng and lame)", tool))
		}
	}
	t := tools{synth: synthesize, probe: mp3Millis}
	warnings := 0
	for _, lang := range langs {
		cat, ok := set.Catalogs[lang]
		if !ok {
			return fail(fmt.Errorf("%s: no language file", lang))
		}
		l := language{Lang: lang, Dir: filepath.Join(*dir, lang), Catalog: cat, Keys: keys, Voice: voices[lang]}
		tl, err := t.sync(l, *workers, func(s string) {
			warnings++
			fmt.Fprintln(stderr, "narrate: warning:", s)
		}, func(s string) {
			if *verbose {
				fmt.Fprintln(stdout, s)
			}
		})
		if err != nil {
			return fail(fmt.Errorf("%s: %w", lang, err))
		}
		fmt.Fprintf(stdout, "%s: %d phrases, %d made, %d unchanged, %d recordings, %d removed; %.2f MB\n",
			lang, len(keys), tl.Made, tl.Unchanged, tl.Recordings, tl.Removed, float64(tl.Bytes)/1e6)
		if tl.Bytes > budget {
			warnings++
			fmt.Fprintf(stderr, "narrate: warning: %s: %.2f MB is over the budget of %.2f MB a language\n", lang, float64(tl.Bytes)/1e6, float64(budget)/1e6)
		}
	}
	if warnings > 0 {
		fmt.Fprintf(stderr, "narrate: %d warnings\n", warnings)
	}
	return 0
}

// synthesize speaks text with espeak-ng, trims the silence around it and encodes it with
// lame. It returns the MP3 and the length of the trimmed sound.
func synthesize(v voice, text string) ([]byte, int, error) {
	tmp, err := os.MkdirTemp("", "narrate-")
	if err != nil {
		return nil, 0, err
	}
	defer os.RemoveAll(tmp)
	raw, wav, out := filepath.Join(tmp, "espeak.wav"), filepath.Join(tmp, "trimmed.wav"), filepath.Join(tmp, "out.mp3")
	espeak := exec.Command("espeak-ng", espeakArgs(v, raw)...)
	espeak.Stdin = strings.NewReader(text)
	if err := runTool(espeak); err != nil {
		return nil, 0, err
	}
	data, err := os.ReadFile(raw)
	if err != nil {
		return nil, 0, fmt.Errorf("espeak-ng wrote no sound: %w", err)
	}
	p, err := parseWAV(data)
	if err != nil {
		return nil, 0, fmt.Errorf("espeak-ng's output: %w", err)
	}
	p = p.trim(silenceLevel, keepBeforeMs, keepAfterMs)
	if len(p.Samples) == 0 {
		return nil, 0, errors.New("espeak-ng made no sound")
	}
	if err := os.WriteFile(wav, p.encode(), 0o644); err != nil {
		return nil, 0, err
	}
	if err := runTool(exec.Command("lame", append(slices.Clone(lameArgs), wav, out)...)); err != nil {
		return nil, 0, err
	}
	mp3, err := os.ReadFile(out)
	if err != nil {
		return nil, 0, fmt.Errorf("lame wrote no file: %w", err)
	}
	return mp3, p.Millis(), nil
}

// runTool runs a command and, when it fails, says which and what it printed.
func runTool(cmd *exec.Cmd) error {
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(out.String())
		if len(msg) > 500 {
			msg = msg[:500] + "..."
		}
		if msg != "" {
			return fmt.Errorf("%s: %w: %s", filepath.Base(cmd.Path), err, msg)
		}
		return fmt.Errorf("%s: %w", filepath.Base(cmd.Path), err)
	}
	return nil
}

// mp3Millis decodes an MP3 and returns its length in milliseconds.
func mp3Millis(data []byte) (int, error) {
	d, err := mp3.NewDecoder(bytes.NewReader(data))
	if err != nil {
		return 0, err
	}
	n, err := io.Copy(io.Discard, d)
	if err != nil {
		return 0, err
	}
	// Any rate will do: the game resamples to its own as it decodes.
	return int(n / 4 * 1000 / int64(d.SampleRate())), nil
}

// writePacks writes one voice pack per language from the files on disk.
func writePacks(out, dir string, langs, keys []string, stdout io.Writer) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return fmt.Errorf("making the pack folder: %w", err)
	}
	for _, lang := range langs {
		clips := map[string][]byte{}
		var missing []string
		for _, key := range keys {
			file := filepath.Join(dir, lang, key+".mp3")
			data, err := os.ReadFile(file)
			if errors.Is(err, os.ErrNotExist) {
				missing = append(missing, file)
				continue
			}
			if err != nil {
				return fmt.Errorf("reading %s: %w", file, err)
			}
			clips[key] = data
		}
		if len(missing) > 0 {
			more := ""
			if len(missing) > 5 {
				more = fmt.Sprintf(" and %d more", len(missing)-5)
				missing = missing[:5]
			}
			return fmt.Errorf("%s: no narration in %s%s: run make voice", lang, strings.Join(missing, ", "), more)
		}
		name := filepath.Join(out, lang+".pack")
		data := narration.EncodePack(clips)
		if err := writeFile(name, data); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s: %d phrases, %.2f MB\n", name, len(clips), float64(len(data))/1e6)
	}
	return nil
}
