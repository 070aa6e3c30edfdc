package sango

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/ui/raster"
)

// minStrokePx keeps thin features (brows, the "@", outlines) from vanishing
// into antialiasing noise when Sango is drawn as a tiny 40px icon.
const minStrokePx = 0.8

// pen builds a path in design units but stores it already transformed to
// pixels. Transforming the control points (instead of the finished path)
// flattens curves in pixel space, so arcs stay smooth at 1000px, and a
// mirroring matrix just works because no arc direction flags are used.
type pen struct {
	path    raster.Path
	m       ebiten.GeoM
	started bool
}

func (b *pen) pt(x, y float64) (float64, float64) {
	return b.m.Apply(x, y)
}

func (b *pen) moveTo(x, y float64) {
	b.path.MoveTo(b.pt(x, y))
	b.started = true
}

func (b *pen) lineTo(x, y float64) {
	if !b.started {
		b.moveTo(x, y)
		return
	}
	b.path.LineTo(b.pt(x, y))
}

func (b *pen) quadTo(cx, cy, x, y float64) {
	x1, y1 := b.pt(cx, cy)
	x2, y2 := b.pt(x, y)
	b.path.QuadTo(x1, y1, x2, y2)
}

func (b *pen) cubicTo(c1x, c1y, c2x, c2y, x, y float64) {
	x1, y1 := b.pt(c1x, c1y)
	x2, y2 := b.pt(c2x, c2y)
	x3, y3 := b.pt(x, y)
	b.path.CubicTo(x1, y1, x2, y2, x3, y3)
}

func (b *pen) close() {
	b.path.Close()
	b.started = false
}

// arc adds a circular arc from angle a0 to a1 (radians, y down, so a
// positive sweep runs clockwise on screen). It joins from the current point
// with a line, like canvas arcs. The arc is built from cubic segments of at
// most a quarter turn, which are visually exact.
func (b *pen) arc(cx, cy, r, a0, a1 float64) {
	n := int(math.Ceil(math.Abs(a1-a0) / (math.Pi / 2)))
	n = max(n, 1)
	d := (a1 - a0) / float64(n)
	k := 4.0 / 3.0 * math.Tan(d/4) * r
	b.lineTo(cx+r*math.Cos(a0), cy+r*math.Sin(a0))
	for i := range n {
		s := a0 + d*float64(i)
		e := s + d
		sc, ss := math.Cos(s), math.Sin(s)
		ec, es := math.Cos(e), math.Sin(e)
		b.cubicTo(
			cx+r*sc-k*ss, cy+r*ss+k*sc,
			cx+r*ec+k*es, cy+r*es-k*ec,
			cx+r*ec, cy+r*es,
		)
	}
}

func (b *pen) circle(cx, cy, r float64) {
	b.ellipse(cx, cy, r, r)
}

func (b *pen) ellipse(cx, cy, rx, ry float64) {
	// 0.5523 is the standard cubic approximation constant for a quarter
	// circle.
	const k = 0.5523
	b.moveTo(cx+rx, cy)
	b.cubicTo(cx+rx, cy+k*ry, cx+k*rx, cy+ry, cx, cy+ry)
	b.cubicTo(cx-k*rx, cy+ry, cx-rx, cy+k*ry, cx-rx, cy)
	b.cubicTo(cx-rx, cy-k*ry, cx-k*rx, cy-ry, cx, cy-ry)
	b.cubicTo(cx+k*rx, cy-ry, cx+rx, cy-k*ry, cx+rx, cy)
	b.close()
}

// circleReversed traces a circle the other way round from circle. Inside one
// path, under the non-zero fill rule, it cuts a hole out of a circle traced the
// usual way: a ring is one fill instead of a stroke.
func (b *pen) circleReversed(cx, cy, r float64) {
	const k = 0.5523
	b.moveTo(cx+r, cy)
	b.cubicTo(cx+r, cy-k*r, cx+k*r, cy-r, cx, cy-r)
	b.cubicTo(cx-k*r, cy-r, cx-r, cy-k*r, cx-r, cy)
	b.cubicTo(cx-r, cy+k*r, cx-k*r, cy+r, cx, cy+r)
	b.cubicTo(cx+k*r, cy+r, cx+r, cy+k*r, cx+r, cy)
	b.close()
}

// polygon traces a closed polygon through pts.
func (b *pen) polygon(pts []point) {
	if len(pts) < 3 {
		return
	}
	b.moveTo(pts[0].x, pts[0].y)
	for _, q := range pts[1:] {
		b.lineTo(q.x, q.y)
	}
	b.close()
}

func (b *pen) roundRect(x, y, w, h, r float64) {
	r = min(r, w/2, h/2)
	b.moveTo(x+r, y)
	b.lineTo(x+w-r, y)
	b.arc(x+w-r, y+r, r, -math.Pi/2, 0)
	b.lineTo(x+w, y+h-r)
	b.arc(x+w-r, y+h-r, r, 0, math.Pi/2)
	b.lineTo(x+r, y+h)
	b.arc(x+r, y+h-r, r, math.Pi/2, math.Pi)
	b.lineTo(x, y+r)
	b.arc(x+r, y+r, r, math.Pi, 3*math.Pi/2)
	b.close()
}

