// Package raster fills and strokes vector paths on the CPU into premultiplied RGBA
// pixels, antialiased, for pictures that are painted once and then uploaded as an
// image: Sango, the icons, and the few polygons of the interface.
//
// It replaces Ebitengine's vector package, which fills every path on the GPU through a
// stencil in several draw calls, and added about 30 KB to the web download. A software
// renderer (SwiftShader in a browser without a GPU, Mesa's llvmpipe) pays for every
// call: the mascot's thirty-odd paths cost headless Chromium's GPU process about 0.4 s
// of CPU time in the game's first frame, where filling them here takes a few
// milliseconds. It has no Ebitengine import: callers upload Canvas.Pix themselves.
//
// Coordinates are pixels, y down. Curves are flattened to within Flatness of a pixel.
package raster

import (
	"encoding/binary"
	"math"
)

// Flatness is how far, in pixels, the line segments a curve is flattened to may stray
// from the curve. Chords lie inside a curve, so they thin a shape a little all round: a
// thirty-second of a pixel keeps that below a sixtieth of a pixel on average, as close
// as Ebitengine's flattening came.
const Flatness = 1.0 / 32

// maxCurveSegments bounds the segments of one curve, so that a curve with enormous
// coordinates (far off the canvas) cannot take all memory.
const maxCurveSegments = 512

// point is a position in pixels.
type point struct{ x, y float64 }

// subpath is a run of points in Path.pts, from start up to the next subpath's start.
type subpath struct {
	start  int
	closed bool
}

// Path is a set of subpaths made of lines, with curves flattened to lines as they are
// added. The zero Path is empty and ready to use.
type Path struct {
	pts  []point
	subs []subpath
	// open reports that the last subpath takes more segments; after Close it does not,
	// and the next segment starts a new subpath at the closed one's start.
	open bool
}

// current returns the end of the last subpath, starting one at (x, y) when there is
// nothing to continue from, or at the start of a just closed subpath.
func (p *Path) current(x, y float64) point {
	if !p.open {
		if len(p.subs) > 0 {
			last := p.subs[len(p.subs)-1]
			if last.closed {
				x, y = p.pts[last.start].x, p.pts[last.start].y
			}
		}
		p.MoveTo(x, y)
	}
	return p.pts[len(p.pts)-1]
}

// MoveTo starts a new subpath at (x, y). A subpath that is only a starting point is
// replaced rather than kept.
func (p *Path) MoveTo(x, y float64) {
	if n := len(p.subs); n > 0 && p.subs[n-1].start == len(p.pts)-1 {
		p.pts[len(p.pts)-1] = point{x, y}
		p.subs[n-1].closed = false
		p.open = true
		return
	}
	p.subs = append(p.subs, subpath{start: len(p.pts)})
	p.pts = append(p.pts, point{x, y})
	p.open = true
}

// LineTo adds a line from the current point to (x, y); with no current point, it
// starts a subpath at (x, y).
func (p *Path) LineTo(x, y float64) {
	c := p.current(x, y)
	if c.x == x && c.y == y {
		return
	}
	p.pts = append(p.pts, point{x, y})
}

// QuadTo adds a quadratic Bézier curve with control point (x1, y1) ending at (x2, y2).
func (p *Path) QuadTo(x1, y1, x2, y2 float64) {
	c := p.current(x1, y1)
	// The chord strays from the curve by at most a quarter of |p0 - 2p1 + p2| times
	// the square of each piece's share of the parameter.
	dd := math.Hypot(c.x-2*x1+x2, c.y-2*y1+y2)
	n := segments(dd / 4)
	for i := 1; i <= n; i++ {
		t := float64(i) / float64(n)
		u := 1 - t
		p.LineTo(u*u*c.x+2*u*t*x1+t*t*x2, u*u*c.y+2*u*t*y1+t*t*y2)
	}
}

// CubicTo adds a cubic Bézier curve with control points (x1, y1) and (x2, y2) ending
// at (x3, y3).
func (p *Path) CubicTo(x1, y1, x2, y2, x3, y3 float64) {
	c := p.current(x1, y1)
	// The second derivative is at most 6 max(|p0 - 2p1 + p2|, |p1 - 2p2 + p3|), and a
	// chord over a parameter step h strays by at most an eighth of it times h².
	dd := max(math.Hypot(c.x-2*x1+x2, c.y-2*y1+y2), math.Hypot(x1-2*x2+x3, y1-2*y2+y3))
	n := segments(dd * 3 / 4)
	for i := 1; i <= n; i++ {
		t := float64(i) / float64(n)
		u := 1 - t
		a, b, d, e := u*u*u, 3*u*u*t, 3*u*t*t, t*t*t
		p.LineTo(a*c.x+b*x1+d*x2+e*x3, a*c.y+b*y1+d*y2+e*y3)
	}
}

