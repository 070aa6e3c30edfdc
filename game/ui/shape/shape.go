// Package shape draws the few vector primitives the interface is made of: rounded panels,
// outlines and circles, antialiased so they stay smooth at any screen density.
package shape

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"sango/game/ui/geom"
)

// roundRectPath traces a rectangle with corners of radius rad.
func roundRectPath(r geom.Rect, rad float64) *vector.Path {
	rad = math.Max(0, math.Min(rad, math.Min(r.W, r.H)/2))
	x, y, w, h, k := float32(r.X), float32(r.Y), float32(r.W), float32(r.H), float32(rad)
	var p vector.Path
	p.MoveTo(x+k, y)
	p.LineTo(x+w-k, y)
	p.Arc(x+w-k, y+k, k, -math.Pi/2, 0, vector.Clockwise)
	p.LineTo(x+w, y+h-k)
	p.Arc(x+w-k, y+h-k, k, 0, math.Pi/2, vector.Clockwise)
	p.LineTo(x+k, y+h)
	p.Arc(x+k, y+h-k, k, math.Pi/2, math.Pi, vector.Clockwise)
	p.LineTo(x, y+k)
	p.Arc(x+k, y+k, k, math.Pi, 3*math.Pi/2, vector.Clockwise)
	p.Close()
	return &p
}

func drawOptions(c color.Color) *vector.DrawPathOptions {
	op := &vector.DrawPathOptions{AntiAlias: true}
	op.ColorScale.ScaleWithColor(c)
	return op
}

// RoundRect fills a rounded rectangle.
func RoundRect(dst *ebiten.Image, r geom.Rect, rad float64, c color.Color) {
	if r.W <= 0 || r.H <= 0 {
		return
	}
	vector.FillPath(dst, roundRectPath(r, rad), nil, drawOptions(c))
}

// RoundRectLine outlines a rounded rectangle with a line of the given width, drawn inside r.
func RoundRectLine(dst *ebiten.Image, r geom.Rect, rad, width float64, c color.Color) {
	if r.W <= 0 || r.H <= 0 || width <= 0 {
		return
	}
	in := r.Inset(width / 2)
	vector.StrokePath(dst, roundRectPath(in, math.Max(0, rad-width/2)),
		&vector.StrokeOptions{Width: float32(width), LineJoin: vector.LineJoinRound}, drawOptions(c))
}

// Circle fills a circle.
func Circle(dst *ebiten.Image, cx, cy, rad float64, c color.Color) {
	vector.FillCircle(dst, float32(cx), float32(cy), float32(rad), c, true)
}

// Ring outlines a circle.
func Ring(dst *ebiten.Image, cx, cy, rad, width float64, c color.Color) {
	vector.StrokeCircle(dst, float32(cx), float32(cy), float32(rad), float32(width), c, true)
}

// Line draws a round-capped line.
func Line(dst *ebiten.Image, x0, y0, x1, y1, width float64, c color.Color) {
	var p vector.Path
	p.MoveTo(float32(x0), float32(y0))
	p.LineTo(float32(x1), float32(y1))
	vector.StrokePath(dst, &p, &vector.StrokeOptions{Width: float32(width), LineCap: vector.LineCapRound}, drawOptions(c))
}

// Polygon fills the shape through the given points (x0, y0, x1, y1, ...).
func Polygon(dst *ebiten.Image, c color.Color, pts ...float64) {
	if len(pts) < 6 {
		return
	}
	var p vector.Path
	p.MoveTo(float32(pts[0]), float32(pts[1]))
	for i := 2; i+1 < len(pts); i += 2 {
		p.LineTo(float32(pts[i]), float32(pts[i+1]))
	}
	p.Close()
	vector.FillPath(dst, &p, nil, drawOptions(c))
}
