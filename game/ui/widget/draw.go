package widget

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/ui/geom"
	"sango/game/ui/shape"
	"sango/game/ui/textdraw"
	"sango/game/ui/theme"
)

// Draw paints a button in its state. The focus ring is two rings, amber outside and dark
// inside, so it shows on any background and to children with low colour vision.
func Draw(dst *ebiten.Image, b *Button, fonts *textdraw.Fonts, m theme.Metrics, focused, hovered, pressed bool) {
	r := b.Rect
	if pressed {
		r.Y += 2 * m.Unit
	}
	u := m.Unit
	if b.Paint != nil {
		b.Paint(dst, r, hovered, pressed)
	} else {
		drawStandard(dst, b, r, fonts, m, hovered, pressed)
	}
	if b.Marked {
		// A tick in a circle at the end corner: "done" or "already tried".
		cx := r.Right() - 22*u
		if fonts.RTL() {
			cx = r.X + 22*u
		}
		cy := r.Y + 22*u
		shape.Circle(dst, cx, cy, 13*u, theme.Good)
		shape.Line(dst, cx-6*u, cy, cx-1.5*u, cy+5*u, 3*u, theme.OnPrimary)
		shape.Line(dst, cx-1.5*u, cy+5*u, cx+6.5*u, cy-5*u, 3*u, theme.OnPrimary)
	}
	if focused {
		ring := b.Rect.Inset(-6 * u)
		shape.RoundRectLine(dst, ring, m.Radius+6*u, 5*u, theme.Focus)
		shape.RoundRectLine(dst, b.Rect.Inset(-2*u), m.Radius+2*u, 2*u, theme.FocusInner)
	}
}

// drawStandard paints a button in one of the standard styles.
func drawStandard(dst *ebiten.Image, b *Button, r geom.Rect, fonts *textdraw.Fonts, m theme.Metrics, hovered, pressed bool) {
	u := m.Unit
	accent := color.RGBA{b.Accent[0], b.Accent[1], b.Accent[2], b.Accent[3]}
	if b.Accent[3] == 0 {
		accent = theme.Primary
	}
	var fill, ink color.Color
	switch b.Style {
	case Primary:
		fill, ink = theme.Primary, theme.OnPrimary
		if hovered || pressed {
			fill = theme.PrimaryHi
		}
	case HelpStyle:
		fill, ink = theme.Help, theme.OnPrimary
		if hovered || pressed {
			fill = theme.HelpHi
		}
	default:
		fill, ink = theme.Panel, theme.Ink
		if hovered || pressed {
			fill = theme.SkyLow
		}
	}
	if b.Disabled {
		fill, ink = theme.Disabled, theme.InkSoft
	}
	// A soft shadow gives buttons depth so children see what can be pressed.
	if !pressed && !b.Disabled {
		shape.RoundRect(dst, geom.Rect{X: r.X, Y: r.Y + 3*u, W: r.W, H: r.H}, m.Radius, color.RGBA{0x1B, 0x2A, 0x41, 0x30})
	}
	shape.RoundRect(dst, r, m.Radius, fill)
	switch b.Style {
	case Secondary, Option:
		edge := theme.PanelEdge
		if b.Style == Option {
			edge = accent
		}
		shape.RoundRectLine(dst, r, m.Radius, 3*u, edge)
	case Card:
		shape.RoundRectLine(dst, r, m.Radius, 2*u, theme.PanelEdge)
	}

	inner := r.Inset(m.Pad)
	if b.Icon != nil {
		// Tall cards carry the picture on top; wide ones at the start of the line.
		if r.H > r.W*0.8 {
			side := min(inner.W, inner.H*0.55)
			b.Icon(dst, geom.Rect{X: inner.X + (inner.W-side)/2, Y: inner.Y, W: side, H: side})
			inner.Y += side
			inner.H -= side
		} else {
			side := inner.H
			box := geom.Rect{X: inner.X, Y: inner.Y, W: side, H: side}
			if fonts.RTL() {
				box.X = inner.Right() - side
			} else {
				inner.X += side + m.Pad
			}
			inner.W -= side + m.Pad
			b.Icon(dst, box)
		}
	}
	switch b.Style {
	case Option:
		face := fonts.Face(m.Body, false)
		h := textdraw.Height(b.Label, face, inner.W)
		textdraw.Block(dst, b.Label, face, geom.Rect{X: inner.X, Y: r.Y + (r.H-h)/2, W: inner.W, H: h}, textdraw.Start, ink)
	case Card:
		title := fonts.Face(m.Heading*0.85, true)
		sub := fonts.Face(m.Small, false)
		// Cards clip their words to fit: a long title or message must never spill out.
		titleLines := fit(textdraw.Lines(b.Label, title, inner.W), int(inner.H/textdraw.LineHeight(title)))
		room := inner.H - float64(len(titleLines))*textdraw.LineHeight(title) - 4*u
		var subLines []string
		if b.Sub != "" {
			subLines = fit(textdraw.Lines(b.Sub, sub, inner.W), int(room/textdraw.LineHeight(sub)))
		}
		th := float64(len(titleLines)) * textdraw.LineHeight(title)
		sh := float64(len(subLines)) * textdraw.LineHeight(sub)
		if len(subLines) > 0 {
			sh += 4 * u
		}
		y := r.Y + (r.H-th-sh)/2
		for _, l := range titleLines {
			textdraw.Line(dst, l, title, geom.Rect{X: inner.X, Y: y, W: inner.W, H: textdraw.LineHeight(title)}, textdraw.Start, ink)
			y += textdraw.LineHeight(title)
		}
		y += 4 * u
		for _, l := range subLines {
			textdraw.Line(dst, l, sub, geom.Rect{X: inner.X, Y: y, W: inner.W, H: textdraw.LineHeight(sub)}, textdraw.Start, theme.InkSoft)
			y += textdraw.LineHeight(sub)
		}
	default:
		face := fonts.Face(m.Body, true)
		lines := textdraw.Lines(b.Label, face, inner.W)
		lh := textdraw.LineHeight(face)
		// Centred in what the icon left free, so words never sit on the picture.
		y := inner.Y + (inner.H-float64(len(lines))*lh)/2
		if b.Icon == nil {
			y = r.Y + (r.H-float64(len(lines))*lh)/2
		}
		for _, line := range lines {
			textdraw.Line(dst, line, face, geom.Rect{X: inner.X, Y: y, W: inner.W, H: lh}, textdraw.Center, ink)
			y += lh
		}
	}
}

// DrawSet paints every button of a set in its state.
func DrawSet(dst *ebiten.Image, s *Set, fonts *textdraw.Fonts, m theme.Metrics) {
	for _, b := range s.Buttons {
		Draw(dst, b, fonts, m, b.ID == s.focus, b.ID == s.hover, b.ID == s.pressed)
	}
}

// fit keeps at most n lines, ending the last kept one with an ellipsis when lines were
// dropped.
func fit(lines []string, n int) []string {
	if n < 1 {
		return nil
	}
	if len(lines) <= n {
		return lines
	}
	out := append([]string(nil), lines[:n]...)
	out[n-1] += "…"
	return out
}
