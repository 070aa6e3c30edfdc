package raster

import (
	"image/color"
	"math"
	"slices"
)

// Rule says which points a path's subpaths enclose.
type Rule int

const (
	// NonZero fills where the subpaths wind round a point at all: overlaps stay
	// filled, and a subpath traced the other way round inside another cuts a hole.
	NonZero Rule = iota
	// EvenOdd fills where a point is inside an odd number of subpaths: a subpath
	// inside another cuts a hole whichever way it runs.
	EvenOdd
)

// samplesY is how many sub-rows each pixel row is sampled at: eight levels of coverage
// along near-horizontal edges, as many as Ebitengine's antialiasing samples (sixteen
// looked no better). Along each sub-row, coverage is exact.
const samplesY = 8

// coordLimit bounds coordinates, so that a point far off the canvas (or infinite) can
// neither overflow an index nor turn a slope into NaN; clamping it moves an edge by no
// visible amount where it crosses the canvas.
const coordLimit = 1 << 24

// Canvas is a premultiplied RGBA picture being painted, with scratch space reused from
// path to path. Pix is laid out as ebiten.Image.WritePixels takes it.
type Canvas struct {
	W, H int
	Pix  []byte

	edges  []edge
	active []int32 // indices into edges
	// byRow lists edge indices by the row they start in, rowStart[r] where row r's
	// begin; fillAt is scratch for building them.
	byRow, rowStart, fillAt []int32
	cross                   []crossing
	// later holds the active edges that start below the sub-row being filled; pairs
	// the crossings, or on a steady row the edges, that bound the spans inside.
	later, pairs []int32
	// touched marks the tiles of the row (tile pixels each) where a span starts or
	// ends: between those, coverage is the same from pixel to pixel.
	touched []bool
	// left and right bound the pixels the row's spans touched.
	left, right int
	// The coverage of the row being filled: cover holds what spans add to single
	// pixels, run what they add to every pixel from one index on (a difference array,
	// so a long span costs no more than a short one). One longer than a row.
	cover, run []float32
}

// edge is one segment of a polygon going down (y0 < y1); dir is +1 when the polygon
// runs down along it and -1 when it runs up, for the winding count.
type edge struct {
	x0, y0, y1, dxdy float64
	dir              int
}

type crossing struct {
	x         float64
	edge, dir int32
}

// NewCanvas returns a transparent canvas of w by h pixels.
func NewCanvas(w, h int) *Canvas {
	w, h = max(w, 0), max(h, 0)
	return &Canvas{W: w, H: h, Pix: make([]byte, 4*w*h), cover: make([]float32, w+1), run: make([]float32, w+1), touched: make([]bool, w/tile+1)}
}

