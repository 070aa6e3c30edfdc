package sango

import (
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"sango/game/ui/gputest"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/ebitenutil"
)

// allPosesList lists every pose in order.
func allPosesList() []Pose { return []Pose{Idle, Talking, Happy, Concerned} }

func TestPoseString(t *testing.T) {
	want := map[Pose]string{Idle: "idle", Talking: "talking", Happy: "happy", Concerned: "concerned"}
	for p, s := range want {
		if got := p.String(); got != s {
			t.Errorf("%d.String() = %q, want %q", int(p), got, s)
		}
	}
	if got := Pose(42).String(); got != "Pose(42)" {
		t.Errorf("Pose(42).String() = %q, want %q", got, "Pose(42)")
	}
}

func TestParsePoseRoundTrip(t *testing.T) {
	for _, p := range allPosesList() {
		got, ok := ParsePose(p.String())
		if !ok || got != p {
			t.Errorf("ParsePose(%q) = %v, %v; want %v, true", p.String(), got, ok, p)
		}
	}
	// Names come from hand-edited data files, so case and padding are forgiven.
	if got, ok := ParsePose("  Happy "); !ok || got != Happy {
		t.Errorf("ParsePose(\"  Happy \") = %v, %v; want happy, true", got, ok)
	}
	for _, s := range []string{"", "sad", "Pose(1)", "idle!"} {
		if _, ok := ParsePose(s); ok {
			t.Errorf("ParsePose(%q) accepted an unknown name", s)
		}
	}
}

// polygonArea is the area of a closed polygon, whatever its direction.
func polygonArea(pts []point) float64 {
	a := 0.0
	for i, p := range pts {
		q := pts[(i+1)%len(pts)]
		a += p.x*q.y - q.x*p.y
	}
	return math.Abs(a) / 2
}

// Growing a polygon by d must add what a round-joined stroke of width 2d adds
// outside it, and shrinking must take away what it covers inside, in either
// direction of travel and with repeated points.
func TestOffsetPolygon(t *testing.T) {
	square := []point{{0, 0}, {10, 0}, {10, 0}, {10, 10}, {0, 10}}
	reversed := []point{{0, 10}, {10, 10}, {10, 0}, {0, 0}}
	// A notched strip like a headband tail's tip: one corner points inwards.
	notched := []point{{0, 0}, {20, 0}, {16, 3}, {20, 6}, {0, 6}}
	for _, tc := range []struct {
		name string
		pts  []point
		d    float64
		want float64
		tol  float64
	}{
		// Rounded corners: the arcs are polygons, inside the true circle.
		{"square grown", square, 1, 100 + 4*10 + math.Pi, 0.05},
		{"reversed square grown", reversed, 1, 100 + 4*10 + math.Pi, 0.05},
		{"square shrunk", square, -1, 64, 1e-9},
		{"reversed square shrunk", reversed, -1, 64, 1e-9},
		{"nothing", square, 0, 100, 1e-9},
	} {
		if got := polygonArea(offsetPolygon(tc.pts, tc.d)); math.Abs(got-tc.want) > tc.tol {
			t.Errorf("%s by %v: area %.4f, want %.4f", tc.name, tc.d, got, tc.want)
		}
	}
	// The inward corner of the notch gets a sharp crossing when growing, and
	// every point of the grown outline keeps its distance d from the shape.
	grown := offsetPolygon(notched, 0.5)
	for _, q := range grown {
		if d := distToPolygon(q, notched); math.Abs(d-0.5) > 1e-6 {
			t.Errorf("grown notch point %v is %.4f from the shape, want 0.5", q, d)
		}
	}
	shrunk := offsetPolygon(notched, -0.5)
	for _, q := range shrunk {
		if d := distToPolygon(q, notched); d < 0.5-1e-6 {
			t.Errorf("shrunk notch point %v is %.4f from the edge, want at least 0.5", q, d)
		}
	}
}

// distToPolygon is the distance from q to the nearest edge of a closed polygon.
func distToPolygon(q point, pts []point) float64 {
	best := math.Inf(1)
	for i, a := range pts {
		b := pts[(i+1)%len(pts)]
		dx, dy := b.x-a.x, b.y-a.y
		t := 0.0
		if l := dx*dx + dy*dy; l > 0 {
			t = max(0, min(1, ((q.x-a.x)*dx+(q.y-a.y)*dy)/l))
		}
		best = min(best, math.Hypot(q.x-a.x-t*dx, q.y-a.y-t*dy))
	}
	return best
}

