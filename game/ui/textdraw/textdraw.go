// Package textdraw lays out and draws the game's text: wrapped paragraphs inside a box,
// aligned to the start or end of the reading direction. Ebitengine's text/v2 shapes a line
// but does not wrap, so wrapping goes through the project's own line breaker.
package textdraw

import (
	"bytes"
	"fmt"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"

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

// Fonts holds the typefaces for one language.
type Fonts struct {
	regular, bold *text.GoTextFaceSource
	rtl           bool
	lang          string
}

// NewFonts loads the built-in typefaces. The Go fonts are small and cover Latin, Greek and
// Cyrillic; scripts they lack need their own faces, passed in by the caller later.
func NewFonts(lang string, rtl bool) (*Fonts, error) {
	reg, err := text.NewGoTextFaceSource(bytes.NewReader(goregular.TTF))
	if err != nil {
		return nil, fmt.Errorf("loading the regular font: %w", err)
	}
	bold, err := text.NewGoTextFaceSource(bytes.NewReader(gobold.TTF))
	if err != nil {
		return nil, fmt.Errorf("loading the bold font: %w", err)
	}
	return &Fonts{regular: reg, bold: bold, rtl: rtl, lang: lang}, nil
}

// RTL reports whether the language reads right to left.
func (f *Fonts) RTL() bool { return f.rtl }

// Face returns a face of the given pixel size.
func (f *Fonts) Face(size float64, bold bool) *text.GoTextFace {
	src := f.regular
	if bold {
		src = f.bold
	}
	face := &text.GoTextFace{Source: src, Size: size}
	if f.rtl {
		face.Direction = text.DirectionRightToLeft
	}
	return face
}

// LineHeight is the distance between baselines used for a face: generous, because young
// readers track lines more easily with room between them.
func LineHeight(face *text.GoTextFace) float64 { return face.Size * 1.35 }

// Lines wraps s to width.
func Lines(s string, face *text.GoTextFace, width float64) []string {
	return textwrap.Wrap(s, width, func(line string) float64 { return text.Advance(line, face) })
}

// Height returns how tall s is when wrapped to width.
func Height(s string, face *text.GoTextFace, width float64) float64 {
	return float64(len(Lines(s, face, width))) * LineHeight(face)
}

// Width returns the advance of a single line.
func Width(s string, face *text.GoTextFace) float64 { return text.Advance(s, face) }

// Block draws s wrapped inside box, starting at its top, and returns the height used.
func Block(dst *ebiten.Image, s string, face *text.GoTextFace, box geom.Rect, align Align, clr color.Color) float64 {
	lines := Lines(s, face, box.W)
	lh := LineHeight(face)
	y := box.Y
	for _, line := range lines {
		Line(dst, line, face, geom.Rect{X: box.X, Y: y, W: box.W, H: lh}, align, clr)
		y += lh
	}
	return y - box.Y
}

// Line draws one line vertically centred in box.
func Line(dst *ebiten.Image, s string, face *text.GoTextFace, box geom.Rect, align Align, clr color.Color) {
	rtl := face.Direction == text.DirectionRightToLeft
	op := &text.DrawOptions{}
	op.ColorScale.ScaleWithColor(clr)
	op.SecondaryAlign = text.AlignCenter
	x := box.X
	// Which screen edge the text hugs depends on the reading direction.
	left := (align == Start) != rtl
	switch {
	case align == Center:
		x = box.X + box.W/2
		op.PrimaryAlign = text.AlignCenter
	case left:
		op.PrimaryAlign = text.AlignStart
		if rtl {
			op.PrimaryAlign = text.AlignEnd
		}
	default:
		x = box.X + box.W
		op.PrimaryAlign = text.AlignEnd
		if rtl {
			op.PrimaryAlign = text.AlignStart
		}
	}
	op.GeoM.Translate(x, box.Y+box.H/2)
	text.Draw(dst, s, face, op)
}
