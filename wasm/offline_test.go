package wasm_test

// These tests check what makes the web build an app a school can rely on, on the devices
// children use: a phone played by touch in both orientations, a tablet, a laptop; the
// full-screen button; and the service worker, which must keep the whole game playable
// with no network and replace an old version cleanly. The build is served by the
// classroom server's own handler, as sango-serve serves it.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/device"

	"sango/game/classroom"
	"sango/game/ui/theme"
)

const (
	// Each test's own deadline; Chromium is killed when it runs out. Playing a level on
	// a phone repaints a large canvas in software many times, which takes most of it.
	phoneBudget   = 4 * time.Minute
	offlineBudget = 2 * time.Minute
	// The phone: a small one, where layouts are tightest. Its canvas also has a quarter of
	// the pixels of a Pixel 5's, and software WebGL time grows with pixels: a level's
	// couple of dozen screens fit the budget even while other tests use the CPU.
	phoneDevice = device.IPhoneSE
	// A first visit installs the service worker, which downloads the whole build again
	// (bypassing the HTTP cache on purpose) and stores it.
	installTimeout = 60 * time.Second

	phoneLevel = mouseLevel
	// The key the web build keeps progress under (cmd/sango/store_js.go).
	progressKey = "sango.progress"
)

// TestPhone plays a whole level on an emulated phone with a finger, checking on every
// screen that each button is a comfortable touch target inside the screen and clear of
// the full-screen button, then turns the phone to landscape.
func TestPhone(t *testing.T) {
	web := webDir(t)
	shots := shotsDir(t)
	srv := serveWeb(t, web)
	ctx, cancel := context.WithTimeout(t.Context(), phoneBudget)
	defer cancel()
	tab := startBrowser(t, ctx, srv.URL)
	phone := phoneDevice.Device()
	if err := runStep(tab, stepTimeout, chromedp.Emulate(phone)); err != nil {
		t.Fatalf("emulating a phone: %v", err)
	}
	loadGame(t, tab, srv.URL, shots, "phone-title.png")
	checkScreen(t, tab, "title", true)

	openLevel(t, tab, tap, phoneLevel, func(scene string) { checkScreen(t, tab, scene, true) })
	shotTaken := false
	s, err := playToResult(tab, phoneLevel, tap, func(s pageState, choice bool) {
		checkScreen(t, tab, "play", true)
		if choice && !shotTaken {
			screenshot(t, tab, shots, "phone-portrait.png")
			shotTaken = true
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if s.Scene != "result" {
		t.Fatalf("level %s did not end on the result screen: %v", phoneLevel, s)
	}
	checkScreen(t, tab, "result", true)

	// The finished level is remembered on the device.
	saved, err := evaluate[*string](tab, `localStorage.getItem(`+jsString(progressKey)+`)`)
	if err != nil {
		t.Fatalf("reading localStorage: %v", err)
	}
	if saved == nil || !strings.Contains(*saved, phoneLevel) {
		t.Errorf("localStorage %q = %v, want progress naming %s", progressKey, saved, phoneLevel)
	}

	// Turning the phone: the same screen must be laid out again for the new shape.
	before := s
	landscape := chromedp.EmulateViewport(phone.Height, phone.Width, chromedp.EmulateScale(phone.Scale),
		chromedp.EmulateLandscape, chromedp.EmulateMobile, chromedp.EmulateTouch)
	if err := runStep(tab, stepTimeout, landscape); err != nil {
		t.Fatalf("turning the phone to landscape: %v", err)
	}
	l, err := waitForLayout(tab, "the result screen laid out in landscape", func(l pageLayout) bool {
		return l.Width == float64(phone.Height) && l.Height == float64(phone.Width) && l.State.Scene == "result" &&
			l.State.Draws > before.Draws && len(layoutProblems(l, false)) == 0
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("landscape widgets: %s", l.describe())
	checkScreen(t, tab, "result (landscape)", true)
	screenshot(t, tab, shots, "phone-landscape.png")
}

// TestTabletAndDesktop opens the game on a tablet held sideways and on a laptop, and on
// the laptop uses the full-screen button.
func TestTabletAndDesktop(t *testing.T) {
	web := webDir(t)
	shots := shotsDir(t)
	srv := serveWeb(t, web)
	ctx, cancel := context.WithTimeout(t.Context(), offlineBudget)
	defer cancel()

	t.Run("tablet", func(t *testing.T) {
		tab := startBrowser(t, ctx, srv.URL)
		if err := runStep(tab, stepTimeout, chromedp.Emulate(device.IPadPro11landscape)); err != nil {
			t.Fatalf("emulating a tablet: %v", err)
		}
		loadGame(t, tab, srv.URL, shots, "")
		checkScreen(t, tab, "title", true)
		screenshot(t, tab, shots, "tablet-landscape.png")
		s, err := tap(tab, "play")
		if err != nil {
			t.Fatal(err)
		}
		checkScreen(t, tab, s.Scene, true)
	})
	t.Run("desktop", func(t *testing.T) {
		tab := startBrowser(t, ctx, srv.URL)
		if err := runStep(tab, stepTimeout, chromedp.EmulateViewport(1280, 720)); err != nil {
			t.Fatalf("setting a 1280x720 viewport: %v", err)
		}
		loadGame(t, tab, srv.URL, shots, "")
		checkScreen(t, tab, "title", true)
		screenshot(t, tab, shots, "desktop.png")
		useFullScreenButton(t, tab)
	})
}

// TestOffline loads the game once, lets the service worker store it, stops the server and
// plays: everything must come from the worker's cache.
func TestOffline(t *testing.T) {
	web := webDir(t)
	shots := shotsDir(t)
	version := buildVersion(t, web)
	srv := serveWeb(t, web)
	ctx, cancel := context.WithTimeout(t.Context(), offlineBudget)
	defer cancel()
	tab := startBrowser(t, ctx, srv.URL)
	if err := runStep(tab, stepTimeout, chromedp.EmulateViewport(800, 600)); err != nil {
		t.Fatalf("setting the viewport: %v", err)
	}
	loadGame(t, tab, srv.URL, shots, "")
	waitControlled(t, tab, srv.URL)
	checkCache(t, tab, web, version)
	checkInstallable(t, tab, srv.URL)
	pickArabic(t, tab, version)
	// Sango reads the title aloud in Arabic over its music: both were fetched when first
	// needed and kept, so he still speaks offline; the map's loop came with the title's.
	waitCached(t, tab, version, "/voice/ar.pack", "/music/title.mp3", "/music/map.mp3")

	srv.Close()
	if resp, err := http.Get(srv.URL); err == nil {
		resp.Body.Close()
		t.Fatalf("the server still answers after Close: %s", resp.Status)
	}
	start := time.Now()
	loadGame(t, tab, srv.URL, shots, "")
	t.Logf("offline: first frame %v after reloading with the server stopped", time.Since(start).Round(time.Millisecond))
	// The language picked online comes back offline, words and font.
	checkArabic(t, tab, "offline, after a reload")
	for _, step := range []struct{ id, scene string }{
		{"play", "bands"},
		{"band:9to12", "map"},
	} {
		s, err := click(tab, step.id)
		if err != nil {
			t.Fatal(err)
		}
		if s.Scene != step.scene {
			t.Fatalf("offline, after clicking %q the scene is %q, want %q (%v)", step.id, s.Scene, step.scene, s)
		}
	}
	screenshot(t, tab, shots, "offline-map-arabic.png")
}

// pickArabic opens the picker from the title screen and picks Arabic: its strings and its
// font are fetched then, not before, and the font joins the build's cache.
func pickArabic(t *testing.T, tab context.Context, version string) {
	t.Helper()
	fontsCached := func() []string {
		ctx, cancel := context.WithTimeout(tab, stepTimeout)
		defer cancel()
		names, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`(async () => {
			const cache = await caches.open(`+jsString("sango-"+version)+`);
			return (await cache.keys()).map((r) => new URL(r.url).pathname).filter((p) => p.includes('/fonts/')).sort();
		})()`, chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatalf("reading the cache: %v", err)
		}
		return names
	}
	if got := fontsCached(); len(got) != 0 {
		t.Fatalf("fonts were cached before any language needed them: %v", got)
	}
	if _, err := click(tab, "language"); err != nil {
		t.Fatal(err)
	}
	if _, err := click(tab, "lang:ar"); err != nil {
		t.Fatal(err)
	}
	checkArabic(t, tab, "after picking Arabic")
	if got, want := fontsCached(), []string{"/fonts/ar-bold.ttf", "/fonts/ar-regular.ttf"}; !slices.Equal(got, want) {
		t.Fatalf("cached fonts %v, want just Arabic's %v", got, want)
	}
}

// checkArabic waits for the title screen in Arabic, drawn with the game's Arabic font.
func checkArabic(t *testing.T, tab context.Context, when string) {
	t.Helper()
	s, err := waitFor(tab, stepTimeout, "the title screen in Arabic "+when, func(s pageState) bool {
		w, ok := s.widget("language")
		return s.Scene == "title" && ok && w.Label == "العربية"
	})
	if err != nil {
		t.Fatal(err)
	}
	if w, _ := s.widget("play"); w.Label == "" || w.Label == "Play" {
		t.Errorf("%s: the Play button reads %q", when, w.Label)
	}
	loaded, err := evaluate[bool](tab, `document.fonts.check("16px 'Sango ar'", "مرحبا")`)
	if err != nil || !loaded {
		t.Errorf("%s: the Arabic font is not loaded (%v, %v)", when, loaded, err)
	}
}

// TestNewVersion installs one build, then serves a newer one at the same address, as a
// teacher updating the classroom laptop would: the new version must take over completely
// and leave exactly one cache behind.
func TestNewVersion(t *testing.T) {
	web := webDir(t)
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(web)); err != nil {
		t.Fatalf("copying the build: %v", err)
	}
	oldVersion := buildVersion(t, dir)
	var current atomic.Pointer[classroom.Handler]
	current.Store(classroom.New(os.DirFS(dir), nil))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		current.Load().ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)

	ctx, cancel := context.WithTimeout(t.Context(), offlineBudget)
	defer cancel()
	tab := startBrowser(t, ctx, srv.URL)
	if err := runStep(tab, stepTimeout, chromedp.EmulateViewport(800, 600)); err != nil {
		t.Fatalf("setting the viewport: %v", err)
	}
	loadGame(t, tab, srv.URL, "", "")
	waitControlled(t, tab, srv.URL)
	checkCache(t, tab, dir, oldVersion)

	const marker = "<!-- second build -->"
	newVersion := publishNewBuild(t, dir, oldVersion, marker)
	// A new handler, as restarting sango-serve gives: a handler works out each file's ETag
	// once and keeps it, so one that outlives its files answers the browser's update check
	// of a rebuilt sw.js.br with 304 Not Modified, and the update is never seen.
	current.Store(classroom.New(os.DirFS(dir), nil))

	// The page reloads under the old worker (cache first): a child keeps playing the old
	// version, whole, until the new one is complete. The check for a new worker then
	// finds it.
	loadGame(t, tab, srv.URL, "", "")
	if html, err := evaluate[string](tab, `document.documentElement.outerHTML`); err != nil {
		t.Fatalf("reading the page: %v", err)
	} else if strings.Contains(html, marker) {
		t.Fatalf("the new index.html was served before the new version was installed and activated")
	}
	if err := runStep(tab, stepTimeout, chromedp.Evaluate[chromedp.Void](
		`navigator.serviceWorker.getRegistration().then((r) => r.update())`, chromedp.EvalAwaitPromise)); err != nil {
		t.Fatalf("asking the service worker to look for an update: %v", err)
	}
	want := []string{"sango-" + newVersion}
	var names []string
	err := poll(tab, installTimeout, "the new version to replace the old one", func(ctx context.Context) (bool, error) {
		var err error
		names, err = chromedp.Run(ctx, chromedp.Evaluate[[]string](`(async () => {
			const r = await navigator.serviceWorker.getRegistration();
			if (!r || !r.active || r.active.state !== 'activated' || r.waiting || r.installing) return [];
			return (await caches.keys()).filter((n) => n.startsWith('sango-'));
		})()`, chromedp.EvalAwaitPromise))
		return slices.Equal(names, want), err
	})
	if err != nil {
		t.Fatalf("%v; sango caches: %v, want exactly %v", err, names, want)
	}
	checkCache(t, tab, dir, newVersion)

	// The next start runs the new build, all of it.
	loadGame(t, tab, srv.URL, "", "")
	html, err := evaluate[string](tab, `document.documentElement.outerHTML`)
	if err != nil {
		t.Fatalf("reading the page: %v", err)
	}
	if !strings.Contains(html, marker) {
		t.Errorf("after the update the page is still the old index.html (no %q)", marker)
	}
}

// publishNewBuild changes the build in dir as a new `make web` would: a new version in
// sw.js and version.txt, and one changed file (index.html gains marker). The changed
// files lose their precompressed copies, which would otherwise still be the old bytes;
// the server then sends them uncompressed. It returns the new version.
func publishNewBuild(t *testing.T, dir, oldVersion, marker string) string {
	t.Helper()
	newVersion := "feedfacecafe"
	if newVersion == oldVersion {
		newVersion = "decafbadbeef"
	}
	edit := func(name string, change func(string) string) {
		file := filepath.Join(dir, name)
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatalf("reading %s: %v", name, err)
		}
		if err := os.WriteFile(file, []byte(change(string(data))), 0o644); err != nil {
			t.Fatalf("writing %s: %v", name, err)
		}
		for _, suffix := range []string{".br", ".gz"} {
			if err := os.Remove(file + suffix); err != nil && !errors.Is(err, fs.ErrNotExist) {
				t.Fatalf("removing %s%s: %v", name, suffix, err)
			}
		}
	}
	edit("sw.js", func(s string) string {
		if !strings.Contains(s, oldVersion) {
			t.Fatalf("sw.js does not contain its version %s", oldVersion)
		}
		return strings.ReplaceAll(s, oldVersion, newVersion)
	})
	edit("index.html", func(s string) string { return strings.Replace(s, "<head>", "<head>\n"+marker, 1) })
	edit("version.txt", func(string) string { return newVersion + "\n" })
	return newVersion
}

// buildVersion is the version web-finish.sh stamped into the build.
func buildVersion(t *testing.T, dir string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "version.txt"))
	if err != nil {
		t.Fatalf("reading the build version: %v", err)
	}
	v := strings.TrimSpace(string(data))
	if len(v) != 12 {
		t.Fatalf("version.txt holds %q, want 12 hex digits", v)
	}
	return v
}

