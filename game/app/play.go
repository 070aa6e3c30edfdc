package app

import (
	"fmt"
	"image/color"
	"strconv"
	"strings"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/content"
	"sango/game/diag"
	"sango/game/level"
	"sango/game/mech"
	"sango/game/mech/chat"
	"sango/game/runner"
	"sango/game/ui/geom"
	"sango/game/ui/shape"
	"sango/game/ui/sound"
	"sango/game/ui/textdraw"
	"sango/game/ui/theme"
	"sango/game/ui/widget"
)

// playScene plays a level: Sango and the speaker on one side, the words and the child's
// options on the other (stacked on a portrait phone).
type playScene struct {
	lvl *level.Level
	run *runner.Runner

	view     mechView      // the current mechanic's view, in the Activity phase
	viewFor  mech.Activity // the activity view was made for
	mechArea geom.Rect     // where the view was laid out, so draw matches layout
	longest  map[longestKey]float64
	moves    int // moves made in the current mini-game, so each reaction is read once
	// tapped is the button of the last move, and historySeen how long a chat's history
	// was before it, so narration can say what changed.
	tapped      widget.Button
	historySeen int
}

func newPlay(g *Game, l *level.Level) scene {
	r, err := runner.New(l)
	if err != nil {
		return &brokenScene{broken: content.Broken{File: l.File, Band: l.Band,
			Problems: []diag.Problem{{File: l.File, Line: 1, Col: 1, Msg: err.Error()}}}}
	}
	g.anim.start(time.Now())
	return &playScene{lvl: l, run: r}
}

func (*playScene) name() string           { return "play" }
func (s *playScene) title(g *Game) string { return g.T(s.lvl.Title) }
func (*playScene) hasBack() bool          { return true }
func (s *playScene) back(g *Game)         { g.goTo(&levelsScene{band: s.lvl.Band}) }

// Runner exposes the level state to autoplay.
func (s *playScene) Runner() *runner.Runner { return s.run }

func (s *playScene) activate(g *Game, id string) {
	var err error
	switch {
	case id == "continue":
		err = s.run.Continue()
		s.moves = 0
	case s.run.View().Phase == runner.Activity:
		var re mech.Reaction
		if b := g.buttons.Find(id); b != nil {
			s.tapped = *b
		}
		if c, ok := s.run.View().Activity.(*chat.Activity); ok {
			s.historySeen = len(c.History())
		}
		if re, err = s.run.Act(id); err == nil {
			s.moves++
			switch re.Tone {
			case mech.Good:
				g.cfg.Sound.Play(sound.Good)
			case mech.Retry:
				g.cfg.Sound.Play(sound.Retry)
			}
		}
	case strings.HasPrefix(id, "option:"):
		i, convErr := strconv.Atoi(strings.TrimPrefix(id, "option:"))
		if convErr != nil {
			return
		}
		if err = s.run.Choose(i); err == nil {
			if s.run.View().Safe {
				g.cfg.Sound.Play(sound.Good)
			} else {
				g.cfg.Sound.Play(sound.Retry)
			}
		}
	default:
		return
	}
	if err != nil {
		g.fail(fmt.Errorf("level %s: %w", s.lvl.ID, err))
		return
	}
	if s.run.Done() {
		res := s.run.Result()
		badge := g.record(s.lvl, res)
		g.cfg.Sound.Play(sound.Badge)
		g.goTo(&resultScene{lvl: s.lvl, res: res, badge: badge})
		return
	}
	if v := s.run.View(); v.Pose == "talking" {
		g.anim.start(time.Now())
	}
	g.relayout, g.dirty = true, true
}

// regions splits the body into the art column and the conversation panel.
func (s *playScene) regions(g *Game) (art, panel geom.Rect) {
	b := g.body()
	// A mechanic needs room to play in, so Sango steps back a little.
	activity := s.run.View().Phase == runner.Activity
	if g.m.Portrait {
		share := 0.24
		if activity {
			share = 0.13
		}
		art, panel = b.SplitTop(b.H * share)
		return art, geom.Rect{X: panel.X, Y: panel.Y + g.m.Pad, W: panel.W, H: panel.H - g.m.Pad}
	}
	share := 0.3
	if activity {
		share = 0.2
	}
	art, panel = b.SplitLeft(b.W * share)
	return art, geom.Rect{X: panel.X + g.m.Pad, Y: panel.Y, W: panel.W - g.m.Pad, H: panel.H}
}

