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

	"sango/game/ui/geom"
)

// renderer shapes with text/v2. The Go fonts are small and cover Latin, Greek and
// Cyrillic; scripts they lack need their own faces.
type renderer struct {
	regular, bold *text.GoTextFaceSource
}

func (r *renderer) init(string) error {
	var err error
	if r.regular, err = text.NewGoTextFaceSource(bytes.NewReader(goregular.TTF)); err != nil {
		return fmt.Errorf("loading the regular font: %w", err)
	}
	if r.bold, err = text.NewGoTextFaceSource(bytes.NewReader(gobold.TTF)); err != nil {
		return fmt.Errorf("loading the bold font: %w", err)
	}
	return nil
}

// goFace is the text/v2 face for face. A GoTextFace is cheap to make: text/v2 caches
// glyphs by source and size, not by face value.
func (r *renderer) goFace(face Face) *text.GoTextFace {
	src := r.regular
	if face.Bold {
		src = r.bold
	}
	gf := &text.GoTextFace{Source: src, Size: face.Size}
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