// buildFiles lists, as URL paths, what the service worker must cache: every file of the
// build except the worker itself, the version note and the precompressed copies (which
// only the server uses), plus "/" for the start URL.
func buildFiles(t *testing.T, dir string) []string {
	t.Helper()
	files := []string{"/"}
	err := fs.WalkDir(os.DirFS(dir), ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		switch {
		case name == "sw.js", name == "version.txt", path.Ext(name) == ".br", path.Ext(name) == ".gz":
			return nil
		case strings.HasPrefix(name, "fonts/"):
			return nil // fetched, and then kept, only when a language that needs it is picked
		case strings.HasPrefix(name, "voice/"), strings.HasPrefix(name, "music/"):
			return nil // fetched, and then kept, when first played
		}
		files = append(files, "/"+name)
		return nil
	})
	if err != nil {
		t.Fatalf("listing the build: %v", err)
	}
	slices.Sort(files)
	return files
}

// waitControlled waits until the service worker is active and controls the page. The
// worker claims the page that installed it, so no reload should be needed; one is allowed
// for browsers that hand over control only on the next navigation.
func waitControlled(t *testing.T, tab context.Context, url string) {
	t.Helper()
	start := time.Now()
	controlled := func(ctx context.Context) (bool, error) {
		return chromedp.Run(ctx, chromedp.Evaluate[bool](`navigator.serviceWorker.controller !== null`))
	}
	err := poll(tab, installTimeout, "the service worker to control the page", controlled)
	if err != nil {
		t.Logf("%v; reloading once", err)
		loadGame(t, tab, url, "", "")
		if err := poll(tab, stepTimeout, "the service worker to control the reloaded page", controlled); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("service worker installed and in control after %v", time.Since(start).Round(time.Millisecond))
}

// checkCache checks that the cache of this version holds exactly the build's files, and
// that the worker's list names only paths of this origin: the worker fetches nothing
// else, and its own requests are not seen by the page's network log.
func checkCache(t *testing.T, tab context.Context, dir, version string) {
	t.Helper()
	name := "sango-" + version
	ctx, cancel := context.WithTimeout(tab, stepTimeout)
	defer cancel()
	keys, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`(async () => {
		if (!(await caches.has(`+jsString(name)+`))) return null;
		const cache = await caches.open(`+jsString(name)+`);
		return (await cache.keys()).map((r) => { const u = new URL(r.url); return u.origin === location.origin ? u.pathname : r.url; }).sort();
	})()`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("reading cache %s: %v", name, err)
	}
	if keys == nil {
		t.Fatalf("there is no cache %s", name)
	}
	// Narration and music join the cache when first played, which may already have
	// happened on the title screen: they are checked by waitCached, not here.
	keys = slices.DeleteFunc(keys, func(k string) bool {
		return strings.HasPrefix(k, "/voice/") || strings.HasPrefix(k, "/music/")
	})
	if want := buildFiles(t, dir); !slices.Equal(keys, want) {
		t.Fatalf("cache %s holds %v, want every file of the build %v", name, keys, want)
	}
	worker, err := os.ReadFile(filepath.Join(dir, "sw.js"))
	if err != nil {
		t.Fatalf("reading sw.js: %v", err)
	}
	if strings.Contains(string(worker), "__SANGO_") {
		t.Errorf("sw.js was not stamped by web-finish.sh: %s", worker)
	}
	if strings.Contains(string(worker), "://") {
		t.Errorf("sw.js names an absolute URL; it must fetch only from its own origin")
	}
}

