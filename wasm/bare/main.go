// Command bare is the smallest Ebitengine game there is: it fills the screen with one
// colour. The web benchmark (wasm/bench_test.go) builds it the way `make web` builds Sango
// and loads both in the same headless Chromium, so Sango's download size and time to first
// frame are judged against what Ebitengine itself costs, on this machine, in the same run.
//
// It is not shipped: `make web` copies only the non-Go files of wasm/.
package main

import (
	"image/color"
	"log"

	"github.com/hajimehoshi/ebiten/v2"
)

// fill is Sango's page background, so both programs paint the same amount of colour.
var fill = color.RGBA{R: 0xE6, G: 0xF3, B: 0xFB, A: 0xFF}

type game struct {
	drawn bool
}

func (g *game) Update() error { return nil }

func (g *game) Draw(screen *ebiten.Image) {
	screen.Fill(fill)
	if !g.drawn {
		g.drawn = true
		markDrawn()
	}
}

// Layout uses the whole window, as Sango does, so both draw the same number of pixels.
func (g *game) Layout(outsideWidth, outsideHeight int) (int, int) {
	return outsideWidth, outsideHeight
}

func main() {
	ebiten.SetWindowTitle("bare Ebitengine")
	if err := ebiten.RunGame(&game{}); err != nil {
		log.Fatal(err)
	}
}
