package app

import (
	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/ui/geom"
	"sango/game/ui/shape"
	"sango/game/ui/textdraw"
	"sango/game/ui/theme"
	"sango/game/ui/widget"
)

// The Get help panel opens over any scene from the button every screen carries. It tells
// the child to stop and tell a trusted adult, that they will not be in trouble, and where
// a child helpline can be reached. Closing it returns to exactly where they were.

func (g *Game) helpBox() geom.Rect {
	m := g.m
	w := min(m.W-2*m.Pad, 760*m.Unit)
	h := min(m.H-2*m.Pad, 560*m.Unit)
	return geom.Rect{X: (m.W - w) / 2, Y: (m.H - h) / 2, W: w, H: h}
}

func (g *Game) helpLayout() ([]*widget.Button, string) {
	m := g.m
	box := g.helpBox().Inset(m.Pad * 1.5)
	w := min(box.W, 280*m.Unit)
	r := geom.Rect{X: box.Right() - w, Y: box.Bottom() - m.Button, W: w, H: m.Button}
	return []*widget.Button{{ID: "help-close", Label: g.T("ui.close"), Style: widget.Primary, Rect: g.place(r)}}, "help-close"
}

func (g *Game) drawHelp(dst *ebiten.Image) {
	m := g.m
	shape.RoundRect(dst, geom.Rect{X: 0, Y: 0, W: m.W, H: m.H}, 0, theme.Scrim)
	box := g.helpBox()
	shape.RoundRect(dst, box, m.Radius, theme.Panel)
	shape.RoundRectLine(dst, box, m.Radius, 4*m.Unit, theme.Help)
	in := box.Inset(m.Pad * 1.5)
	var art, text geom.Rect
	if m.Portrait {
		art, text = in.SplitTop(in.H * 0.22)
	} else {
		art, text = in.SplitLeft(in.W * 0.28)
		art.H -= m.Button + m.Pad
		text.X += m.Pad
		text.W -= m.Pad
	}
	g.drawSango(dst, g.place(art.Inset(m.Pad*0.5)), "concerned")
	y := text.Y
	y += textdraw.Block(dst, g.T("ui.help_title"), g.fonts.Face(m.Heading, true), g.place(geom.Rect{X: text.X, Y: y, W: text.W}), textdraw.Start, theme.Help)
	y += m.Pad * 0.5
	body := g.fonts.Face(m.Body, false)
	for _, key := range []string{"ui.help_tell", "ui.help_not_trouble", "ui.help_line"} {
		face := body
		if key == "ui.help_not_trouble" {
			face = g.fonts.Face(m.Body, true)
		}
		y += textdraw.Block(dst, g.T(key), face, g.place(geom.Rect{X: text.X, Y: y, W: text.W}), textdraw.Start, theme.Ink)
		y += m.Pad * 0.5
	}
	g.drawContentButtons(dst)
}
