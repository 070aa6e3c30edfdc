package raster

import (
	"image/color"
	"math"
	"math/rand/v2"
	"testing"
)

// referenceFill is the filler as it was before it was made faster, kept to check the
// fast one against: every sub-row of every pixel row takes all the edges crossing it,
// sorted by x, and adds the spans inside by the rule to the row's coverage, which is
// then laid over the canvas. It is slow and plain on purpose.
func referenceFill(cv *Canvas, p *Path, c color.Color, rule Rule) {
	type refEdge struct {
		x0, y0, y1, dxdy float64
		dir              int
	}
	var edges []refEdge
	ymin, ymax := math.Inf(1), math.Inf(-1)
	for i := range p.subs {
		pts, _ := p.subpathPoints(i)
		for k, a := range pts {
			b := pts[(k+1)%len(pts)]
			if a.x != a.x || a.y != a.y || b.x != b.x || b.y != b.y {
				continue
			}
			x0, y0, x1, y1 := clampCoord(a.x), clampCoord(a.y), clampCoord(b.x), clampCoord(b.y)
			if y0 == y1 {
				continue
			}
			dir := 1
			if y0 > y1 {
				x0, y0, x1, y1 = x1, y1, x0, y0
				dir = -1
			}
			if y1 <= 0 || y0 >= float64(cv.H) {
				continue
			}
			edges = append(edges, refEdge{x0, y0, y1, (x1 - x0) / (y1 - y0), dir})
			ymin, ymax = min(ymin, y0), max(ymax, y1)
		}
	}
	r, g, b, a := c.RGBA()
	if len(edges) == 0 || cv.W == 0 || a == 0 {
		return
	}
	src := [4]float32{float32(r) / 0xffff, float32(g) / 0xffff, float32(b) / 0xffff, float32(a) / 0xffff}
	mask := -1
	if rule == EvenOdd {
		mask = 1
	}
	cover := make([]float32, cv.W+1)
	run := make([]float32, cv.W+1)
	span := func(xa, xb float64) {
		const wgt = 1.0 / samplesY
		w := float64(cv.W)
		xa, xb = min(max(xa, 0), w), min(max(xb, 0), w)
		if xb <= xa {
			return
		}
		ia, ib := int(xa), int(xb)
		if ia == ib {
			cover[ia] += float32((xb - xa) * wgt)
			return
		}
		cover[ia] += float32((float64(ia+1) - xa) * wgt)
		run[ia+1] += wgt
		run[ib] -= wgt
		if ib < cv.W {
			cover[ib] += float32((xb - float64(ib)) * wgt)
		}
	}
	type crossing struct {
		x   float64
		dir int
	}
	for y := max(0, int(math.Floor(ymin))); y < min(cv.H, int(math.Ceil(ymax))); y++ {
		for s := range samplesY {
			sy := float64(y) + (float64(s)+0.5)/samplesY
			var cross []crossing
			for _, e := range edges {
				if e.y0 <= sy && sy < e.y1 {
					cross = append(cross, crossing{e.x0 + (sy-e.y0)*e.dxdy, e.dir})
				}
			}
			for i := 1; i < len(cross); i++ {
				for j := i; j > 0 && cross[j-1].x > cross[j].x; j-- {
					cross[j-1], cross[j] = cross[j], cross[j-1]
				}
			}
			winding, start := 0, 0.0
			for _, c := range cross {
				was := winding&mask != 0
				winding += c.dir
				if now := winding&mask != 0; !was && now {
					start = c.x
				} else if was && !now {
					span(start, c.x)
				}
			}
		}
		row := cv.Pix[4*y*cv.W:]
		solid := [4]int32{int32(src[0]*255 + 0.5), int32(src[1]*255 + 0.5), int32(src[2]*255 + 0.5), int32(src[3]*255 + 0.5)}
		var acc float32
		for x := range cv.W {
			acc += run[x]
			c := cover[x] + acc
			cover[x], run[x] = 0, 0
			if c <= 0 {
				continue
			}
			p := row[4*x : 4*x+4]
			if src[3] == 1 {
				if c >= 1 {
					p[0], p[1], p[2], p[3] = uint8(solid[0]), uint8(solid[1]), uint8(solid[2]), 255
					continue
				}
				in := int32(c*256 + 0.5)
				out := 256 - in
				for k := range 3 {
					p[k] = uint8((int32(p[k])*out + solid[k]*in + 128) >> 8)
				}
				p[3] = uint8((int32(p[3])*out + 255*in + 128) >> 8)
				continue
			}
			c = min(c, 1)
			keep := 1 - src[3]*c
			for k := range 4 {
				p[k] = uint8(min(float32(p[k])*keep+src[k]*c*255+0.5, 255))
			}
		}
		cover[cv.W], run[cv.W] = 0, 0
	}
}

