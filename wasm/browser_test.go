package wasm_test

// This end-to-end test loads the web build in Debian's headless Chromium and plays it the
// way a child would: with the mouse, then the keyboard, then a finger on an emulated phone.
// It finds buttons through globalThis.sangoState, which the game publishes in CSS pixels,
// so every click lands where a real one would.

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/device"

	"sango/game/classroom"
)

const (
	chromiumPath = "/usr/bin/chromium"

	// Software WebGL (SwiftShader) on a small machine is slow to show the first frame.
	firstFrameTimeout = 90 * time.Second
	// One click or key press, from "the button is there" to "the screen changed".
	stepTimeout = 20 * time.Second
	// The whole test; Chromium is killed when it runs out, so nothing can hang. A run
	// takes about 100 s here; the rest is room for `make test`, which runs other
	// packages' tests at the same time (since narration, also some 30 autoplays with
	// sound, which took a run to 240 s).
	testBudget = 6 * time.Minute
	// How long a pointer or key is held at least: the game reads input once per tick,
	// and a press and release inside one tick would be lost (BUILD.md, Web).
	minHold = 60 * time.Millisecond
	// How long after a release the next input waits: less than one tick on purpose. In
	// its input-driven idle mode Ebitengine may run no tick for an input that comes
	// within a tick of the last one; the game keeps frames running briefly after any
	// input so that such quick presses still land, and this short rest checks it.
	minRest = 10 * time.Millisecond
	// How often sangoState is read while waiting. The page signals no new frame, so the
	// test polls; a frame of software WebGL takes about 0.4 s, so this adds little delay
	// and almost no load.
	pollEvery = 50 * time.Millisecond
	// A level has a handful of steps; wrong answers loop back, so this bounds a stuck run.
	maxPlayClicks = 80

	// The first level of the band's play order, the only one open on a fresh start; the
	// keyboard run opens it again from its place's list.
	mouseLevel    = "9to12-content-edited-photo"
	keyboardLevel = "9to12-content-edited-photo"
)

// pageState mirrors globalThis.sangoState (see game/app/publish_js.go).
type pageState struct {
	Scene   string       `json:"scene"`
	Focus   string       `json:"focus"`
	Pressed string       `json:"pressed"`
	Draws   int          `json:"draws"`
	Widgets []pageWidget `json:"widgets"`
}

type pageWidget struct {
	ID       string  `json:"id"`
	Label    string  `json:"label"`
	X        float64 `json:"x"`
	Y        float64 `json:"y"`
	W        float64 `json:"w"`
	H        float64 `json:"h"`
	Disabled bool    `json:"disabled"`
	Marked   bool    `json:"marked"`
}

func (w pageWidget) center() (x, y float64) { return w.X + w.W/2, w.Y + w.H/2 }

func (s pageState) widget(id string) (pageWidget, bool) {
	for _, w := range s.Widgets {
		if w.ID == id {
			return w, true
		}
	}
	return pageWidget{}, false
}

func (s pageState) String() string {
	ids := make([]string, 0, len(s.Widgets))
	for _, w := range s.Widgets {
		ids = append(ids, w.ID)
	}
	return fmt.Sprintf("scene=%q focus=%q draws=%d widgets=[%s]", s.Scene, s.Focus, s.Draws, strings.Join(ids, " "))
}

// firstFrame reports whether the game has painted its first screen, "tap to start".
func firstFrame(s pageState) bool {
	return s.Draws > 0 && s.Scene == "start"
}

