// Command sango is the game. With no flags it opens the title screen; its flags make it
// scriptable, so tests and teachers can start anywhere, play levels automatically and
// take screenshots of what a child sees.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"sango/assets"
	"sango/game/app"
	"sango/game/content"
	"sango/game/level"
	"sango/game/locale"
	"sango/game/runner"
	"sango/game/ui/input"
	"sango/game/ui/sound"
	"sango/levels"
	"sango/locales"
)

type options struct {
	band, levelID, lang   string
	levelsDir, dataDir    string
	screenshot            string
	frames                int
	autoplay, inputDevice string
	mute                  bool
	openAll               bool
	pickLanguage          bool
	sensitive             bool
	width, height         int
}

func main() {
	sound.RunProbeIfAsked()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func parseFlags(args []string, stderr io.Writer) (options, error) {
	var o options
	fl := flag.NewFlagSet("sango", flag.ContinueOnError)
	fl.SetOutput(stderr)
	fl.StringVar(&o.band, "band", "", "start at this age band's levels: under9, 9to12 or 13to18")
	fl.StringVar(&o.levelID, "level", "", "start playing the level with this id")
	fl.StringVar(&o.lang, "lang", "", "language: ar, zh, en, fr, ru or es (default: the one picked before, or on a first start the system's, with the picker shown)")
	fl.BoolVar(&o.pickLanguage, "pick-language", false, "start at the language picker, as on a first start, even when playing by itself")
	fl.StringVar(&o.levelsDir, "levels", "", "load levels from this folder (laid out like levels/) instead of the built-in set")
	fl.StringVar(&o.dataDir, "data", "", "folder where progress is kept (default: the user's config folder)")
	fl.StringVar(&o.screenshot, "screenshot", "", "write a PNG of the screen here after -frames ticks, then exit")
	fl.IntVar(&o.frames, "frames", 30, "ticks to run before -screenshot")
	fl.StringVar(&o.autoplay, "autoplay", "", "play by itself: safe, unsafe, or a script file")
	fl.StringVar(&o.inputDevice, "input", "mouse", "device autoplay uses: mouse, touch or keys")
	fl.BoolVar(&o.mute, "mute", false, "no sound")
	fl.BoolVar(&o.openAll, "open-all", false, "open every level at once, for a trainer leading a workshop")
	fl.BoolVar(&o.sensitive, "sensitive", true, "include the 13to18 levels on sensitive topics (grooming, sextortion); -sensitive=false leaves them out")
	fl.IntVar(&o.width, "width", 1280, "window width")
	fl.IntVar(&o.height, "height", 720, "window height")
	if err := fl.Parse(args); err != nil {
		return o, err
	}
	if fl.NArg() > 0 {
		return o, fmt.Errorf("unexpected argument %q", fl.Arg(0))
	}
	if o.band != "" && !level.Band(o.band).Valid() {
		return o, fmt.Errorf("-band %q: use one of %v", o.band, level.Bands())
	}
	if o.width < 200 || o.height < 200 || o.width > 8000 || o.height > 8000 {
		return o, fmt.Errorf("-width and -height must be between 200 and 8000")
	}
	return o, nil
}

func run(args []string, stdout, stderr io.Writer) int {
	o, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintf(stderr, "sango: %v\n", err)
		return 2
	}

	var set *content.Set
	if o.levelsDir != "" {
		if info, err := os.Stat(o.levelsDir); err != nil || !info.IsDir() {
			fmt.Fprintf(stderr, "sango: -levels %s: not a folder\n", o.levelsDir)
			return 2
		}
		set = content.Load(os.DirFS(o.levelsDir), o.levelsDir, locales.FS(), "locales")
	} else {
		set = content.Load(levels.FS(), "levels", locales.FS(), "locales")
	}
	// Problems are reported but never fatal: a broken level shows as broken in the game
	// and everything else still plays.
	for _, p := range set.Problems {
		fmt.Fprintln(stderr, p.String())
	}
	if !o.sensitive {
		fmt.Fprintf(stdout, "sango: %d level(s) on sensitive topics left out (-sensitive=false)\n", set.DropSensitive())
	}

	cfg := app.Config{
		Content: set, Lang: flagLang(o.lang, set, stderr), Prefs: systemLanguages(),
		AskLanguage: askLanguageOnWeb && o.lang == "" && (o.autoplay == "" || o.pickLanguage), LoadLanguage: languageLoader(set),
		Band: level.Band(o.band), LevelID: o.levelID,
		Store: openStore(o.dataDir, stderr), Out: stdout, OpenAll: o.openAll,
		ScreenshotPath: o.screenshot, ScreenshotFrames: o.frames,
	}
	if o.autoplay != "" {
		ap, err := autoplay(o)
		if err != nil {
			fmt.Fprintf(stderr, "sango: %v\n", err)
			return 2
		}
		cfg.Autoplay = ap
	}
	cfg.Sound = openSound(o.mute, assets.FS(), stderr)
	cfg.Media = mediaSource(stderr)
	cfg.TapToStart = tapToStart && o.autoplay == "" && o.screenshot == ""

	g, err := app.New(cfg)
	if err != nil {
		fmt.Fprintf(stderr, "sango: %v\n", err)
		return 1
	}
	ebiten.SetWindowTitle("Sango")
	ebiten.SetWindowSize(o.width, o.height)
	ebiten.SetWindowResizingMode(ebiten.WindowResizingModeEnabled)
	// A still screen must cost nothing: the screen keeps its pixels between frames and the
	// game repaints only on change; the game also stops the frame loop while nothing
	// moves (see app.Game.setAwake).
	ebiten.SetScreenClearedEveryFrame(false)
	if err := ebiten.RunGame(g); err != nil {
		fmt.Fprintf(stderr, "sango: %v\n", err)
		return 1
	}
	if g.Err() != nil {
		return 1
	}
	return 0
}

