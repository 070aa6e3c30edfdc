package raster

import (
	"image/color"
	"math"
	"testing"
)

// inked sums the alpha of every pixel, in pixels: the painted area.
func inked(cv *Canvas) float64 {
	sum := 0
	for i := 3; i < len(cv.Pix); i += 4 {
		sum += int(cv.Pix[i])
	}
	return float64(sum) / 255
}

func square(p *Path, x, y, s float64) {
	p.MoveTo(x, y)
	p.LineTo(x+s, y)
	p.LineTo(x+s, y+s)
	p.LineTo(x, y+s)
	p.Close()
}

// squareBack traces the same square the other way round.
func squareBack(p *Path, x, y, s float64) {
	p.MoveTo(x, y)
	p.LineTo(x, y+s)
	p.LineTo(x+s, y+s)
	p.LineTo(x+s, y)
	p.Close()
}

func circle(p *Path, cx, cy, r float64) {
	const k = 0.5523 // a quarter circle as one cubic
	p.MoveTo(cx+r, cy)
	p.CubicTo(cx+r, cy+k*r, cx+k*r, cy+r, cx, cy+r)
	p.CubicTo(cx-k*r, cy+r, cx-r, cy+k*r, cx-r, cy)
	p.CubicTo(cx-r, cy-k*r, cx-k*r, cy-r, cx, cy-r)
	p.CubicTo(cx+k*r, cy-r, cx+r, cy-k*r, cx+r, cy)
	p.Close()
}

// The filler must cover exactly what each rule covers, antialiased by area: whole
// pixels inside, a fraction at the edges, holes where the rule cuts them, and overlaps
// of one colour counted once.
func TestFillCoversByTheRule(t *testing.T) {
	for _, tc := range []struct {
		name string
		rule Rule
		path func(p *Path)
		want float64
		tol  float64
	}{
		{"square on the pixel grid", NonZero, func(p *Path) { square(p, 2, 2, 10) }, 100, 0.01},
		// Half a pixel off in x and y: edge pixels are half covered, the corner a quarter;
		// a half rounds up to 128 of 255 in each of the 40 edge pixels.
		{"square between pixels", NonZero, func(p *Path) { square(p, 2.5, 2.5, 10) }, 100, 0.1},
		{"overlapping squares", NonZero, func(p *Path) { square(p, 2, 2, 10); square(p, 7, 2, 10) }, 150, 0.01},
		{"overlapping squares, even-odd", EvenOdd, func(p *Path) { square(p, 2, 2, 10); square(p, 7, 2, 10) }, 100, 0.01},
		{"square with a reversed hole", NonZero, func(p *Path) { square(p, 2, 2, 20); squareBack(p, 7, 7, 10) }, 300, 0.01},
		{"same-way square inside, non-zero", NonZero, func(p *Path) { square(p, 2, 2, 20); square(p, 7, 7, 10) }, 400, 0.01},
		{"same-way square inside, even-odd", EvenOdd, func(p *Path) { square(p, 2, 2, 20); square(p, 7, 7, 10) }, 300, 0.01},
		// Curves are flattened to within a sixteenth of a pixel; the cubic quarter
		// circle itself is a little fuller than the circle.
		{"circle", NonZero, func(p *Path) { circle(p, 16, 16, 10) }, math.Pi * 100, 1},
		{"arc circle", NonZero, func(p *Path) { p.Arc(16, 16, 10, 0, 2*math.Pi); p.Close() }, math.Pi * 100, 0.2},
		{"quadratic", NonZero, func(p *Path) { p.MoveTo(0, 20); p.QuadTo(10, 0, 20, 20); p.Close() }, 20 * 20 * 2.0 / 3 / 2, 0.5},
		{"open subpath closes for filling", NonZero, func(p *Path) { p.MoveTo(2, 2); p.LineTo(12, 2); p.LineTo(12, 12); p.LineTo(2, 12) }, 100, 0.01},
	} {
		cv := NewCanvas(40, 40)
		var p Path
		tc.path(&p)
		cv.Fill(&p, color.White, tc.rule)
		if got := inked(cv); math.Abs(got-tc.want) > tc.tol {
			t.Errorf("%s: painted %.3f pixels, want %.3f", tc.name, got, tc.want)
		}
	}

	// An edge half a pixel in gives half the colour.
	cv := NewCanvas(4, 1)
	var p Path
	square(&p, 0, 0, 1)
	p = Path{}
	p.MoveTo(0, 0)
	p.LineTo(1.5, 0)
	p.LineTo(1.5, 1)
	p.LineTo(0, 1)
	cv.Fill(&p, color.NRGBA{R: 255, A: 255}, NonZero)
	if got := cv.Pix[4:8]; got[0] != 128 || got[3] != 128 || got[1] != 0 {
		t.Errorf("a half-covered pixel is %v, want half red", got)
	}
	if got := cv.Pix[0:4]; got[0] != 255 || got[3] != 255 {
		t.Errorf("a covered pixel is %v, want red", got)
	}
	// A translucent colour is laid over what is there, premultiplied.
	var q Path
	square(&q, 0, 0, 1)
	cv.Fill(&q, color.NRGBA{B: 255, A: 128}, NonZero)
	if got := cv.Pix[0:4]; got[0] < 125 || got[0] > 129 || got[2] != 128 || got[3] != 255 {
		t.Errorf("half blue over red is %v, want about [127 0 128 255]", got)
	}
}