func TestBrowser(t *testing.T) {
	web := webDir(t)
	shots := shotsDir(t)
	srv := serveWeb(t, web)
	ctx, cancel := context.WithTimeout(t.Context(), testBudget)
	defer cancel()

	t.Run("desktop", func(t *testing.T) {
		tab := startBrowser(t, ctx, srv.URL)
		// Headless Chromium 156 counts the window size as the outer window: 1280x720
		// leaves a 1280x577 page. A fixed viewport gives the page the full size, the same
		// on every Chromium version.
		if err := runStep(tab, stepTimeout, chromedp.EmulateViewport(1280, 720)); err != nil {
			t.Fatalf("setting a 1280x720 viewport: %v", err)
		}
		loadGame(t, tab, srv.URL, shots, "web-title.png")
		playWithMouse(t, tab, shots)
		driveWithKeyboard(t, tab)
	})
	t.Run("levels-unavailable", func(t *testing.T) {
		// A server that lost the levels file (or a network gone before it came): the game
		// still starts, and each band's map says what is wrong and what to do.
		lost := serveWebWithout(t, web, "levels.bin")
		tab := startBrowser(t, ctx, lost.URL, "levels.bin")
		if err := runStep(tab, stepTimeout, chromedp.EmulateViewport(1280, 720)); err != nil {
			t.Fatalf("setting a 1280x720 viewport: %v", err)
		}
		loadGame(t, tab, lost.URL, shots, "")
		showLevelsUnavailable(t, tab, shots)
	})
	t.Run("phone", func(t *testing.T) {
		tab := startBrowser(t, ctx, srv.URL)
		if err := runStep(tab, stepTimeout, chromedp.Emulate(device.Pixel5)); err != nil {
			t.Fatalf("emulating a phone: %v", err)
		}
		loadGame(t, tab, srv.URL, shots, "")
		tapToBands(t, tab, shots)
	})
}

// webDir is the built game. `make test` always sets SANGO_E2E=1, so there a missing build
// is an error rather than a silent skip.
func webDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("SANGO_WEB_DIR")
	if dir == "" {
		if os.Getenv("SANGO_E2E") == "1" {
			t.Fatal("SANGO_E2E=1 but SANGO_WEB_DIR is empty: set it to the absolute path of build/web (make web)")
		}
		t.Skip("browser test skipped: set SANGO_WEB_DIR to the absolute path of build/web (make web) to run it, or use make test")
	}
	if _, err := os.Stat(filepath.Join(dir, "sango.wasm")); err != nil {
		t.Fatalf("SANGO_WEB_DIR does not hold a web build (run make web): %v", err)
	}
	if _, err := os.Stat(chromiumPath); err != nil {
		t.Fatalf("no Chromium at %s (apt-get install -y chromium): %v", chromiumPath, err)
	}
	return dir
}

func shotsDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("SANGO_SHOTS")
	if dir == "" {
		return t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatalf("creating the screenshot folder: %v", err)
	}
	return dir
}

// serveWeb serves the build on loopback with the classroom server's handler, the one
// sango-serve uses: precompressed files, the real types, cache headers and CSP.
func serveWeb(t *testing.T, dir string) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(classroom.New(os.DirFS(dir), nil))
	t.Cleanup(srv.Close)
	return srv
}