func autoplay(o options) (*app.Autoplay, error) {
	dev := map[string]input.Device{"mouse": input.Mouse, "touch": input.Touch, "keys": input.Keyboard}
	d, ok := dev[o.inputDevice]
	if !ok {
		return nil, fmt.Errorf("-input %q: use mouse, touch or keys", o.inputDevice)
	}
	ap := &app.Autoplay{Device: d}
	switch o.autoplay {
	case "safe":
		ap.Strategy = runner.PlaySafe
	case "unsafe":
		ap.Strategy = runner.PlayUnsafe
	default:
		f, err := os.Open(o.autoplay)
		if err != nil {
			return nil, fmt.Errorf("-autoplay: %w", err)
		}
		defer f.Close()
		script, err := app.ParseScript(o.autoplay, f)
		if err != nil {
			return nil, err
		}
		if script == nil {
			script = []app.ScriptLine{}
		}
		ap.Script = script
	}
	return ap, nil
}

// flagLang resolves -lang: a shipped language, matched the way system preferences are
// ("fr-CA" and "fr_FR.UTF-8" are French). An unknown one is reported and left out, so
// the usual choice applies.
func flagLang(flagValue string, set *content.Set, stderr io.Writer) string {
	if flagValue == "" {
		return ""
	}
	const none = "-"
	code := locale.Match([]string{flagValue}, none)
	if _, ok := set.Catalogs[code]; !ok {
		fmt.Fprintf(stderr, "sango: no language file for %q; the languages are %s\n", flagValue, strings.Join(locale.Codes(), ", "))
		return ""
	}
	return code
}

// openSound returns a working player, or a silent one when muted or when no sound
// device can be opened: sound helps, but the game never depends on it.
func openSound(mute bool, fsys fs.FS, stderr io.Writer) *sound.Player {
	if mute {
		return sound.Silent()
	}
	if !sound.DeviceWorks() {
		fmt.Fprintln(stderr, "sango: no sound device found; playing silently")
		return sound.Silent()
	}
	p, err := sound.New(fsys)
	if err != nil {
		fmt.Fprintf(stderr, "sango: sound is off: %v\n", err)
		return sound.Silent()
	}
	fmt.Fprintln(stderr, "sango: sound on")
	return p
}