// checkInstallable asks Chromium what it makes of the manifest and whether it would offer
// to install the app: the same checks as its install prompt, which a headless browser
// cannot show.
func checkInstallable(t *testing.T, tab context.Context, origin string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(tab, stepTimeout)
	defer cancel()
	m, err := chromedp.Run(ctx, chromedp.Action[page.GetAppManifestResult](func(ctx context.Context, tg *chromedp.Target) (page.GetAppManifestResult, error) {
		return cdp.Call(ctx, tg, page.GetAppManifest, page.GetAppManifestParams{})
	}))
	if err != nil {
		t.Fatalf("reading the app manifest: %v", err)
	}
	for _, e := range m.Errors {
		t.Errorf("manifest %s:%d:%d: %s", m.URL, e.Line, e.Column, e.Message)
	}
	if m.URL != origin+"/manifest.webmanifest" || m.Manifest == nil {
		t.Fatalf("the page links no manifest at %s/manifest.webmanifest (got %q)", origin, m.URL)
	}
	// Chromium resolves the URLs against the manifest's address: the app is this folder.
	got := m.Manifest
	for _, f := range []struct{ name, got string }{{"start_url", got.StartURL}, {"scope", got.Scope}, {"id", got.ID}} {
		if f.got != origin+"/" {
			t.Errorf("manifest %s resolves to %q, want %q", f.name, f.got, origin+"/")
		}
	}
	// The rest is read from the manifest text Chromium fetched: its parsed form spells
	// values its own way (kStandalone, RGBA(...)) and leaves out the icons' purpose.
	var raw struct {
		Name       string `json:"name"`
		ShortName  string `json:"short_name"`
		Display    string `json:"display"`
		Background string `json:"background_color"`
		Theme      string `json:"theme_color"`
		Icons      []struct{ Src, Sizes, Purpose string }
	}
	if err := json.Unmarshal([]byte(m.Data), &raw); err != nil {
		t.Fatalf("decoding the manifest: %v", err)
	}
	for _, f := range []struct{ name, got, want string }{
		{"name", raw.Name, "Sango"}, {"short_name", raw.ShortName, "Sango"}, {"display", raw.Display, "standalone"},
		{"background_color", raw.Background, "#E6F3FB"}, {"theme_color", raw.Theme, "#0B6E7F"},
	} {
		if f.got != f.want {
			t.Errorf("manifest %s = %q, want %q", f.name, f.got, f.want)
		}
	}
	var icons []string
	for _, ic := range raw.Icons {
		icons = append(icons, strings.Join([]string{ic.Src, ic.Sizes, ic.Purpose}, " "))
	}
	for _, w := range []string{"icons/icon-192.png 192x192 any", "icons/icon-512.png 512x512 any", "icons/icon-maskable-512.png 512x512 maskable"} {
		if !slices.Contains(icons, w) {
			t.Errorf("manifest icons %v lack %q", icons, w)
		}
	}
	inst, err := chromedp.Run(ctx, chromedp.Action[page.GetInstallabilityErrorsResult](func(ctx context.Context, tg *chromedp.Target) (page.GetInstallabilityErrorsResult, error) {
		return cdp.Call(ctx, tg, page.GetInstallabilityErrors, cdp.Empty{})
	}))
	if err != nil {
		t.Fatalf("asking whether the app is installable: %v", err)
	}
	for _, e := range inst.InstallabilityErrors {
		var args []string
		for _, a := range e.ErrorArguments {
			args = append(args, a.Name+"="+a.Value)
		}
		t.Errorf("Chromium would not install the app: %s %v", e.ErrorID, args)
	}
}

