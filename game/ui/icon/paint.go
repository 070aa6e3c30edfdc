package icon

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/ui/raster"
)

// Every picture is designed on a square canvas of this many units a side, with the
// drawing kept inside a margin of about four units so round line ends never leave it.
const canvas = 100

// minStrokePx keeps thin lines visible when a picture is drawn at phone size.
const minStrokePx = 1.0

// pen builds a path in canvas units and stores it already transformed to pixels, so
// curves are flattened in pixel space and stay smooth at any size.
type pen struct {
	path    raster.Path
	m       ebiten.GeoM
	started bool
}

func (b *pen) pt(x, y float64) (float64, float64) {
	return b.m.Apply(x, y)
}

func (b *pen) moveTo(x, y float64) *pen {
	b.path.MoveTo(b.pt(x, y))
	b.started = true
	return b
}

// lineTo draws a line from the current point, or starts the path if there is none.
func (b *pen) lineTo(x, y float64) *pen {
	if !b.started {
		return b.moveTo(x, y)
	}
	b.path.LineTo(b.pt(x, y))
	return b
}

func (b *pen) quadTo(cx, cy, x, y float64) *pen {
	x1, y1 := b.pt(cx, cy)
	x2, y2 := b.pt(x, y)
	b.path.QuadTo(x1, y1, x2, y2)
	return b
}

func (b *pen) cubicTo(c1x, c1y, c2x, c2y, x, y float64) *pen {
	x1, y1 := b.pt(c1x, c1y)
	x2, y2 := b.pt(c2x, c2y)
	x3, y3 := b.pt(x, y)
	b.path.CubicTo(x1, y1, x2, y2, x3, y3)
	return b
}

func (b *pen) close() *pen {
	b.path.Close()
	b.started = false
	return b
}

// arc adds a circular arc from angle a0 to a1 in degrees (y points down, so a growing
// angle turns clockwise on screen), joined to the current point by a line. It is built
// from cubic pieces of at most a quarter turn, which look exact.
func (b *pen) arc(cx, cy, r, a0, a1 float64) *pen {
	s0, s1 := a0*math.Pi/180, a1*math.Pi/180
	n := max(1, int(math.Ceil(math.Abs(s1-s0)/(math.Pi/2))))
	d := (s1 - s0) / float64(n)
	k := 4.0 / 3.0 * math.Tan(d/4) * r
	b.lineTo(cx+r*math.Cos(s0), cy+r*math.Sin(s0))
	for i := range n {
		s := s0 + d*float64(i)
		e := s + d
		sc, ss := math.Cos(s), math.Sin(s)
		ec, es := math.Cos(e), math.Sin(e)
		b.cubicTo(cx+r*sc-k*ss, cy+r*ss+k*sc, cx+r*ec+k*es, cy+r*es-k*ec, cx+r*ec, cy+r*es)
	}
	return b
}

// ellipse adds a closed ellipse.
func (b *pen) ellipse(cx, cy, rx, ry float64) *pen {
	const k = 0.5523 // a quarter circle as one cubic
	b.moveTo(cx+rx, cy)
	b.cubicTo(cx+rx, cy+k*ry, cx+k*rx, cy+ry, cx, cy+ry)
	b.cubicTo(cx-k*rx, cy+ry, cx-rx, cy+k*ry, cx-rx, cy)
	b.cubicTo(cx-rx, cy-k*ry, cx-k*rx, cy-ry, cx, cy-ry)
	b.cubicTo(cx+k*rx, cy-ry, cx+rx, cy-k*ry, cx+rx, cy)
	return b.close()
}

func (b *pen) circle(cx, cy, r float64) *pen { return b.ellipse(cx, cy, r, r) }

// roundRect adds a closed rectangle with corners of radius r.
func (b *pen) roundRect(x, y, w, h, r float64) *pen {
	r = max(0, min(r, w/2, h/2))
	b.moveTo(x+r, y)
	b.arc(x+w-r, y+r, r, -90, 0)
	b.arc(x+w-r, y+h-r, r, 0, 90)
	b.arc(x+r, y+h-r, r, 90, 180)
	b.arc(x+r, y+r, r, 180, 270)
	return b.close()
}

// poly adds a closed polygon through the points x0, y0, x1, y1, ...
func (b *pen) poly(pts ...float64) *pen {
	for i := 0; i+1 < len(pts); i += 2 {
		b.lineTo(pts[i], pts[i+1])
	}
	return b.close()
}

