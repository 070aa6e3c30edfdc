//go:build js

package textdraw

import (
	"errors"
	"image/color"
	"math"
	"strconv"
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"

	"sango/assets/fonts"
	"sango/game/lru"
	"sango/game/ui/geom"
	"sango/game/ui/webio"
)

// fontStack is the CSS font family of text on the web: the system's own interface font,
// and its fallback fonts for whatever scripts that lacks. Arabic and Chinese put the
// game's own font first (fonts.Family), fetched from the game's origin when the language
// is picked (LoadWebFonts): a school's old computer may have no Arabic or Chinese font.
const fontStack = "system-ui, sans-serif"

// Cache bounds. Widths are asked for again and again while wrapping and laying out, and
// each measurement is a call into JavaScript. Drawn lines are the expensive part: the
// budget is in pixels, 8 Mpx (32 MB), several screens' worth of text even on a 4K display,
// so one frame never evicts a line it drew itself.
const (
	maxWidths    = 4096
	maxLinePixel = 8 << 20
	maxFaces     = 64 // distinct sizes: a resize brings new ones
	// maxLineSide keeps one line within what every browser's canvas and every WebGL
	// texture can hold; anything longer is cut.
	maxLineSide = 4096
)

// renderer draws with the browser's canvas 2D: measureText to measure, fillText into an
// offscreen canvas to rasterise a whole line, whose pixels then become an ebiten.Image
// kept in a cache. The browser shapes, orders bidi text and falls back to other fonts.
type renderer struct {
	canvas, ctx js.Value
	cw, ch      int // canvas size; it only grows, as resizing it costs a reallocation

	// The context's font and direction as last set: setting them again costs a CSS
	// parse, and a canvas resize forgets them.
	font, dir string
	family    string // the CSS font-family list for this language

	metrics *lru.Cache[faceKey, vmetrics]
	widths  *lru.Cache[widthKey, float64]
	lines   *lru.Cache[lineKey, lineImage]
	pix     []byte // scratch for reading the canvas back
}

type faceKey struct {
	size      float64
	bold, rtl bool
}

type widthKey struct {
	face faceKey
	s    string
}

// lineKey includes the colour because the line is drawn in it: the browser may draw
// colour glyphs (emoji) that a tint would spoil.
type lineKey struct {
	face faceKey
	s    string
	clr  color.NRGBA
}

// lineImage is one drawn line. The pen starts at (originX, baseline) inside img; ink
// that reaches left of the pen or above the ascent is inside the image too.
type lineImage struct {
	img               *ebiten.Image
	originX, baseline int
}

// vmetrics is a face's ascent and descent above and below the baseline, in pixels.
type vmetrics struct{ ascent, descent float64 }

func keyOf(f Face) faceKey { return faceKey{size: f.Size, bold: f.Bold, rtl: f.RTL} }

func (r *renderer) init(lang string) error {
	doc := js.Global().Get("document")
	if !doc.Truthy() {
		return errors.New("textdraw: no document to draw text with")
	}
	r.canvas = doc.Call("createElement", "canvas")
	// willReadFrequently keeps the canvas in memory rather than on the GPU, which is what
	// makes reading every line back cheap.
	opts := js.Global().Get("Object").New()
	opts.Set("willReadFrequently", true)
	r.ctx = r.canvas.Call("getContext", "2d", opts)
	if !r.ctx.Truthy() {
		return errors.New("textdraw: the browser gave no 2D canvas to draw text with")
	}
	// The language picks the right regional glyphs (Chinese or Japanese forms of the same
	// character) where the browser supports it; elsewhere it is an unused property.
	r.ctx.Set("lang", lang)
	r.family = fontStack
	if fonts.File(lang, false) != "" {
		r.family = "\"" + fonts.Family(lang) + "\", " + fontStack
	}
	r.resize(256, 64)
	r.metrics = lru.New[faceKey, vmetrics](maxFaces, nil)
	r.widths = lru.New[widthKey, float64](maxWidths, nil)
	// A forgotten line gives its texture back now rather than when the collector finds it.
	r.lines = lru.New(maxLinePixel, func(_ lineKey, li lineImage) { li.img.Deallocate() })
	return nil
}

