// Command sango is the game. With no flags it opens the title screen; its flags make it
// scriptable, so tests and teachers can start anywhere, play levels automatically and
// take screenshots of what a child sees.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/app"
	"sango/game/content"
	"sango/game/level"
	"sango/game/locale"
	"sango/game/ui/sound"
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

// defaultOptions is how the game starts with no flags, as a child opens it: the
// browser's build has no flags at all and always starts this way.
func defaultOptions() options {
	return options{frames: 30, inputDevice: "mouse", sensitive: true, width: 1280, height: 720}
}

func run(args []string, stdout, stderr io.Writer) int {
	o, err := parseFlags(args, stderr)
	if askedForHelp(err) {
		return 0
	}
	if err != nil {
		fmt.Fprintf(stderr, "sango: %v\n", err)
		return 2
	}

	set, err := loadContent(o)
	if err != nil {
		fmt.Fprintf(stderr, "sango: %v\n", err)
		return 2
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
	if err := setAutoplay(&cfg, o); err != nil {
		fmt.Fprintf(stderr, "sango: %v\n", err)
		return 2
	}
	cfg.Sound = openSound(o.mute, effectsSource(), stderr)
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
func openSound(mute bool, read sound.ReadFunc, stderr io.Writer) *sound.Player {
	if mute {
		return sound.Silent()
	}
	if !sound.DeviceWorks() {
		fmt.Fprintln(stderr, "sango: no sound device found; playing silently")
		return sound.Silent()
	}
	p, err := sound.New(read)
	if err != nil {
		fmt.Fprintf(stderr, "sango: sound is off: %v\n", err)
		return sound.Silent()
	}
	fmt.Fprintln(stderr, "sango: sound on")
	return p
}