// painter draws pens on one canvas with one canvas-to-pixel transform.
type painter struct {
	cv    *raster.Canvas
	m     ebiten.GeoM
	scale float64 // pixels per canvas unit
}

// newPainter fits the square design canvas into a square of side pixels whose corner
// is at (x, y) on cv.
func newPainter(cv *raster.Canvas, x, y, side float64) painter {
	p := painter{cv: cv, scale: side / canvas}
	p.m.Scale(p.scale, p.scale)
	p.m.Translate(x, y)
	return p
}

// rotated returns a painter whose drawings are turned by deg degrees (clockwise on
// screen) about the canvas point (cx, cy).
func (p painter) rotated(deg, cx, cy float64) painter {
	var r ebiten.GeoM
	r.Translate(-cx, -cy)
	r.Rotate(deg * math.Pi / 180)
	r.Translate(cx, cy)
	r.Concat(p.m)
	p.m = r
	return p
}

// moved returns a painter whose drawings are shifted by (dx, dy) and scaled by s about
// the canvas centre, so one drawing can be reused smaller or elsewhere.
func (p painter) moved(dx, dy, s float64) painter {
	var r ebiten.GeoM
	r.Translate(-canvas/2, -canvas/2)
	r.Scale(s, s)
	r.Translate(canvas/2+dx, canvas/2+dy)
	r.Concat(p.m)
	p.m = r
	p.scale *= s
	return p
}

func (p painter) pen() *pen { return &pen{m: p.m} }

// fill fills b; overlapping parts of b stay filled.
func (p painter) fill(b *pen, c color.Color) {
	p.cv.Fill(&b.path, c, raster.NonZero)
}

// fillHoles fills b with the even-odd rule, so a shape drawn inside another cuts a hole.
func (p painter) fillHoles(b *pen, c color.Color) {
	p.cv.Fill(&b.path, c, raster.EvenOdd)
}

// stroke draws b with a line width given in canvas units, with round ends and joins.
func (p painter) stroke(b *pen, width float64, c color.Color) {
	p.cv.Fill(raster.Stroke(&b.path, max(width*p.scale, minStrokePx)), c, raster.NonZero)
}

// soft fills b and strokes it in the same colour, which rounds every corner by r.
func (p painter) soft(b *pen, r float64, c color.Color) {
	p.fill(b, c)
	p.stroke(b, 2*r, c)
}

// Shorthands for the shapes most pictures are made of.

func (p painter) circle(cx, cy, r float64, c color.Color) { p.fill(p.pen().circle(cx, cy, r), c) }

func (p painter) ellipse(cx, cy, rx, ry float64, c color.Color) {
	p.fill(p.pen().ellipse(cx, cy, rx, ry), c)
}

func (p painter) rect(x, y, w, h, r float64, c color.Color) {
	p.fill(p.pen().roundRect(x, y, w, h, r), c)
}

func (p painter) poly(c color.Color, pts ...float64) { p.fill(p.pen().poly(pts...), c) }

// softPoly fills a polygon whose corners are rounded by r.
func (p painter) softPoly(r float64, c color.Color, pts ...float64) {
	p.soft(p.pen().poly(pts...), r, c)
}

func (p painter) line(x0, y0, x1, y1, width float64, c color.Color) {
	p.stroke(p.pen().moveTo(x0, y0).lineTo(x1, y1), width, c)
}

// arcLine strokes an open arc from a0 to a1 degrees.
func (p painter) arcLine(cx, cy, r, a0, a1, width float64, c color.Color) {
	b := p.pen()
	b.moveTo(cx+r*math.Cos(a0*math.Pi/180), cy+r*math.Sin(a0*math.Pi/180))
	p.stroke(b.arc(cx, cy, r, a0, a1), width, c)
}

// ring fills a circle with a round hole.
func (p painter) ring(cx, cy, outer, inner float64, c color.Color) {
	p.fillHoles(p.pen().circle(cx, cy, outer).circle(cx, cy, inner), c)
}

// starPoints lists the corners of an n-pointed star with its first point straight up.
func starPoints(cx, cy, outer, inner float64, n int) []float64 {
	pts := make([]float64, 0, 4*n)
	for i := range 2 * n {
		r := outer
		if i%2 == 1 {
			r = inner
		}
		a := float64(i)*math.Pi/float64(n) - math.Pi/2
		pts = append(pts, cx+r*math.Cos(a), cy+r*math.Sin(a))
	}
	return pts
}