// textArea is where the words go inside the panel: below the progress bar and the
// speaker's name.
func (s *playScene) textArea(g *Game, panel geom.Rect) geom.Rect {
	m := g.m
	in := panel.Inset(m.Pad * 1.5)
	nameH := textdraw.LineHeight(g.fonts.Face(m.Body, true))
	return geom.Rect{X: in.X, Y: in.Y + 10*m.Unit + nameH + m.Pad*0.5, W: in.W, H: in.H}
}

func (s *playScene) layout(g *Game) ([]*widget.Button, string) {
	m := g.m
	v := s.run.View()
	_, panel := s.regions(g)
	in := panel.Inset(m.Pad * 1.5)
	ta := s.textArea(g, panel)
	textH := textdraw.Height(g.T(v.Text), g.fonts.Face(m.Body, false), ta.W)
	if v.Phase == runner.Feedback {
		textH += textdraw.LineHeight(g.fonts.Face(m.Heading, true))
	}
	if v.Phase == runner.Activity {
		return s.activityLayout(g, v, in, ta)
	}
	switch v.Phase {
	case runner.Choice:
		face := g.fonts.Face(m.Body, false)
		gap := m.Pad * 0.75
		var heights []float64
		total := 0.0
		for _, key := range v.Options {
			h := max(m.Button, textdraw.Height(g.T(key), face, in.W-2*m.Pad-30*m.Unit)+2*m.Pad)
			heights = append(heights, h)
			total += h + gap
		}
		// Options sit under the prompt, or at the bottom when there is room to spare, so
		// thumbs reach them on a phone.
		y := max(ta.Y+textH+m.Pad, in.Bottom()-total+gap)
		var out []*widget.Button
		for i, key := range v.Options {
			out = append(out, &widget.Button{
				ID: "option:" + strconv.Itoa(i), Label: g.T(key), Style: widget.Option,
				Rect: g.place(geom.Rect{X: in.X, Y: y, W: in.W, H: heights[i]}), Marked: v.Tried[i],
			})
			y += heights[i] + gap
		}
		return out, "option:0"
	default:
		w := min(in.W, 320*m.Unit)
		r := geom.Rect{X: in.Right() - w, Y: in.Bottom() - m.Button, W: w, H: m.Button}
		return []*widget.Button{{ID: "continue", Label: g.T("ui.continue"), Style: widget.Primary, Rect: g.place(r)}}, "continue"
	}
}

func (s *playScene) draw(g *Game, dst *ebiten.Image) {
	m := g.m
	v := s.run.View()
	art, panel := s.regions(g)
	// Sango, and beside it whoever is speaking.
	pose := v.Pose
	if v.Who != level.SangoID {
		pose = "idle"
		speaker, sangoBox := art.Inset(m.Pad).SplitTop(art.H * 0.45)
		if m.Portrait {
			sangoBox, speaker = art.SplitLeft(art.W * 0.5)
		}
		g.drawAvatar(dst, g.place(speaker.Inset(m.Pad*0.5)), g.T(v.Name))
		g.drawSango(dst, g.place(sangoBox.Inset(m.Pad*0.5)), pose)
	} else {
		g.drawSango(dst, g.place(art.Inset(m.Pad)), pose)
	}

	// The conversation panel, tinted after a choice.
	fill, edge := color.Color(theme.Panel), color.Color(theme.PanelEdge)
	if v.Phase == runner.Feedback {
		fill, edge = theme.ThinkBg, theme.Think
		if v.Safe {
			fill, edge = theme.GoodBg, theme.Good
		}
	}
	pr := g.place(panel)
	shape.RoundRect(dst, geom.Rect{X: pr.X, Y: pr.Y + 3*m.Unit, W: pr.W, H: pr.H}, m.Radius, theme.Shadow)
	shape.RoundRect(dst, pr, m.Radius, fill)
	shape.RoundRectLine(dst, pr, m.Radius, 3*m.Unit, edge)

	in := panel.Inset(m.Pad * 1.5)
	// How far through the level: a quiet bar, never a timer.
	frac := float64(s.lvl.StepIndex(v.StepID)+1) / float64(len(s.lvl.Steps))
	bar := geom.Rect{X: in.X, Y: in.Y, W: in.W, H: 8 * m.Unit}
	shape.RoundRect(dst, g.place(bar), 4*m.Unit, theme.SkyLow)
	shape.RoundRect(dst, g.place(geom.Rect{X: bar.X, Y: bar.Y, W: bar.W * frac, H: bar.H}), 4*m.Unit, theme.Primary)

	if v.Phase == runner.Activity {
		// A mechanic needs every bit of room; the prompt says who is asking.
		s.drawActivity(g, dst, v, in)
		return
	}
	nameFace := g.fonts.Face(m.Body, true)
	name := g.T("who.sango")
	if v.Name != "" {
		name = g.T(v.Name)
	}
	nameBox := geom.Rect{X: in.X, Y: in.Y + 10*m.Unit + m.Pad*0.25, W: in.W, H: textdraw.LineHeight(nameFace)}
	textdraw.Line(dst, name, nameFace, g.place(nameBox), textdraw.Start, theme.Primary)

	ta := s.textArea(g, panel)
	y := ta.Y
	if v.Phase == runner.Feedback {
		head, clr := g.T("ui.retry_feedback"), theme.Think
		if v.Safe {
			head, clr = g.T("ui.safe_feedback"), theme.Good
		}
		y += textdraw.Block(dst, head, g.fonts.Face(m.Heading, true), g.place(geom.Rect{X: ta.X, Y: y, W: ta.W}), textdraw.Start, clr)
	}
	textdraw.Block(dst, g.T(v.Text), g.fonts.Face(m.Body, false), g.place(geom.Rect{X: ta.X, Y: y, W: ta.W}), textdraw.Start, theme.Ink)
	g.drawContentButtons(dst)
}