// serveWebWithout is serveWeb with one file, and its compressed copies, missing.
func serveWebWithout(t *testing.T, dir, missing string) *httptest.Server {
	t.Helper()
	handler := classroom.New(os.DirFS(dir), nil)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.TrimPrefix(r.URL.Path, "/") == missing {
			http.NotFound(w, r)
			return
		}
		handler.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// showLevelsUnavailable goes from the title screen to a band's map with no levels file to
// be had, and checks the map and the explanation behind its "needs fixing" button.
func showLevelsUnavailable(t *testing.T, tab context.Context, shots string) {
	t.Helper()
	if _, err := click(tab, "play"); err != nil {
		t.Fatal(err)
	}
	s, err := click(tab, "band:9to12")
	if err != nil {
		t.Fatal(err)
	}
	if s.Scene != "map" {
		t.Fatalf("the band led to %q, want its map: %v", s.Scene, s)
	}
	if s, err = click(tab, "broken-levels"); err != nil {
		t.Fatal(err)
	}
	if s, err = click(tab, "broken:levels.bin"); err != nil {
		t.Fatal(err)
	}
	if s.Scene != "broken" {
		t.Fatalf("the broken entry led to %q, want its explanation: %v", s.Scene, s)
	}
	screenshot(t, tab, shots, "web-levels-unavailable.png")
}

// startBrowser starts a fresh Chromium with its own profile, so progress saved in
// localStorage by one run cannot leak into another. The returned context is the tab.
// When the test ends, however it ends, the requests and errors the page made are checked.
//
// A test that withholds a file on purpose names it in expectMissing: the browser's report
// of that file's failed load is then not a page error.
func startBrowser(t *testing.T, parent context.Context, origin string, expectMissing ...string) context.Context {
	t.Helper()
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(parent, chromiumOptions(t.TempDir())...)
	// Registered after TempDir, so it runs first: Chromium has exited before its
	// profile folder is removed.
	t.Cleanup(cancelAlloc)
	events := &pageEvents{origin: origin, expectMissing: expectMissing}
	tab, cancelTab := chromedp.NewContext(allocCtx, chromedp.WithListener(events.record))
	t.Cleanup(cancelTab)
	// The first action starts the browser; it gets no timeout of its own, as a timeout
	// there would close the browser when it ends.
	if err := chromedp.Do(tab); err != nil {
		t.Fatalf("starting %s: %v", chromiumPath, err)
	}
	// A cleanup, so that the console is shown also when a step failed: that is where
	// the Go runtime prints a panic.
	t.Cleanup(func() { events.check(t) })
	return tab
}

// chromiumOptions are BUILD.md's flags for Debian's Chromium: headless as root, WebGL
// through SwiftShader, nothing that reaches beyond this machine, and a fresh profile.
func chromiumOptions(profile string) []chromedp.ExecAllocatorOption {
	return []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("use-angle", "swiftshader"),
		chromedp.Flag("enable-unsafe-swiftshader", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 720),
	}
}

// pageEvents collects, from the first moment of the tab, what must never happen: a
// request that leaves the test server, and any error the page reports.
type pageEvents struct {
	origin        string
	expectMissing []string // files withheld on purpose, whose failed loads are expected

	mu       sync.Mutex
	requests []string
	problems []string
	console  []string // every console line, shown only when the test fails
}

// record runs in chromedp's event loop, so it only copies data and returns.
func (p *pageEvents) record(ev any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		p.requests = append(p.requests, ev.Request.URL)
	case *runtime.EventConsoleAPICalled:
		line := fmt.Sprintf("console.%s: %s", ev.Type, consoleText(ev.Args))
		p.console = append(p.console, line)
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
			p.problems = append(p.problems, line)
		}
	case *runtime.EventExceptionThrown:
		p.problems = append(p.problems, "uncaught exception: "+exceptionText(ev.ExceptionDetails))
	case *log.EventEntryAdded:
		if ev.Entry != nil && ev.Entry.Level == log.EntryLevelError && !p.expectedMissing(ev.Entry.URL) {
			p.problems = append(p.problems, fmt.Sprintf("browser log (%s): %s %s", ev.Entry.Source, ev.Entry.Text, ev.Entry.URL))
		}
	}
}

func (p *pageEvents) expectedMissing(url string) bool {
	for _, f := range p.expectMissing {
		if strings.HasSuffix(url, "/"+f) {
			return true
		}
	}
	return false
}

// check fails the test for foreign requests and page errors, and on any failure shows
// the console.
func (p *pageEvents) check(t *testing.T) {
	t.Helper()
	p.mu.Lock()
	defer p.mu.Unlock()
	var foreign []string
	for _, u := range p.requests {
		if !strings.HasPrefix(u, p.origin+"/") && !strings.HasPrefix(u, "data:") && !strings.HasPrefix(u, "blob:") {
			foreign = append(foreign, u)
		}
	}
	if len(foreign) > 0 {
		t.Errorf("the page made %d request(s) outside %s:\n  %s", len(foreign), p.origin, strings.Join(foreign, "\n  "))
	}
	if len(p.problems) > 0 {
		t.Errorf("the page reported %d error(s):\n  %s", len(p.problems), strings.Join(p.problems, "\n  "))
	}
	if t.Failed() && len(p.console) > 0 {
		t.Logf("console output:\n  %s", strings.Join(p.console, "\n  "))
	}
}