// resize grows the canvas, which resets the whole context state.
func (r *renderer) resize(w, h int) {
	r.cw, r.ch = w, h
	r.canvas.Set("width", w)
	r.canvas.Set("height", h)
	// "left", not the default "start": the pen is placed by its left edge in both
	// directions, and the image is placed from the measured advance.
	r.ctx.Set("textAlign", "left")
	r.ctx.Set("textBaseline", "alphabetic")
	r.font, r.dir = "", ""
}

func (r *renderer) use(face Face) {
	font := strconv.FormatFloat(face.Size, 'f', -1, 64) + "px " + r.family
	if face.Bold {
		font = "bold " + font
	}
	if font != r.font {
		r.ctx.Set("font", font)
		r.font = font
	}
	dir := "ltr"
	if face.RTL {
		dir = "rtl"
	}
	if dir != r.dir {
		r.ctx.Set("direction", dir)
		r.dir = dir
	}
}

func (r *renderer) width(s string, face Face) float64 {
	if s == "" {
		return 0
	}
	k := widthKey{keyOf(face), s}
	if w, ok := r.widths.Get(k); ok {
		return w
	}
	r.use(face)
	w := r.ctx.Call("measureText", s).Get("width").Float()
	r.widths.Put(k, w, 1)
	return w
}

// vmetricsOf gives the face's own ascent and descent, the same for every string, so
// that lines are centred alike whatever their letters.
func (r *renderer) vmetricsOf(face Face) vmetrics {
	k := keyOf(face)
	if m, ok := r.metrics.Get(k); ok {
		return m
	}
	r.use(face)
	tm := r.ctx.Call("measureText", "Hg")
	var m vmetrics
	if a, d := tm.Get("fontBoundingBoxAscent"), tm.Get("fontBoundingBoxDescent"); a.Type() == js.TypeNumber && d.Type() == js.TypeNumber {
		m = vmetrics{ascent: a.Float(), descent: d.Float()}
	} else {
		// Browsers before 2023 lack the font's metrics: typical sans-serif proportions.
		m = vmetrics{ascent: 0.93 * face.Size, descent: 0.24 * face.Size}
	}
	r.metrics.Put(k, m, 1)
	return m
}

func (r *renderer) line(dst *ebiten.Image, s string, face Face, box geom.Rect, align Align, clr color.Color) {
	if s == "" {
		return
	}
	li := r.drawn(s, face, color.NRGBAModel.Convert(clr).(color.NRGBA))
	adv := r.width(s, face)
	x := box.X
	switch {
	case align == Center:
		x = box.X + (box.W-adv)/2
	case !hugsLeft(align, face.RTL):
		x = box.Right() - adv
	}
	// As text/v2 does with AlignCenter: the band from ascent to descent is centred.
	m := r.vmetricsOf(face)
	baseline := box.Y + box.H/2 - (m.ascent+m.descent)/2 + m.ascent
	// Whole pixels: the line was rasterised for the pixel grid and is copied one to one,
	// which keeps it as crisp as the browser drew it.
	op := &ebiten.DrawImageOptions{}
	op.GeoM.Translate(math.Round(x)-float64(li.originX), math.Round(baseline)-float64(li.baseline))
	dst.DrawImage(li.img, op)
}