// poll calls check until it reports true, an error other than a timeout, or the time is
// up.
func poll(tab context.Context, timeout time.Duration, what string, check func(ctx context.Context) (bool, error)) error {
	ctx, cancel := context.WithTimeout(tab, timeout)
	defer cancel()
	var lastErr error
	for {
		ok, err := check(ctx)
		if err == nil && ok {
			return nil
		}
		if err != nil {
			lastErr = err
		}
		select {
		case <-ctx.Done():
			if lastErr == nil {
				lastErr = ctx.Err()
			}
			return fmt.Errorf("waiting %v for %s: %w", timeout, what, lastErr)
		case <-time.After(4 * pollEvery):
		}
	}
}

// evaluate runs a script in the page with its own deadline and returns its result.
func evaluate[T any](tab context.Context, script string, opts ...chromedp.EvaluateOption) (T, error) {
	ctx, cancel := context.WithTimeout(tab, stepTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](script, opts...))
	if err != nil {
		return v, fmt.Errorf("evaluating %.60q: %w", script, err)
	}
	return v, nil
}

// jsString quotes s for JavaScript source (JSON strings are JavaScript strings).
func jsString(s string) string {
	return fmt.Sprintf("%q", s)
}

// pageLayout is what a screen looks like from outside the canvas: the game's widgets,
// the viewport, and the page's full-screen button.
type pageLayout struct {
	State  pageState `json:"state"`
	Width  float64   `json:"width"`
	Height float64   `json:"height"`
	Button *struct {
		X      float64 `json:"x"`
		Y      float64 `json:"y"`
		W      float64 `json:"w"`
		H      float64 `json:"h"`
		Hidden bool    `json:"hidden"`
		// Covered: the button stepped aside because it would cover a game button.
		Covered bool   `json:"covered"`
		Corner  string `json:"corner"`
		Label   string `json:"label"`
	} `json:"button"`
}

