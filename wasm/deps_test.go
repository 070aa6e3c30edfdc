package wasm_test

import (
	"os"
	"os/exec"
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
	}
}

// TestWebBuildLeavesOutDesktopPackages guards the web download: one import in the wrong
// file (a desktop-only package reached from code the web build compiles) silently puts
// hundreds of kilobytes back. It lists the web build's packages as `make web` builds it
// (-e: before make web has run, the predecoded levels are missing, which changes no
// import).
func TestWebBuildLeavesOutDesktopPackages(t *testing.T) {
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
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		if _, left := leftOut(fields[0]); left {
			continue // name only where the way in starts, not the package's own imports
		}
		for _, imp := range fields[1:] {
			if why, left := leftOut(imp); left {
				t.Errorf("the web build links %s, imported by %s; on the web %s", imp, fields[0], why)
			}
		}
	}
}

func leftOut(path string) (why string, ok bool) {
	for pkg, why := range webLeftOut() {
		if path == pkg || strings.HasPrefix(path, pkg+"/") {
			return why, true
		}
	}
	return "", false
}