func consoleText(args []*runtime.RemoteObject) string {
	parts := make([]string, 0, len(args))
	for _, a := range args {
		var s string
		switch {
		case a == nil:
		case a.Type == runtime.RemoteObjectTypeString && json.Unmarshal(a.Value, &s) == nil:
			parts = append(parts, s)
		case a.Description != "":
			parts = append(parts, a.Description)
		default:
			parts = append(parts, string(a.Value))
		}
	}
	return strings.Join(parts, " ")
}

func exceptionText(d *runtime.ExceptionDetails) string {
	if d == nil {
		return "(no details)"
	}
	text := d.Text
	if d.Exception != nil && d.Exception.Description != "" {
		text += " " + d.Exception.Description
	}
	return fmt.Sprintf("%s (%s:%d:%d)", text, d.URL, d.LineNumber+1, d.ColumnNumber+1)
}

// loadGame opens the page and waits for its first frame, "tap to start", and clicks it.
// On a first visit the language picker follows, where it picks English with a click;
// then the title screen. shot, when set, names the screenshot of the title screen (and,
// with "-start" added, of the first screen).
func loadGame(t *testing.T, tab context.Context, url, shots, shot string) {
	t.Helper()
	start := time.Now()
	if err := runStep(tab, stepTimeout, chromedp.Navigate(url)); err != nil {
		t.Fatalf("loading %s: %v", url, err)
	}
	s, err := waitFor(tab, firstFrameTimeout, "the first frame", firstFrame)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("time to first frame: %v", time.Since(start).Round(time.Millisecond))
	// The first screen needs no level: the levels come later, in their own file.
	fetched, err := fetchedFiles(tab)
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range fetched {
		if strings.HasSuffix(u, "/levels.bin") {
			t.Errorf("the page fetched %s before its first frame; the start screen needs no level", u)
		}
	}
	if !slices.ContainsFunc(fetched, func(u string) bool { return strings.HasSuffix(u, ".wasm") }) {
		t.Errorf("the page's list of fetched files has no game in it, so it cannot tell what came before the first frame: %v", fetched)
	}
	// "Tap to start" is the gesture that lets the page make sound.
	if shot != "" {
		screenshot(t, tab, shots, strings.TrimSuffix(shot, ".png")+"-start.png")
	}
	if s, err = click(tab, "start"); err != nil {
		t.Fatal(err)
	}
	if s, err = waitFor(tab, stepTimeout, "the screen after tap to start", func(s pageState) bool { return s.Scene == "title" || s.Scene == "language" }); err != nil {
		t.Fatal(err)
	}
	if s.Scene == "language" {
		if s, err = click(tab, "lang:en"); err != nil {
			t.Fatal(err)
		}
		if s, err = waitFor(tab, stepTimeout, "the title screen after picking English", func(s pageState) bool { return s.Scene == "title" }); err != nil {
			t.Fatal(err)
		}
	}
	if shot != "" {
		screenshot(t, tab, shots, shot)
	}
	// Nothing on the title screen needs a level, yet the levels are on their way: the
	// page starts them once the first frame is up.
	deadline := time.Now().Add(stepTimeout)
	for {
		fetched, err := fetchedFiles(tab)
		if err != nil {
			t.Fatal(err)
		}
		if slices.ContainsFunc(fetched, func(u string) bool { return strings.HasSuffix(u, "/levels.bin") }) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the page never started fetching levels.bin after its first frame; it fetched %v", fetched)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// fetchedFiles lists the addresses the page itself has fetched so far (not its service
// worker), from the browser's resource timing.
func fetchedFiles(tab context.Context) ([]string, error) {
	ctx, cancel := context.WithTimeout(tab, stepTimeout)
	defer cancel()
	fetched, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`performance.getEntriesByType("resource").map(e => e.name)`))
	if err != nil {
		return nil, fmt.Errorf("listing what the page fetched: %w", err)
	}
	return fetched, nil
}