// painter fills and strokes pens on one canvas with one transform.
type painter struct {
	cv    *raster.Canvas
	m     ebiten.GeoM
	scale float64
	// glyph is m without the right-to-left mirroring. A mirrored "@" is no
	// longer an "@" to a reader, so lettering keeps this transform; it is
	// only used for shapes centred on the canvas's vertical axis, so they
	// land in the same place either way.
	glyph ebiten.GeoM
}

// glyphPainter returns a painter that never mirrors, for lettering.
func (p *painter) glyphPainter() *painter {
	q := *p
	q.m = p.glyph
	return &q
}

func (p *painter) pen() *pen {
	return &pen{m: p.m}
}

func (p *painter) fill(b *pen, c color.Color) {
	p.cv.Fill(&b.path, c, raster.NonZero)
}

// stroke draws b with a width given in design units. Round caps and joins
// keep every line soft, which suits the friendly look.
func (p *painter) stroke(b *pen, width float64, c color.Color) {
	p.cv.Fill(raster.Stroke(&b.path, max(width*p.scale, minStrokePx)), c, raster.NonZero)
}

// halfLine is half of a line of the given width, in design units, with the
// same floor as stroke so that outlines keep their weight on a tiny icon.
func (p *painter) halfLine(width float64) float64 {
	return max(width*p.scale, minStrokePx) / p.scale / 2
}

// outlined draws shapes with a line of the given width along their edges. A
// stroked outline is the costliest thing to fill: it has many more segments
// than the shape, with a round join at each one. So the outline is drawn as two
// fills instead, which cover the same pixels: the shapes grown by half the line
// in the line's colour, then the shapes shrunk by half the line in the fill
// colour on top. shapes adds every shape, moved out by grow (in by a negative
// grow), to one pen; shapes that share a pen must not overlap, or a later one
// would no longer cover the outline of an earlier one.
func (p *painter) outlined(shapes func(b *pen, grow float64), fill, line color.Color, width float64) {
	d := p.halfLine(width)
	outer := p.pen()
	shapes(outer, d)
	p.fill(outer, line)
	inner := p.pen()
	shapes(inner, -d)
	p.fill(inner, fill)
}

// offsetPolygon returns the closed polygon pts grown by d (shrunk when d is
// negative), the shape a stroke of width 2|d| with round joins adds to it or
// takes from it: every edge moves out along its normal; where two moved edges
// part, at a corner pointing the way the polygon moves, an arc round the corner
// joins them; where they cross, their crossing does. It is exact while |d| is
// smaller than the polygon's narrowest part, which holds for Sango's outlines.
func offsetPolygon(pts []point, d float64) []point {
	// Consecutive repeated points have no direction; drop them.
	clean := make([]point, 0, len(pts))
	for i, q := range pts {
		prev := pts[(i+len(pts)-1)%len(pts)]
		if math.Hypot(q.x-prev.x, q.y-prev.y) > 1e-9 {
			clean = append(clean, q)
		}
	}
	n := len(clean)
	if n < 3 || d == 0 {
		return clean
	}
	// The sign of the area says which side of each edge is outside.
	area := 0.0
	for i, a := range clean {
		b := clean[(i+1)%n]
		area += a.x*b.y - b.x*a.y
	}
	side := 1.0
	if area < 0 {
		side = -1
	}
	dist := math.Abs(d)
	if d < 0 {
		side = -side
	}
	// normal is the unit vector along which the edge from a to b moves.
	normal := func(a, b point) point {
		l := math.Hypot(b.x-a.x, b.y-a.y)
		return point{side * (b.y - a.y) / l, -side * (b.x - a.x) / l}
	}
	// Corners sharper than this get an arc; gentler ones (a sampled curve's)
	// get the crossing, which is within a thousandth of the arc.
	const arcAbove = 0.2 // radians
	const arcStep = math.Pi / 12
	out := make([]point, 0, 2*n)
	for i, v := range clean {
		prev, next := clean[(i+n-1)%n], clean[(i+1)%n]
		n1, n2 := normal(prev, v), normal(v, next)
		turn := math.Atan2(n1.x*n2.y-n1.y*n2.x, n1.x*n2.x+n1.y*n2.y)
		// The moved edges part when the corner turns the way the polygon moves.
		e1 := point{v.x - prev.x, v.y - prev.y}
		e2 := point{next.x - v.x, next.y - v.y}
		parts := (e1.x*e2.y-e1.y*e2.x)*area*d > 0
		if parts && math.Abs(turn) > arcAbove {
			a0 := math.Atan2(n1.y, n1.x)
			steps := int(math.Ceil(math.Abs(turn) / arcStep))
			for k := 0; k <= steps; k++ {
				a := a0 + turn*float64(k)/float64(steps)
				out = append(out, point{v.x + dist*math.Cos(a), v.y + dist*math.Sin(a)})
			}
			continue
		}
		// The crossing of the two moved edges.
		k := dist / (1 + n1.x*n2.x + n1.y*n2.y)
		out = append(out, point{v.x + k*(n1.x+n2.x), v.y + k*(n1.y+n2.y)})
	}
	return out
}