func TestAnimatedAndMouthRhythm(t *testing.T) {
	for _, p := range allPosesList() {
		if got, want := Animated(p), p == Talking; got != want {
			t.Errorf("Animated(%v) = %v, want %v", p, got, want)
		}
	}
	// The mouth must toggle every talkPeriod frames, also for negative counters.
	for f := -3 * talkPeriod; f < 3*talkPeriod; f++ {
		if mouthOpen(Talking, f) == mouthOpen(Talking, f+talkPeriod) {
			t.Errorf("talking mouth does not toggle between frames %d and %d", f, f+talkPeriod)
		}
		if f%talkPeriod != 0 && mouthOpen(Talking, f) != mouthOpen(Talking, f-1) {
			t.Errorf("talking mouth changes mid-period at frame %d", f)
		}
		if mouthOpen(Idle, f) {
			t.Errorf("idle mouth depends on frame %d", f)
		}
	}
}

// Rendering needs a GPU context, which ebiten only provides inside RunGame:
// TestRender does its work in gputest.Run.

// renderMargin is the transparent border around each box; anything drawn
// there means Sango leaked out of the box it was given.
const renderMargin = 6

type shot struct {
	w, h int // box size
	pix  []byte
	img  *ebiten.Image
}

func (s *shot) stride() int { return s.w + 2*renderMargin }

// at returns the RGBA of box-relative pixel (x, y).
func (s *shot) at(x, y int) []byte {
	i := 4 * ((y+renderMargin)*s.stride() + x + renderMargin)
	return s.pix[i : i+4]
}

func render(w, h int, pose Pose, frame int, mirror bool) *shot {
	return renderWith(Draw, 0, w, h, pose, frame, mirror)
}

// renderWith draws with draw (Draw or a Cache's Draw) into a box offset by
// frac of a pixel from the margin, so that pictures placed between pixels are
// tested too.
func renderWith(draw func(*ebiten.Image, float64, float64, float64, float64, Pose, int, bool), frac float64, w, h int, pose Pose, frame int, mirror bool) *shot {
	img := ebiten.NewImage(w+2*renderMargin, h+2*renderMargin)
	draw(img, renderMargin+frac, renderMargin+frac, float64(w)-frac, float64(h)-frac, pose, frame, mirror)
	s := &shot{w: w, h: h, img: img, pix: make([]byte, 4*(w+2*renderMargin)*(h+2*renderMargin))}
	img.ReadPixels(s.pix)
	return s
}

// coverage is the fraction of box pixels that are clearly painted.
func (s *shot) coverage() float64 {
	n := 0
	for y := range s.h {
		for x := range s.w {
			if s.at(x, y)[3] > 128 {
				n++
			}
		}
	}
	return float64(n) / float64(s.w*s.h)
}

// leaked counts painted pixels in the margin outside the box.
func (s *shot) leaked() int {
	n := 0
	H := s.h + 2*renderMargin
	for y := range H {
		for x := range s.stride() {
			inside := x >= renderMargin && x < renderMargin+s.w && y >= renderMargin && y < renderMargin+s.h
			if !inside && s.pix[4*(y*s.stride()+x)+3] != 0 {
				n++
			}
		}
	}
	return n
}

