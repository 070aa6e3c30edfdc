package raster

import "math"

// Stroke returns the outline of a line of the given width along every subpath of p,
// with round caps and round joins, to be filled with the non-zero rule.
//
// Such a stroke is every point within width/2 of the path, which is the union of, for
// each segment, a rectangle along it, for each open end a disc, and for each join the
// wedge of a disc between the two segments' rectangles on the outer side. Stroke emits
// each of these pieces as its own polygon, all turning the same way round, so that where
// they overlap the winding count only grows and the non-zero fill is exactly their
// union, with no offset curves to intersect.
func Stroke(p *Path, width float64) *Path {
	out := &Path{}
	r := width / 2
	if !(r > 0) {
		return out
	}
	var s stroker
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

type stroker struct {
	out  *Path
	r    float64
	step float64
	pts  []point // the subpath without repeated points
}

func (s *stroker) subpath(pts []point, closed bool) {
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
func (s *stroker) rect(a, b point) {
	dx, dy := b.x-a.x, b.y-a.y
	l := math.Hypot(dx, dy)
	nx, ny := -dy/l*s.r, dx/l*s.r
	s.polygon(point{a.x + nx, a.y + ny}, point{b.x + nx, b.y + ny}, point{b.x - nx, b.y - ny}, point{a.x - nx, a.y - ny})
}

// join adds the round join at b between the segments a-b and b-c: a wedge of the disc
// round b on the outer side of the turn, between the two rectangles' corners there.
func (s *stroker) join(a, b, c point) {
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
func (s *stroker) disc(c point) {
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

func (s *stroker) polygon(pts ...point) {
	s.out.MoveTo(pts[0].x, pts[0].y)
	for _, q := range pts[1:] {
		s.out.LineTo(q.x, q.y)
	}
	s.orient()
}

// orient closes the last polygon added and turns it round if it runs the other way
// from the rest: every piece of a stroke must wind positively (clockwise on screen).
func (s *stroker) orient() {
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
