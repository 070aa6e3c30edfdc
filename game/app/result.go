package app

import (
	"fmt"

	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/level"
	"sango/game/runner"
	"sango/game/ui/geom"
	"sango/game/ui/shape"
	"sango/game/ui/textdraw"
	"sango/game/ui/theme"
	"sango/game/ui/widget"
)

// resultScene closes a level on its key message and says, warmly, how the choices went.
type resultScene struct {
	lvl   *level.Level
	res   runner.Result
	badge bool // this play earned its place's badge
}

func (*resultScene) name() string           { return "result" }
func (s *resultScene) title(g *Game) string { return g.T(s.lvl.Title) }
func (*resultScene) hasBack() bool          { return true }
func (s *resultScene) back(g *Game)         { g.goTo(&levelsScene{band: s.lvl.Band, risk: s.lvl.Risk}) }

func (s *resultScene) activate(g *Game, id string) {
	switch id {
	case "more":
		g.goTo(&mapScene{band: s.lvl.Band})
	case "again":
		g.goTo(newPlay(g, s.lvl))
	}
}

// Result exposes the outcome to autoplay.
func (s *resultScene) Result() (*level.Level, runner.Result) { return s.lvl, s.res }

func (s *resultScene) regions(g *Game) (art, column geom.Rect) {
	b := g.body()
	if g.m.Portrait {
		art, column = b.SplitTop(b.H * 0.26)
		return art, column
	}
	art, column = b.SplitLeft(b.W * 0.32)
	return art, geom.Rect{X: column.X + g.m.Pad, Y: column.Y, W: column.W - g.m.Pad, H: column.H}
}

func (s *resultScene) layout(g *Game) ([]*widget.Button, string) {
	m := g.m
	_, col := s.regions(g)
	gap := m.Pad
	w := min((col.W-gap)/2, 320*m.Unit)
	y := col.Bottom() - m.Button
	right := geom.Rect{X: col.Right() - w, Y: y, W: w, H: m.Button}
	left := geom.Rect{X: right.X - gap - w, Y: y, W: w, H: m.Button}
	return []*widget.Button{
		{ID: "again", Label: g.T("ui.play_again"), Say: "ui.play_again", Style: widget.Secondary, Rect: g.place(left)},
		{ID: "more", Label: g.T("ui.more_levels"), Say: "ui.more_levels", Style: widget.Primary, Rect: g.place(right)},
	}, "more"
}