// playWithMouse goes from the title screen through a whole level with mouse clicks.
func playWithMouse(t *testing.T, tab context.Context, shots string) {
	t.Helper()
	openLevel(t, tab, click, mouseLevel, func(string) {})
	shotTaken := false
	s, err := playToResult(tab, mouseLevel, click, func(s pageState, choice bool) {
		if choice && !shotTaken {
			screenshot(t, tab, shots, "web-play.png")
			shotTaken = true
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	screenshot(t, tab, shots, "web-result.png")
	if s.Scene != "result" {
		t.Fatalf("level %s did not end on the result screen: %v", mouseLevel, s)
	}
}

// pressFunc presses a widget, with the mouse or a finger, and returns the state once the
// game has answered.
type pressFunc func(tab context.Context, id string) (pageState, error)

// openLevel goes from the title screen to a 9to12 level with one kind of press, checking
// each screen it reaches and calling each with that screen's name.
func openLevel(t *testing.T, tab context.Context, press pressFunc, levelID string, each func(scene string)) {
	t.Helper()
	// Level ids are band-risk-name, and a level sits in its risk's place on the map.
	risk := strings.SplitN(levelID, "-", 3)[1]
	for _, step := range []struct{ id, scene string }{
		{"play", "bands"},
		{"band:9to12", "map"},
		{"place:" + risk, "levels"},
		{"level:" + levelID, "play"},
	} {
		s, err := press(tab, step.id)
		if err != nil {
			t.Fatal(err)
		}
		if s.Scene != step.scene {
			t.Fatalf("after pressing %q the scene is %q, want %q (%v)", step.id, s.Scene, step.scene, s)
		}
		each(step.scene)
	}
}

// playToResult presses through dialogue and choices of the level open in the player.
// The test cannot know the safe option, so it picks the first one not yet tried; a wrong
// one loops back to the same choice with that option marked, so the level always ends.
// each, when set, sees every screen before it is pressed (choice: it offers options).
func playToResult(tab context.Context, levelID string, press pressFunc, each func(s pageState, choice bool)) (pageState, error) {
	s, err := readState(tab)
	if err != nil {
		return s, err
	}
	for presses := 0; presses < maxPlayClicks; presses++ {
		switch s.Scene {
		case "result":
			return s, nil
		case "play":
		default:
			return s, fmt.Errorf("playing %s: unexpected scene: %v", levelID, s)
		}
		id, choice, ok := nextPlayButton(s)
		if !ok {
			return s, fmt.Errorf("playing %s: nothing to press: %v", levelID, s)
		}
		if each != nil {
			each(s, choice)
		}
		if s, err = press(tab, id); err != nil {
			return s, err
		}
	}
	return s, fmt.Errorf("playing %s: no result screen after %d presses: %v", levelID, maxPlayClicks, s)
}

// nextPlayButton picks what to click in the level player: "continue", or the first
// option that has not been tried.
func nextPlayButton(s pageState) (id string, choice, ok bool) {
	if _, found := s.widget("continue"); found {
		return "continue", false, true
	}
	for i := range 4 {
		w, found := s.widget(fmt.Sprintf("option:%d", i))
		if found && !w.Marked && !w.Disabled {
			return w.ID, true, true
		}
	}
	return "", false, false
}

// driveWithKeyboard starts on the result screen and uses only keys: Escape back to the
// level list, Tab to another level, Enter to open it.
func driveWithKeyboard(t *testing.T, tab context.Context) {
	t.Helper()
	// Ebitengine only hears keys while its canvas has focus; the mouse clicks gave it
	// focus already, and this makes that independent of the earlier steps.
	if err := runStep(tab, stepTimeout, chromedp.Evaluate[chromedp.Void](`document.querySelector('canvas').focus()`)); err != nil {
		t.Fatalf("focusing the canvas: %v", err)
	}
	s, err := pressKey(tab, escapeKey)
	if err != nil {
		t.Fatal(err)
	}
	if s.Scene != "levels" {
		t.Fatalf("Escape on the result screen led to %q, want the place's level list: %v", s.Scene, s)
	}
	target := "level:" + keyboardLevel
	if _, ok := s.widget(target); !ok {
		t.Fatalf("the level list has no %q: %v", target, s)
	}
	// Tab visits every button once per round, so one round plus one is enough.
	for tabs := 0; s.Focus != target; tabs++ {
		if tabs > len(s.Widgets) {
			t.Fatalf("Tab never focused %q after %d presses: %v", target, tabs, s)
		}
		if s, err = pressKey(tab, tabKey); err != nil {
			t.Fatal(err)
		}
	}
	if s, err = pressKey(tab, enterKey); err != nil {
		t.Fatal(err)
	}
	if s.Scene != "play" {
		t.Fatalf("Enter on %q led to %q, want the level player: %v", target, s.Scene, s)
	}
}

// tapToBands taps "play" on the phone's title screen with a touch, not a mouse.
func tapToBands(t *testing.T, tab context.Context, shots string) {
	t.Helper()
	s, err := tap(tab, "play")
	if err != nil {
		t.Fatal(err)
	}
	if s.Scene != "bands" {
		t.Fatalf("tapping play led to %q, want the band picker: %v", s.Scene, s)
	}
	screenshot(t, tab, shots, "web-phone-bands.png")
}

// runStep runs one action with its own deadline, leaving the browser open if it expires.
func runStep(tab context.Context, timeout time.Duration, a chromedp.Action[chromedp.Void]) error {
	ctx, cancel := context.WithTimeout(tab, timeout)
	defer cancel()
	return chromedp.Do(ctx, a)
}

// readState returns sangoState as it is now; before the game starts it is empty.
func readState(ctx context.Context) (pageState, error) {
	var s pageState
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[[]byte](`globalThis.sangoState ?? null`))
	if err != nil {
		return s, fmt.Errorf("reading sangoState: %w", err)
	}
	if err := json.Unmarshal(raw, &s); err != nil {
		return s, fmt.Errorf("decoding sangoState %s: %w", raw, err)
	}
	return s, nil
}

// waitFor reads sangoState until ok accepts it. The game repaints only on change, so
// waiting on its state, not on time, is both faster and reliable.
func waitFor(tab context.Context, timeout time.Duration, what string, ok func(pageState) bool) (pageState, error) {
	ctx, cancel := context.WithTimeout(tab, timeout)
	defer cancel()
	var last pageState
	for {
		s, err := readState(ctx)
		if err == nil {
			if ok(s) {
				return s, nil
			}
			last = s
		}
		select {
		case <-ctx.Done():
			if err == nil {
				err = ctx.Err()
			}
			return last, fmt.Errorf("waiting %v for %s: %w (last state: %v)", timeout, what, err, last)
		case <-time.After(pollEvery):
		}
	}
}

// waitForButton waits until the widget is on screen and can be pressed.
func waitForButton(tab context.Context, id string) (pageWidget, error) {
	s, err := waitFor(tab, stepTimeout, fmt.Sprintf("button %q", id), func(s pageState) bool {
		w, ok := s.widget(id)
		return ok && !w.Disabled
	})
	if err != nil {
		return pageWidget{}, err
	}
	w, _ := s.widget(id)
	return w, nil
}

// hold sends down and waits until the game has reacted to it (so a tick has seen it; a
// press and release inside one tick would be lost), keeping it down for at least minHold.
// seen says what the reaction looks like. The state is read before the event is sent,
// because Ebitengine may update and draw inside the event itself.
func hold(tab context.Context, what string, down chromedp.Action[chromedp.Void], seen func(before, now pageState) bool) (pageState, error) {
	before, err := readState(tab)
	if err != nil {
		return before, err
	}
	start := time.Now()
	if err := runStep(tab, stepTimeout, down); err != nil {
		return before, fmt.Errorf("pressing %s: %w", what, err)
	}
	now, err := waitFor(tab, stepTimeout, "the game to see "+what, func(s pageState) bool { return seen(before, s) })
	if err != nil {
		return now, err
	}
	if rest := minHold - time.Since(start); rest > 0 {
		time.Sleep(rest)
	}
	return now, nil
}

// moved accepts a change of scene or focus: what Tab, Enter and Escape do.
func moved(before, now pageState) bool { return before.Scene != now.Scene || before.Focus != now.Focus }

// react presses and releases a pointer on the widget id and returns the state once the
// game has answered the release: buttons act on release, and the frame drawn for it
// shows the result. It waits for the game's own account of the press (the widget drawn
// pressed) and of the release (drawn again, no longer pressed), not for any new frame:
// the title screen also repaints when the sound comes on, which can happen mid-tap.
func react(tab context.Context, id, what string, down, up chromedp.Action[chromedp.Void]) (pageState, error) {
	held, err := hold(tab, what, down, func(_, now pageState) bool { return now.Pressed == id })
	if err != nil {
		return held, err
	}
	if err := runStep(tab, stepTimeout, up); err != nil {
		return held, fmt.Errorf("releasing %s: %w", what, err)
	}
	released := time.Now()
	s, err := waitFor(tab, stepTimeout, "the game to answer the "+what, func(s pageState) bool {
		return s.Pressed != id && s.Draws > held.Draws
	})
	restSince(released)
	return s, err
}

// restSince waits until minRest has passed since t, so the next input gets a tick.
func restSince(t time.Time) {
	if rest := minRest - time.Since(t); rest > 0 {
		time.Sleep(rest)
	}
}

// click presses and releases the left mouse button at the centre of a widget and
// returns the state once the game has reacted.
func click(tab context.Context, id string) (pageState, error) {
	w, err := waitForButton(tab, id)
	if err != nil {
		return pageState{}, err
	}
	x, y := w.center()
	mouse := func(typ input.DispatchMouseEventType) chromedp.Action[chromedp.Void] {
		return chromedp.MouseEvent(typ, x, y, chromedp.ButtonType(input.MouseButtonLeft), chromedp.ClickCount(1))
	}
	return react(tab, id, "click on "+id, mouse(chromedp.MousePressed), mouse(chromedp.MouseReleased))
}

// tap touches the centre of a widget with one finger.
func tap(tab context.Context, id string) (pageState, error) {
	w, err := waitForButton(tab, id)
	if err != nil {
		return pageState{}, err
	}
	x, y := w.center()
	touch := func(typ input.DispatchTouchEventType, points []*input.TouchPoint) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := cdp.Call(ctx, t, input.DispatchTouchEvent, input.DispatchTouchEventParams{Type: typ, TouchPoints: points})
			return err
		})
	}
	// touchEnd must carry an empty list, not null.
	return react(tab, id, "tap on "+id,
		touch(input.DispatchTouchEventTypeTouchStart, []*input.TouchPoint{{X: x, Y: y}}),
		touch(input.DispatchTouchEventTypeTouchEnd, []*input.TouchPoint{}))
}

