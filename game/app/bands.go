package app

import (
	"fmt"

	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/level"
	"sango/game/ui/geom"
	"sango/game/ui/sango"
	"sango/game/ui/widget"
)

// bandsScene asks the child's age band with three big cards. Sango grows from card to
// card, so a child who cannot read the numbers can still pick "the small one".
type bandsScene struct{}

func (*bandsScene) name() string       { return "bands" }
func (*bandsScene) title(*Game) string { return "" }
func (*bandsScene) hasBack() bool      { return true }
func (*bandsScene) back(g *Game)       { g.goTo(&titleScene{}) }

func (*bandsScene) activate(g *Game, id string) {
	for _, b := range level.Bands() {
		if id == "band:"+string(b) {
			g.goTo(&mapScene{band: b})
		}
	}
}

func (s *bandsScene) layout(g *Game) ([]*widget.Button, string) {
	_, area := g.headingSplit("ui.choose_band")
	m := g.m
	bands := level.Bands()
	var out []*widget.Button
	gap := m.Pad * 1.5
	for i, b := range bands {
		var r geom.Rect
		if m.Portrait {
			h := min((area.H-gap*2)/3, 220*m.Unit)
			r = geom.Rect{X: area.X, Y: area.Y + float64(i)*(h+gap), W: area.W, H: h}
		} else {
			w := (area.W - gap*2) / 3
			h := min(area.H, 420*m.Unit)
			r = geom.Rect{X: area.X + float64(i)*(w+gap), Y: area.Y + (area.H-h)/2, W: w, H: h}
		}
		n := len(g.cfg.Content.InBand(b))
		scale := 0.6 + 0.2*float64(i)
		out = append(out, &widget.Button{
			ID: "band:" + string(b), Label: g.T("ui.band_" + string(b)), Say: "ui.band_" + string(b),
			Sub:   g.cat.Format("ui.level_count", "n", fmt.Sprint(n)),
			Style: widget.Card, Rect: g.place(r),
			Icon: func(dst *ebiten.Image, box geom.Rect) {
				inner := box.Inset(box.W * (1 - scale) / 2)
				inner.Y = box.Bottom() - inner.H
				g.mascot.Draw(dst, inner.X, inner.Y, inner.W, inner.H, sango.Happy, 0, g.rtl)
			},
		})
	}
	return out, "band:" + string(level.Band9to12)
}

func (s *bandsScene) draw(g *Game, dst *ebiten.Image) {
	g.drawHeading(dst, "ui.choose_band")
	g.drawContentButtons(dst)
}