// A stroke is everything within half its width of the path, with round ends and
// corners, and a point where its pieces overlap is painted once.
func TestStrokeCoversTheLineOnce(t *testing.T) {
	const w = 4.0
	caps := math.Pi * (w / 2) * (w / 2) // two half discs
	for _, tc := range []struct {
		name string
		path func(p *Path)
		want float64
		tol  float64
	}{
		{"horizontal line", func(p *Path) { p.MoveTo(10, 20); p.LineTo(30, 20) }, 20*w + caps, 0.3},
		{"slanted line", func(p *Path) { p.MoveTo(10, 10); p.LineTo(22, 26) }, 20*w + caps, 0.3},
		// Three sides of a square: at each corner the rectangles overlap in a square
		// of half the width a side, counted once, and a quarter disc rounds the outside.
		{"corner path", func(p *Path) { p.MoveTo(10, 10); p.LineTo(30, 10); p.LineTo(30, 30); p.LineTo(10, 30) }, 60*w + caps - 2*(1-math.Pi/4)*(w/2)*(w/2), 0.3},
		// A closed square: a frame 20+w wide outside, 20-w inside, with round outer corners.
		{"closed square", func(p *Path) { square(p, 10, 10, 20) }, (20+w)*(20+w) - (20-w)*(20-w) - (4-math.Pi)*(w/2)*(w/2), 0.5},
		// A ring of radius 10: its area is the circumference times the width.
		{"circle", func(p *Path) { circle(p, 20, 20, 10) }, 2 * math.Pi * 10 * w, 1.5},
		// A line back over itself is the one line.
		{"there and back", func(p *Path) { p.MoveTo(10, 20); p.LineTo(30, 20); p.LineTo(10, 20) }, 20*w + caps, 0.3},
		// As Ebitengine's strokes: a line to where the path is adds nothing.
		{"a line to nowhere", func(p *Path) { p.MoveTo(20, 20); p.LineTo(20, 20) }, 0, 0},
		{"nothing but a move", func(p *Path) { p.MoveTo(20, 20) }, 0, 0},
	} {
		var p Path
		tc.path(&p)
		cv := NewCanvas(50, 50)
		cv.Fill(Stroke(&p, w), color.White, NonZero)
		if got := inked(cv); math.Abs(got-tc.want) > tc.tol {
			t.Errorf("%s: stroke painted %.3f pixels, want %.3f", tc.name, got, tc.want)
		}
	}
	// A sharp zigzag: the stroke stays within half its width of the path.
	var p Path
	p.MoveTo(5, 40)
	for i := range 6 {
		p.LineTo(10+float64(i)*6, 10+float64(i%2)*30)
	}
	cv := NewCanvas(60, 50)
	cv.Fill(Stroke(&p, w), color.White, NonZero)
	for y := range cv.H {
		for x := range cv.W {
			if cv.Pix[4*(y*cv.W+x)+3] == 0 {
				continue
			}
			if y < int(10-w/2)-1 || y > int(40+w/2) {
				t.Fatalf("zigzag stroke paints (%d, %d), beyond half its width", x, y)
			}
		}
	}
}