// randomScene adds to p one of the kinds of path Sango and the icons are made of, at a
// random place and size on a side by side canvas: a polygon that may cross itself,
// ellipses with holes traced the other way, a rounded shape of curves, a wide band
// whose top and bottom are nearly level (so that rows are covered in part all along),
// or the stroke of a curved or zigzag line. It returns the path to fill, and the path the reference
// would fill: for a stroke, the reference stroker's.
func randomScene(rng *rand.Rand, p *Path, side float64) (fast, ref *Path) {
	at := func() float64 { return -0.1*side + 1.2*side*rng.Float64() }
	switch rng.IntN(6) {
	case 0:
		p.MoveTo(at(), at())
		for range 2 + rng.IntN(9) {
			p.LineTo(at(), at())
		}
		p.Close()
	case 1:
		cx, cy, r := at(), at(), 1+rng.Float64()*side/3
		circle(p, cx, cy, r)
		if rng.IntN(2) == 0 {
			// A hole the other way round: the non-zero rule cuts it, as even-odd does.
			const k = 0.5523
			hr := r * rng.Float64()
			p.MoveTo(cx+hr, cy)
			p.CubicTo(cx+hr, cy-k*hr, cx+k*hr, cy-hr, cx, cy-hr)
			p.CubicTo(cx-k*hr, cy-hr, cx-hr, cy-k*hr, cx-hr, cy)
			p.CubicTo(cx-hr, cy+k*hr, cx-k*hr, cy+hr, cx, cy+hr)
			p.CubicTo(cx+k*hr, cy+hr, cx+hr, cy+k*hr, cx+hr, cy)
			p.Close()
		}
	case 2:
		p.MoveTo(at(), at())
		p.CubicTo(at(), at(), at(), at(), at(), at())
		p.QuadTo(at(), at(), at(), at())
		p.Arc(at(), at(), 1+rng.Float64()*side/4, rng.Float64()*6, rng.Float64()*12-6)
		p.Close()
	case 5:
		x0, x1, y0, y1 := at(), at(), at(), at()
		tilt := func() float64 { return rng.Float64() - 0.5 }
		p.MoveTo(x0, y0)
		p.LineTo(x1, y0+tilt())
		p.LineTo(x1, y1+tilt())
		p.LineTo(x0, y1)
		p.Close()
	case 3, 4:
		var line Path
		line.MoveTo(at(), at())
		if rng.IntN(2) == 0 {
			line.CubicTo(at(), at(), at(), at(), at(), at())
		} else {
			for range 1 + rng.IntN(6) {
				line.LineTo(at(), at())
			}
		}
		if rng.IntN(4) == 0 {
			line.Close()
		}
		w := 0.8 + rng.Float64()*side/8
		return Stroke(&line, w), referenceStroke(&line, w)
	}
	return p, p
}