// Fill paints the inside of p, closing every subpath, in colour c (laid over what is
// there) by the given rule, antialiased by the area each pixel has inside.
func (cv *Canvas) Fill(p *Path, c color.Color, rule Rule) {
	cv.edges = cv.edges[:0]
	ymin, ymax := math.Inf(1), math.Inf(-1)
	for i := range p.subs {
		pts, _ := p.subpathPoints(i)
		for k, a := range pts {
			b := pts[0]
			if k+1 < len(pts) {
				b = pts[k+1]
			}
			if y0, y1, ok := cv.addEdge(a.x, a.y, b.x, b.y); ok {
				ymin, ymax = min(ymin, y0), max(ymax, y1)
			}
		}
	}
	if len(cv.edges) == 0 || cv.W == 0 {
		return
	}
	r, g, b, a := c.RGBA() // premultiplied, 16 bits
	if a == 0 {
		return
	}
	src := [4]float32{float32(r) / 0xffff, float32(g) / 0xffff, float32(b) / 0xffff, float32(a) / 0xffff}

	y0 := max(0, int(math.Floor(ymin)))
	y1 := min(cv.H, int(math.Ceil(ymax)))
	if y1 <= y0 {
		return
	}
	// Edges by the row they start in (a counting sort, cheaper than sorting by y), so
	// each row takes on only the edges that begin there.
	rows := y1 - y0
	cv.rowStart = slices.Grow(cv.rowStart[:0], rows+1)[:rows+1]
	clear(cv.rowStart)
	row := func(e *edge) int { return min(max(int(e.y0)-y0, 0), rows-1) }
	for i := range cv.edges {
		cv.rowStart[row(&cv.edges[i])+1]++
	}
	for r := range rows {
		cv.rowStart[r+1] += cv.rowStart[r]
	}
	cv.byRow = slices.Grow(cv.byRow[:0], len(cv.edges))[:len(cv.edges)]
	fill := slices.Grow(cv.fillAt[:0], rows)[:rows]
	copy(fill, cv.rowStart[:rows])
	for i := range cv.edges {
		r := row(&cv.edges[i])
		cv.byRow[fill[r]] = int32(i)
		fill[r]++
	}
	cv.fillAt = fill

	mask := -1 // winding counts that are inside: any but zero
	if rule == EvenOdd {
		mask = 1 // odd ones
	}
	// These loops run for every sub-row of every path, so they keep to plain
	// comparisons and indices: in WebAssembly, float min and max are calls, generic
	// sorts go through a dictionary, and storing pointers costs a write barrier.
	cv.active = cv.active[:0]
	for y := y0; y < y1; y++ {
		cv.active = append(cv.active, cv.byRow[cv.rowStart[y-y0]:cv.rowStart[y-y0+1]]...)
		cv.left, cv.right = cv.W, 0
		if !cv.steadyRow(y, mask) {
			for s := range samplesY {
				cv.subRow(float64(y)+(float64(s)+0.5)/samplesY, mask)
			}
		}
		if cv.left < cv.right {
			cv.composite(y, cv.left, cv.right, src)
		}
	}
}

// steadyRow fills row y's coverage, and reports true, when every edge crossing any of
// its sub-rows crosses all of them and no two cross each other in between: then the
// edges that bound the inside are the same on every sub-row, found once, and each
// sub-row only places those. That is nearly every row of a large shape.
func (cv *Canvas) steadyRow(y int, mask int) bool {
	first := float64(y) + 0.5/samplesY
	last := float64(y) + (samplesY-0.5)/samplesY
	kept, steady := cv.active[:0], true
	for _, i := range cv.active {
		e := &cv.edges[i]
		if e.y1 <= first {
			continue // ended above this row's sub-rows
		}
		kept = append(kept, i)
		if e.y0 > first || e.y1 <= last {
			steady = false
		}
	}
	cv.active = kept
	if !steady {
		return false
	}
	cv.sortCrossings(first)
	// Straight edges in the same order on the first and last sub-row are in that
	// order on every sub-row between.
	prev := math.Inf(-1)
	for _, c := range cv.cross {
		e := &cv.edges[c.edge]
		x := e.x0 + (last-e.y0)*e.dxdy
		if x < prev {
			return false
		}
		prev = x
	}
	// The spans inside, as pairs of edges.
	cv.insideSpans(mask)
	for k, c := range cv.pairs {
		cv.pairs[k] = cv.cross[c].edge
	}
	for s := range samplesY {
		sy := float64(y) + (float64(s)+0.5)/samplesY
		for k := 0; k+1 < len(cv.pairs); k += 2 {
			a, b := &cv.edges[cv.pairs[k]], &cv.edges[cv.pairs[k+1]]
			cv.span(a.x0+(sy-a.y0)*a.dxdy, b.x0+(sy-b.y0)*b.dxdy)
		}
	}
	return true
}

// subRow adds the spans inside on the sub-row at sy to the row's coverage.
func (cv *Canvas) subRow(sy float64, mask int) {
	// Edges that end above sy are done with; those that start below it wait.
	kept := cv.active[:0]
	cv.later = cv.later[:0]
	for _, i := range cv.active {
		e := &cv.edges[i]
		switch {
		case e.y1 <= sy:
		case e.y0 > sy:
			cv.later = append(cv.later, i)
		default:
			kept = append(kept, i)
		}
	}
	cv.active = kept
	cv.sortCrossings(sy)
	cv.active = append(cv.active, cv.later...)
	cv.insideSpans(mask)
	for k := 0; k+1 < len(cv.pairs); k += 2 {
		cv.span(cv.cross[cv.pairs[k]].x, cv.cross[cv.pairs[k+1]].x)
	}
}

