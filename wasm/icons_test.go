package wasm_test

// The home-screen icons are Sango drawn by the game's own renderer, so the icon always
// matches the character the child meets in the game. The PNGs are committed (a browser
// needs files, and rendering needs a display, which `make web` should not require); this
// test regenerates them on demand and otherwise checks the committed ones.
//
// Regenerate: SANGO_WRITE_ICONS=1 xvfb-run -a go test -count=1 -run TestIcons ./wasm/

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/ui/geom"
	"sango/game/ui/sango"
	"sango/game/ui/shape"
	"sango/game/ui/theme"
)

// iconSpec describes one icon file.
type iconSpec struct {
	name string
	size int
	// fullBleed icons are opaque squares: a maskable icon is cut to the platform's shape,
	// and iOS rounds apple-touch-icon itself and shows transparency as black.
	fullBleed bool
	// maskable icons keep Sango inside the central circle of 80 % of the size, the part
	// every platform mask keeps.
	maskable bool
	// figure is the side of the square box Sango is drawn in, as a fraction of size.
	figure float64
}

// icons lists every icon the manifest and index.html name.
func icons() []iconSpec {
	return []iconSpec{
		{name: "icon-192.png", size: 192, figure: 0.8},
		{name: "icon-512.png", size: 512, figure: 0.8},
		// 0.64 keeps the drawn figure (not its box, whose corners are empty) inside the
		// safe circle; the check below proves it pixel by pixel.
		{name: "icon-maskable-512.png", size: 512, fullBleed: true, maskable: true, figure: 0.64},
		{name: "apple-touch-icon.png", size: 180, fullBleed: true, figure: 0.76},
	}
}

const iconsDir = "icons" // relative to this package's folder, where go test runs

func TestIcons(t *testing.T) {
	if os.Getenv("SANGO_WRITE_ICONS") == "1" {
		writeIcons(t)
	}
	for _, spec := range icons() {
		t.Run(spec.name, func(t *testing.T) {
			img, err := iconRead(filepath.Join(iconsDir, spec.name))
			if err != nil {
				t.Fatal(err)
			}
			for _, problem := range checkIcon(spec, img) {
				t.Error(problem)
			}
		})
	}
}

func iconRead(path string) (image.Image, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("opening icon (regenerate with SANGO_WRITE_ICONS=1 under xvfb-run): %w", err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return nil, fmt.Errorf("decoding %s: %w", path, err)
	}
	return img, nil
}

// checkIcon returns what is wrong with an icon: its size, blankness, transparency where
// the platform would show black, and for maskable icons anything outside the safe zone.
func checkIcon(spec iconSpec, img image.Image) []string {
	var problems []string
	b := img.Bounds()
	if b.Dx() != spec.size || b.Dy() != spec.size {
		return []string{fmt.Sprintf("%s is %dx%d, want %dx%d", spec.name, b.Dx(), b.Dy(), spec.size, spec.size)}
	}
	sky := theme.Sky
	var figure, transparent, outsideSafe int
	colours := map[color.NRGBA]bool{}
	centre := float64(spec.size) / 2
	safe := 0.4 * float64(spec.size)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
			colours[c] = true
			if c.A < 255 {
				transparent++
			}
			if c.A < 128 || iconNear(c, sky, 24) {
				continue
			}
			figure++
			dx, dy := float64(x-b.Min.X)+0.5-centre, float64(y-b.Min.Y)+0.5-centre
			if math.Hypot(dx, dy) > safe {
				outsideSafe++
			}
		}
	}
	total := spec.size * spec.size
	// Sango in Happy pose covers roughly a third of its box; a tenth of the icon means
	// something was drawn, and many colours mean it was drawn antialiased, not as a block.
	if figure < total/10 || len(colours) < 50 {
		problems = append(problems, fmt.Sprintf("%s looks blank: %d of %d pixels differ from the background, %d colours", spec.name, figure, total, len(colours)))
	}
	if spec.fullBleed && transparent > 0 {
		problems = append(problems, fmt.Sprintf("%s must be opaque, but %d pixels are not", spec.name, transparent))
	}
	if !spec.fullBleed {
		if c := color.NRGBAModel.Convert(img.At(b.Min.X, b.Min.Y)).(color.NRGBA); c.A != 0 {
			problems = append(problems, fmt.Sprintf("%s: the rounded square's corner is not transparent (%v)", spec.name, c))
		}
	}
	if spec.maskable && outsideSafe > 0 {
		problems = append(problems, fmt.Sprintf("%s: %d figure pixels lie outside the central 80%% safe zone and may be cut off", spec.name, outsideSafe))
	}
	return problems
}

