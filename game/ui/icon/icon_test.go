package icon

import (
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"reflect"
	"sango/game/ui/gputest"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/ebitenutil"

	"sango/game/art"
	"sango/game/ui/geom"
	"sango/game/ui/imagecache"
	"sango/game/ui/raster"
	"sango/game/ui/theme"
)

func funcID(d drawing) uintptr { return reflect.ValueOf(d).Pointer() }

// Every picture name has a drawing of its own: not the fallback, not shared with another
// name, and no drawing hangs about for a name levels cannot use.
func TestEveryNameHasItsOwnDrawing(t *testing.T) {
	ds := drawings()
	owner := map[uintptr]string{funcID(unknown): "the unknown-name fallback"}
	for _, name := range art.Icons() {
		d, ok := ds[name]
		if !ok || d == nil {
			t.Errorf("%q has no drawing", name)
			continue
		}
		if prev, dup := owner[funcID(d)]; dup {
			t.Errorf("%q is drawn by the same function as %s", name, prev)
		}
		owner[funcID(d)] = fmt.Sprintf("%q", name)
	}
	for name := range ds {
		if !art.Valid(name) {
			t.Errorf("drawing for %q, which is not a name in game/art", name)
		}
	}
}

// margin is the transparent border around each rendered box: paint there means a
// picture spilled out of the box it was given.
const margin = 4

// shot is one picture rendered into a box of w by h pixels plus the margin.
type shot struct {
	w, h int
	pix  []byte
	img  *ebiten.Image
}

func renderBox(w, h int, paint func(dst *ebiten.Image, box geom.Rect)) *shot {
	img := ebiten.NewImage(w+2*margin, h+2*margin)
	paint(img, geom.Rect{X: margin, Y: margin, W: float64(w), H: float64(h)})
	s := &shot{w: w, h: h, img: img, pix: make([]byte, 4*(w+2*margin)*(h+2*margin))}
	img.ReadPixels(s.pix)
	return s
}

func renderName(name string, size int) *shot {
	return renderBox(size, size, func(dst *ebiten.Image, box geom.Rect) { Draw(dst, name, box) })
}

// alpha is the opacity of pixel (x, y), counted from the image corner (margin included).
func (s *shot) alpha(x, y int) byte { return s.pix[4*(y*(s.w+2*margin)+x)+3] }

// coverage is the share of the box that is clearly painted.
func (s *shot) coverage() float64 {
	n := 0
	for y := range s.h {
		for x := range s.w {
			if s.alpha(x+margin, y+margin) > 128 {
				n++
			}
		}
	}
	return float64(n) / float64(s.w*s.h)
}

// bounds is the box-relative rectangle of painted pixels, margin included.
func (s *shot) bounds() image.Rectangle {
	var r image.Rectangle
	for y := range s.h + 2*margin {
		for x := range s.w + 2*margin {
			if s.alpha(x, y) > 16 {
				r = r.Union(image.Rect(x-margin, y-margin, x-margin+1, y-margin+1))
			}
		}
	}
	return r
}

// differing counts pixels whose colour differs clearly between two shots of one size.
func differing(a, b *shot) int {
	n := 0
	for i := 0; i < len(a.pix); i += 4 {
		for c := range 4 {
			d := int(a.pix[i+c]) - int(b.pix[i+c])
			if d > 48 || d < -48 {
				n++
				break
			}
		}
	}
	return n
}

// renderGame holds what one render check found and wrote.
type renderGame struct {
	errorf gputest.Errorf
	sheet  string // the contact sheet, once written
}

// runRender runs check inside a tiny game, where pixels can be read back, and reports
// its findings.
func runRender(t *testing.T, check func(g *renderGame)) {
	g := &renderGame{}
	gputest.Run(t, "icon render test", func(errorf gputest.Errorf) {
		g.errorf = errorf
		check(g)
	})
	if g.sheet != "" {
		t.Logf("contact sheet written to %s", g.sheet)
	}
}

