// Package app is the game as the child meets it: the scenes (title, band picker, level
// list, level player, result, help), wired to the pure core. A scene reads the core's
// state and sends it actions; the rules live in the core.
//
// The screen is redrawn only when something changed, so a still screen costs next to
// nothing: Draw returns at once unless the state is dirty, and the screen keeps its
// pixels between frames.
package app

import (
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/content"
	"sango/game/level"
	"sango/game/locale"
	"sango/game/progress"
	"sango/game/runner"
	"sango/game/storage"
	"sango/game/ui/input"
	"sango/game/ui/sango"
	"sango/game/ui/sound"
	"sango/game/ui/textdraw"
	"sango/game/ui/theme"
	"sango/game/ui/widget"
)

// Config is everything the game is started with.
type Config struct {
	Content *content.Set
	// Lang, when set (-lang), is the language to use, whatever was picked before.
	// Otherwise the language picked last time is used, or, on a first start, the best
	// match for Prefs (the system's or browser's languages), and the picker is offered
	// when AskLanguage is set.
	Lang         string
	Prefs        []string
	AskLanguage  bool
	LoadLanguage LanguageLoader // nil: the languages in Content
	Band         level.Band     // start at this band's level list
	LevelID      string         // start playing this level
	Store        *storage.Store
	Sound        Audio // nil: silent
	Media        Media // narration and music; nil: none
	// TapToStart opens on a "tap to start" screen, whose tap is the gesture a browser
	// needs before it lets a page make sound.
	TapToStart bool
	Out        io.Writer // where autoplay and errors report

	Autoplay Driver // nil for a child at the controls
	OpenAll  bool   // every level open, for a trainer in a workshop

	ScreenshotPath   string // write the screen here after ScreenshotFrames ticks, then exit
	ScreenshotFrames int
}

// Driver plays the game in a child's place: *Autoplay, which a command-line flag asks
// for. Config holds it as an interface, set only by the desktop command, so that the
// browser's build, which has no flags, links none of the autoplay code.
type Driver interface {
	step(g *Game) error
}

// inputGrace is how long frames keep running after the last input.
const inputGrace = 400 * time.Millisecond

// Game implements ebiten.Game.
type Game struct {
	cfg      Config
	cat      *locale.Catalog
	fonts    *textdraw.Fonts
	rtl      bool
	progress progress.Progress
	notice   string // a gentle message shown once on the title screen
	// noticeKind is why there is a notice, so it can be said again in a newly picked language.
	noticeKind *storage.Notice

	w, h    int
	m       theme.Metrics
	scene   scene
	help    bool // the Get help panel is open over the scene
	buttons widget.Set
	src     input.Source
	script  *input.Script

	tick      int
	draws     int // frames actually painted
	anim      animation
	lastInput time.Time // when the child last did anything
	dirty     bool
	relayout  bool

	awake bool          // frames run continuously because something moves
	wake  chan struct{} // nudges a sleeping heartbeat
	// inputSeen is the page's input event count at the last tick (see wakeForInput).
	inputSeen int64

	// mascot keeps Sango's pictures: every repaint of a screen shows Sango
	// again, and painting it from its paths each time would cost milliseconds
	// and a texture upload.
	mascot sango.Cache

	shots   []pendingShot
	quitErr error
	quit    bool

	loading     *languageLoad              // a language switch under way
	langErr     string                     // the language that last failed to load
	pickerFonts map[string]*textdraw.Fonts // faces for each language's own name
	missing     map[string]bool            // text keys already reported missing

	talk      narrator   // what Sango is reading aloud
	speech    spoken     // what the screen says, as of its last layout
	band      level.Band // the age band the child is in; "" before one is picked
	clipsSaid int        // narration clips started, reported by autoplay
}

type pendingShot struct {
	path string
	tick int
}