func (l pageLayout) describe() string {
	parts := make([]string, 0, len(l.State.Widgets))
	for _, w := range l.State.Widgets {
		parts = append(parts, fmt.Sprintf("%s@%.0f,%.0f %.0fx%.0f", w.ID, w.X, w.Y, w.W, w.H))
	}
	button := "no full-screen button"
	if b := l.Button; b != nil {
		button = fmt.Sprintf("full-screen button %s hidden=%v covered=%v", b.Corner, b.Hidden, b.Covered)
	}
	return fmt.Sprintf("viewport %.0fx%.0f, %s: %s", l.Width, l.Height, button, strings.Join(parts, " "))
}

func readLayout(ctx context.Context) (pageLayout, error) {
	return chromedp.Run(ctx, chromedp.Evaluate[pageLayout](`(() => {
		const b = document.getElementById('fullscreen');
		const r = b && b.getBoundingClientRect();
		return {
			state: globalThis.sangoState ?? {},
			width: innerWidth, height: innerHeight,
			button: b && { x: r.x, y: r.y, w: r.width, h: r.height, hidden: b.hidden,
				covered: getComputedStyle(b).visibility === 'hidden', corner: b.dataset.corner ?? '',
				label: b.getAttribute('aria-label') },
		};
	})()`))
}

