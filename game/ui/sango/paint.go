package sango

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// minStrokePx keeps thin features (brows, the "@", outlines) from vanishing
// into antialiasing noise when Sango is drawn as a tiny 40px icon.
const minStrokePx = 0.8

// pen builds a path in design units but stores it already transformed to
// pixels. Transforming the control points (instead of the finished path)
// lets ebiten flatten curves in pixel space, so arcs stay smooth at 1000px,
// and a mirroring matrix just works because no arc direction flags are used.
type pen struct {
	path    vector.Path
	m       ebiten.GeoM
	started bool
}

func (b *pen) pt(x, y float64) (float32, float32) {
	px, py := b.m.Apply(x, y)
	return float32(px), float32(py)
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

// painter fills and strokes pens on one destination with one transform.
type painter struct {
	dst   *ebiten.Image
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
	op := &vector.DrawPathOptions{AntiAlias: true}
	op.ColorScale.ScaleWithColor(c)
	vector.FillPath(p.dst, &b.path, nil, op)
}

// stroke draws b with a width given in design units. Round caps and joins
// keep every line soft, which suits the friendly look.
func (p *painter) stroke(b *pen, width float64, c color.Color) {
	so := &vector.StrokeOptions{
		Width:    float32(max(width*p.scale, minStrokePx)),
		LineCap:  vector.LineCapRound,
		LineJoin: vector.LineJoinRound,
	}
	op := &vector.DrawPathOptions{AntiAlias: true}
	op.ColorScale.ScaleWithColor(c)
	vector.StrokePath(p.dst, &b.path, so, op)
}

// fillOutlined fills a shape and then outlines it.
func (p *painter) fillOutlined(b *pen, fill, line color.Color, width float64) {
	p.fill(b, fill)
	p.stroke(b, width, line)
}