// segments is how many equal parameter steps keep a curve within Flatness of its
// chords, given the curve's bend k: the chord error is k/n².
func segments(k float64) int {
	if !(k > 0) { // also NaN
		return 1
	}
	n := math.Ceil(math.Sqrt(k / Flatness))
	if !(n < maxCurveSegments) {
		return maxCurveSegments
	}
	return max(1, int(n))
}

// Arc adds a circular arc round (cx, cy) of radius r from angle a0 to a1 (radians; y
// points down, so a growing angle turns clockwise on screen), joined to the current
// point by a line, as a canvas's arc is.
func (p *Path) Arc(cx, cy, r, a0, a1 float64) {
	n := arcSteps(r, math.Abs(a1-a0))
	p.LineTo(cx+r*math.Cos(a0), cy+r*math.Sin(a0))
	rv := chordRadius(r, math.Abs(a1-a0)/float64(n))
	for i := 1; i < n; i++ {
		a := a0 + (a1-a0)*float64(i)/float64(n)
		p.LineTo(cx+rv*math.Cos(a), cy+rv*math.Sin(a))
	}
	p.LineTo(cx+r*math.Cos(a1), cy+r*math.Sin(a1))
}

// chordRadius is the radius to put the inner corners of chords turning through step
// radians on, for them to cover the area of the circle of radius r: a chord between
// points on the circle cuts off two thirds of its sagitta on average, so the corners
// go out by that much and the chords straddle the circle instead of thinning it.
func chordRadius(r, step float64) float64 {
	return r + 2.0/3*r*(1-math.Cos(step/2))
}

// arcSteps is how many chords keep an arc of radius r turning through sweep radians
// within Flatness of the circle: a chord over angle s strays by r(1 - cos(s/2)).
func arcSteps(r, sweep float64) int {
	if !(r > Flatness) || !(sweep > 0) {
		return 1
	}
	step := 2 * math.Acos(1-Flatness/r)
	n := math.Ceil(sweep / step)
	if !(n < maxCurveSegments) {
		return maxCurveSegments
	}
	return max(1, int(n))
}

// Close closes the current subpath: filled, it is closed anyway; stroked, a line joins
// its end to its start.
func (p *Path) Close() {
	if len(p.subs) == 0 || !p.open {
		return
	}
	p.subs[len(p.subs)-1].closed = true
	p.open = false
}

// Translate moves every point of the path by (dx, dy).
func (p *Path) Translate(dx, dy float64) {
	for i := range p.pts {
		p.pts[i].x += dx
		p.pts[i].y += dy
	}
}

// Bounds returns the smallest rectangle holding every point, and false for an empty
// path.
func (p *Path) Bounds() (minX, minY, maxX, maxY float64, ok bool) {
	if len(p.pts) == 0 {
		return 0, 0, 0, 0, false
	}
	minX, minY = math.Inf(1), math.Inf(1)
	maxX, maxY = math.Inf(-1), math.Inf(-1)
	for _, q := range p.pts {
		minX, maxX = min(minX, q.x), max(maxX, q.x)
		minY, maxY = min(minY, q.y), max(maxY, q.y)
	}
	return minX, minY, maxX, maxY, true
}

// subpathPoints returns the points of subpath i and whether it is closed.
func (p *Path) subpathPoints(i int) ([]point, bool) {
	end := len(p.pts)
	if i+1 < len(p.subs) {
		end = p.subs[i+1].start
	}
	return p.pts[p.subs[i].start:end], p.subs[i].closed
}

// AppendKey appends to b an encoding of the path's flattened outline, two paths with
// the same encoding covering the same pixels: a key for caching what is painted from it.
func (p *Path) AppendKey(b []byte) []byte {
	b = binary.LittleEndian.AppendUint32(b, uint32(len(p.subs)))
	for _, s := range p.subs {
		b = binary.LittleEndian.AppendUint32(b, uint32(s.start))
	}
	for _, q := range p.pts {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(q.x))
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(q.y))
	}
	return b
}