// Nothing to draw, or shapes far off the canvas, must not panic or paint; a shape with
// enormous coordinates still paints its part of the canvas.
func TestDegenerateAndHugePaths(t *testing.T) {
	cv := NewCanvas(20, 20)
	var empty Path
	cv.Fill(&empty, color.White, NonZero)
	cv.Fill(Stroke(&empty, 3), color.White, NonZero)
	var p Path
	p.Close()
	p.LineTo(5, 5)
	p.CubicTo(5, 5, 5, 5, 5, 5)
	p.QuadTo(5, 5, 5, 5)
	cv.Fill(&p, color.White, NonZero)
	cv.Fill(Stroke(&p, 0), color.White, NonZero)
	cv.Fill(Stroke(&p, math.NaN()), color.White, NonZero)
	var nan Path
	nan.MoveTo(math.NaN(), 1)
	nan.LineTo(10, math.Inf(1))
	nan.LineTo(3, 4)
	cv.Fill(&nan, color.White, NonZero)
	var away Path
	square(&away, 100, 100, 10)
	square(&away, -50, -50, 10)
	cv.Fill(&away, color.White, NonZero)
	if got := inked(cv); got != 0 {
		t.Errorf("degenerate and off-canvas paths painted %.3f pixels", got)
	}
	var huge Path
	square(&huge, -1e30, -1e30, 2e30)
	huge.MoveTo(-1e12, 10)
	huge.LineTo(1e12, 10)
	huge.LineTo(1e12, 12)
	huge.LineTo(-1e12, 12)
	cv.Fill(&huge, color.White, EvenOdd)
	if got, want := inked(cv), 20.0*20-2*20; math.Abs(got-want) > 0.01 {
		t.Errorf("a huge square with a huge band through it painted %.3f pixels, want %.0f", got, want)
	}
	// A curve with enormous control points is flattened to a bounded number of lines.
	var curve Path
	curve.MoveTo(0, 0)
	curve.CubicTo(1e12, -1e12, 1e12, 1e12, 0, 12)
	if n := len(curve.pts); n > maxCurveSegments+1 {
		t.Errorf("a huge curve became %d points", n)
	}
	cv.Fill(Stroke(&curve, 2), color.White, NonZero)
	NewCanvas(0, 0).Fill(&huge, color.White, NonZero)
	NewCanvas(-3, 5).Fill(&huge, color.White, NonZero)
}

// A closed path followed by a line starts the line at the closed path's start.
func TestLineAfterCloseStartsAtTheSubpathStart(t *testing.T) {
	var p Path
	p.MoveTo(1, 1)
	p.LineTo(5, 1)
	p.LineTo(5, 5)
	p.Close()
	p.LineTo(1, 9)
	pts, closed := p.subpathPoints(1)
	if len(p.subs) != 2 || closed || len(pts) != 2 || pts[0] != (point{1, 1}) || pts[1] != (point{1, 9}) {
		t.Errorf("after Close, LineTo made subpaths %v with points %v", p.subs, p.pts)
	}
}

func BenchmarkStrokeAndFillCircles(b *testing.B) {
	cv := NewCanvas(200, 200)
	for b.Loop() {
		var p Path
		for i := range 10 {
			circle(&p, 100, 100, float64(10+8*i))
		}
		cv.Fill(&p, color.White, EvenOdd)
		cv.Fill(Stroke(&p, 3), color.Black, NonZero)
	}
}