// waitForLayout reads the layout until ok accepts it.
func waitForLayout(tab context.Context, what string, ok func(pageLayout) bool) (pageLayout, error) {
	var l pageLayout
	err := poll(tab, stepTimeout, what, func(ctx context.Context) (bool, error) {
		var err error
		l, err = readLayout(ctx)
		return err == nil && ok(l), err
	})
	if err != nil {
		return l, fmt.Errorf("%w (last layout: %s)", err, l.describe())
	}
	return l, nil
}

// layoutProblems lists what is wrong with a screen: a widget outside the viewport, one
// smaller than a comfortable touch target (when touch is set), or one under the
// full-screen button, and a full-screen button that is missing or too small.
func layoutProblems(l pageLayout, touch bool) []string {
	const slack = 0.5 // CSS px: widget rectangles come from device pixels
	var out []string
	for _, w := range l.State.Widgets {
		if w.X < -slack || w.Y < -slack || w.X+w.W > l.Width+slack || w.Y+w.H > l.Height+slack {
			out = append(out, fmt.Sprintf("%s (%.1f,%.1f %.1fx%.1f) is not inside the %.0fx%.0f viewport", w.ID, w.X, w.Y, w.W, w.H, l.Width, l.Height))
		}
		if touch && (w.W < theme.MinTarget-slack || w.H < theme.MinTarget-slack) {
			out = append(out, fmt.Sprintf("%s is %.1fx%.1f CSS px, smaller than a %d px touch target", w.ID, w.W, w.H, theme.MinTarget))
		}
	}
	b := l.Button
	if b == nil {
		return append(out, "the page has no full-screen button")
	}
	if b.Hidden {
		// Hidden where full screen cannot work, or while full screen: nothing to check.
		return out
	}
	if b.W < theme.MinTarget || b.H < theme.MinTarget {
		out = append(out, fmt.Sprintf("the full-screen button is %.1fx%.1f CSS px, smaller than %d", b.W, b.H, theme.MinTarget))
	}
	if b.Label != "Full screen" {
		out = append(out, fmt.Sprintf("the full-screen button is labelled %q, want %q", b.Label, "Full screen"))
	}
	overlapping := func(x, y float64) []string {
		var under []string
		for _, w := range l.State.Widgets {
			if x < w.X+w.W && w.X < x+b.W && y < w.Y+w.H && w.Y < y+b.H {
				under = append(under, fmt.Sprintf("%s (%.1f,%.1f %.1fx%.1f)", w.ID, w.X, w.Y, w.W, w.H))
			}
		}
		return under
	}
	if !b.Covered {
		if under := overlapping(b.X, b.Y); len(under) > 0 {
			out = append(out, fmt.Sprintf("the full-screen button (%.1f,%.1f %.0fx%.0f, %s) covers %s", b.X, b.Y, b.W, b.H, b.Corner, strings.Join(under, ", ")))
		}
		return out
	}
	// It may step aside only when every corner is taken. The page has no safe-area
	// insets under emulation, so each corner is the 8 px margin of index.html.
	const margin = 8
	for _, c := range []struct {
		name string
		x, y float64
	}{
		{"bottom-left", margin, l.Height - margin - b.H},
		{"top-left", margin, margin},
		{"bottom-right", l.Width - margin - b.W, l.Height - margin - b.H},
		{"top-right", l.Width - margin - b.W, margin},
	} {
		if len(overlapping(c.x, c.y)) == 0 {
			out = append(out, fmt.Sprintf("the full-screen button stepped aside though the %s corner is free", c.name))
		}
	}
	return out
}