// The fast filler and stroker paint what the reference ones do: pixels wholly inside or outside
// everything (their neighbours alike in the reference) exactly, edge pixels to within
// fillTolerance of a channel, over many random paths of every kind, both rules, opaque
// and translucent colours laid over earlier ones, at an icon's size and Sango's.
func TestFillMatchesReference(t *testing.T) {
	const fillTolerance = 2
	rng := rand.New(rand.NewPCG(4, 2))
	worst := 0
	for scene := range 60 {
		side := []int{40, 97, 520}[scene%3]
		fast, ref := NewCanvas(side, side+3), NewCanvas(side, side+3)
		for range 12 {
			var p Path
			path, refPath := randomScene(rng, &p, float64(side))
			c := color.NRGBA{uint8(rng.IntN(256)), uint8(rng.IntN(256)), uint8(rng.IntN(256)), 255}
			if rng.IntN(3) == 0 {
				c.A = uint8(rng.IntN(256))
			}
			rule := Rule(rng.IntN(2))
			if path != refPath {
				rule = NonZero // a stroke is filled so
			}
			fast.Fill(path, c, rule)
			referenceFill(ref, refPath, c, rule)
		}
		for y := range ref.H {
			for x := range ref.W {
				i := 4 * (y*ref.W + x)
				for k := range 4 {
					d := int(fast.Pix[i+k]) - int(ref.Pix[i+k])
					d = max(d, -d)
					worst = max(worst, d)
					if d > fillTolerance || d != 0 && !edgePixel(ref, x, y) {
						t.Fatalf("scene %d: pixel (%d, %d) is %v, the reference paints %v", scene, x, y, fast.Pix[i:i+4], ref.Pix[i:i+4])
					}
				}
			}
		}
	}
	t.Logf("largest difference from the reference: %d of 255", worst)
}

// edgePixel reports whether the pixel at (x, y) of cv differs from one of its
// neighbours: whether an edge may pass through it.
func edgePixel(cv *Canvas, x, y int) bool {
	at := func(x, y int) [4]byte {
		x, y = min(max(x, 0), cv.W-1), min(max(y, 0), cv.H-1)
		i := 4 * (y*cv.W + x)
		return [4]byte(cv.Pix[i : i+4])
	}
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if at(x+dx, y+dy) != at(x, y) {
				return true
			}
		}
	}
	return false
}

// referenceStroke is the stroker as it was before strokes became outlines: a rectangle
// per segment, a disc per end and a wedge per join, each its own polygon, so that the
// non-zero fill is their union. The outlines Stroke makes must cover the same pixels.
func referenceStroke(p *Path, width float64) *Path {
	out := &Path{}
	r := width / 2
	if !(r > 0) {
		return out
	}
	var s refStroker
	s.out, s.r = out, r
	// The angle one chord of the round parts may turn through, and its rotation.
	s.step = 2 * math.Acos(1-Flatness/r)
	if !(r > Flatness) {
		s.step = math.Pi / 2
	}
	for i := range p.subs {
		pts, closed := p.subpathPoints(i)
		s.subpath(pts, closed)
	}
	return out
}

type refStroker struct {
	out  *Path
	r    float64
	step float64
	pts  []point // the subpath without repeated points
}

func (s *refStroker) subpath(pts []point, closed bool) {
	s.pts = s.pts[:0]
	for i, q := range pts {
		if i == 0 || q != pts[i-1] {
			s.pts = append(s.pts, q)
		}
	}
	if len(s.pts) > 1 && s.pts[len(s.pts)-1] == s.pts[0] {
		s.pts = s.pts[:len(s.pts)-1]
		closed = true
	}
	n := len(s.pts)
	switch {
	case n < 2:
		// A subpath that goes nowhere draws nothing, as with Ebitengine's strokes.
		return
	case n == 2:
		closed = false // there and back along one line: one segment
	}
	segs := n - 1
	if closed {
		segs = n
	}
	for i := range segs {
		s.rect(s.pts[i], s.pts[(i+1)%n])
	}
	// Joins between consecutive segments; an open subpath's ends get caps instead.
	for i := range n {
		if !closed && (i == 0 || i == n-1) {
			s.disc(s.pts[i])
			continue
		}
		s.join(s.pts[(i+n-1)%n], s.pts[i], s.pts[(i+1)%n])
	}
}