// insideSpans fills pairs with the crossings (indices into cross, which is sorted) that
// open and close each span inside the path, by the winding rule's mask.
func (cv *Canvas) insideSpans(mask int) {
	cv.pairs = cv.pairs[:0]
	winding, start := 0, int32(0)
	for k, c := range cv.cross {
		was := winding&mask != 0
		winding += int(c.dir)
		now := winding&mask != 0
		switch {
		case !was && now:
			start = int32(k)
		case was && !now:
			cv.pairs = append(cv.pairs, start, int32(k))
		}
	}
}

// sortCrossings puts where every active edge crosses the sub-row at sy into cross,
// sorted by x, and leaves the active edges in that order. They were in their order on
// the sub-row before, which changes only where edges cross, so the insertion sort
// moves few of them.
func (cv *Canvas) sortCrossings(sy float64) {
	cv.cross = cv.cross[:0]
	for _, i := range cv.active {
		e := &cv.edges[i]
		c := crossing{e.x0 + (sy-e.y0)*e.dxdy, i, int32(e.dir)}
		j := len(cv.cross)
		cv.cross = append(cv.cross, c)
		for j > 0 && cv.cross[j-1].x > c.x {
			cv.cross[j] = cv.cross[j-1]
			j--
		}
		cv.cross[j] = c
	}
	for k, c := range cv.cross {
		cv.active[k] = c.edge
	}
}

// addEdge adds the segment from (x0, y0) to (x1, y1) unless it is horizontal (it
// crosses no sub-row), lies wholly above or below the canvas, or has a coordinate that
// is not a number. It returns the segment's top and bottom.
func (cv *Canvas) addEdge(x0, y0, x1, y1 float64) (top, bottom float64, ok bool) {
	if x0 != x0 || y0 != y0 || x1 != x1 || y1 != y1 {
		return 0, 0, false // NaN
	}
	x0, y0, x1, y1 = clampCoord(x0), clampCoord(y0), clampCoord(x1), clampCoord(y1)
	if y0 == y1 {
		return 0, 0, false
	}
	dir := 1
	if y0 > y1 {
		x0, y0, x1, y1 = x1, y1, x0, y0
		dir = -1
	}
	if y1 <= 0 || y0 >= float64(cv.H) {
		return 0, 0, false
	}
	cv.edges = append(cv.edges, edge{x0: x0, y0: y0, y1: y1, dxdy: (x1 - x0) / (y1 - y0), dir: dir})
	return y0, y1, true
}

func clampCoord(v float64) float64 {
	if v < -coordLimit {
		return -coordLimit
	}
	if v > coordLimit {
		return coordLimit
	}
	return v
}

// span adds the horizontal span [xa, xb) of one sub-row to the row's coverage, exactly:
// pixels it covers in part get the covered fraction.
func (cv *Canvas) span(xa, xb float64) {
	const wgt = 1.0 / samplesY
	w := float64(cv.W)
	if xa < 0 {
		xa = 0
	} else if xa > w {
		xa = w
	}
	if xb < 0 {
		xb = 0
	} else if xb > w {
		xb = w
	}
	if xb <= xa {
		return
	}
	ia, ib := int(xa), int(xb)
	if ia < cv.left {
		cv.left = ia
	}
	cv.touched[ia/tile] = true
	if ia == ib {
		cv.cover[ia] += float32((xb - xa) * wgt)
		if ia >= cv.right {
			cv.right = ia + 1
		}
		return
	}
	cv.cover[ia] += float32((float64(ia+1) - xa) * wgt)
	cv.run[ia+1] += wgt
	cv.run[ib] -= wgt
	cv.touched[(ia+1)/tile] = true
	cv.touched[ib/tile] = true
	if ib < cv.W {
		cv.cover[ib] += float32((xb - float64(ib)) * wgt)
		ib++
	}
	if ib > cv.right {
		cv.right = ib
	}
}

