// Package shape draws the few vector primitives the interface is made of: rounded panels,
// outlines and circles, antialiased so they stay smooth at any screen density.
//
// Rounded rectangles, their outlines, circles, rings and round-capped lines are drawn by
// one small shader from their distance to the shape's edge: each is one quad, and the
// quads of a whole screen go to the GPU in one draw call. Ebitengine's vector package,
// which fills any path through a stencil in several draw calls per shape (and with three
// shaders of its own to compile), made the first frame of the game about half a second
// slower on a software renderer. It still fills arbitrary polygons, and every shape if
// the shader could not be made.
package shape

import (
	"image/color"
	"math"
	"sync"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"sango/game/ui/geom"
)

// edgeShaderSrc covers a rounded rectangle by its signed distance from the edge, with a
// one-pixel antialiasing ramp centred on it. Each quad's vertices carry the position
// relative to the rectangle's centre (in the shape's own axes, so a line can lie at any
// angle) as the source position, and in custom its half width, half height, corner
// radius and, for an outline, the line's width inwards from the edge (0 fills).
const edgeShaderSrc = `//kage:unit pixels

package main

// roundRect is the signed distance from p to a rectangle centred on the origin with half
// size half and corners of radius r: negative inside.
func roundRect(p, half vec2, r float) float {
	q := abs(p) - half + r
	return length(max(q, 0)) + min(max(q.x, q.y), 0) - r
}

func Fragment(dstPos vec4, srcPos vec2, color vec4, custom vec4) vec4 {
	cover := clamp(0.5-roundRect(srcPos, custom.xy, custom.z), 0, 1)
	if custom.w > 0 {
		cover -= clamp(0.5-roundRect(srcPos, custom.xy-custom.w, max(custom.z-custom.w, 0)), 0, 1)
	}
	return color * cover
}
`

// shader returns the edge shader, made on first use, or nil if it could not be made. It
// is kept for the process, as Ebitengine keeps its own vector shaders: the shape functions
// are called from every scene with no value to hang it on.
var shader = sync.OnceValue(func() *ebiten.Shader {
	s, err := ebiten.NewShader([]byte(edgeShaderSrc))
	if err != nil {
		return nil
	}
	return s
})

// edgeQuad draws the rounded rectangle of half size (hw, hh) and corner radius rad centred
// on (cx, cy), its axes turned to (ux, uy) and (-uy, ux), filled when line is 0 and
// otherwise outlined inwards by line. It reports false when there is no shader.
func edgeQuad(dst *ebiten.Image, cx, cy, ux, uy, hw, hh, rad, line float64, c color.Color) bool {
	sh := shader()
	if sh == nil {
		return false
	}
	r, g, b, a := c.RGBA()
	cr, cg, cb, ca := float32(r)/0xffff, float32(g)/0xffff, float32(b)/0xffff, float32(a)/0xffff
	// One pixel more on every side holds the outer half of the antialiasing ramp.
	ex, ey := hw+1, hh+1
	var vs [4]ebiten.Vertex
	for i, corner := range [4][2]float64{{-ex, -ey}, {ex, -ey}, {-ex, ey}, {ex, ey}} {
		lx, ly := corner[0], corner[1]
		vs[i] = ebiten.Vertex{
			DstX: float32(cx + lx*ux - ly*uy), DstY: float32(cy + lx*uy + ly*ux),
			SrcX: float32(lx), SrcY: float32(ly),
			ColorR: cr, ColorG: cg, ColorB: cb, ColorA: ca,
			Custom0: float32(hw), Custom1: float32(hh), Custom2: float32(rad), Custom3: float32(line),
		}
	}
	dst.DrawTrianglesShader32(vs[:], []uint32{0, 1, 2, 1, 2, 3}, sh, nil)
	return true
}

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
	rad = math.Max(0, math.Min(rad, math.Min(r.W, r.H)/2))
	if edgeQuad(dst, r.X+r.W/2, r.Y+r.H/2, 1, 0, r.W/2, r.H/2, rad, 0, c) {
		return
	}
	vector.FillPath(dst, roundRectPath(r, rad), nil, drawOptions(c))
}

// RoundRectLine outlines a rounded rectangle with a line of the given width, drawn inside r.
func RoundRectLine(dst *ebiten.Image, r geom.Rect, rad, width float64, c color.Color) {
	if r.W <= 0 || r.H <= 0 || width <= 0 {
		return
	}
	// As a stroke with round joins along the rectangle inset by half the line: its
	// outer corners keep the radius, but never less than half the line.
	rad = math.Max(0, math.Min(rad, math.Min(r.W, r.H)/2))
	if edgeQuad(dst, r.X+r.W/2, r.Y+r.H/2, 1, 0, r.W/2, r.H/2, math.Max(rad, width/2), width, c) {
		return
	}
	in := r.Inset(width / 2)
	vector.StrokePath(dst, roundRectPath(in, math.Max(0, rad-width/2)),
		&vector.StrokeOptions{Width: float32(width), LineJoin: vector.LineJoinRound}, drawOptions(c))
}

// Circle fills a circle.
func Circle(dst *ebiten.Image, cx, cy, rad float64, c color.Color) {
	if rad <= 0 || edgeQuad(dst, cx, cy, 1, 0, rad, rad, rad, 0, c) {
		return
	}
	vector.FillCircle(dst, float32(cx), float32(cy), float32(rad), c, true)
}

// Ring outlines a circle: a line of the given width centred on the circle.
func Ring(dst *ebiten.Image, cx, cy, rad, width float64, c color.Color) {
	if width <= 0 {
		return
	}
	out := rad + width/2
	if edgeQuad(dst, cx, cy, 1, 0, out, out, out, width, c) {
		return
	}
	vector.StrokeCircle(dst, float32(cx), float32(cy), float32(rad), float32(width), c, true)
}

// Line draws a round-capped line.
func Line(dst *ebiten.Image, x0, y0, x1, y1, width float64, c color.Color) {
	if width <= 0 {
		return
	}
	// A rectangle along the line, as long as the line and its two caps, with fully
	// rounded ends.
	ux, uy, l := 1.0, 0.0, math.Hypot(x1-x0, y1-y0)
	if l > 0 {
		ux, uy = (x1-x0)/l, (y1-y0)/l
	}
	if edgeQuad(dst, (x0+x1)/2, (y0+y1)/2, ux, uy, l/2+width/2, width/2, width/2, 0, c) {
		return
	}
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
