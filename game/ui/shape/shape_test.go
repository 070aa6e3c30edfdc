package shape

import (
	"image/color"
	"sango/game/ui/gputest"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/ui/geom"
	"sango/game/ui/imagecache"
)

// renderGame holds what one render check found.
type renderGame struct {
	errorf gputest.Errorf
}

// runRender runs check where drawing works: inside a tiny game's first Draw.
func runRender(t *testing.T, check func(g *renderGame)) {
	gputest.Run(t, "shape render test", func(errorf gputest.Errorf) {
		check(&renderGame{errorf: errorf})
	})
}

const shotSize = 64

func shoot(draw func(dst *ebiten.Image)) []byte {
	img := ebiten.NewImage(shotSize, shotSize)
	defer img.Deallocate()
	draw(img)
	pix := make([]byte, 4*shotSize*shotSize)
	img.ReadPixels(pix)
	return pix
}

// compare counts pixels whose alpha differs by more than 40 levels, and the mean
// difference of alpha.
func compare(a, b []byte) (int, float64) {
	n, sum := 0, 0
	for i := 3; i < len(a); i += 4 {
		d := int(a[i]) - int(b[i])
		if d < 0 {
			d = -d
		}
		sum += d
		if d > 40 {
			n++
		}
	}
	return n, float64(sum) / float64(len(a)/4)
}

func TestRender(t *testing.T) {
	runRender(t, func(g *renderGame) {
		checkPolygon(g)
		checkFallbacksLookLikeTheShader(g)
	})
}

// checkPolygon: a polygon covers what it encloses, and drawing it again, or moved by
// whole pixels, paints no new picture.
func checkPolygon(g *renderGame) {
	white := color.White
	pix := shoot(func(dst *ebiten.Image) { Polygon(dst, white, 10, 10, 30, 10, 30, 20, 10, 20) })
	sum := 0
	for i := 3; i < len(pix); i += 4 {
		sum += int(pix[i])
	}
	if got := float64(sum) / 255; got < 199.5 || got > 200.5 {
		g.errorf("a 20x10 polygon painted %.2f pixels, want 200", got)
	}
	if a := pix[4*(15*shotSize+20)+3]; a != 255 {
		g.errorf("inside the polygon alpha is %d, want 255", a)
	}
	made, _, _ := imagecache.Stats(painted)
	shoot(func(dst *ebiten.Image) {
		Polygon(dst, white, 10, 10, 30, 10, 30, 20, 10, 20)
		Polygon(dst, white, 13, 17, 33, 17, 33, 27, 13, 27)
	})
	if again, _, _ := imagecache.Stats(painted); again != made {
		g.errorf("the same polygon, drawn again and moved by whole pixels, painted %d new pictures", again-made)
	}
	// A polygon reaching far off the image paints only the image's part.
	pix = shoot(func(dst *ebiten.Image) { Polygon(dst, white, -1e9, -1e9, 1e9, -1e9, 1e9, 1e9) })
	if a := pix[4*(60*shotSize+62)+3]; a != 255 {
		g.errorf("a huge triangle leaves alpha %d inside it", a)
	}
}

// checkFallbacksLookLikeTheShader: when the shader cannot be made, each shape is painted
// on the CPU; it must cover what the shader covers.
func checkFallbacksLookLikeTheShader(g *renderGame) {
	if shader() == nil {
		g.errorf("the edge shader could not be made")
		return
	}
	c := color.NRGBA{R: 200, G: 80, B: 40, A: 255}
	box := geom.Rect{X: 6.3, Y: 8.5, W: 47, H: 39.2}
	for _, tc := range []struct {
		name        string
		shader, cpu func(dst *ebiten.Image)
	}{
		{"rounded rectangle",
			func(dst *ebiten.Image) { RoundRect(dst, box, 9, c) },
			func(dst *ebiten.Image) { roundRectCPU(dst, box, 9, c) }},
		{"rounded outline",
			func(dst *ebiten.Image) { RoundRectLine(dst, box, 9, 4, c) },
			func(dst *ebiten.Image) { roundRectLineCPU(dst, box, 9, 4, c) }},
		{"thick outline with square corners",
			func(dst *ebiten.Image) { RoundRectLine(dst, box, 0, 8, c) },
			func(dst *ebiten.Image) { roundRectLineCPU(dst, box, 4, 8, c) }},
		{"circle",
			func(dst *ebiten.Image) { Circle(dst, 30.5, 31.2, 20, c) },
			func(dst *ebiten.Image) { circleCPU(dst, 30.5, 31.2, 20, c) }},
		{"ring",
			func(dst *ebiten.Image) { Ring(dst, 30.5, 31.2, 20, 5, c) },
			func(dst *ebiten.Image) { ringCPU(dst, 30.5, 31.2, 20, 5, c) }},
		{"line",
			func(dst *ebiten.Image) { Line(dst, 8, 50, 52.5, 12, 7, c) },
			func(dst *ebiten.Image) { lineCPU(dst, 8, 50, 52.5, 12, 7, c) }},
		{"dot",
			func(dst *ebiten.Image) { Line(dst, 20.5, 20.5, 20.5, 20.5, 9, c) },
			func(dst *ebiten.Image) { lineCPU(dst, 20.5, 20.5, 20.5, 20.5, 9, c) }},
	} {
		n, mean := compare(shoot(tc.shader), shoot(tc.cpu))
		// At a square corner the shader's coverage, from the distance to the edge, is
		// not the corner pixel's area inside: a pixel at each corner may differ.
		if n > 4 || mean > 1 {
			g.errorf("%s painted on the CPU differs from the shader's: %d pixels, mean alpha difference %.2f", tc.name, n, mean)
		}
	}
}
