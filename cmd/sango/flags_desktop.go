//go:build !js

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"sango/game/app"
	"sango/game/level"
	"sango/game/runner"
	"sango/game/ui/input"
)

// parseFlags reads the command line. The flags, and autoplay below, exist for tests,
// teachers and workshops on a computer; the browser's build has neither (flags_js.go),
// which keeps the flag package and the autoplay driver out of its download.
func parseFlags(args []string, stderr io.Writer) (options, error) {
	o := defaultOptions()
	fl := flag.NewFlagSet("sango", flag.ContinueOnError)
	fl.SetOutput(stderr)
	fl.StringVar(&o.band, "band", o.band, "start at this age band's levels: under9, 9to12 or 13to18")
	fl.StringVar(&o.levelID, "level", o.levelID, "start playing the level with this id")
	fl.StringVar(&o.lang, "lang", o.lang, "language: ar, zh, en, fr, ru or es (default: the one picked before, or on a first start the system's, with the picker shown)")
	fl.BoolVar(&o.pickLanguage, "pick-language", o.pickLanguage, "start at the language picker, as on a first start, even when playing by itself")
	fl.StringVar(&o.levelsDir, "levels", o.levelsDir, "load levels from this folder (laid out like levels/) instead of the built-in set")
	fl.StringVar(&o.dataDir, "data", o.dataDir, "folder where progress is kept (default: the user's config folder)")
	fl.StringVar(&o.screenshot, "screenshot", o.screenshot, "write a PNG of the screen here after -frames ticks, then exit")
	fl.IntVar(&o.frames, "frames", o.frames, "ticks to run before -screenshot")
	fl.StringVar(&o.autoplay, "autoplay", o.autoplay, "play by itself: safe, unsafe, or a script file")
	fl.StringVar(&o.inputDevice, "input", o.inputDevice, "device autoplay uses: mouse, touch or keys")
	fl.BoolVar(&o.mute, "mute", o.mute, "no sound")
	fl.BoolVar(&o.openAll, "open-all", o.openAll, "open every level at once, for a trainer leading a workshop")
	fl.BoolVar(&o.sensitive, "sensitive", o.sensitive, "include the 13to18 levels on sensitive topics (grooming, sextortion); -sensitive=false leaves them out")
	fl.IntVar(&o.width, "width", o.width, "window width")
	fl.IntVar(&o.height, "height", o.height, "window height")
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

// askedForHelp reports whether parseFlags failed only because -help was asked for, and
// has printed the flags.
func askedForHelp(err error) bool { return errors.Is(err, flag.ErrHelp) }

// setAutoplay gives the game its autoplay driver when -autoplay asks for one.
func setAutoplay(cfg *app.Config, o options) error {
	if o.autoplay == "" {
		return nil
	}
	ap, err := autoplay(o)
	if err != nil {
		return err
	}
	cfg.Autoplay = ap
	return nil
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