func (s *resultScene) draw(g *Game, dst *ebiten.Image) {
	m := g.m
	art, col := s.regions(g)
	g.drawSango(dst, g.place(art.Inset(m.Pad)), "happy")
	y := col.Y
	y += textdraw.Block(dst, g.T("ui.result_title"), g.fonts.Face(m.Title*0.7, true), g.place(geom.Rect{X: col.X, Y: y, W: col.W}), textdraw.Start, theme.Primary)
	y += m.Pad * 0.5

	// The key message, in a box of its own: the one thing to remember.
	inner := col.Inset(m.Pad * 1.25)
	labelFace, msgFace := g.fonts.Face(m.Small, true), g.fonts.Face(m.Heading*0.85, true)
	msg := g.T(s.lvl.KeyMessage)
	h := textdraw.LineHeight(labelFace) + textdraw.Height(msg, msgFace, inner.W) + 2.5*m.Pad
	box := geom.Rect{X: col.X, Y: y, W: col.W, H: h}
	shape.RoundRect(dst, g.place(box), m.Radius, theme.GoodBg)
	shape.RoundRectLine(dst, g.place(box), m.Radius, 3*m.Unit, theme.Good)
	ty := y + m.Pad*1.25
	ty += textdraw.Block(dst, g.T("ui.you_learned"), labelFace, g.place(geom.Rect{X: inner.X, Y: ty, W: inner.W}), textdraw.Start, theme.Good)
	textdraw.Block(dst, msg, msgFace, g.place(geom.Rect{X: inner.X, Y: ty, W: inner.W}), textdraw.Start, theme.Ink)
	y += h + m.Pad

	body := g.fonts.Face(m.Body, false)
	if s.badge {
		line := g.cat.Format("ui.badge_earned", "place", g.T("ui.risk_"+string(s.lvl.Risk)))
		face := g.fonts.Face(m.Body, true)
		side := textdraw.LineHeight(face) * 1.4
		c := theme.RiskColor(s.lvl.Risk)
		cx, cy := g.place(geom.Rect{X: col.X, Y: y, W: side, H: side}).Center()
		shape.Circle(dst, cx, cy, side/2, c)
		shape.Polygon(dst, theme.OnPrimary, starPoints(cx, cy, side*0.36, side*0.15)...)
		// The words wrap beside the medal: a place's name can be long on a phone.
		tw := col.W - side - m.Pad*0.5
		th := textdraw.Height(line, face, tw)
		textdraw.Block(dst, line, face, g.place(geom.Rect{X: col.X + side + m.Pad*0.5, Y: y + max(0, side-th)/2, W: tw}), textdraw.Start, theme.Ink)
		y += max(side, th) + m.Pad*0.5
	}
	if sc := s.res.Score; sc.Judged() > 0 {
		// Judgement, not suspicion: risky things caught and safe things trusted both count.
		line := g.cat.Format("ui.result_judged", "right", fmt.Sprint(sc.Right()), "total", fmt.Sprint(sc.Judged()))
		y += textdraw.Block(dst, line, g.fonts.Face(m.Body, true), g.place(geom.Rect{X: col.X, Y: y, W: col.W}), textdraw.Start, theme.Ink)
		y += s.drawReview(g, dst, geom.Rect{X: col.X, Y: y, W: col.W, H: col.Bottom() - m.Button - m.Pad - y})
		y += m.Pad * 0.5
	}
	if s.res.Choices > 0 {
		// Words stop above the buttons: on a small screen the last lines give way.
		room := col.Bottom() - m.Button - m.Pad
		score := g.cat.Format("ui.result_score", "safe", fmt.Sprint(s.res.SafeFirstTry), "total", fmt.Sprint(s.res.Choices))
		if y+textdraw.Height(score, body, col.W) <= room {
			y += textdraw.Block(dst, score, body, g.place(geom.Rect{X: col.X, Y: y, W: col.W}), textdraw.Start, theme.Ink)
		}
		next := g.T("ui.result_some_safe")
		if s.res.SafeFirstTry == s.res.Choices {
			next = g.T("ui.result_all_safe")
		}
		if y+m.Pad*0.25+textdraw.Height(next, body, col.W) <= room {
			textdraw.Block(dst, next, body, g.place(geom.Rect{X: col.X, Y: y + m.Pad*0.25, W: col.W}), textdraw.Start, theme.InkSoft)
		}
	}
	g.drawContentButtons(dst)
}

// drawReview lists what went well and what to try next time, as far as room allows: the
// first thing to try next comes first, since that is what the child can act on.
func (s *resultScene) drawReview(g *Game, dst *ebiten.Image, box geom.Rect) float64 {
	m := g.m
	var good, next []string
	for _, n := range s.res.Review {
		if n.Text == "" {
			continue
		}
		if n.Good {
			good = append(good, g.T(n.Text))
		} else {
			next = append(next, g.T(n.Text))
		}
	}
	var lines []struct {
		text string
		good bool
	}
	if len(next) > 0 {
		lines = append(lines, struct {
			text string
			good bool
		}{next[0], false})
	}
	if len(good) > 0 {
		lines = append(lines, struct {
			text string
			good bool
		}{good[0], true})
	}
	face := g.fonts.Face(m.Small*1.1, false)
	y := box.Y + m.Pad*0.25
	for _, l := range lines {
		h := textdraw.Height(l.text, face, box.W-2*m.Pad)
		if y+h > box.Bottom() {
			break
		}
		clr := theme.Think
		if l.good {
			clr = theme.Good
		}
		shape.RoundRect(dst, g.place(geom.Rect{X: box.X, Y: y + h*0.15, W: 6 * m.Unit, H: h * 0.7}), 3*m.Unit, clr)
		textdraw.Block(dst, l.text, face, g.place(geom.Rect{X: box.X + m.Pad, Y: y, W: box.W - 2*m.Pad}), textdraw.Start, theme.Ink)
		y += h + m.Pad*0.4
	}
	return y - box.Y
}
