// Package textdraw lays out and draws the game's text: wrapped paragraphs inside a box,
// aligned to the start or end of the reading direction. Neither renderer wraps, so
// wrapping goes through the project's own line breaker.
//
// Two renderers sit behind the same small API. The desktop and mobile builds shape with
// Ebitengine's text/v2 and the Go fonts (textdraw_other.go). The web build lets the
// browser's canvas 2D shape and rasterise each line (textdraw_js.go): that keeps text/v2,
// go-text/typesetting and the font files out of the download (about a megabyte
// compressed, and half a second of shaping before the first frame), and the browser
// brings bidi, every script and fallback fonts for free.
package textdraw

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/textwrap"
	"sango/game/ui/geom"
)

// Align places lines within their box, relative to the reading direction.
type Align int

const (
	Start Align = iota // left in left-to-right text, right in right-to-left text
	Center
	End
)

// Fonts holds the typefaces for one language, and whatever the renderer keeps between
// frames (the web renderer's cache of drawn lines).
type Fonts struct {
	rtl  bool
	lang string
	r    renderer
}

// NewFonts prepares the typefaces for a language.
func NewFonts(lang string, rtl bool) (*Fonts, error) {
	f := &Fonts{rtl: rtl, lang: lang}
	if err := f.r.init(lang); err != nil {
		return nil, err
	}
	return f, nil
}

// RTL reports whether the language reads right to left.
func (f *Fonts) RTL() bool { return f.rtl }

// Face is a typeface at one pixel size. It is a small value: make one with Fonts.Face
// wherever it is needed and pass it around freely.
type Face struct {
	Size float64 // in the pixels of the image drawn to (device pixels in the game)
	Bold bool
	RTL  bool // the line's base direction is right to left

	fonts *Fonts
}

// Face returns a face of the given pixel size. Chinese is drawn a little larger: a
// character packs many strokes into one em, and at the size that suits Latin letters the
// strokes of complex characters run together for young readers.
func (f *Fonts) Face(size float64, bold bool) Face {
	if f.cjk() {
		size *= cjkScale
	}
	return Face{Size: size, Bold: bold, RTL: f.rtl, fonts: f}
}

const (
	cjkScale      = 1.1
	latinLeading  = 1.35
	cjkLeading    = 1.5 // CJK text has no ascenders or descenders to separate its lines
	arabicLeading = 1.6 // Arabic marks reach above and below the letters
)

func (f *Fonts) cjk() bool { return f.lang == "zh" || f.lang == "ja" || f.lang == "ko" }

// LineHeight is the distance between baselines used for a face: generous, because young
// readers track lines more easily with room between them.
func LineHeight(face Face) float64 {
	switch {
	case face.fonts != nil && face.fonts.cjk():
		return face.Size * cjkLeading
	case face.fonts != nil && face.fonts.lang == "ar":
		return face.Size * arabicLeading
	}
	return face.Size * latinLeading
}

// Lines wraps s to width.
func Lines(s string, face Face, width float64) []string {
	return textwrap.Wrap(s, width, func(line string) float64 { return Width(line, face) })
}

// Height returns how tall s is when wrapped to width.
func Height(s string, face Face, width float64) float64 {
	return float64(len(Lines(s, face, width))) * LineHeight(face)
}

// Width returns the advance of a single line.
func Width(s string, face Face) float64 { return face.fonts.r.width(s, face) }

// Block draws s wrapped inside box, starting at its top, and returns the height used.
func Block(dst *ebiten.Image, s string, face Face, box geom.Rect, align Align, clr color.Color) float64 {
	lines := Lines(s, face, box.W)
	lh := LineHeight(face)
	y := box.Y
	for _, line := range lines {
		Line(dst, line, face, geom.Rect{X: box.X, Y: y, W: box.W, H: lh}, align, clr)
		y += lh
	}
	return y - box.Y
}

// Line draws one line vertically centred in box: the face's ascent-to-descent band is
// centred, whatever the glyphs, so lines of one face sit at the same height.
func Line(dst *ebiten.Image, s string, face Face, box geom.Rect, align Align, clr color.Color) {
	face.fonts.r.line(dst, s, face, box, align, clr)
}

// hugsLeft reports whether a line with this alignment sits against the left edge of its
// box: which screen edge the text hugs depends on the reading direction.
func hugsLeft(align Align, rtl bool) bool { return (align == Start) != rtl }