// New builds the game and its first scene.
func New(cfg Config) (*Game, error) {
	if cfg.Content == nil {
		return nil, errors.New("app: no content")
	}
	if cfg.Out == nil {
		cfg.Out = os.Stdout
	}
	if cfg.Sound == nil {
		cfg.Sound = sound.Silent()
	}
	if cfg.Media == nil {
		cfg.Media = noMedia{}
	}
	if cfg.Store == nil {
		cfg.Store = storage.New(&storage.Memory{})
	}
	if cfg.LoadLanguage == nil {
		cfg.LoadLanguage = func(code string) (*locale.Catalog, error) {
			if c, ok := cfg.Content.Catalogs[code]; ok {
				return c, nil
			}
			return nil, fmt.Errorf("no language file for %q", code)
		}
	}
	g := &Game{cfg: cfg, dirty: true, relayout: true, awake: true}
	var notice *storage.Notice
	g.progress, notice = cfg.Store.Load()
	if notice != nil {
		g.noticeKind = notice
		if !notice.Fresh {
			fmt.Fprintf(cfg.Out, "sango: %v\n", notice.Err)
		}
	}
	if b := level.Band(g.progress.Settings.Band); b.Valid() {
		g.band = b
	}
	lang, ask := g.startLanguage()
	cat, err := cfg.LoadLanguage(lang)
	if err != nil {
		// The language picked before cannot be had now (on the web, offline before its
		// files were ever fetched): the base language always can, and the picker is offered.
		fmt.Fprintf(cfg.Out, "sango: language %s: %v\n", lang, err)
		if cat, err = cfg.LoadLanguage(content.BaseLang); err != nil {
			return nil, fmt.Errorf("app: no language file could be loaded (%w); run levelcheck to see why", err)
		}
		ask = cfg.AskLanguage
	}
	fonts, err := textdraw.NewFonts(cat.Lang, cat.Direction == locale.RTL)
	if err != nil {
		return nil, fmt.Errorf("app: %w", err)
	}
	g.useLanguage(cat, fonts)
	g.cfg.Sound.SetVolumes(volumes(g.progress.Settings.SoundOrDefault()))
	g.notice = g.noticeText()
	if cfg.Autoplay != nil {
		g.script = &input.Script{}
		g.src = g.script
	} else {
		g.src = input.NewDevices()
	}
	if cfg.ScreenshotPath != "" {
		g.shots = append(g.shots, pendingShot{path: cfg.ScreenshotPath, tick: max(1, cfg.ScreenshotFrames)})
	}
	first := g.startScene()
	if ask && g.cfg.LevelID == "" && !g.cfg.Band.Valid() {
		first = &languageScene{first: true}
	}
	if cfg.TapToStart {
		first = &startScene{next: first}
	}
	g.goTo(first)
	return g, nil
}

// startLanguage decides the language to start in, and whether to offer the picker: -lang
// wins; then the child's earlier pick; on a first start, the system's preference, with
// the picker shown so the child can change it.
func (g *Game) startLanguage() (code string, ask bool) {
	if g.cfg.Lang != "" {
		return g.cfg.Lang, false
	}
	if saved := g.progress.Settings.Lang; saved != "" {
		if _, ok := locale.LanguageInfo(saved); ok {
			return saved, false
		}
	}
	return locale.Match(g.cfg.Prefs, content.BaseLang), g.cfg.AskLanguage
}

// noticeText is the gentle message the title screen shows once, in the current language:
// on a first start, where progress is kept and that nothing leaves the device; after
// damaged progress was set aside, that a copy was kept.
func (g *Game) noticeText() string {
	switch n := g.noticeKind; {
	case n == nil:
		return ""
	case n.Fresh:
		return g.cat.Text("ui.progress_fresh")
	case n.Damaged:
		return g.cat.Text("ui.progress_damaged")
	}
	return ""
}

// startScene honours -level and -band.
func (g *Game) startScene() scene {
	if g.cfg.LevelID != "" {
		if l := g.cfg.Content.Find(g.cfg.LevelID); l != nil {
			return newPlay(g, l)
		}
		for _, br := range g.cfg.Content.BrokenLevels() {
			if br.File != "" && levelIDFromFile(br.File) == g.cfg.LevelID {
				return &brokenScene{broken: br}
			}
		}
		return &brokenScene{broken: content.Broken{File: g.cfg.LevelID, Band: g.cfg.Band,
			Problems: nil}, missing: true}
	}
	if g.cfg.Band.Valid() {
		return &mapScene{band: g.cfg.Band}
	}
	return &titleScene{}
}

// T returns the text for a locale key. A key the language lacks shows as [key] on screen
// and is logged once, so tests and translators hear about it.
func (g *Game) T(key string) string {
	if !g.cat.Has(key) {
		if g.missing == nil {
			g.missing = map[string]bool{}
		}
		if !g.missing[key] {
			g.missing[key] = true
			fmt.Fprintf(g.cfg.Out, "sango: missing text %q in %s\n", key, g.cat.Lang)
		}
	}
	return g.cat.Text(key)
}

