// Package shape draws the few vector primitives the interface is made of: rounded panels,
// outlines and circles, antialiased so they stay smooth at any screen density.
//
// Rounded rectangles, their outlines, circles, rings and round-capped lines are drawn by
// one small shader from their distance to the shape's edge: each is one quad, and the
// quads of a whole screen go to the GPU in one draw call. Ebitengine's vector package,
// which fills any path through a stencil in several draw calls per shape (and with three
// shaders of its own to compile), made the first frame of the game about half a second
// slower on a software renderer. Arbitrary polygons, and every shape if the shader could
// not be made, are painted on the CPU by package raster into pictures that are kept.
package shape

import (
	"encoding/binary"
	"image/color"
	"math"
	"sync"

	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/ui/geom"
	"sango/game/ui/imagecache"
	"sango/game/ui/raster"
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

// painted keeps the shapes painted on the CPU. Like the shader, it is kept for the
// process: the shape functions are called from every scene with no value to hang it on.
// A screen's polygons are a few small stars and arrows; the bound leaves room for the
// panels of a screen too when there is no shader.
var painted = imagecache.New[string](2 << 20)

// fillCPU paints p, in dst's pixels, in colour c by rule on the CPU and draws it. The
// picture covers the part of p's bounds inside dst on whole pixels, and is kept by p's
// outline relative to that corner and by c, so a shape drawn again, or moved by whole
// pixels, is one textured quad.
func fillCPU(dst *ebiten.Image, p *raster.Path, c color.Color, rule raster.Rule) {
	x0, y0, x1, y1, ok := p.Bounds()
	if !ok {
		return
	}
	// Clip in float before converting: a shape may reach far off the screen.
	b := dst.Bounds()
	ox, oy := math.Floor(math.Max(x0, float64(b.Min.X))), math.Floor(math.Max(y0, float64(b.Min.Y)))
	ex, ey := math.Ceil(math.Min(x1, float64(b.Max.X))), math.Ceil(math.Min(y1, float64(b.Max.Y)))
	if !(ex > ox && ey > oy) {
		return
	}
	w, h := int(ex-ox), int(ey-oy)
	p.Translate(-ox, -oy)
	cr, cg, cb, ca := c.RGBA()
	var key []byte
	for _, v := range [...]uint32{uint32(w), uint32(h), uint32(rule), cr, cg, cb, ca} {
		key = binary.LittleEndian.AppendUint32(key, v)
	}
	img := painted.Get(string(p.AppendKey(key)), func() *ebiten.Image {
		cv := raster.NewCanvas(w, h)
		cv.Fill(p, c, rule)
		img := ebiten.NewImage(w, h)
		img.WritePixels(cv.Pix)
		return img
	})
	op := &ebiten.DrawImageOptions{}
	op.GeoM.Translate(ox, oy)
	dst.DrawImage(img, op)
}

// roundRectPath adds a rectangle with corners of radius rad to p.
func roundRectPath(p *raster.Path, r geom.Rect, rad float64) {
	rad = math.Max(0, math.Min(rad, math.Min(r.W, r.H)/2))
	x, y, w, h := r.X, r.Y, r.W, r.H
	p.MoveTo(x+rad, y)
	p.Arc(x+w-rad, y+rad, rad, -math.Pi/2, 0)
	p.Arc(x+w-rad, y+h-rad, rad, 0, math.Pi/2)
	p.Arc(x+rad, y+h-rad, rad, math.Pi/2, math.Pi)
	p.Arc(x+rad, y+rad, rad, math.Pi, 3*math.Pi/2)
	p.Close()
}

// circlePath adds a circle to p.
func circlePath(p *raster.Path, cx, cy, rad float64) {
	p.MoveTo(cx+rad, cy)
	p.Arc(cx, cy, rad, 0, 2*math.Pi)
	p.Close()
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
	roundRectCPU(dst, r, rad, c)
}

func roundRectCPU(dst *ebiten.Image, r geom.Rect, rad float64, c color.Color) {
	var p raster.Path
	roundRectPath(&p, r, rad)
	fillCPU(dst, &p, c, raster.NonZero)
}

// RoundRectLine outlines a rounded rectangle with a line of the given width, drawn inside r.
func RoundRectLine(dst *ebiten.Image, r geom.Rect, rad, width float64, c color.Color) {
	if r.W <= 0 || r.H <= 0 || width <= 0 {
		return
	}
	// The outer corners keep the radius, but never less than half the line; the inner
	// ones are the outer ones moved in by the line.
	rad = math.Max(0, math.Min(rad, math.Min(r.W, r.H)/2))
	outer := math.Max(rad, width/2)
	if edgeQuad(dst, r.X+r.W/2, r.Y+r.H/2, 1, 0, r.W/2, r.H/2, outer, width, c) {
		return
	}
	roundRectLineCPU(dst, r, outer, width, c)
}

func roundRectLineCPU(dst *ebiten.Image, r geom.Rect, outer, width float64, c color.Color) {
	var p raster.Path
	roundRectPath(&p, r, outer)
	if in := r.Inset(width); in.W > 0 && in.H > 0 {
		roundRectPath(&p, in, math.Max(0, outer-width))
	}
	fillCPU(dst, &p, c, raster.EvenOdd)
}

// Circle fills a circle.
func Circle(dst *ebiten.Image, cx, cy, rad float64, c color.Color) {
	if rad <= 0 || edgeQuad(dst, cx, cy, 1, 0, rad, rad, rad, 0, c) {
		return
	}
	circleCPU(dst, cx, cy, rad, c)
}

func circleCPU(dst *ebiten.Image, cx, cy, rad float64, c color.Color) {
	var p raster.Path
	circlePath(&p, cx, cy, rad)
	fillCPU(dst, &p, c, raster.NonZero)
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
	ringCPU(dst, cx, cy, rad, width, c)
}

func ringCPU(dst *ebiten.Image, cx, cy, rad, width float64, c color.Color) {
	out := rad + width/2
	var p raster.Path
	circlePath(&p, cx, cy, out)
	if in := rad - width/2; in > 0 {
		circlePath(&p, cx, cy, in)
	}
	fillCPU(dst, &p, c, raster.EvenOdd)
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
	lineCPU(dst, x0, y0, x1, y1, width, c)
}

func lineCPU(dst *ebiten.Image, x0, y0, x1, y1, width float64, c color.Color) {
	var p raster.Path
	if x0 == x1 && y0 == y1 {
		// A line of no length is its two caps: a dot, as the shader draws it.
		circlePath(&p, x0, y0, width/2)
		fillCPU(dst, &p, c, raster.NonZero)
		return
	}
	p.MoveTo(x0, y0)
	p.LineTo(x1, y1)
	fillCPU(dst, raster.Stroke(&p, width), c, raster.NonZero)
}

// Polygon fills the shape through the given points (x0, y0, x1, y1, ...).
func Polygon(dst *ebiten.Image, c color.Color, pts ...float64) {
	if len(pts) < 6 {
		return
	}
	var p raster.Path
	p.MoveTo(pts[0], pts[1])
	for i := 2; i+1 < len(pts); i += 2 {
		p.LineTo(pts[i], pts[i+1])
	}
	p.Close()
	fillCPU(dst, &p, c, raster.NonZero)
}
