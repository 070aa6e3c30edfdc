package sango

import (
	"image/color"
	"math"
	"testing"

	"github.com/hajimehoshi/ebiten/v2/vector"
)

// inked sums the alpha of every pixel, in pixels: the painted area.
func inked(cv *canvas) float64 {
	sum := 0
	for i := 3; i < len(cv.pix); i += 4 {
		sum += int(cv.pix[i])
	}
	return float64(sum) / 255
}

// The rasteriser must cover exactly what the non-zero rule covers, antialiased by
// area: whole pixels inside, a fraction at the edges, holes where a reversed subpath
// cuts one, and overlaps of one colour counted once.
func TestCanvasFillsByTheNonZeroRule(t *testing.T) {
	white := color.White
	// Paths are in pixels times pathScale.
	const u = pathScale
	square := func(p *vector.Path, x, y, s float32) {
		p.MoveTo(u*x, u*y)
		p.LineTo(u*(x+s), u*y)
		p.LineTo(u*(x+s), u*(y+s))
		p.LineTo(u*x, u*(y+s))
		p.Close()
	}
	for _, tc := range []struct {
		name string
		path func(p *vector.Path)
		want float64
		tol  float64
	}{
		{"square on the pixel grid", func(p *vector.Path) { square(p, 2, 2, 10) }, 100, 0.01},
		// Half a pixel off in x and y: edge pixels are half covered, the corner a quarter;
		// a half rounds up to 128 of 255 in each of the 40 edge pixels.
		{"square between pixels", func(p *vector.Path) { square(p, 2.5, 2.5, 10) }, 100, 0.1},
		{"overlapping squares", func(p *vector.Path) { square(p, 2, 2, 10); square(p, 7, 2, 10) }, 150, 0.01},
		{"square with a hole", func(p *vector.Path) {
			square(p, 2, 2, 20)
			// The same square the other way round, inside: a hole.
			p.MoveTo(u*7, u*7)
			p.LineTo(u*7, u*17)
			p.LineTo(u*17, u*17)
			p.LineTo(u*17, u*7)
			p.Close()
		}, 300, 0.01},
		// Curves are flattened to within a sixteenth of a pixel, which loses less than a
		// pixel of this circle (a quarter of a pixel would lose 3.6).
		{"circle", func(p *vector.Path) { p.Arc(u*16, u*16, u*10, 0, 2*math.Pi, vector.Clockwise); p.Close() }, math.Pi * 100, 1},
	} {
		cv := newCanvas(40, 40)
		var p vector.Path
		tc.path(&p)
		cv.fill(&p, white)
		if got := inked(cv); math.Abs(got-tc.want) > tc.tol {
			t.Errorf("%s: painted %.3f pixels, want %.3f", tc.name, got, tc.want)
		}
	}

	// An edge half a pixel in gives half the colour.
	cv := newCanvas(4, 1)
	var p vector.Path
	p.MoveTo(0, 0)
	p.LineTo(u*1.5, 0)
	p.LineTo(u*1.5, u)
	p.LineTo(0, u)
	p.Close()
	cv.fill(&p, color.NRGBA{R: 255, A: 255})
	if got := cv.pix[4:8]; got[0] != 128 || got[3] != 128 || got[1] != 0 {
		t.Errorf("a half-covered pixel is %v, want half red", got)
	}
	if got := cv.pix[0:4]; got[0] != 255 || got[3] != 255 {
		t.Errorf("a covered pixel is %v, want red", got)
	}
}
