package sango

import (
	"image/color"
	"math"
	"slices"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// Sango's pictures are rasterised here, on the CPU, and uploaded once. Ebitengine's
// vector package fills each path on the GPU through a stencil, in several draw calls; a
// software renderer (SwiftShader in a browser without a GPU, Mesa's llvmpipe) pays for
// every call, and the mascot's thirty-odd paths cost headless Chromium's GPU process
// about 0.4 s of CPU time in the game's first frame. Filling the same polygons here
// takes about 1.5 ms natively at 300 px, a few times that in WebAssembly.
//
// Paths are built with Ebitengine's vector.Path, so its strokes (AddStroke) and curve
// flattening give the same outlines as before; they are filled with the non-zero rule,
// as vector.FillPath fills them, with samplesY sub-rows per pixel row and exact
// horizontal coverage within each sub-row.

// pathScale is how many path units make a pixel. Paths are built this much larger than
// the picture so that Ebitengine's flattening of curves, which stops within a quarter of
// a unit of the curve, follows them to within a sixteenth of a pixel.
const pathScale = 4

// samplesY is how many sub-rows each pixel row is sampled at: eight levels of coverage
// along near-horizontal edges, as many as Ebitengine's antialiasing samples (sixteen
// looked no better, and made the pictures further from the stenciled ones).
const samplesY = 8

// canvas is a premultiplied RGBA picture being painted, with scratch space reused from
// path to path.
type canvas struct {
	w, h int
	pix  []byte // premultiplied RGBA, as ebiten.Image.WritePixels takes it

	verts  []ebiten.Vertex
	idx    []uint16
	edges  []edge
	active []int32 // indices into edges
	// byRow lists edge indices by the row they start in, rowStart[r] where row r's
	// begin; fillAt is scratch for building them.
	byRow, rowStart, fillAt []int32
	cross                   []crossing
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
	x   float64
	dir int
}

func newCanvas(w, h int) *canvas {
	return &canvas{w: w, h: h, pix: make([]byte, 4*w*h), cover: make([]float32, w+1), run: make([]float32, w+1)}
}

// fill paints path, in pixels times pathScale, in colour c with the non-zero rule.
func (cv *canvas) fill(path *vector.Path, c color.Color) {
	// Deprecated in favour of vector.FillPath, which draws on the GPU; it is still the
	// only way to read back a path's flattened outline, each subpath a fan of triangles
	// around its first point.
	cv.verts, cv.idx = path.AppendVerticesAndIndicesForFilling(cv.verts[:0], cv.idx[:0])
	cv.edges = cv.edges[:0]
	ymin, ymax := math.Inf(1), math.Inf(-1)
	for i := 0; i < len(cv.idx); {
		// The triangles of one subpath all start at its first vertex.
		base := cv.idx[i]
		last := base
		for i < len(cv.idx) && cv.idx[i] == base {
			last = cv.idx[i+2]
			i += 3
		}
		// In int, not uint16: a subpath ending at index 65535 would otherwise wrap
		// around and never end.
		for k := int(base); k <= int(last); k++ {
			next := k + 1
			if k == int(last) {
				next = int(base)
			}
			a, b := cv.verts[k], cv.verts[next]
			ax, ay := float64(a.DstX)/pathScale, float64(a.DstY)/pathScale
			cv.addEdge(ax, ay, float64(b.DstX)/pathScale, float64(b.DstY)/pathScale)
			if ay < ymin {
				ymin = ay
			}
			if ay > ymax {
				ymax = ay
			}
		}
	}
	if len(cv.edges) == 0 {
		return
	}
	r, g, b, a := c.RGBA() // premultiplied, 16 bits
	src := [4]float32{float32(r) / 0xffff, float32(g) / 0xffff, float32(b) / 0xffff, float32(a) / 0xffff}

	y0 := max(0, int(math.Floor(ymin)))
	y1 := min(cv.h, int(math.Ceil(ymax)))
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

	// This loop runs for every sub-row of every path, so it keeps to plain
	// comparisons and indices: in WebAssembly, float min and max are calls, generic
	// sorts go through a dictionary, and storing pointers costs a write barrier.
	cv.active = cv.active[:0]
	for y := y0; y < y1; y++ {
		cv.active = append(cv.active, cv.byRow[cv.rowStart[y-y0]:cv.rowStart[y-y0+1]]...)
		left, right := cv.w, 0
		for s := range samplesY {
			sy := float64(y) + (float64(s)+0.5)/samplesY
			cv.cross = cv.cross[:0]
			kept := cv.active[:0]
			for _, i := range cv.active {
				e := &cv.edges[i]
				if e.y1 <= sy {
					continue
				}
				kept = append(kept, i)
				if e.y0 > sy {
					// Starts further down this row.
					continue
				}
				// Insertion sort by x: a sub-row crosses a handful of edges.
				c := crossing{e.x0 + (sy-e.y0)*e.dxdy, e.dir}
				j := len(cv.cross)
				cv.cross = append(cv.cross, c)
				for j > 0 && cv.cross[j-1].x > c.x {
					cv.cross[j] = cv.cross[j-1]
					j--
				}
				cv.cross[j] = c
			}
			cv.active = kept
			// Where the winding count is not zero, the sub-row is inside.
			winding, start := 0, 0.0
			for _, c := range cv.cross {
				was := winding
				winding += c.dir
				switch {
				case was == 0 && winding != 0:
					start = c.x
				case was != 0 && winding == 0:
					if l, r := cv.span(start, c.x); l < r {
						if l < left {
							left = l
						}
						if r > right {
							right = r
						}
					}
				}
			}
		}
		if left < right {
			cv.composite(y, left, right, src)
			cv.run[right] = 0
		}
	}
}

func (cv *canvas) addEdge(x0, y0, x1, y1 float64) {
	if y0 == y1 {
		return
	}
	dir := 1
	if y0 > y1 {
		x0, y0, x1, y1 = x1, y1, x0, y0
		dir = -1
	}
	cv.edges = append(cv.edges, edge{x0: x0, y0: y0, y1: y1, dxdy: (x1 - x0) / (y1 - y0), dir: dir})
}

// span adds the horizontal span [xa, xb) of one sub-row to the row's coverage, exactly:
// pixels it covers in part get the covered fraction. It returns the pixels it touched.
func (cv *canvas) span(xa, xb float64) (int, int) {
	const wgt = 1.0 / samplesY
	w := float64(cv.w)
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
		return cv.w, 0
	}
	ia, ib := int(xa), int(xb)
	if ia == ib {
		cv.cover[ia] += float32((xb - xa) * wgt)
		return ia, ia + 1
	}
	cv.cover[ia] += float32((float64(ia+1) - xa) * wgt)
	cv.run[ia+1] += wgt
	cv.run[ib] -= wgt
	if ib < cv.w {
		cv.cover[ib] += float32((xb - float64(ib)) * wgt)
	}
	return ia, min(ib+1, cv.w)
}

