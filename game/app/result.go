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
	badge bool       // this play earned its place's badge
	laid  resultPlan // where the words go, worked out at layout for the draws after it
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

// split divides the body with Sango's share of it.
func (s *resultScene) split(g *Game, artShare float64) (art, column geom.Rect) {
	b := g.body()
	if g.m.Portrait {
		return b.SplitTop(b.H * artShare)
	}
	art, column = b.SplitLeft(b.W * artShare)
	return art, geom.Rect{X: column.X + g.m.Pad, Y: column.Y, W: column.W - g.m.Pad, H: column.H}
}

func (s *resultScene) layout(g *Game) ([]*widget.Button, string) {
	m := g.m
	// Sango's corner gets less room (none at all on the smallest phones) when the words
	// need it: see plan.
	s.laid = s.plan(g)
	col := s.laid.col
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

// resultPlan is where the result screen's words go, worked out before any is drawn. The
// lines Sango says aloud get their room first: each spoken line must stay on screen as
// its caption, so on a small phone it is the review and the score that give way.
type resultPlan struct {
	art, col   geom.Rect
	msgSize    float64 // the key message's text size
	titleY     float64
	keyBox     geom.Rect // the key message's box
	badgeY     float64   // the badge line's top, or -1 when not earned or no room
	judgedY    float64   // the judgement line's top, or -1 when nothing was judged or no room
	review     geom.Rect // room for the review; zero height for none
	scoreY     float64   // the first-try score's top, or -1 when it does not fit
	next       string    // the spoken closing line ("" when there were no choices)
	nextY      float64
	nextBottom float64
	buttonH    float64
}

// plan lays the words out with Sango as large as the spoken words allow: the key message
// in its heading size, or smaller, with Sango's share shrinking, until the key message and
// the closing line fit above the buttons. The last try is used even if they still do
// not.
func (s *resultScene) plan(g *Game) resultPlan {
	m := g.m
	shares := []float64{0.32, 0.26, 0.2}
	if m.Portrait {
		shares = []float64{0.26, 0.18, 0.1, 0}
	}
	var p resultPlan
	for _, size := range []float64{m.Heading * 0.85, m.Body} {
		for _, share := range shares {
			art, col := s.split(g, share)
			if p = s.planIn(g, art, col, size); p.fits() {
				return p
			}
		}
	}
	return p
}

// fits reports whether the key message and the closing line are above the buttons.
func (p resultPlan) fits() bool {
	top := p.col.Bottom() - p.buttonH
	return p.keyBox.Bottom() <= top && p.nextBottom <= top
}

// planIn lays the words out in col, the key message at msgSize.
func (s *resultScene) planIn(g *Game, art, col geom.Rect, msgSize float64) resultPlan {
	m := g.m
	p := resultPlan{art: art, col: col, msgSize: msgSize, buttonH: m.Button, titleY: col.Y, scoreY: -1}
	y := col.Y + textdraw.Height(g.T("ui.result_title"), g.fonts.Face(m.Title*0.7, true), col.W) + m.Pad*0.5

	inner := col.Inset(m.Pad * 1.25)
	msgFace := g.fonts.Face(msgSize, true)
	h := textdraw.LineHeight(g.fonts.Face(m.Small, true)) + textdraw.Height(g.T(s.lvl.KeyMessage), msgFace, inner.W) + 2.5*m.Pad
	p.keyBox = geom.Rect{X: col.X, Y: y, W: col.W, H: h}
	y += h + m.Pad

	// What stays below the words: the buttons, and the spoken closing line above them.
	room := col.Bottom() - m.Button - m.Pad
	body := g.fonts.Face(m.Body, false)
	if s.res.Choices > 0 {
		p.next = g.T("ui.result_some_safe")
		if s.res.SafeFirstTry == s.res.Choices {
			p.next = g.T("ui.result_all_safe")
		}
		room -= textdraw.Height(p.next, body, col.W) + m.Pad*0.25
	}

	// Then, as far as room allows: the badge, the judgement and its review, the score.
	p.badgeY, p.judgedY = -1, -1
	if s.badge {
		if bh := s.badgeHeight(g, col.W); y+bh <= room {
			p.badgeY = y
			y += bh + m.Pad*0.5
		}
	}
	if s.res.Score.Judged() > 0 {
		if jh := textdraw.Height(s.judgedLine(g), g.fonts.Face(m.Body, true), col.W); y+jh <= room {
			p.judgedY = y
			y += jh
			p.review = geom.Rect{X: col.X, Y: y, W: col.W, H: max(0, room-y)}
			y += s.reviewHeight(g, p.review) + m.Pad*0.5
		}
	}
	if s.res.Choices > 0 {
		if sh := textdraw.Height(s.scoreLine(g), body, col.W); y+sh <= room {
			p.scoreY = y
			y += sh
		}
		p.nextY = y + m.Pad*0.25
		p.nextBottom = p.nextY + textdraw.Height(p.next, body, col.W)
	}
	return p
}

func (s *resultScene) judgedLine(g *Game) string {
	sc := s.res.Score
	return g.cat.Format("ui.result_judged", "right", fmt.Sprint(sc.Right()), "total", fmt.Sprint(sc.Judged()))
}

func (s *resultScene) scoreLine(g *Game) string {
	return g.cat.Format("ui.result_score", "safe", fmt.Sprint(s.res.SafeFirstTry), "total", fmt.Sprint(s.res.Choices))
}

func (s *resultScene) badgeLine(g *Game) string {
	return g.cat.Format("ui.badge_earned", "place", g.T("ui.risk_"+string(s.lvl.Risk)))
}

// badgeHeight is the height of the medal and its words, which wrap beside it: a place's
// name can be long on a phone.
func (s *resultScene) badgeHeight(g *Game, w float64) float64 {
	face := g.fonts.Face(g.m.Body, true)
	side := textdraw.LineHeight(face) * 1.4
	return max(side, textdraw.Height(s.badgeLine(g), face, w-side-g.m.Pad*0.5))
}

func (s *resultScene) draw(g *Game, dst *ebiten.Image) {
	m := g.m
	p := s.laid
	art, col := p.art, p.col
	if art.H > 2*m.Pad && art.W > 2*m.Pad {
		g.drawSango(dst, g.place(art.Inset(m.Pad)), "happy")
	}
	textdraw.Block(dst, g.T("ui.result_title"), g.fonts.Face(m.Title*0.7, true), g.place(geom.Rect{X: col.X, Y: p.titleY, W: col.W}), textdraw.Start, theme.Primary)

	// The key message, in a box of its own: the one thing to remember.
	inner := p.keyBox.Inset(m.Pad * 1.25)
	shape.RoundRect(dst, g.place(p.keyBox), m.Radius, theme.GoodBg)
	shape.RoundRectLine(dst, g.place(p.keyBox), m.Radius, 3*m.Unit, theme.Good)
	ty := inner.Y
	labelFace := g.fonts.Face(m.Small, true)
	ty += textdraw.Block(dst, g.T("ui.you_learned"), labelFace, g.place(geom.Rect{X: inner.X, Y: ty, W: inner.W}), textdraw.Start, theme.Good)
	textdraw.Block(dst, g.T(s.lvl.KeyMessage), g.fonts.Face(p.msgSize, true), g.place(geom.Rect{X: inner.X, Y: ty, W: inner.W}), textdraw.Start, theme.Ink)

	body := g.fonts.Face(m.Body, false)
	if p.badgeY >= 0 {
		face := g.fonts.Face(m.Body, true)
		side := textdraw.LineHeight(face) * 1.4
		c := theme.RiskColor(s.lvl.Risk)
		cx, cy := g.place(geom.Rect{X: col.X, Y: p.badgeY, W: side, H: side}).Center()
		shape.Circle(dst, cx, cy, side/2, c)
		shape.Polygon(dst, theme.OnPrimary, starPoints(cx, cy, side*0.36, side*0.15)...)
		line := s.badgeLine(g)
		tw := col.W - side - m.Pad*0.5
		th := textdraw.Height(line, face, tw)
		textdraw.Block(dst, line, face, g.place(geom.Rect{X: col.X + side + m.Pad*0.5, Y: p.badgeY + max(0, side-th)/2, W: tw}), textdraw.Start, theme.Ink)
	}
	if p.judgedY >= 0 {
		// Judgement, not suspicion: risky things caught and safe things trusted both count.
		textdraw.Block(dst, s.judgedLine(g), g.fonts.Face(m.Body, true), g.place(geom.Rect{X: col.X, Y: p.judgedY, W: col.W}), textdraw.Start, theme.Ink)
		s.drawReview(g, dst, p.review)
	}
	if p.scoreY >= 0 {
		textdraw.Block(dst, s.scoreLine(g), body, g.place(geom.Rect{X: col.X, Y: p.scoreY, W: col.W}), textdraw.Start, theme.Ink)
	}
	if p.next != "" {
		textdraw.Block(dst, p.next, body, g.place(geom.Rect{X: col.X, Y: p.nextY, W: col.W}), textdraw.Start, theme.InkSoft)
	}
	g.drawContentButtons(dst)
}

// reviewLine is one line of the review, placed.
type reviewLine struct {
	text string
	good bool
	y, h float64
}

// reviewLines lists what went well and what to try next time, as far as room in box
// allows: the first thing to try next comes first, since that is what the child can act
// on. It also returns the height they take.
func (s *resultScene) reviewLines(g *Game, box geom.Rect) ([]reviewLine, float64) {
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
	var wanted []reviewLine
	if len(next) > 0 {
		wanted = append(wanted, reviewLine{text: next[0]})
	}
	if len(good) > 0 {
		wanted = append(wanted, reviewLine{text: good[0], good: true})
	}
	face := g.fonts.Face(m.Small*1.1, false)
	var out []reviewLine
	y := box.Y + m.Pad*0.25
	for _, l := range wanted {
		l.y, l.h = y, textdraw.Height(l.text, face, box.W-2*m.Pad)
		if y+l.h > box.Bottom() {
			break
		}
		out = append(out, l)
		y += l.h + m.Pad*0.4
	}
	return out, y - box.Y
}

func (s *resultScene) reviewHeight(g *Game, box geom.Rect) float64 {
	_, h := s.reviewLines(g, box)
	return h
}

func (s *resultScene) drawReview(g *Game, dst *ebiten.Image, box geom.Rect) {
	m := g.m
	lines, _ := s.reviewLines(g, box)
	face := g.fonts.Face(m.Small*1.1, false)
	for _, l := range lines {
		clr := theme.Think
		if l.good {
			clr = theme.Good
		}
		shape.RoundRect(dst, g.place(geom.Rect{X: box.X, Y: l.y + l.h*0.15, W: 6 * m.Unit, H: l.h * 0.7}), 3*m.Unit, clr)
		textdraw.Block(dst, l.text, face, g.place(geom.Rect{X: box.X + m.Pad, Y: l.y, W: box.W - 2*m.Pad}), textdraw.Start, theme.Ink)
	}
}