// activityText is the prompt and what Sango said about the last move.
func (s *playScene) activityText(g *Game, v runner.View) (prompt, reaction string) {
	if v.Text != "" {
		prompt = g.T(v.Text)
	}
	if v.Reaction.Text != "" {
		reaction = g.T(v.Reaction.Text)
	}
	return prompt, reaction
}

// activityRegions splits the panel for a mechanic: the prompt on top, the mechanic in the
// middle, and a bottom row where Sango's reaction to each move appears, beside the
// Continue button once the activity is done. The reaction row keeps its height from
// move to move, so the mechanic's buttons stay where the child's finger expects them.
func (s *playScene) activityRegions(g *Game, v runner.View, in geom.Rect) (prompt, area, reaction, next geom.Rect) {
	m := g.m
	promptText, reactionText := s.activityText(g, v)
	y := in.Y + 10*m.Unit + m.Pad*0.5 // under the progress bar
	ph := 0.0
	if promptText != "" {
		ph = textdraw.Height(promptText, g.fonts.Face(m.Body, true), in.W)
	}
	prompt = geom.Rect{X: in.X, Y: y, W: in.W, H: ph}
	face := g.fonts.Face(m.Small*1.1, false)
	rowH := max(m.Button, 2*textdraw.LineHeight(face)+m.Pad)
	done := v.Activity.Done()
	nextW := min(in.W, 320*m.Unit)
	stacked := done && in.W-nextW < 360*m.Unit // a narrow phone: the reaction goes above Continue
	textW := in.W - 2*m.Pad*0.75
	if done && !stacked {
		textW -= nextW + m.Pad
	}
	// The row is as tall as the longest thing this step can say (up to four lines), so it
	// does not grow under the child's finger when a longer reaction comes.
	rowH = max(rowH, min(s.longestWords(g, v, face, textW), 4*textdraw.LineHeight(face))+m.Pad)
	if reactionText != "" {
		rowH = max(rowH, textdraw.Height(reactionText, face, textW)+m.Pad)
	}
	bottom := in.Bottom()
	if done {
		next = geom.Rect{X: in.Right() - nextW, Y: bottom - m.Button, W: nextW, H: m.Button}
	}
	switch {
	case stacked:
		reaction = geom.Rect{X: in.X, Y: bottom - m.Button - m.Pad*0.5 - rowH, W: in.W, H: rowH}
	case done:
		reaction = geom.Rect{X: in.X, Y: bottom - rowH, W: in.W - nextW - m.Pad, H: rowH}
	default:
		reaction = geom.Rect{X: in.X, Y: bottom - rowH, W: in.W, H: rowH}
	}
	top := prompt.Bottom() + m.Pad*0.5
	area = geom.Rect{X: in.X, Y: top, W: in.W, H: max(0, reaction.Y-m.Pad*0.5-top)}
	return prompt, area, reaction, next
}