// rect adds the rectangle of half width r along the segment from a to b.
func (s *refStroker) rect(a, b point) {
	dx, dy := b.x-a.x, b.y-a.y
	l := math.Hypot(dx, dy)
	nx, ny := -dy/l*s.r, dx/l*s.r
	s.polygon(point{a.x + nx, a.y + ny}, point{b.x + nx, b.y + ny}, point{b.x - nx, b.y - ny}, point{a.x - nx, a.y - ny})
}

// join adds the round join at b between the segments a-b and b-c: a wedge of the disc
// round b on the outer side of the turn, between the two rectangles' corners there.
func (s *refStroker) join(a, b, c point) {
	d1x, d1y := b.x-a.x, b.y-a.y
	d2x, d2y := c.x-b.x, c.y-b.y
	l1, l2 := math.Hypot(d1x, d1y), math.Hypot(d2x, d2y)
	cross := d1x*d2y - d1y*d2x
	dot := d1x*d2x + d1y*d2y
	if cross == 0 && dot >= 0 {
		return // straight on: the rectangles meet edge to edge
	}
	// The rectangles' normals at b, on the outer side: away from the way the path turns.
	side := -1.0
	if cross < 0 {
		side = 1
	}
	n1x, n1y := -d1y/l1*s.r*side, d1x/l1*s.r*side
	n2x, n2y := -d2y/l2*s.r*side, d2x/l2*s.r*side
	turn := math.Atan2(math.Abs(cross), dot) // 0 to π
	steps := max(1, int(math.Ceil(turn/s.step)))
	// Rotate n1 towards n2 a step at a time: by -side, which is the way the path turns.
	st := turn / float64(steps) * -side
	cs, sn := math.Cos(st), math.Sin(st)
	s.out.MoveTo(b.x, b.y)
	s.out.LineTo(b.x+n1x, b.y+n1y)
	// The corners between the rectangles' go out a little, see chordRadius.
	k := chordRadius(s.r, math.Abs(st)) / s.r
	vx, vy := n1x*k, n1y*k
	for range steps - 1 {
		vx, vy = vx*cs-vy*sn, vx*sn+vy*cs
		s.out.LineTo(b.x+vx, b.y+vy)
	}
	s.out.LineTo(b.x+n2x, b.y+n2y)
	s.orient()
}

// disc adds the disc of radius r round c.
func (s *refStroker) disc(c point) {
	steps := max(4, int(math.Ceil(2*math.Pi/s.step)))
	st := 2 * math.Pi / float64(steps)
	cs, sn := math.Cos(st), math.Sin(st)
	vx, vy := chordRadius(s.r, st), 0.0
	s.out.MoveTo(c.x+vx, c.y)
	for range steps - 1 {
		vx, vy = vx*cs-vy*sn, vx*sn+vy*cs
		s.out.LineTo(c.x+vx, c.y+vy)
	}
	s.orient()
}

func (s *refStroker) polygon(pts ...point) {
	s.out.MoveTo(pts[0].x, pts[0].y)
	for _, q := range pts[1:] {
		s.out.LineTo(q.x, q.y)
	}
	s.orient()
}

// orient closes the last polygon added and turns it round if it runs the other way
// from the rest: every piece of a stroke must wind positively (clockwise on screen).
func (s *refStroker) orient() {
	s.out.Close()
	pts, _ := s.out.subpathPoints(len(s.out.subs) - 1)
	area := 0.0
	for i, a := range pts {
		b := pts[(i+1)%len(pts)]
		area += a.x*b.y - b.x*a.y
	}
	if area < 0 {
		for i, j := 0, len(pts)-1; i < j; i, j = i+1, j-1 {
			pts[i], pts[j] = pts[j], pts[i]
		}
	}
}
