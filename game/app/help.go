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

// helpLines are the panel's paragraphs; the middle one is the reassurance, in bold.
func helpLines() []struct {
	key  string
	bold bool
} {
	return []struct {
		key  string
		bold bool
	}{{"ui.help_tell", false}, {"ui.help_not_trouble", true}, {"ui.help_line", false}}
}

// helpGeometry lays the panel out around its text, so it fits the smallest phone: the
// box, Sango's picture, and the column the words go in.
func (g *Game) helpGeometry() (box, art, text geom.Rect) {
	m := g.m
	w := min(m.W-2*m.Pad, 760*m.Unit)
	inner := w - 3*m.Pad
	artW := 0.0
	if !m.Portrait {
		artW = inner * 0.28
	}
	textW := inner - artW
	if artW > 0 {
		textW -= m.Pad
	}
	textH := textdraw.Height(g.T("ui.help_title"), g.fonts.Face(m.Heading, true), textW) + m.Pad*0.5
	for _, l := range helpLines() {
		textH += textdraw.Height(g.T(l.key), g.fonts.Face(m.Body, l.bold), textW) + m.Pad*0.5
	}
	artH := 0.0
	if m.Portrait {
		artH = min(140*m.Unit, m.H*0.15)
	}
	h := artH + textH + m.Pad + m.Button + 3*m.Pad
	if !m.Portrait {
		h = max(h, 420*m.Unit)
	}
	h = min(h, m.H-2*m.Pad)
	box = geom.Rect{X: (m.W - w) / 2, Y: (m.H - h) / 2, W: w, H: h}
	in := box.Inset(m.Pad * 1.5)
	if m.Portrait {
		art, text = in.SplitTop(artH)
	} else {
		art, text = in.SplitLeft(artW)
		art.H -= m.Button + m.Pad
		text.X += m.Pad
		text.W -= m.Pad
	}
	return box, art, text
}

func (g *Game) helpLayout() ([]*widget.Button, string) {
	m := g.m
	box, _, _ := g.helpGeometry()
	in := box.Inset(m.Pad * 1.5)
	w := min(in.W, 280*m.Unit)
	r := geom.Rect{X: in.Right() - w, Y: in.Bottom() - m.Button, W: w, H: m.Button}
	return []*widget.Button{{ID: "help-close", Label: g.T("ui.close"), Style: widget.Primary, Rect: g.place(r)}}, "help-close"
}

func (g *Game) drawHelp(dst *ebiten.Image) {
	m := g.m
	shape.RoundRect(dst, geom.Rect{X: 0, Y: 0, W: m.W, H: m.H}, 0, theme.Scrim)
	box, art, text := g.helpGeometry()
	shape.RoundRect(dst, box, m.Radius, theme.Panel)
	shape.RoundRectLine(dst, box, m.Radius, 4*m.Unit, theme.Help)
	if art.H > 0 && art.W > 0 {
		g.drawSango(dst, g.place(art.Inset(m.Pad*0.25)), "concerned")
	}
	y := text.Y
	y += textdraw.Block(dst, g.T("ui.help_title"), g.fonts.Face(m.Heading, true), g.place(geom.Rect{X: text.X, Y: y, W: text.W}), textdraw.Start, theme.Help)
	y += m.Pad * 0.5
	for _, l := range helpLines() {
		y += textdraw.Block(dst, g.T(l.key), g.fonts.Face(m.Body, l.bold), g.place(geom.Rect{X: text.X, Y: y, W: text.W}), textdraw.Start, theme.Ink)
		y += m.Pad * 0.5
	}
	g.drawContentButtons(dst)
}