// composite lays the colour over pixels left to right of row y by their coverage,
// and clears the coverage for the next row. Opaque colours, nearly all of Sango's, blend
// in integers, which WebAssembly does faster than floats.
func (cv *canvas) composite(y, left, right int, src [4]float32) {
	row := cv.pix[4*y*cv.w:]
	opaque := src[3] == 1
	solid := [4]int32{int32(src[0]*255 + 0.5), int32(src[1]*255 + 0.5), int32(src[2]*255 + 0.5), int32(src[3]*255 + 0.5)}
	var acc float32
	for x := left; x < right; x++ {
		acc += cv.run[x]
		c := cv.cover[x] + acc
		cv.cover[x], cv.run[x] = 0, 0
		if c <= 0 {
			continue
		}
		p := row[4*x : 4*x+4 : 4*x+4]
		if opaque {
			if c >= 1 {
				// Most pixels of a shape are wholly inside it.
				p[0], p[1], p[2], p[3] = uint8(solid[0]), uint8(solid[1]), uint8(solid[2]), 255
				continue
			}
			// Coverage in 256ths: the colour in, what was there out.
			in := int32(c*256 + 0.5)
			out := 256 - in
			p[0] = uint8((int32(p[0])*out + solid[0]*in + 128) >> 8)
			p[1] = uint8((int32(p[1])*out + solid[1]*in + 128) >> 8)
			p[2] = uint8((int32(p[2])*out + solid[2]*in + 128) >> 8)
			p[3] = uint8((int32(p[3])*out + 255*in + 128) >> 8)
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
}
