package raster

import "math"

// Stroke returns the outline of a line of the given width along every subpath of p,
// with round caps and round joins, to be filled with the non-zero rule.
//
// Such a stroke is every point within width/2 of the path. Along a stretch where the
// path bends gently, that is one band: its edge on the outer side of each bend goes
// round the corner on an arc, and on the inner side through the point where the two
// segments' edges meet. Where a bend is too sharp for that (the inner edges would
// cross before they meet), the band stops with a square end, and a wedge of a disc
// fills the outer side of the corner, as a disc rounds each open end. Every band,
// wedge and disc is its own polygon, all turning the same way round, so that where they
// overlap the winding count only grows and the non-zero fill is exactly their union,
// with no offset curves to intersect. Bands keep that union to few edges, where a
// rectangle per segment and a wedge per corner made a curve's stroke a pile of
// overlapping pieces: every edge costs the filler on every sub-row it spans.
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
	// The two edges of the band being built, left and right of the path.
	left, right []point
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
	if closed {
		// Go round from a sharp corner, where a band would stop anyway (or from the
		// first point if none is), back to it, which is joined by a wedge.
		first := 0
		for i := range n {
			if !s.smooth(s.pts[(i+n-1)%n], s.pts[i], s.pts[(i+1)%n]) {
				first = i
				break
			}
		}
		s.pts = append(s.pts, s.pts[:first+1]...)[first:]
		s.join(s.pts[n-1], s.pts[0], s.pts[1])
		n++
	} else {
		s.disc(s.pts[0])
		s.disc(s.pts[n-1])
	}
	// Bands from sharp corner to sharp corner.
	start := 0
	for i := 1; i < n; i++ {
		if i == n-1 || !s.smooth(s.pts[i-1], s.pts[i], s.pts[i+1]) {
			s.band(s.pts[start : i+1])
			if i < n-1 {
				s.join(s.pts[i-1], s.pts[i], s.pts[i+1])
			}
			start = i
		}
	}
}

// smooth reports whether a band can go on round the corner at b, from a to c: whether
// the inner edges of the two segments meet within half of each segment's length, so
// that they meet before the next corner's do. That holds where the path bends less
// tightly than the band is wide, as along most curves.
func (s *stroker) smooth(a, b, c point) bool {
	d1x, d1y := b.x-a.x, b.y-a.y
	d2x, d2y := c.x-b.x, c.y-b.y
	l1, l2 := math.Hypot(d1x, d1y), math.Hypot(d2x, d2y)
	dot := d1x*d2x + d1y*d2y
	if !(dot > 0) {
		return false // a right angle or sharper
	}
	// The inner edges meet r·tan(turn/2) short of the corner along each segment.
	cut := s.r * math.Abs(d1x*d2y-d1y*d2x) / (l1*l2 + dot)
	return 2*cut <= min(l1, l2)
}

// band adds the band of half width r along pts, square at both ends, turning round
// its corners as the path does: outside on an arc, inside where the edges meet. Every
// corner of pts must be smooth.
func (s *stroker) band(pts []point) {
	s.left, s.right = s.left[:0], s.right[:0]
	last := len(pts) - 1
	for i, b := range pts {
		a, c := b, b // the band's ends have only one segment
		if i > 0 {
			a = pts[i-1]
		}
		if i < last {
			c = pts[i+1]
		}
		s.left = s.bandEdge(s.left, a, b, c, 1)
		s.right = s.bandEdge(s.right, a, b, c, -1)
	}
	s.out.MoveTo(s.left[0].x, s.left[0].y)
	for _, q := range s.left[1:] {
		s.out.LineTo(q.x, q.y)
	}
	for i := len(s.right) - 1; i >= 0; i-- {
		s.out.LineTo(s.right[i].x, s.right[i].y)
	}
	s.orient()
}

// bandEdge appends to edge the points of one edge of a band (side 1 for the left,
// -1 for the right, looking along the path) at b, coming from a and going on to c;
// a is b at the band's start and c is b at its end.
func (s *stroker) bandEdge(edge []point, a, b, c point, side float64) []point {
	// The normals, r long, of the segments on this side.
	normal := func(p, q point) (float64, float64) {
		dx, dy := q.x-p.x, q.y-p.y
		l := math.Hypot(dx, dy) / (s.r * side)
		return -dy / l, dx / l
	}
	if a == b {
		a = point{2*b.x - c.x, 2*b.y - c.y}
	} else if b == c {
		c = point{2*b.x - a.x, 2*b.y - a.y}
	}
	n1x, n1y := normal(a, b)
	n2x, n2y := normal(b, c)
	cross := (b.x-a.x)*(c.y-b.y) - (b.y-a.y)*(c.x-b.x)
	dot := (b.x-a.x)*(c.x-b.x) + (b.y-a.y)*(c.y-b.y)
	if cross == 0 && dot >= 0 {
		return append(edge, point{b.x + n1x, b.y + n1y}) // straight on
	}
	if (cross < 0) != (side > 0) {
		// The inner side (never of a turn right back, as bands have no such corner,
		// and join asks for the outer side): where the two edges meet.
		k := s.r * s.r / (s.r*s.r + n1x*n2x + n1y*n2y)
		return append(edge, point{b.x + (n1x+n2x)*k, b.y + (n1y+n2y)*k})
	}
	// The outer side: round the corner on an arc, as join does, turning the normal
	// the way the path turns.
	turn := math.Atan2(math.Abs(cross), dot)
	steps := max(1, int(math.Ceil(turn/s.step)))
	st := turn / float64(steps)
	if cross < 0 {
		st = -st
	}
	cs, sn := math.Cos(st), math.Sin(st)
	edge = append(edge, point{b.x + n1x, b.y + n1y})
	k := chordRadius(s.r, math.Abs(st)) / s.r
	vx, vy := n1x*k, n1y*k
	for range steps - 1 {
		vx, vy = vx*cs-vy*sn, vx*sn+vy*cs
		edge = append(edge, point{b.x + vx, b.y + vy})
	}
	return append(edge, point{b.x + n2x, b.y + n2y})
}

// join adds the round join at b between the segments a-b and b-c: a wedge of the disc
// round b on the outer side of the turn, between the two bands' corners there.
func (s *stroker) join(a, b, c point) {
	cross := (b.x-a.x)*(c.y-b.y) - (b.y-a.y)*(c.x-b.x)
	// The outer side is away from the way the path turns; turning right back, either.
	side := -1.0
	if cross < 0 {
		side = 1
	}
	s.left = s.bandEdge(s.left[:0], a, b, c, side)
	if len(s.left) < 2 {
		return // straight on: the bands meet edge to edge
	}
	s.out.MoveTo(b.x, b.y)
	for _, q := range s.left {
		s.out.LineTo(q.x, q.y)
	}
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