// longestWords is the height of the tallest text the current mechanic step can show at
// a width. It is measured once per step and width, not on every frame of a drag.
func (s *playScene) longestWords(g *Game, v runner.View, face textdraw.Face, width float64) float64 {
	key := longestKey{activity: v.Activity, width: width, size: g.m.Small}
	if h, ok := s.longest[key]; ok {
		return h
	}
	h := 0.0
	if i := s.lvl.StepIndex(v.StepID); i >= 0 && s.lvl.Steps[i].Mech != nil {
		for _, k := range s.lvl.Steps[i].Mech.TextKeys() {
			h = max(h, textdraw.Height(g.T(k), face, width))
		}
	}
	if s.longest == nil || len(s.longest) > 16 {
		s.longest = map[longestKey]float64{}
	}
	s.longest[key] = h
	return h
}

type longestKey struct {
	activity mech.Activity
	width    float64
	size     float64
}

func (s *playScene) activityLayout(g *Game, v runner.View, in, _ geom.Rect) ([]*widget.Button, string) {
	if s.viewFor != v.Activity {
		s.view, s.viewFor = newMechView(v.Kind, v.Activity), v.Activity
	}
	_, area, _, next := s.activityRegions(g, v, in)
	s.mechArea = area
	out := s.view.layout(g, s.mechArea)
	focus := ""
	if len(out) > 0 {
		focus = out[0].ID
	}
	if v.Activity.Done() {
		out = append(out, &widget.Button{ID: "continue", Label: g.T("ui.continue"), Style: widget.Primary, Rect: g.place(next)})
		focus = "continue"
	}
	return out, focus
}

func (s *playScene) drawActivity(g *Game, dst *ebiten.Image, v runner.View, in geom.Rect) {
	m := g.m
	promptText, reactionText := s.activityText(g, v)
	prompt, _, reaction, _ := s.activityRegions(g, v, in)
	if promptText != "" {
		textdraw.Block(dst, promptText, g.fonts.Face(m.Body, true), g.place(prompt), textdraw.Start, theme.Ink)
	}
	if reactionText != "" {
		fill, edge := color.Color(theme.SkyLow), color.Color(theme.PanelEdge)
		switch v.Reaction.Tone {
		case mech.Good:
			fill, edge = theme.GoodBg, theme.Good
		case mech.Retry:
			fill, edge = theme.ThinkBg, theme.Think
		}
		shape.RoundRect(dst, g.place(reaction), m.Radius*0.6, fill)
		shape.RoundRectLine(dst, g.place(reaction), m.Radius*0.6, 2*m.Unit, edge)
		face := g.fonts.Face(m.Small*1.1, false)
		text := reaction.Inset(m.Pad * 0.75)
		h := textdraw.Height(reactionText, face, text.W)
		text.Y = reaction.Y + (reaction.H-h)/2
		textdraw.Block(dst, reactionText, face, g.place(text), textdraw.Start, theme.Ink)
	}
	if s.view != nil {
		s.view.draw(g, dst, s.mechArea)
	}
	g.drawContentButtons(dst)
	// Whatever is being dragged follows the pointer, drawn last so it floats above.
	if b, x, y := g.buttons.Drag(); b != nil {
		ghost := *b
		ghost.Rect = geom.Rect{X: x - b.Rect.W/2, Y: y - b.Rect.H/2, W: b.Rect.W, H: b.Rect.H}
		widget.Draw(dst, &ghost, g.fonts, m, false, true, false)
	}
}

// drawAvatar draws a speaker other than Sango as a friendly coloured face with their
// initial: a symbol, never a photo, as the content rules ask.
func (g *Game) drawAvatar(dst *ebiten.Image, box geom.Rect, name string) {
	cx, cy := box.Center()
	r := min(box.W, box.H) / 2
	palette := []color.RGBA{{0x7C, 0x4D, 0xC4, 0xff}, {0xC2, 0x5B, 0x12, 0xff}, {0x2E, 0x7D, 0x32, 0xff}, {0x1F, 0x5F, 0xAE, 0xff}, {0xAD, 0x1F, 0x5E, 0xff}}
	sum := 0
	for _, c := range name {
		sum += int(c)
	}
	shape.Circle(dst, cx, cy, r, palette[sum%len(palette)])
	initial := ""
	for _, c := range name {
		initial = strings.ToUpper(string(c))
		break
	}
	textdraw.Line(dst, initial, g.fonts.Face(r*1.1, true), geom.Rect{X: cx - r, Y: cy - r, W: 2 * r, H: 2 * r}, textdraw.Center, theme.OnPrimary)
}
