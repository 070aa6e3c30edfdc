package app

import (
	"path"

	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/content"
	"sango/game/level"
	"sango/game/ui/geom"
	"sango/game/ui/textdraw"
	"sango/game/ui/theme"
	"sango/game/ui/widget"
)

// levelsScene lists a band's levels. A level file that failed to load is listed too, as
// a card that cannot be opened and says why, so a teacher can fix it while the rest of
// the game plays on.
type levelsScene struct {
	band level.Band
	risk level.Risk // the place on the map; "" lists the whole band (broken files too)
}

func (*levelsScene) name() string { return "levels" }
func (s *levelsScene) title(g *Game) string {
	if s.risk != "" {
		return g.T("ui.risk_" + string(s.risk))
	}
	return g.T("ui.band_" + string(s.band))
}
func (*levelsScene) hasBack() bool  { return true }
func (s *levelsScene) back(g *Game) { g.goTo(&mapScene{band: s.band}) }

// shown is the levels this list shows, in play order, with whether each is open.
func (s *levelsScene) shown(g *Game) ([]*level.Level, []bool) {
	ordered := g.orderedIDs(s.band)
	var out []*level.Level
	var open []bool
	for i, l := range g.cfg.Content.InBand(s.band) {
		if s.risk == "" || l.Risk == s.risk {
			out = append(out, l)
			open = append(open, g.unlocked(ordered, i))
		}
	}
	return out, open
}

func (s *levelsScene) broken(g *Game) []content.Broken {
	if s.risk != "" {
		return nil
	}
	return g.cfg.Content.BrokenInBand(s.band)
}

func (s *levelsScene) activate(g *Game, id string) {
	levels, open := s.shown(g)
	for i, l := range levels {
		if id == "level:"+l.ID && open[i] {
			g.goTo(newPlay(g, l))
		}
	}
	for _, br := range s.broken(g) {
		if id == "broken:"+br.File {
			g.goTo(&brokenScene{broken: br})
		}
	}
}

func (s *levelsScene) layout(g *Game) ([]*widget.Button, string) {
	_, area := g.headingSplit("ui.choose_level")
	m := g.m
	levels, open := s.shown(g)
	broken := s.broken(g)
	cols := 2
	if m.Portrait {
		cols = 1
	}
	n := len(levels) + len(broken)
	rows := (n + cols - 1) / cols
	gap := m.Pad
	h := 130 * m.Unit
	if rows > 0 {
		h = min(h, (area.H-gap*float64(rows-1))/float64(rows))
	}
	w := (area.W - gap*float64(cols-1)) / float64(cols)
	cell := func(i int) geom.Rect {
		return geom.Rect{X: area.X + float64(i%cols)*(w+gap), Y: area.Y + float64(i/cols)*(h+gap), W: w, H: h}
	}
	var out []*widget.Button
	focus := ""
	for i, l := range levels {
		l := l
		c := theme.RiskColor(l.Risk)
		done := g.progress.Done(l.ID)
		if focus == "" && !done && open[i] {
			focus = "level:" + l.ID
		}
		sub := g.T("ui.risk_" + string(l.Risk))
		if !open[i] {
			sub = g.T("ui.level_locked")
		}
		locked := !open[i]
		out = append(out, &widget.Button{
			ID: "level:" + l.ID, Label: g.T(l.Title), Sub: sub, Say: l.Title,
			Style: widget.Card, Rect: g.place(cell(i)), Marked: done, Disabled: locked,
			Accent: [4]uint8{c.R, c.G, c.B, c.A},
			Icon: func(dst *ebiten.Image, box geom.Rect) {
				drawRiskIcon(dst, box, l.Risk)
				if locked {
					drawLock(dst, box)
				}
			},
		})
	}
	for j, br := range broken {
		// A broken level opens onto the full explanation, for the adult who can fix it.
		out = append(out, &widget.Button{
			ID: "broken:" + br.File, Label: g.T("ui.level_needs_fixing"), Sub: brokenSummary(br),
			Style: widget.Card, Rect: g.place(cell(len(levels) + j)),
			Accent: [4]uint8{theme.Error.R, theme.Error.G, theme.Error.B, theme.Error.A},
		})
	}
	return out, focus
}

// brokenSummary is the first problem of a broken level, as file:line:col: message with
// the folder left off to fit on a card; the full paths are one tap away.
func brokenSummary(br content.Broken) string {
	if len(br.Problems) == 0 {
		return path.Base(br.File)
	}
	p := br.Problems[0]
	p.File = path.Base(p.File)
	return p.String()
}

func (s *levelsScene) draw(g *Game, dst *ebiten.Image) {
	_, area := g.headingSplit("ui.choose_level")
	m := g.m
	g.drawHeading(dst, "ui.choose_level")
	if len(g.buttons.Buttons) <= 2 { // only the top bar: nothing to play here yet
		art, rest := area.SplitTop(area.H * 0.55)
		g.drawSango(dst, g.place(art.Inset(m.Pad)), "talking")
		textdraw.Block(dst, g.T("ui.no_levels"), g.fonts.Face(m.Body, false), g.place(rest.Inset(m.Pad)), textdraw.Center, theme.Ink)
	}
	g.drawContentButtons(dst)
}