// drawn returns the line's image, drawing it on a cache miss.
func (r *renderer) drawn(s string, face Face, clr color.NRGBA) lineImage {
	k := lineKey{keyOf(face), s, clr}
	if li, ok := r.lines.Get(k); ok {
		return li
	}
	vm := r.vmetricsOf(face)
	r.use(face)
	tm := r.ctx.Call("measureText", s)
	num := func(name string) float64 {
		v := tm.Get(name)
		if v.Type() != js.TypeNumber || math.IsNaN(v.Float()) {
			return 0
		}
		return max(0, v.Float())
	}
	ceil := func(f float64) int { return int(math.Ceil(f)) }
	// The image holds the advance and the face's ascent and descent, widened to any ink
	// beyond them (accents, overhangs), plus a margin for antialiasing.
	const pad = 2
	originX := pad + ceil(num("actualBoundingBoxLeft"))
	baseline := pad + ceil(max(vm.ascent, num("actualBoundingBoxAscent")))
	w := min(originX+ceil(max(num("width"), num("actualBoundingBoxRight")))+pad, maxLineSide)
	h := min(baseline+ceil(max(vm.descent, num("actualBoundingBoxDescent")))+pad, maxLineSide)
	if w > r.cw || h > r.ch {
		r.resize(max(w, r.cw), max(h, r.ch))
		r.use(face)
	}
	r.ctx.Call("clearRect", 0, 0, w, h)
	r.ctx.Set("fillStyle", "rgba("+strconv.Itoa(int(clr.R))+","+strconv.Itoa(int(clr.G))+","+strconv.Itoa(int(clr.B))+","+
		strconv.FormatFloat(float64(clr.A)/255, 'f', 4, 64)+")")
	r.ctx.Call("fillText", s, originX, baseline)
	data := r.ctx.Call("getImageData", 0, 0, w, h).Get("data")
	n := w * h * 4
	if cap(r.pix) < n {
		r.pix = make([]byte, n)
	}
	pix := r.pix[:n]
	js.CopyBytesToGo(pix, data)
	// The canvas gives straight alpha; Ebitengine wants premultiplied.
	for i := 0; i < n; i += 4 {
		a := uint32(pix[i+3])
		if a == 255 {
			continue
		}
		pix[i] = byte((uint32(pix[i])*a + 127) / 255)
		pix[i+1] = byte((uint32(pix[i+1])*a + 127) / 255)
		pix[i+2] = byte((uint32(pix[i+2])*a + 127) / 255)
	}
	img := ebiten.NewImage(w, h)
	img.WritePixels(pix)
	li := lineImage{img: img, originX: originX, baseline: baseline}
	r.lines.Put(k, li, w*h)
	return li
}

// LoadWebFonts fetches a language's own fonts, regular and bold, from base (the folder of
// the web build that holds them) and adds them to the page. It blocks until both are
// ready or one fails; call it away from the frame loop. Languages drawn with the
// system's fonts return at once. The service worker keeps the files for offline play.
func LoadWebFonts(lang, base string) error {
	if fonts.File(lang, false) == "" {
		return nil
	}
	set := js.Global().Get("document").Get("fonts")
	ctor := js.Global().Get("FontFace")
	if !set.Truthy() || !ctor.Truthy() {
		return errors.New("this browser cannot load fonts for " + lang)
	}
	// Both weights load side by side: on a classroom's busy network every round trip
	// counts, and a returning child waits for these before the first frame.
	var faces, loads []js.Value
	for _, bold := range []bool{false, true} {
		weight := "400"
		if bold {
			weight = "700"
		}
		desc := js.Global().Get("Object").New()
		desc.Set("weight", weight)
		face := ctor.New(fonts.Family(lang), "url("+base+fonts.File(lang, bold)+")", desc)
		faces = append(faces, face)
		loads = append(loads, face.Call("load"))
	}
	// Every load is awaited, even after one fails, so none is left to reject unheard.
	var failed error
	for i, load := range loads {
		if _, err := webio.Await(load); err != nil && failed == nil {
			failed = errors.New("fetching " + fonts.File(lang, i == 1) + ": " + err.Error())
		}
	}
	if failed != nil {
		return failed
	}
	for _, face := range faces {
		set.Call("add", face)
	}
	return nil
}
