//go:build !js

package textdraw

import (
	"bytes"
	"fmt"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/text/language"

	"sango/assets/fonts"
	"sango/game/ui/geom"
)

// renderer shapes with text/v2. The Go fonts are small and cover Latin, Greek and
// Cyrillic; Arabic and Chinese have their own faces (assets/fonts). The Arabic face holds
// Latin letters too: with one face for the whole line, text/v2's bidi puts a Latin name
// or a number where an Arabic reader expects it, which a MultiFace of two fonts did not.
type renderer struct {
	regular, bold *text.GoTextFaceSource
	lang          language.Tag // guides shaping: script, and Chinese rather than Japanese forms
}

func (r *renderer) init(lang string) error {
	var err error
	r.lang = language.Make(lang)
	if r.regular, err = source(lang, false); err != nil {
		return err
	}
	r.bold, err = source(lang, true)
	return err
}

// source loads the face for a language and weight.
func source(lang string, bold bool) (*text.GoTextFaceSource, error) {
	data := goregular.TTF
	if bold {
		data = gobold.TTF
	}
	if name := fonts.File(lang, bold); name != "" {
		var err error
		if data, err = fonts.Data(name); err != nil {
			return nil, fmt.Errorf("loading the %s font: %w", lang, err)
		}
	}
	src, err := text.NewGoTextFaceSource(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("loading the %s font (bold %v): %w", lang, bold, err)
	}
	return src, nil
}

// goFace is the text/v2 face for face. A GoTextFace is cheap to make: text/v2 caches
// glyphs by source and size, not by face value.
func (r *renderer) goFace(face Face) *text.GoTextFace {
	src := r.regular
	if face.Bold {
		src = r.bold
	}
	gf := &text.GoTextFace{Source: src, Size: face.Size, Language: r.lang}
	if face.RTL {
		gf.Direction = text.DirectionRightToLeft
	}
	return gf
}

func (r *renderer) width(s string, face Face) float64 { return text.Advance(s, r.goFace(face)) }

func (r *renderer) line(dst *ebiten.Image, s string, face Face, box geom.Rect, align Align, clr color.Color) {
	op := &text.DrawOptions{}
	op.ColorScale.ScaleWithColor(clr)
	op.SecondaryAlign = text.AlignCenter
	x := box.X
	// text/v2's Start and End follow the face's direction, so a left edge is the start
	// of a left-to-right line and the end of a right-to-left one.
	switch {
	case align == Center:
		x = box.X + box.W/2
		op.PrimaryAlign = text.AlignCenter
	case hugsLeft(align, face.RTL):
		op.PrimaryAlign = text.AlignStart
		if face.RTL {
			op.PrimaryAlign = text.AlignEnd
		}
	default:
		x = box.X + box.W
		op.PrimaryAlign = text.AlignEnd
		if face.RTL {
			op.PrimaryAlign = text.AlignStart
		}
	}
	op.GeoM.Translate(x, box.Y+box.H/2)
	text.Draw(dst, s, r.goFace(face), op)
}
