// Package geom holds the rectangle arithmetic layouts are built from. Layouts are computed
// left-to-right and mirrored as a whole for right-to-left languages, so no scene carries
// two versions of its geometry.
package geom

// Rect is an axis-aligned rectangle in screen pixels.
type Rect struct{ X, Y, W, H float64 }

// Contains reports whether (x, y) is inside r.
func (r Rect) Contains(x, y float64) bool {
	return x >= r.X && x < r.X+r.W && y >= r.Y && y < r.Y+r.H
}

// Center returns the middle of r.
func (r Rect) Center() (float64, float64) { return r.X + r.W/2, r.Y + r.H/2 }

// Inset shrinks r by d on every side.
func (r Rect) Inset(d float64) Rect {
	out := Rect{r.X + d, r.Y + d, r.W - 2*d, r.H - 2*d}
	if out.W < 0 {
		out.W = 0
	}
	if out.H < 0 {
		out.H = 0
	}
	return out
}

// Right and Bottom are the far edges.
func (r Rect) Right() float64  { return r.X + r.W }
func (r Rect) Bottom() float64 { return r.Y + r.H }

// Mirror reflects r across the vertical centre line of a screen width wide.
func (r Rect) Mirror(width float64) Rect {
	r.X = width - r.X - r.W
	return r
}

// SplitTop cuts h off the top of r and returns the cut piece and the rest below it.
func (r Rect) SplitTop(h float64) (Rect, Rect) {
	if h > r.H {
		h = r.H
	}
	return Rect{r.X, r.Y, r.W, h}, Rect{r.X, r.Y + h, r.W, r.H - h}
}

// SplitLeft cuts w off the left of r and returns the cut piece and the rest to its right.
func (r Rect) SplitLeft(w float64) (Rect, Rect) {
	if w > r.W {
		w = r.W
	}
	return Rect{r.X, r.Y, w, r.H}, Rect{r.X + w, r.Y, r.W - w, r.H}
}