// go switches to another scene.
func (g *Game) goTo(s scene) {
	g.scene = s
	if b, ok := s.(banded); ok && b.bandOf() != g.band {
		g.band = b.bandOf()
		g.progress.Settings.Band = string(g.band)
		if err := g.cfg.Store.Save(g.progress); err != nil {
			fmt.Fprintf(g.cfg.Out, "sango: %v (progress is kept until the game closes)\n", err)
		}
	}
	g.help = false
	g.relayout = true
	g.dirty = true
}

// Layout implements ebiten.Game; Ebitengine calls LayoutF instead when it exists.
func (g *Game) Layout(outsideWidth, outsideHeight int) (int, int) {
	w, h := g.LayoutF(float64(outsideWidth), float64(outsideHeight))
	return int(w), int(h)
}

// LayoutF sizes the screen in device pixels, so text stays sharp on phones and high-DPI
// laptops instead of being scaled up from a fixed canvas.
func (g *Game) LayoutF(outsideWidth, outsideHeight float64) (float64, float64) {
	scale := g.CSSScale()
	w, h := int(outsideWidth*scale), int(outsideHeight*scale)
	if w < 1 {
		w = 1
	}
	if h < 1 {
		h = 1
	}
	if w != g.w || h != g.h {
		g.w, g.h = w, h
		g.relayout = true
		g.dirty = true
	}
	return float64(w), float64(h)
}

// CSSScale is the ratio of screen pixels to window (CSS) pixels.
func (g *Game) CSSScale() float64 {
	if m := ebiten.Monitor(); m != nil {
		return m.DeviceScaleFactor()
	}
	return 1
}

func (g *Game) layoutNow() {
	if g.w == 0 || g.h == 0 {
		return
	}
	g.m = theme.For(float64(g.w), float64(g.h), g.CSSScale())
	buttons := g.topBarButtons()
	var more []*widget.Button
	var focus string
	if g.help {
		buttons = nil
		more, focus = g.helpLayout()
	} else {
		more, focus = g.scene.layout(g)
	}
	g.buttons.Reset(append(buttons, more...), focus, g.rtl)
	g.speech.state, g.speech.lines = g.speechNow()
	g.relayout = false
	g.publish()
}

// Update implements ebiten.Game.
func (g *Game) Update() error {
	if g.quit {
		if g.quitErr != nil {
			return g.quitErr
		}
		return ebiten.Termination
	}
	g.tick++
	g.inputSeen = inputEventCount()
	g.pollLanguage()
	if g.relayout {
		g.layoutNow()
	}
	if g.cfg.Autoplay != nil && g.script.Pending() == 0 && !g.relayout {
		if err := g.cfg.Autoplay.step(g); err != nil {
			g.fail(err)
			return nil
		}
	}
	f := g.src.Poll()
	if !f.Empty() {
		g.lastInput = time.Now()
		r := g.buttons.Handle(f)
		if r.Changed {
			g.dirty = true
		}
		switch {
		case r.Activated != "":
			g.cfg.Sound.Play(sound.Tap)
			g.activate(r.Activated)
			// A drag is the same move as a tap on what was carried, then on where it
			// landed, if that target is still there after the first tap.
			if r.DroppedOn != "" {
				if g.relayout {
					g.layoutNow()
				}
				if g.buttons.Find(r.DroppedOn) != nil {
					g.activate(r.DroppedOn)
				}
			}
		case r.Back:
			g.back()
		}
		if g.relayout {
			g.layoutNow()
		}
		if b := g.buttons.Find(g.buttons.Hovered()); b != nil {
			ebiten.SetCursorShape(ebiten.CursorShapePointer)
		} else {
			ebiten.SetCursorShape(ebiten.CursorShapeDefault)
		}
	}
	if g.anim.step(time.Now()) {
		g.dirty = true
	}
	now := time.Now()
	g.updateSound(now)
	// Frames keep running for a moment after any input: in input-driven mode a key
	// pressed within one tick of the last one would otherwise wait for the next input.
	recentInput := time.Since(g.lastInput) < inputGrace
	g.setAwake(g.cfg.Autoplay != nil || len(g.shots) > 0 || g.relayout || g.dirty || g.quit || recentInput || g.loading != nil || g.soundBusy())
	return nil
}

