// Package gputest runs drawing checks where Ebitengine can draw and read pixels back:
// inside a running game's Draw, which needs a GPU context and so a display (make test
// runs the tests under Xvfb). It is for tests only.
package gputest

import (
	"errors"
	"fmt"
	"os"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// Errorf records a problem found by a check.
type Errorf func(format string, args ...any)

// Run calls check once, inside the first Draw of a small game, and reports every
// problem check records as a test error. Without a display it skips the test, or fails
// it when SANGO_E2E=1 says the display was meant to be there.
func Run(t *testing.T, title string, check func(errorf Errorf)) {
	t.Helper()
	if os.Getenv("DISPLAY") == "" {
		if os.Getenv("SANGO_E2E") == "1" {
			t.Fatal("SANGO_E2E=1 but DISPLAY is empty: run under xvfb-run (make test does)")
		}
		t.Skip("drawing needs a GPU context, so a display; run under xvfb-run")
	}
	g := &game{check: check}
	ebiten.SetWindowSize(320, 240)
	ebiten.SetWindowTitle(title)
	if err := ebiten.RunGame(g); err != nil && !errors.Is(err, ebiten.Termination) {
		t.Fatalf("RunGame: %v", err)
	}
	if !g.done {
		t.Fatal("the test game never drew a frame")
	}
	for _, e := range g.errs {
		t.Error(e)
	}
}

type game struct {
	done  bool
	errs  []string
	check func(errorf Errorf)
}

func (g *game) Update() error {
	if g.done {
		return ebiten.Termination
	}
	return nil
}

func (g *game) Layout(int, int) (int, int) { return 320, 240 }

func (g *game) Draw(*ebiten.Image) {
	if g.done {
		return
	}
	g.done = true
	g.check(func(format string, args ...any) { g.errs = append(g.errs, fmt.Sprintf(format, args...)) })
}
