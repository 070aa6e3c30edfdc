package app

import (
	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/ui/geom"
	"sango/game/ui/icon"
	"sango/game/ui/shape"
	"sango/game/ui/textdraw"
	"sango/game/ui/theme"
	"sango/game/ui/widget"
)

// startScene is the web build's first screen: Sango and one big "tap to start". A
// browser lets a page make sound only after a gesture, so this tap is what lets Sango
// speak and the music play on the screens after it. The whole screen is the button: a
// small child taps anywhere.
type startScene struct {
	next scene
}

func (*startScene) name() string       { return "start" }
func (*startScene) title(*Game) string { return "" }
func (*startScene) hasBack() bool      { return false }
func (*startScene) back(*Game)         {}

func (s *startScene) activate(g *Game, id string) {
	if id == "start" {
		g.goTo(s.next)
	}
}

func (s *startScene) layout(g *Game) ([]*widget.Button, string) {
	m := g.m
	b := g.body()
	return []*widget.Button{{ID: "start", Label: g.T("ui.tap_to_start"), Rect: b,
		Paint: func(dst *ebiten.Image, r geom.Rect, hovered, pressed bool) {
			art, rest := r.SplitTop(r.H * 0.55)
			if !m.Portrait {
				art, rest = r.SplitLeft(r.W * 0.45)
			}
			g.drawSango(dst, g.place(art.Inset(m.Pad)), "happy")
			face := g.fonts.Face(m.Heading*1.2, true)
			text := g.T("ui.tap_to_start")
			w := min(rest.W-2*m.Pad, textdraw.Width(text, face)+m.Button*1.6+4*m.Pad)
			h := max(m.Button*1.6, textdraw.Height(text, face, w-m.Button*1.6-3*m.Pad)+2*m.Pad)
			btn := geom.Rect{X: rest.X + (rest.W-w)/2, Y: rest.Y + (rest.H-h)/2, W: w, H: h}
			fill := theme.Primary
			if hovered || pressed {
				fill = theme.PrimaryHi
			}
			shape.RoundRect(dst, g.place(btn), m.Radius, fill)
			side := m.Button
			ic := geom.Rect{X: btn.X + 1.5*m.Pad, Y: btn.Y + (h-side)/2, W: side, H: side}
			cx, cy := g.place(ic).Center()
			shape.Circle(dst, cx, cy, side*0.55, theme.Panel)
			icon.Draw(dst, "speaker", g.place(ic).Inset(side*0.12))
			tx := geom.Rect{X: ic.Right() + m.Pad, Y: btn.Y, W: btn.Right() - ic.Right() - 2*m.Pad, H: h}
			th := textdraw.Height(text, face, tx.W)
			tx.Y, tx.H = btn.Y+(h-th)/2, th
			textdraw.Block(dst, text, face, g.place(tx), textdraw.Center, theme.OnPrimary)
		}}}, "start"
}

func (s *startScene) draw(g *Game, dst *ebiten.Image) {
	g.drawContentButtons(dst)
}