// checkScreen fails the test for any layout problem of the screen shown now.
func checkScreen(t *testing.T, tab context.Context, screen string, touch bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(tab, stepTimeout)
	defer cancel()
	l, err := readLayout(ctx)
	if err != nil {
		t.Fatalf("reading the layout of %s: %v", screen, err)
	}
	if len(l.State.Widgets) == 0 {
		t.Fatalf("%s: the game published no widgets: %s", screen, l.describe())
	}
	if b := l.Button; b == nil || b.Hidden {
		t.Errorf("%s: the full-screen button is missing or hidden, though this browser supports full screen", screen)
	} else if b.Covered && l.State.Scene == "title" {
		// The first screen is where a child starts, and where full screen is offered.
		t.Errorf("%s: the full-screen button is not offered on the title screen", screen)
	}
	for _, p := range layoutProblems(l, touch) {
		t.Errorf("%s: %s", screen, p)
	}
	if t.Failed() {
		t.Logf("%s: %s", screen, l.describe())
	}
}

// useFullScreenButton presses the page's full-screen button with the mouse, as a real
// gesture, and checks that the page goes full screen, hides the button, and gives the
// keyboard back to the game; leaving full screen shows the button again.
func useFullScreenButton(t *testing.T, tab context.Context) {
	t.Helper()
	ctx, cancel := context.WithTimeout(tab, stepTimeout)
	defer cancel()
	l, err := readLayout(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if l.Button == nil || l.Button.Hidden {
		t.Fatal("no visible full-screen button")
	}
	x, y := l.Button.X+l.Button.W/2, l.Button.Y+l.Button.H/2
	if err := runStep(tab, stepTimeout, chromedp.MouseClickXY(x, y)); err != nil {
		t.Fatalf("clicking the full-screen button: %v", err)
	}
	type fsState struct {
		Full    bool `json:"full"`
		Hidden  bool `json:"hidden"`
		Focused bool `json:"focused"`
	}
	read := func(ctx context.Context) (fsState, error) {
		return chromedp.Run(ctx, chromedp.Evaluate[fsState](`({
			full: document.fullscreenElement !== null,
			hidden: document.getElementById('fullscreen').hidden,
			focused: document.activeElement === document.querySelector('canvas'),
		})`))
	}
	var st fsState
	err = poll(tab, stepTimeout, "full screen", func(ctx context.Context) (bool, error) {
		st, err = read(ctx)
		return st.Full && st.Hidden && st.Focused, err
	})
	if err != nil {
		t.Fatalf("after pressing the full-screen button: %v (full screen %v, button hidden %v, canvas focused %v)", err, st.Full, st.Hidden, st.Focused)
	}
	if err := runStep(tab, stepTimeout, chromedp.Evaluate[chromedp.Void](`document.exitFullscreen()`, chromedp.EvalAwaitPromise)); err != nil {
		t.Fatalf("leaving full screen: %v", err)
	}
	err = poll(tab, stepTimeout, "the full-screen button to come back", func(ctx context.Context) (bool, error) {
		st, err = read(ctx)
		return !st.Full && !st.Hidden, err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// waitCached waits until every path is in the build's cache.
func waitCached(t *testing.T, tab context.Context, version string, paths ...string) {
	t.Helper()
	var have []string
	err := poll(tab, 30*time.Second, "narration and music in the cache", func(ctx context.Context) (bool, error) {
		var err error
		have, err = chromedp.Run(ctx, chromedp.Evaluate[[]string](`(async () => {
			const cache = await caches.open(`+jsString("sango-"+version)+`);
			return (await cache.keys()).map((r) => new URL(r.url).pathname);
		})()`, chromedp.EvalAwaitPromise))
		if err != nil {
			return false, err
		}
		for _, p := range paths {
			if !slices.Contains(have, p) {
				return false, nil
			}
		}
		return true, nil
	})
	if err != nil {
		t.Fatalf("%v: want %v cached, the cache has %v", err, paths, have)
	}
}