func TestRender(t *testing.T) {
	runRender(t, func(g *renderGame) {
		shots := map[string]*shot{}
		for _, name := range art.Icons() {
			shots[name] = checkPicture(g, name)
		}
		checkAllDiffer(g, shots)
		checkFallback(g, shots)
		checkBoxes(g)
		checkCache(g)
		path, err := writeSheet()
		if err != nil {
			g.errorf("contact sheet: %v", err)
		}
		g.sheet = path
	})
}

// checkPicture renders one picture at phone and projector sizes: it must fill a fair
// share of its box without covering it all, and never paint outside the box.
func checkPicture(g *renderGame, name string) *shot {
	var mid *shot
	for _, size := range []int{40, 96, 400} {
		s := renderName(name, size)
		if c := s.coverage(); c < 0.15 || c > 0.85 {
			g.errorf("%s at %dpx covers %.0f%% of its box; want 15%% to 85%%", name, size, 100*c)
		}
		if b := s.bounds(); !b.In(image.Rect(0, 0, size, size)) {
			g.errorf("%s at %dpx paints outside its box: %v", name, size, b)
		}
		if b := s.bounds(); b.Dx() < size/2 || b.Dy() < size/3 {
			g.errorf("%s at %dpx is small in its box: %v", name, size, b)
		}
		if size == 96 {
			mid = s
		}
	}
	return mid
}

// checkAllDiffer: no two pictures may look alike, even at a glance.
func checkAllDiffer(g *renderGame, shots map[string]*shot) {
	names := art.Icons()
	for i, a := range names {
		for _, b := range names[i+1:] {
			if n := differing(shots[a], shots[b]); n < 96*96/25 {
				g.errorf("%s and %s differ in only %d pixels at 96px", a, b, n)
			}
		}
	}
}

// checkFallback: an unknown name draws the grey question mark, which differs from every
// real picture, including the purple "question".
func checkFallback(g *renderGame, shots map[string]*shot) {
	want := renderBox(96, 96, func(dst *ebiten.Image, box geom.Rect) {
		cv := raster.NewCanvas(dst.Bounds().Dx(), dst.Bounds().Dy())
		unknown(newPainter(cv, box.X, box.Y, box.W))
		dst.WritePixels(cv.Pix)
	})
	for _, name := range []string{"no-such-picture", "", "House"} {
		if n := differing(renderName(name, 96), want); n != 0 {
			g.errorf("unknown name %q does not draw the fallback (%d pixels differ)", name, n)
		}
	}
	if c := want.coverage(); c < 0.3 {
		g.errorf("the fallback covers only %.0f%% of its box", 100*c)
	}
	for name, s := range shots {
		if n := differing(s, want); n < 96*96/10 {
			g.errorf("%s looks like the unknown-name fallback (%d pixels differ)", name, n)
		}
	}
}

// checkBoxes: in a box that is not square the picture stays square and centred, and an
// empty box draws nothing.
func checkBoxes(g *renderGame) {
	for _, sz := range [][2]int{{200, 80}, {80, 200}} {
		s := renderBox(sz[0], sz[1], func(dst *ebiten.Image, box geom.Rect) { Draw(dst, "star", box) })
		side := min(sz[0], sz[1])
		x0, y0 := (sz[0]-side)/2, (sz[1]-side)/2
		if b := s.bounds(); !b.In(image.Rect(x0, y0, x0+side, y0+side)) {
			g.errorf("%dx%d box: star %v is outside the centred square", sz[0], sz[1], b)
		}
	}
	s := renderBox(10, 10, func(dst *ebiten.Image, box geom.Rect) {
		Draw(dst, "star", geom.Rect{X: box.X, Y: box.Y, W: 0, H: 10})
	})
	if s.coverage() != 0 {
		g.errorf("a box of zero width still paints")
	}
}