// tile is how many pixels of a row touched marks together.
const tile = 16

// composite lays the colour over pixels left to right of row y by their coverage,
// and clears the coverage for the next row. Tiles no span starts or ends in have the
// same coverage throughout: nothing, skipped, or all of an opaque colour (as nearly
// all of Sango's are), filled in one go. So the gaps between a path's parts, and the
// insides of large shapes, cost little.
func (cv *Canvas) composite(y, left, right int, src [4]float32) {
	row := cv.Pix[4*y*cv.W : 4*(y+1)*cv.W]
	solid := [4]int32{int32(src[0]*255 + 0.5), int32(src[1]*255 + 0.5), int32(src[2]*255 + 0.5), int32(src[3]*255 + 0.5)}
	whole := [4]byte{uint8(solid[0]), uint8(solid[1]), uint8(solid[2]), 255}
	var acc float32
	for x := left; x < right; {
		t := x / tile
		end := min((t+1)*tile, right)
		if cv.touched[t] {
			cv.touched[t] = false
			acc = cv.blend(row, x, end, acc, src, solid)
			x = end
			continue
		}
		// Untouched tiles that follow have the same coverage: take them together.
		for end < right && !cv.touched[end/tile] {
			end = min(end+tile, right)
		}
		switch {
		case acc <= 0:
		case acc >= 1 && src[3] == 1:
			fillPixels(row[4*x:4*end], whole)
		default:
			acc = cv.blend(row, x, end, acc, src, solid)
		}
		x = end
	}
	cv.touched[right/tile] = false // a span ending at the right edge marks past it
	clear(cv.cover[left:right])
	clear(cv.run[left : right+1])
}

// blend lays the colour over the pixels from x0 up to x1 of row by their coverage, acc
// being the coverage that runs on from the pixels before, and returns it at x1.
// Pixels are read and written as [4]byte, one memory access in WebAssembly rather than
// four.
func (cv *Canvas) blend(row []byte, x0, x1 int, acc float32, src [4]float32, solid [4]int32) float32 {
	if x1 <= x0 {
		return acc
	}
	cover := cv.cover[x0:x1]
	run := cv.run[x0 : x0+len(cover)]
	row = row[4*x0 : 4*x1]
	opaque := src[3] == 1
	whole := [4]byte{uint8(solid[0]), uint8(solid[1]), uint8(solid[2]), 255}
	for i := range cover {
		acc += run[i]
		c := cover[i] + acc
		if c <= 0 {
			continue
		}
		p := (*[4]byte)(row[4*i:])
		if opaque {
			if c >= 1 {
				*p = whole
				continue
			}
			// Coverage in 256ths: the colour in, what was there out.
			in := int32(c*256 + 0.5)
			out := 256 - in
			q := *p
			*p = [4]byte{
				uint8((int32(q[0])*out + solid[0]*in + 128) >> 8),
				uint8((int32(q[1])*out + solid[1]*in + 128) >> 8),
				uint8((int32(q[2])*out + solid[2]*in + 128) >> 8),
				uint8((int32(q[3])*out + 255*in + 128) >> 8),
			}
			continue
		}
		if c > 1 {
			c = 1
		}
		keep := 1 - src[3]*c
		for k := range 4 {
			v := float32(p[k])*keep + src[k]*c*255 + 0.5
			if v > 255 {
				v = 255
			}
			p[k] = uint8(v)
		}
	}
	return acc
}

// fillPixels sets every pixel of row to px, doubling what it has copied so far: a few
// copies of memory however long the row, where WebAssembly copies in bulk.
func fillPixels(row []byte, px [4]byte) {
	if len(row) < 4 {
		return
	}
	*(*[4]byte)(row) = px
	for n := 4; n < len(row); n *= 2 {
		copy(row[n:], row[:n])
	}
}