// setAwake picks Ebitengine's frame mode. During autoplay or while a change is pending,
// frames run at the normal rate; otherwise frames run only on input or when an animation
// asks for its next picture, so a still screen costs no CPU at all. Measured under Xvfb:
// 4 % of a core with skip-draw alone, 0 % this way.
func (g *Game) setAwake(awake bool) {
	if awake == g.awake {
		return
	}
	g.awake = awake
	if awake {
		ebiten.SetFPSMode(ebiten.FPSModeVsyncOn)
	} else {
		ebiten.SetFPSMode(ebiten.FPSModeVsyncOffMinimum)
	}
}

func (g *Game) activate(id string) {
	switch {
	case id == "help":
		g.help = true
		g.relayout, g.dirty = true, true
	case id == "help-close":
		g.help = false
		g.relayout, g.dirty = true, true
	case id == "back":
		g.back()
	case id == "hear":
		g.hearAgain()
	default:
		g.scene.activate(g, id)
	}
}

func (g *Game) back() {
	if g.help {
		g.help = false
		g.relayout, g.dirty = true, true
		return
	}
	g.scene.back(g)
}

// wakeForInput keeps frames running when the browser delivered input that no tick has
// read. While the game sleeps, an input event makes Ebitengine run a frame, with as many
// Updates as its clock allows: none within a sixtieth of a second of the last tick (as
// just after a step of Sango's talking mouth). That frame only draws, the game sleeps
// on, and the key or tap waits unseen until the next input, which for a held key or a
// lifted finger may never come. (The desktop build counts no events and keeps the old
// behaviour; its idle screen must stay at zero frames.)
func (g *Game) wakeForInput() {
	if !g.awake && inputEventCount() != g.inputSeen {
		g.lastInput = time.Now()
		g.setAwake(true)
	}
}

// Draw implements ebiten.Game. It repaints only when something changed.
func (g *Game) Draw(screen *ebiten.Image) {
	g.wakeForInput()
	if g.dirty && g.w > 0 && !g.relayout {
		screen.Fill(theme.Sky)
		g.scene.draw(g, screen)
		g.drawTopBar(screen)
		if g.help {
			g.drawHelp(screen)
		}
		g.drawSpeech(screen)
		g.dirty = false
		g.draws++
		g.publishDraw()
	}
	for len(g.shots) > 0 && g.tick >= g.shots[0].tick && !g.dirty {
		if err := writePNG(screen, g.shots[0].path); err != nil {
			g.fail(err)
		}
		g.shots = g.shots[1:]
		if len(g.shots) == 0 && g.cfg.ScreenshotPath != "" && g.cfg.Autoplay == nil {
			g.quit = true
		}
	}
}

// queueShot asks for the screen to be written to path at the next drawn frame.
func (g *Game) queueShot(path string) {
	g.shots = append(g.shots, pendingShot{path: path, tick: g.tick})
}

func (g *Game) fail(err error) {
	fmt.Fprintf(g.cfg.Out, "sango: %v\n", err)
	g.quitErr = err
	g.quit = true
}

// Finish ends the game normally at the next tick.
func (g *Game) Finish() { g.quit = true }

// Err is the reason the game stopped, if it failed.
func (g *Game) Err() error { return g.quitErr }

// SceneName names the current scene, for autoplay and tests.
func (g *Game) SceneName() string {
	if g.help {
		return "help"
	}
	return g.scene.name()
}

// record saves a finished level and awards its place's badge when the place is done. It
// reports whether a badge was earned just now. A failed save keeps the progress in
// memory and tells the log; the child keeps playing.
func (g *Game) record(l *level.Level, res runner.Result) bool {
	g.progress.Record(l.ID, progress.Play{SafeFirstTry: res.SafeFirstTry, Choices: res.Choices, Score: res.Score})
	var ids []string
	for _, pl := range g.cfg.Content.InPlace(l.Band, l.Risk) {
		ids = append(ids, pl.ID)
	}
	badge := g.progress.AwardBadge(string(l.Band), string(l.Risk), ids)
	if err := g.cfg.Store.Save(g.progress); err != nil {
		fmt.Fprintf(g.cfg.Out, "sango: %v (progress is kept until the game closes)\n", err)
	}
	return badge
}