// bounds is the box-relative bounding box of painted pixels.
func (s *shot) bounds() image.Rectangle {
	r := image.Rectangle{}
	for y := range s.h {
		for x := range s.w {
			if s.at(x, y)[3] > 16 {
				r = r.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	return r
}

// diffCount counts pixels whose colour differs noticeably between a and b
// and the mean absolute channel difference. When flip is set, b is compared
// mirrored horizontally. Only pixels for which keep returns true count; a
// nil keep compares everything.
func diffCount(a, b *shot, flip bool, keep func(x, y int) bool) (count int, meanAbs float64) {
	sum, n := 0, 0
	for y := range a.h {
		for x := range a.w {
			if keep != nil && !keep(x, y) {
				continue
			}
			n++
			bx := x
			if flip {
				bx = a.w - 1 - x
			}
			pa, pb := a.at(x, y), b.at(bx, y)
			big := false
			for c := range 4 {
				d := int(pa[c]) - int(pb[c])
				if d < 0 {
					d = -d
				}
				sum += d
				if d > 40 {
					big = true
				}
			}
			if big {
				count++
			}
		}
	}
	if n == 0 {
		return 0, 0
	}
	return count, float64(sum) / float64(4*n)
}

// inBadge reports whether box-relative pixel (x, y) of a square size x size
// box lies on the headband badge (with a pixel of slack for antialiasing).
func inBadge(size, x, y int) bool {
	st := defaultStyle()
	s := float64(size) / canvasH
	ox := (float64(size) - canvasW*s) / 2
	cx, cy := ox+st.badge.x*s, st.badge.y*s
	r := st.badgeR*s + 1.5
	dx, dy := float64(x)+0.5-cx, float64(y)+0.5-cy
	return dx*dx+dy*dy <= r*r
}

func identical(a, b *shot) bool {
	if len(a.pix) != len(b.pix) {
		return false
	}
	for i := range a.pix {
		if a.pix[i] != b.pix[i] {
			return false
		}
	}
	return true
}

// renderGame holds what one render check found and wrote.
type renderGame struct {
	errorf gputest.Errorf
	out    string // the pose sheet, once written
}

func (g *renderGame) check() {
	sizes := []int{300, 60}
	shots := map[int]map[Pose]*shot{}
	for _, size := range sizes {
		shots[size] = map[Pose]*shot{}
		for _, p := range allPosesList() {
			s := render(size, size, p, 0, false)
			shots[size][p] = s
			// A standing figure on a phone-shaped canvas should fill a fair
			// part of a square box.
			if c := s.coverage(); c < 0.15 {
				g.errorf("%v at %dpx covers only %.1f%% of its box", p, size, 100*c)
			}
			if n := s.leaked(); n != 0 {
				g.errorf("%v at %dpx paints %d pixels outside its box", p, size, n)
			}
		}
		// Every pose must be recognisably different, even as a 60px icon.
		for i, a := range allPosesList() {
			for _, b := range allPosesList()[i+1:] {
				n, _ := diffCount(shots[size][a], shots[size][b], false, nil)
				if want := size * size / 200; n < want {
					g.errorf("%v and %v differ in only %d pixels at %dpx (want >= %d)", a, b, n, size, want)
				}
			}
		}
	}

	// Animation: Talking moves, still poses are frame-independent so a
	// still screen never needs a redraw.
	for _, p := range allPosesList() {
		f0 := shots[60][p]
		for _, f := range []int{1, 8, 13, 16, -8} {
			other := render(60, 60, p, f, false)
			same := identical(f0, other)
			wantSame := !Animated(p) || (f%16+16)%16 < talkPeriod
			if same != wantSame {
				g.errorf("%v: frame 0 vs frame %d identical=%v, want %v", p, f, same, wantSame)
			}
		}
	}
	talk8 := render(300, 300, Talking, 8, false)
	if n, _ := diffCount(shots[300][Talking], talk8, false, nil); n < 50 {
		g.errorf("talking mouth barely changes between frames 0 and 8 (%d pixels)", n)
	}

	// Mirroring: the mirrored drawing must be the horizontal flip of the
	// normal one (within antialiasing tolerance) everywhere except the badge,
	// whose "@" must stay readable, i.e. match the normal badge unflipped.
	// It must also actually differ from the normal drawing, since the
	// headband tails make Sango asymmetric.
	mirrored := map[int]map[Pose]*shot{}
	for _, size := range sizes {
		mirrored[size] = map[Pose]*shot{}
		outside := func(x, y int) bool { return !inBadge(size, x, y) }
		inside := func(x, y int) bool { return inBadge(size, x, y) }
		for _, p := range allPosesList() {
			m := render(size, size, p, 0, true)
			mirrored[size][p] = m
			n, mean := diffCount(shots[size][p], m, true, outside)
			if mean > 2 || n > size*size/300+20 {
				g.errorf("mirrored %v at %dpx is not the flip of normal: %d differing pixels, mean abs diff %.2f", p, size, n, mean)
			}
			if n, mean := diffCount(shots[size][p], m, false, inside); mean > 3 || n > size*size/2000+3 {
				g.errorf("mirrored %v at %dpx: the @ badge was flipped or changed (%d differing pixels, mean %.2f)", p, size, n, mean)
			}
			if n, _ := diffCount(shots[size][p], m, false, nil); n < size*size/200 {
				g.errorf("mirror=true hardly changes %v at %dpx (%d pixels)", p, size, n)
			}
		}
	}
	// The "@" is asymmetric, so flipping it would show up here; this guards
	// the check above against a badge too blurry to tell.
	if n, _ := diffCount(shots[300][Idle], shots[300][Idle], true, func(x, y int) bool { return inBadge(300, x, y) }); n < 20 {
		g.errorf("the @ badge looks symmetric (%d pixels differ from its flip); is the @ drawn?", n)
	}

	// Any box from 40 to 1000 px, including non-square ones: stay inside,
	// keep the aspect ratio and centre the figure.
	for _, b := range []struct{ w, h int }{{40, 40}, {1000, 1000}, {300, 100}, {100, 300}} {
		s := render(b.w, b.h, Happy, 0, false)
		if n := s.leaked(); n != 0 {
			g.errorf("%dx%d box: %d pixels outside the box", b.w, b.h, n)
		}
		sc := min(float64(b.w)/canvasW, float64(b.h)/canvasH)
		cw, ch := canvasW*sc, canvasH*sc
		canvas := image.Rect(int((float64(b.w)-cw)/2)-1, int((float64(b.h)-ch)/2)-1,
			int((float64(b.w)+cw)/2)+1, int((float64(b.h)+ch)/2)+1)
		bb := s.bounds()
		if !bb.In(canvas) {
			g.errorf("%dx%d box: drawing %v escapes the centred canvas %v", b.w, b.h, bb, canvas)
		}
		// The figure should use most of the fitted canvas in both directions.
		if float64(bb.Dx()) < 0.7*cw || float64(bb.Dy()) < 0.7*ch {
			g.errorf("%dx%d box: drawing %v is much smaller than the canvas %.0fx%.0f", b.w, b.h, bb, cw, ch)
		}
	}

	g.checkCache()

	if err := g.writeSheet(shots, talk8, mirrored); err != nil {
		g.errorf("writing sheet: %v", err)
	}
}

// checkCache checks that a Cache draws what Draw draws, makes each picture
// once, and keeps no more than cacheSize of them.
func (g *renderGame) checkCache() {
	var c Cache
	for _, tc := range []struct {
		size   int
		frac   float64
		pose   Pose
		mirror bool
	}{
		{300, 0, Happy, false}, {300, 0.37, Concerned, true}, {60, 0.5, Talking, false}, {41, 0.8, Idle, true},
	} {
		direct := renderWith(Draw, tc.frac, tc.size, tc.size, tc.pose, 0, tc.mirror)
		cached := renderWith(c.Draw, tc.frac, tc.size, tc.size, tc.pose, 0, tc.mirror)
		// A picture is drawn at the same fraction of a pixel as Draw draws,
		// so the two match; a colour level of rounding is allowed where the
		// picture is composited.
		if n, mean := diffCount(direct, cached, false, nil); n > 0 || mean > 0.2 {
			g.errorf("cached %v at %dpx (+%.2f px, mirror %v) differs from Draw: %d pixels, mean abs diff %.3f", tc.pose, tc.size, tc.frac, tc.mirror, n, mean)
		}
		if n := cached.leaked(); n != 0 {
			g.errorf("cached %v at %dpx paints %d pixels outside its box", tc.pose, tc.size, n)
		}
	}
	made := c.renders
	if made != 4 {
		g.errorf("the cache made %d pictures for 4 different drawings, want 4", made)
	}
	// The same drawing again, and a talking frame with the mouth as at frame
	// 0, come from the cache; the other mouth is a picture of its own.
	renderWith(c.Draw, 0, 300, 300, Happy, 0, false)
	renderWith(c.Draw, 0.5, 60, 60, Talking, 1, false)
	if c.renders != made {
		g.errorf("drawing again made %d new pictures, want none", c.renders-made)
	}
	renderWith(c.Draw, 0.5, 60, 60, Talking, talkPeriod, false)
	if c.renders != made+1 {
		g.errorf("the other talking mouth made %d new pictures, want 1", c.renders-made)
	}
	for size := 50; size < 50+2*cacheSize; size++ {
		renderWith(c.Draw, 0, size, size, Idle, 0, false)
	}
	if n := c.pictures.Len(); n != cacheSize {
		g.errorf("the cache holds %d pictures, want %d", n, cacheSize)
	}
	// The last size drawn is still kept; the first drawing, long unused, was forgotten.
	made = c.renders
	renderWith(c.Draw, 0, 50+2*cacheSize-1, 50+2*cacheSize-1, Idle, 0, false)
	if c.renders != made {
		g.errorf("the picture drawn last was made again")
	}
	renderWith(c.Draw, 0, 300, 300, Happy, 0, false)
	if c.renders != made+1 {
		g.errorf("the least recently used picture made %d new pictures, want 1", c.renders-made)
	}
}

// writeSheet saves a contact sheet for humans to judge the art: the poses at
// 300px, then at 60px, then the 60px renders magnified 4x with no smoothing
// so their pixels can be inspected.
func (g *renderGame) writeSheet(shots map[int]map[Pose]*shot, talk8 *shot, mirrored map[int]map[Pose]*shot) error {
	const pad = 16
	const label = 16
	type cell struct {
		name string
		s    *shot
	}
	big := []cell{}
	small := []cell{}
	for _, p := range allPosesList() {
		big = append(big, cell{p.String(), shots[300][p]})
		small = append(small, cell{p.String(), shots[60][p]})
	}
	big = append(big, cell{"talking f8", talk8}, cell{"talking mirror", mirrored[300][Talking]})
	small = append(small, cell{"talking f8", render(60, 60, Talking, 8, false)}, cell{"talking mirror", mirrored[60][Talking]})

	bigW := 300 + 2*renderMargin
	smallW := 60 + 2*renderMargin
	const zoom = 4
	W := pad + len(big)*(bigW+pad)
	H := pad + (label + bigW + pad) + (label + smallW + pad) + (label + smallW*zoom + pad)
	sheet := ebiten.NewImage(W, H)
	sheet.Fill(color.RGBA{0xFF, 0xF8, 0xEC, 0xFF})

	y := pad
	for i, c := range big {
		x := pad + i*(bigW+pad)
		ebitenutil.DebugPrintAt(sheet, c.name+" 300px", x, y-2)
		op := &ebiten.DrawImageOptions{}
		op.GeoM.Translate(float64(x), float64(y+label))
		sheet.DrawImage(c.s.img, op)
	}
	y += label + bigW + pad
	for i, c := range small {
		x := pad + i*(bigW+pad)
		ebitenutil.DebugPrintAt(sheet, c.name+" 60px", x, y-2)
		op := &ebiten.DrawImageOptions{}
		op.GeoM.Translate(float64(x), float64(y+label))
		sheet.DrawImage(c.s.img, op)
	}
	y += label + smallW + pad
	for i, c := range small {
		x := pad + i*(bigW+pad)
		ebitenutil.DebugPrintAt(sheet, c.name+" 60px x4", x, y-2)
		op := &ebiten.DrawImageOptions{Filter: ebiten.FilterNearest}
		op.GeoM.Scale(zoom, zoom)
		op.GeoM.Translate(float64(x), float64(y+label))
		sheet.DrawImage(c.s.img, op)
	}

	pix := make([]byte, 4*W*H)
	sheet.ReadPixels(pix)
	rgba := &image.RGBA{Pix: pix, Stride: 4 * W, Rect: image.Rect(0, 0, W, H)}

	// Relative to this package directory, which is where go test runs.
	dir := filepath.Join("..", "..", "..", "build", "screenshots")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	g.out = filepath.Join(dir, "sango-poses.png")
	f, err := os.Create(g.out)
	if err != nil {
		return err
	}
	if err := png.Encode(f, rgba); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func TestRender(t *testing.T) {
	g := &renderGame{}
	gputest.Run(t, "sango render test", func(errorf gputest.Errorf) {
		g.errorf = errorf
		g.check()
	})
	if g.out != "" {
		t.Logf("pose sheet written to %s", g.out)
	}
}