// checkCache: a picture is painted once for its name and size in whole pixels, wherever
// it is drawn, and the cache keeps within its bound however many pictures are drawn.
func checkCache(g *renderGame) {
	dst := ebiten.NewImage(320, 320)
	defer dst.Deallocate()
	made := func() int { n, _, _ := imagecache.Stats(pictures); return n }
	painted := made()
	Draw(dst, "gem", geom.Rect{X: 3, Y: 5, W: 77, H: 90})
	if n := made() - painted; n != 1 {
		g.errorf("the first gem at 77px painted %d pictures, want 1", n)
	}
	// Elsewhere, between pixels, and a size that rounds to the same pixels.
	Draw(dst, "gem", geom.Rect{X: 100.3, Y: 41.7, W: 77, H: 77})
	Draw(dst, "gem", geom.Rect{X: 10, Y: 10, W: 200, H: 77.2})
	if n := made() - painted; n != 1 {
		g.errorf("drawing the gem at 77px again painted %d more pictures, want none", n-1)
	}
	Draw(dst, "gem", geom.Rect{X: 3, Y: 5, W: 78, H: 78})
	if n := made() - painted; n != 2 {
		g.errorf("the gem at 78px painted %d pictures, want 1", n-1)
	}
	for _, name := range art.Icons() {
		Draw(dst, name, geom.Rect{W: 300, H: 300})
	}
	if _, kept, bytes := imagecache.Stats(pictures); bytes > cacheBytes || kept < 2 {
		g.errorf("the picture cache keeps %d pictures in %d bytes; want several within %d", kept, bytes, cacheBytes)
	}
}

// writeSheet draws every picture at 128px on white and at 40px on white and on the sky
// blue of the screens, named, for people to judge, ending with the unknown-name fallback;
// and every picture at 400px in a second sheet. It returns the first sheet's path.
func writeSheet() (string, error) {
	dir := os.Getenv("SANGO_SHOTS")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "build", "screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	names := append(art.Icons(), "(unknown)")
	const cols = 10
	rows := (len(names) + cols - 1) / cols

	// Main sheet: a 128px block, then 40px on white, then 40px on sky.
	const big, small, label, pad = 128, 40, 14, 12
	cellBig, cellSmall := big+pad, 90
	wBig := pad + cols*cellBig
	hBig := pad + rows*(big+label+pad)
	hSmall := pad + rows*(small+label+pad)
	sheet := ebiten.NewImage(wBig, hBig+2*hSmall)
	sheet.Fill(color.White)
	sheet.SubImage(image.Rect(0, hBig+hSmall, wBig, hBig+2*hSmall)).(*ebiten.Image).Fill(theme.Sky)
	for i, name := range names {
		c, r := i%cols, i/cols
		x, y := pad+c*cellBig, pad+r*(big+label+pad)
		Draw(sheet, name, geom.Rect{X: float64(x), Y: float64(y), W: big, H: big})
		ebitenutil.DebugPrintAt(sheet, name, x, y+big)
		for k, top := range []int{hBig, hBig + hSmall} {
			x, y := pad+c*cellSmall, top+pad+r*(small+label+pad)
			Draw(sheet, name, geom.Rect{X: float64(x), Y: float64(y), W: small, H: small})
			if k == 0 {
				ebitenutil.DebugPrintAt(sheet, name, x, y+small)
			}
		}
	}
	out := filepath.Join(dir, "icons.png")
	if err := savePNG(sheet, out); err != nil {
		return "", err
	}

	const large = 400
	sheetL := ebiten.NewImage(cols*large, rows*large)
	sheetL.Fill(color.White)
	for i, name := range names {
		Draw(sheetL, name, geom.Rect{X: float64(i%cols*large) + 10, Y: float64(i/cols*large) + 10, W: large - 20, H: large - 20})
	}
	return out, savePNG(sheetL, filepath.Join(dir, "icons-400.png"))
}

func savePNG(img *ebiten.Image, path string) error {
	b := img.Bounds()
	pix := make([]byte, 4*b.Dx()*b.Dy())
	img.ReadPixels(pix)
	rgba := &image.RGBA{Pix: pix, Stride: 4 * b.Dx(), Rect: image.Rect(0, 0, b.Dx(), b.Dy())}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, rgba); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
