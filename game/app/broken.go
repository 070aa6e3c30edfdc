package app

import (
	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/content"
	"sango/game/ui/geom"
	"sango/game/ui/textdraw"
	"sango/game/ui/theme"
	"sango/game/ui/widget"
)

// brokenScene explains, without alarm, that a level could not be opened, and shows the
// problems in path:line:col form for the adult who can fix them. Back leads to the
// level list, where everything else still plays.
type brokenScene struct {
	broken  content.Broken
	missing bool // no level by that id exists at all
}

func (*brokenScene) name() string           { return "broken" }
func (*brokenScene) title(*Game) string     { return "" }
func (*brokenScene) hasBack() bool          { return true }
func (*brokenScene) activate(*Game, string) {}

func (s *brokenScene) back(g *Game) {
	if s.broken.Band.Valid() {
		g.goTo(&levelsScene{band: s.broken.Band})
		return
	}
	g.goTo(&bandsScene{})
}

func (s *brokenScene) layout(g *Game) ([]*widget.Button, string) { return nil, "back" }

func (s *brokenScene) draw(g *Game, dst *ebiten.Image) {
	m := g.m
	b := g.body()
	art, col := b.SplitLeft(b.W * 0.28)
	if m.Portrait {
		art, col = b.SplitTop(b.H * 0.25)
	}
	g.drawSango(dst, g.place(art.Inset(m.Pad)), "concerned")
	col = col.Inset(m.Pad)
	y := col.Y
	y += textdraw.Block(dst, g.T("ui.error_title"), g.fonts.Face(m.Heading, true), g.place(geom.Rect{X: col.X, Y: y, W: col.W}), textdraw.Start, theme.Error)
	y += textdraw.Block(dst, g.T("ui.level_broken"), g.fonts.Face(m.Body, false), g.place(geom.Rect{X: col.X, Y: y, W: col.W}), textdraw.Start, theme.Ink)
	y += m.Pad
	small := g.fonts.Face(m.Small, false)
	lines := []string{}
	if s.missing {
		lines = append(lines, g.cat.Format("ui.level_missing", "id", s.broken.File))
	}
	for i, p := range s.broken.Problems {
		if i == 6 {
			lines = append(lines, "…")
			break
		}
		lines = append(lines, p.String())
	}
	for _, l := range lines {
		if y > col.Bottom()-textdraw.LineHeight(small) {
			break
		}
		// File positions read left to right in every language.
		y += textdraw.Block(dst, l, small, geom.Rect{X: col.X, Y: y, W: col.W}, textdraw.Start, theme.InkSoft)
	}
}