// key is a DOM key name; for the keys used here it is also the DOM code, which is what
// Ebitengine reads.
type key string

const (
	tabKey    key = "Tab"
	enterKey  key = "Enter"
	escapeKey key = "Escape"
)

// code is the Windows virtual key code, which Chromium turns into the event's keyCode.
func (k key) code() int64 {
	switch k {
	case tabKey:
		return 9
	case enterKey:
		return 13
	case escapeKey:
		return 27
	}
	return 0
}

// pressKey presses and releases a key. The game acts on the way down, so the state that
// the press produced is the answer.
func pressKey(tab context.Context, k key) (pageState, error) {
	send := func(typ input.DispatchKeyEventType) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := cdp.Call(ctx, t, input.DispatchKeyEvent, input.DispatchKeyEventParams{
				Type: typ, Key: string(k), Code: string(k), WindowsVirtualKeyCode: k.code(), NativeVirtualKeyCode: k.code(),
			})
			return err
		})
	}
	s, err := hold(tab, string(k), send(input.DispatchKeyEventTypeRawKeyDown), moved)
	if err != nil {
		return s, err
	}
	if err := runStep(tab, stepTimeout, send(input.DispatchKeyEventTypeKeyUp)); err != nil {
		return s, fmt.Errorf("releasing %s: %w", k, err)
	}
	restSince(time.Now())
	return s, nil
}

func screenshot(t *testing.T, tab context.Context, dir, name string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(tab, stepTimeout)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatalf("writing %s: %v", path, err)
	}
	t.Logf("screenshot: %s", path)
}
