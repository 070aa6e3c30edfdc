package app

import (
	"fmt"

	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/level"
	"sango/game/ui/geom"
	"sango/game/ui/shape"
	"sango/game/ui/theme"
	"sango/game/ui/widget"
)

// mapScene is Sango's world for one age band: the four risks are four places joined by a
// path, each showing how many of its levels are done and its badge once earned. A place
// opens when its first level is unlocked.
type mapScene struct {
	band level.Band
}

func (*mapScene) name() string           { return "map" }
func (s *mapScene) title(g *Game) string { return g.T("ui.band_" + string(s.band)) }
func (*mapScene) hasBack() bool          { return true }
func (*mapScene) back(g *Game)           { g.goTo(&bandsScene{}) }

func (s *mapScene) activate(g *Game, id string) {
	for _, r := range level.Risks() {
		if id == "place:"+string(r) {
			g.goTo(&levelsScene{band: s.band, risk: r})
		}
	}
	if id == "broken-levels" {
		g.goTo(&levelsScene{band: s.band})
	}
}

// placeStatus is what the map says about one place.
type placeStatus struct {
	done, total int
	open        bool
	badge       bool
}

func (g *Game) placeStatus(band level.Band, risk level.Risk) placeStatus {
	ordered := g.orderedIDs(band)
	var st placeStatus
	for i, id := range ordered {
		l := g.cfg.Content.Find(id)
		if l == nil || l.Risk != risk {
			continue
		}
		st.total++
		if g.progress.Done(id) {
			st.done++
		}
		if g.unlocked(ordered, i) {
			st.open = true
		}
	}
	st.badge = g.progress.HasBadge(string(band), string(risk))
	return st
}

// orderedIDs lists a band's levels in play order.
func (g *Game) orderedIDs(band level.Band) []string {
	var ids []string
	for _, l := range g.cfg.Content.InBand(band) {
		ids = append(ids, l.ID)
	}
	return ids
}

// unlocked reports whether level i of a band's play order may be played now.
func (g *Game) unlocked(ordered []string, i int) bool {
	return g.cfg.OpenAll || g.progress.Unlocked(ordered, i)
}

func (s *mapScene) places(g *Game) []geom.Rect {
	_, area := g.headingSplit("ui.choose_place")
	m := g.m
	gap := m.Pad * 1.5
	var out []geom.Rect
	if m.Portrait {
		h := min((area.H-3*gap)/4, 200*m.Unit)
		for i := range 4 {
			out = append(out, geom.Rect{X: area.X, Y: area.Y + float64(i)*(h+gap), W: area.W, H: h})
		}
		return out
	}
	// Two rows of two, staggered along a winding path.
	w := (area.W - gap) / 2
	h := min((area.H-gap)/2, 260*m.Unit)
	for i := range 4 {
		col, row := i%2, i/2
		if row == 1 {
			col = 1 - col // the path turns back, so the order reads as a journey
		}
		out = append(out, geom.Rect{X: area.X + float64(col)*(w+gap), Y: area.Y + float64(row)*(h+gap), W: w, H: h})
	}
	return out
}

func (s *mapScene) layout(g *Game) ([]*widget.Button, string) {
	var out []*widget.Button
	focus := ""
	for i, r := range level.Risks() {
		st := g.placeStatus(s.band, r)
		c := theme.RiskColor(r)
		sub := g.cat.Format("ui.place_progress", "done", fmt.Sprint(st.done), "total", fmt.Sprint(st.total))
		if st.total == 0 {
			sub = g.T("ui.place_empty")
		} else if !st.open {
			sub = g.T("ui.place_locked")
		}
		risk := r
		b := &widget.Button{
			ID: "place:" + string(r), Label: g.T("ui.risk_" + string(r)), Sub: sub, Say: "ui.risk_" + string(r),
			Style: widget.Card, Rect: g.place(s.places(g)[i]),
			Disabled: !st.open,
			Accent:   [4]uint8{c.R, c.G, c.B, c.A},
			Icon: func(dst *ebiten.Image, box geom.Rect) {
				drawRiskIcon(dst, box, risk)
				if !st.open && st.total > 0 {
					drawLock(dst, box)
				}
				if st.badge {
					drawBadge(dst, box)
				}
			},
		}
		if focus == "" && st.open && st.done < st.total {
			focus = b.ID
		}
		out = append(out, b)
	}
	if len(g.cfg.Content.BrokenInBand(s.band)) > 0 {
		// A teacher needs to find a broken level file; it is listed with the rest.
		m := g.m
		_, area := g.headingSplit("ui.choose_place")
		w := min(area.W, 420*m.Unit)
		r := geom.Rect{X: area.Right() - w, Y: g.body().Bottom() - m.Button, W: w, H: m.Button}
		out = append(out, &widget.Button{ID: "broken-levels", Label: g.T("ui.level_needs_fixing"), Style: widget.Secondary, Rect: g.place(r)})
	}
	if focus == "" {
		focus = "place:" + string(level.RiskContent)
	}
	return out, focus
}

func (s *mapScene) draw(g *Game, dst *ebiten.Image) {
	g.drawHeading(dst, "ui.choose_place")
	// The path between the places, dotted, under the cards.
	ps := s.places(g)
	m := g.m
	for i := 0; i+1 < len(ps); i++ {
		x0, y0 := g.place(ps[i]).Center()
		x1, y1 := g.place(ps[i+1]).Center()
		const dots = 14
		for k := 1; k < dots; k++ {
			t := float64(k) / dots
			shape.Circle(dst, x0+(x1-x0)*t, y0+(y1-y0)*t, 5*m.Unit, theme.PanelEdge)
		}
	}
	g.drawContentButtons(dst)
}

// drawLock draws a small padlock over a picture: this place opens later.
func drawLock(dst *ebiten.Image, box geom.Rect) {
	s := min(box.W, box.H) * 0.45
	x, y := box.Right()-s, box.Bottom()-s
	shape.RoundRectLine(dst, geom.Rect{X: x + s*0.25, Y: y, W: s * 0.5, H: s * 0.6}, s*0.25, s*0.1, theme.InkSoft)
	shape.RoundRect(dst, geom.Rect{X: x + s*0.1, Y: y + s*0.4, W: s * 0.8, H: s * 0.6}, s*0.12, theme.InkSoft)
}

// drawBadge pins a gold star medal on a place's picture: every level there is done.
func drawBadge(dst *ebiten.Image, box geom.Rect) {
	r := min(box.W, box.H) * 0.22
	cx, cy := box.Right()-r, box.Y+r
	shape.Circle(dst, cx, cy, r, theme.Focus)
	shape.Polygon(dst, theme.OnPrimary, starPoints(cx, cy, r*0.72, r*0.3)...)
}
