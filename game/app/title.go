package app

import (
	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/ui/geom"
	"sango/game/ui/icon"
	"sango/game/ui/textdraw"
	"sango/game/ui/theme"
	"sango/game/ui/widget"
)

// titleScene greets the child with Sango and one big Play button.
type titleScene struct{}

func (*titleScene) name() string       { return "title" }
func (*titleScene) title(*Game) string { return "" }
func (*titleScene) hasBack() bool      { return false }
func (*titleScene) back(*Game)         {}
func (*titleScene) activate(g *Game, id string) {
	switch id {
	case "play":
		g.notice = ""
		g.goTo(&bandsScene{})
	case "language":
		g.goTo(&languageScene{})
	case "settings":
		g.notice = ""
		g.goTo(&settingsScene{from: &titleScene{}})
	}
}

// need is the height the words, the notice and the Play button take at a width.
func (*titleScene) need(g *Game, width float64) float64 {
	m := g.m
	h := m.Pad + textdraw.Height(g.T("ui.game_title"), g.fonts.Face(m.Title, true), width) + m.Pad*0.5 +
		textdraw.Height(g.T("ui.tagline"), g.fonts.Face(m.Heading, false), width)
	if g.notice != "" {
		h += m.Pad + textdraw.Height(g.notice, g.fonts.Face(m.Small, false), width-2*m.Pad) + 2*m.Pad
	}
	return h + m.Pad + m.Button*1.25 + m.Pad + m.Button + m.Pad
}

// regions splits the body into Sango's box and the text column. Sango gives up room
// when a notice needs it, so the words never run under the Play button.
func (s *titleScene) regions(g *Game) (art, column geom.Rect) {
	b := g.body()
	if g.m.Portrait {
		share := max(0.18, min(0.42, 1-s.need(g, b.W)/b.H))
		art, column = b.SplitTop(b.H * share)
		return art.Inset(g.m.Pad), column
	}
	art, column = b.SplitLeft(b.W * 0.42)
	return art.Inset(g.m.Pad), column.Inset(g.m.Pad)
}

func (s *titleScene) layout(g *Game) ([]*widget.Button, string) {
	_, col := s.regions(g)
	m := g.m
	w := min(col.W, 420*m.Unit)
	h := m.Button * 1.25
	// Settings sit under Play, smaller: sound and language, reachable on every screen
	// size (the top bar of a portrait phone has no room for them).
	sr := geom.Rect{X: col.X + (col.W-w)/2, Y: col.Bottom() - m.Button - m.Pad, W: w, H: m.Button}
	r := geom.Rect{X: sr.X, Y: sr.Y - m.Pad - h, W: w, H: h}
	play := &widget.Button{ID: "play", Label: g.T("ui.play"), Style: widget.Primary, Rect: g.place(r)}
	settings := &widget.Button{ID: "settings", Label: g.T("ui.settings"), Style: widget.Secondary, Rect: g.place(sr),
		Icon: func(dst *ebiten.Image, box geom.Rect) { icon.Draw(dst, "settings", box) }}
	// On a portrait phone the top-left corner is where the web page's full-screen button
	// goes; the language is changed from Settings there.
	if g.m.Portrait {
		return []*widget.Button{play, settings}, "play"
	}
	return []*widget.Button{play, settings, s.languageButton(g)}, "play"
}

// languageButton sits in the top bar where Back sits elsewhere: a globe and the current
// language's own name, which is what a child looking for their language recognises.
func (s *titleScene) languageButton(g *Game) *widget.Button {
	m := g.m
	name := g.cat.Name
	if name == "" {
		name = g.cat.Lang
	}
	h := m.Button
	w := textdraw.Width(name, g.fonts.Face(m.Body, true)) + 3*m.Pad + h*0.6
	return &widget.Button{ID: "language", Label: name, Style: widget.Secondary,
		Rect: g.place(geom.Rect{X: m.Pad, Y: (m.TopBar - h) / 2, W: w, H: h}),
		Icon: func(dst *ebiten.Image, box geom.Rect) { icon.Draw(dst, "globe", box) }}
}

func (s *titleScene) draw(g *Game, dst *ebiten.Image) {
	art, col := s.regions(g)
	m := g.m
	g.drawSango(dst, g.place(art), "happy")
	y := col.Y + m.Pad
	if !m.Portrait {
		y = col.Y + max(0, min(col.H*0.12, col.H-s.need(g, col.W)))
	}
	titleFace := g.fonts.Face(m.Title, true)
	y += textdraw.Block(dst, g.T("ui.game_title"), titleFace, g.place(geom.Rect{X: col.X, Y: y, W: col.W}), textdraw.Center, theme.Primary)
	y += m.Pad * 0.5
	y += textdraw.Block(dst, g.T("ui.tagline"), g.fonts.Face(m.Heading, false), g.place(geom.Rect{X: col.X, Y: y, W: col.W}), textdraw.Center, theme.Ink)
	if g.notice != "" {
		y += m.Pad
		face := g.fonts.Face(m.Small, false)
		inner := col.Inset(m.Pad)
		h := textdraw.Height(g.notice, face, inner.W) + 2*m.Pad
		box := geom.Rect{X: col.X, Y: y, W: col.W, H: h}
		shapeNotice(g, dst, g.place(box))
		textdraw.Block(dst, g.notice, face, g.place(geom.Rect{X: inner.X, Y: y + m.Pad, W: inner.W}), textdraw.Start, theme.Think)
	}
	g.drawContentButtons(dst)
}