// near reports whether c is within tol of want on every colour channel.
func iconNear(c color.NRGBA, want color.RGBA, tol int) bool {
	d := func(a, b uint8) bool { return int(a)-int(b) <= tol && int(b)-int(a) <= tol }
	return d(c.R, want.R) && d(c.G, want.G) && d(c.B, want.B)
}

// writeIcons renders every icon with the game's renderer and writes the PNGs. Rendering
// needs a GPU context, which Ebitengine only provides inside RunGame, so a tiny game does
// the work in its first Draw and ends.
func writeIcons(t *testing.T) {
	t.Helper()
	if os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == "" {
		t.Fatal("SANGO_WRITE_ICONS=1 needs a display: run under xvfb-run -a")
	}
	g := &iconGame{}
	ebiten.SetWindowSize(64, 64)
	ebiten.SetWindowTitle("Sango icons")
	if err := ebiten.RunGame(g); err != nil {
		t.Fatalf("rendering icons: %v", err)
	}
	if g.err != nil {
		t.Fatal(g.err)
	}
	for _, path := range g.written {
		t.Logf("wrote %s", path)
	}
}

type iconGame struct {
	done    bool
	err     error
	written []string
}

func (g *iconGame) Update() error {
	if g.done {
		return ebiten.Termination
	}
	return nil
}

func (g *iconGame) Layout(int, int) (int, int) { return 64, 64 }

func (g *iconGame) Draw(*ebiten.Image) {
	if g.done {
		return
	}
	g.done = true
	var errs []error
	for _, spec := range icons() {
		path := filepath.Join(iconsDir, spec.name)
		if err := iconWrite(path, renderIcon(spec)); err != nil {
			errs = append(errs, err)
			continue
		}
		g.written = append(g.written, path)
	}
	g.err = errors.Join(errs...)
}

// renderIcon draws Sango, happy, centred on the sky-blue background of the game.
func renderIcon(spec iconSpec) *image.RGBA {
	size := float64(spec.size)
	img := ebiten.NewImage(spec.size, spec.size)
	defer img.Deallocate()
	full := geom.Rect{W: size, H: size}
	if spec.fullBleed {
		img.Fill(theme.Sky)
	} else {
		// The same corner rounding as common launcher shapes, with a thin teal edge so
		// the pale square still stands out on a white home screen.
		radius := 0.22 * size
		shape.RoundRect(img, full, radius, theme.Sky)
		shape.RoundRectLine(img, full, radius, max(2, 0.02*size), theme.Primary)
	}
	box := spec.figure * size
	sango.Draw(img, (size-box)/2, (size-box)/2, box, box, sango.Happy, 0, false)
	pix := make([]byte, 4*spec.size*spec.size)
	img.ReadPixels(pix)
	// ReadPixels gives premultiplied RGBA, which is what image.RGBA holds too.
	return &image.RGBA{Pix: pix, Stride: 4 * spec.size, Rect: image.Rect(0, 0, spec.size, spec.size)}
}

func iconWrite(path string, img image.Image) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("creating the icon folder: %w", err)
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("creating %s: %w", path, err)
	}
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(f, img); err != nil {
		f.Close()
		return fmt.Errorf("encoding %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
