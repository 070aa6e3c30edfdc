package wasm_test

import (
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// webLeftOut lists the packages the web build does without, each with what replaces it
// there and roughly what it would cost the download (brotli) to link it again.
func webLeftOut() map[string]string {
	return map[string]string{
		"github.com/hajimehoshi/ebiten/v2/text/v2":    "the browser draws text (game/ui/textdraw/textdraw_js.go); about 1 MB with go-text",
		"github.com/go-text/typesetting":              "the browser shapes text; part of text/v2's megabyte",
		"golang.org/x/image/font/gofont":              "the browser's own fonts",
		"github.com/hajimehoshi/ebiten/v2/audio":      "Web Audio plays the effects (game/ui/sound/sound_js.go); about 100 KB with oto and go-mp3",
		"github.com/hajimehoshi/go-mp3":               "the browser decodes MP3",
		"github.com/ebitengine/oto":                   "Web Audio",
		"github.com/BurntSushi/toml":                  "make web decodes the TOML ahead of time (cmd/predecode); about 80 KB",
		"image/png":                                   "screenshots are written by the desktop build only; about 28 KB",
		"github.com/hajimehoshi/ebiten/v2/ebitenutil": "not used by the game; it brings image decoders",
		"github.com/hajimehoshi/ebiten/v2/vector":     "game/ui/raster fills and strokes paths on the CPU (Sango, icons, polygons); about 30 KB",
		"container/list":                              "sango/game/lru links its entries itself for every cache (text, icons, shapes, Sango); container/list is about 12 KB of wasm code before compression",
	}
}

// TestWebBuildLeavesOutDesktopPackages guards the web download: one import in the wrong
// file (a desktop-only package reached from code the web build compiles) silently puts
// hundreds of kilobytes back.
func TestWebBuildLeavesOutDesktopPackages(t *testing.T) {
	for _, pkg := range webBuildPackages(t) {
		if _, left := leftOut(pkg.path); left {
			continue // name only where the way in starts, not the package's own imports
		}
		for _, imp := range pkg.imports {
			if why, left := leftOut(imp); left {
				t.Errorf("the web build links %s, imported by %s; on the web %s", imp, pkg.path, why)
			}
		}
	}
}

// TestWebBuildsOwnCodeLeavesOutEncodingJSON keeps encoding/json's reflective Unmarshal
// and MarshalIndent out of the download: saves are read and written by
// sango/game/progress/jsonlite instead, which saved about 12.5 KB brotli. Ebitengine
// links encoding/json's encoder anyway (through log/slog); only Sango's own use of the
// package costs the extra code.
func TestWebBuildsOwnCodeLeavesOutEncodingJSON(t *testing.T) {
	sawProgress := false
	for _, pkg := range webBuildPackages(t) {
		if pkg.path != "sango" && !strings.HasPrefix(pkg.path, "sango/") {
			continue
		}
		sawProgress = sawProgress || pkg.path == "sango/game/progress"
		if slices.Contains(pkg.imports, "encoding/json") {
			t.Errorf("%s imports encoding/json; the web build reads and writes JSON with sango/game/progress/jsonlite", pkg.path)
		}
	}
	if !sawProgress {
		t.Error("sango/game/progress is not in the web build's package list, so the list is not the game's")
	}
}

type webPackage struct {
	path    string
	imports []string
}

// webBuildPackages lists the web build's packages as `make web` builds it (-e: before
// make web has run, the predecoded levels are missing, which changes no import).
func webBuildPackages(t *testing.T) []webPackage {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to list the web build's packages")
	}
	cmd := exec.Command(goBin, "list", "-e", "-deps", "-tags", "sangowebdata",
		"-f", `{{.ImportPath}}{{range .Imports}} {{.}}{{end}}`, "../cmd/sango")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list for GOOS=js: %v", err)
	}
	var pkgs []webPackage
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if fields := strings.Fields(line); len(fields) > 0 {
			pkgs = append(pkgs, webPackage{path: fields[0], imports: fields[1:]})
		}
	}
	return pkgs
}

func leftOut(path string) (why string, ok bool) {
	for pkg, why := range webLeftOut() {
		if path == pkg || strings.HasPrefix(path, pkg+"/") {
			return why, true
		}
	}
	return "", false
}

// TestWebBuildCarriesNoLevelChecks keeps the level decoder and its checks out of the
// download: the web build plays levels checked when it was built (content.ForWeb), which
// saved about 44 KB brotli. The checks' messages are in the wasm exactly when their code
// is, so finding one means some web code reaches the decoder again.
func TestWebBuildCarriesNoLevelChecks(t *testing.T) {
	wasm, err := os.ReadFile(webDir(t) + "/sango.wasm")
	if err != nil {
		t.Fatal(err)
	}
	for _, message := range []string{
		"practice must name at least one action the child rehearses", // game/level
		"unknown action %q; use %v",                                  // game/mech/chat
	} {
		if strings.Contains(string(wasm), message) {
			t.Errorf("the web build holds the check %q: something in it reaches the level decoder (see content.ForWeb)", message)
		}
	}
	if !strings.Contains(string(wasm), "not a model file") {
		t.Errorf("the web build has no sign of game/modelbin, so this test cannot tell what it reads levels with")
	}
}
