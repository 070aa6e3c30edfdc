package app

import (
	"path"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/level"
	"sango/game/ui/geom"
	"sango/game/ui/sango"
	"sango/game/ui/shape"
	"sango/game/ui/textdraw"
	"sango/game/ui/theme"
	"sango/game/ui/widget"
)

// scene is one screen of the game.
type scene interface {
	name() string
	title(g *Game) string // shown in the top bar; "" for none
	hasBack() bool
	// layout returns the scene's buttons in reading order, below the top bar, and the id
	// that should take focus first.
	layout(g *Game) ([]*widget.Button, string)
	draw(g *Game, dst *ebiten.Image)
	activate(g *Game, id string)
	back(g *Game)
}

// place mirrors a rectangle laid out left-to-right when the language reads right-to-left.
func (g *Game) place(r geom.Rect) geom.Rect {
	if g.rtl {
		return r.Mirror(float64(g.w))
	}
	return r
}

// body is the area under the top bar, with margins, in left-to-right coordinates.
func (g *Game) body() geom.Rect {
	m := g.m
	return geom.Rect{X: m.Pad * 1.5, Y: m.TopBar + m.Pad, W: m.W - 3*m.Pad, H: m.H - m.TopBar - 2*m.Pad}
}

func (g *Game) topBarButtons() []*widget.Button {
	m := g.m
	var out []*widget.Button
	h := m.Button
	y := (m.TopBar - h) / 2
	if g.scene.hasBack() && !g.help {
		w := textdraw.Width(g.T("ui.back"), g.fonts.Face(m.Body, true)) + 2.5*m.Pad
		out = append(out, &widget.Button{ID: "back", Label: g.T("ui.back"), Style: widget.Secondary,
			Rect: g.place(geom.Rect{X: m.Pad, Y: y, W: w, H: h})})
	}
	w := textdraw.Width(g.T("ui.get_help"), g.fonts.Face(m.Body, true)) + 2.5*m.Pad
	help := &widget.Button{ID: "help", Label: g.T("ui.get_help"), Style: widget.HelpStyle,
		Rect: g.place(geom.Rect{X: m.W - m.Pad - w, Y: y, W: w, H: h})}
	out = append(out, help)
	if _, lines := g.speechNow(); len(lines) > 0 && g.narrationOn() {
		out = append(out, g.hearButton(help.Rect))
	}
	return out
}

func (g *Game) drawTopBar(dst *ebiten.Image) {
	m := g.m
	shape.RoundRect(dst, geom.Rect{X: -m.Radius, Y: -m.Radius, W: m.W + 2*m.Radius, H: m.TopBar + m.Radius}, m.Radius, theme.Panel)
	shape.RoundRect(dst, geom.Rect{X: 0, Y: m.TopBar - 2*m.Unit, W: m.W, H: 2 * m.Unit}, 0, theme.PanelEdge)
	if t := g.scene.title(g); t != "" && !g.help {
		// The title sits between the buttons and is cut short rather than overlap them.
		left, right := m.Pad, m.W-m.Pad
		for _, b := range g.buttons.Buttons {
			if isBarButton(b.ID) {
				// By the button's middle: a long "Get help" on a phone starts left of centre.
				if b.Rect.X+b.Rect.W/2 < m.W/2 {
					left = max(left, b.Rect.Right()+m.Pad)
				} else {
					right = min(right, b.Rect.X-m.Pad)
				}
			}
		}
		face := g.fonts.Face(m.Heading*0.8, true)
		// With no room for even a word, the bar shows none: the screen says where we are.
		if right-left >= 3*face.Size {
			t = fitLine(t, face, right-left)
			textdraw.Line(dst, t, face, geom.Rect{X: left, Y: 0, W: right - left, H: m.TopBar}, textdraw.Center, theme.Ink)
		}
	}
	for _, b := range g.buttons.Buttons {
		if isBarButton(b.ID) {
			widget.Draw(dst, b, g.fonts, m, b.ID == g.buttons.Focused(), b.ID == g.buttons.Hovered(), b.ID == g.buttons.Pressed())
		}
	}
}

// isBarButton reports whether a button sits in the top bar, drawn with it.
func isBarButton(id string) bool {
	return id == "back" || id == "help" || id == "language" || id == "hear"
}

// banded is a scene inside one age band.
type banded interface {
	bandOf() level.Band
}

// fitLine shortens s with an ellipsis until it fits width.
func fitLine(s string, face textdraw.Face, width float64) string {
	if textdraw.Width(s, face) <= width {
		return s
	}
	r := []rune(s)
	for len(r) > 1 {
		r = r[:len(r)-1]
		if t := strings.TrimSpace(string(r)) + "…"; textdraw.Width(t, face) <= width {
			return t
		}
	}
	return "…"
}

// drawContentButtons draws every button that is not in the top bar.
func (g *Game) drawContentButtons(dst *ebiten.Image) {
	for _, b := range g.buttons.Buttons {
		if isBarButton(b.ID) {
			continue
		}
		widget.Draw(dst, b, g.fonts, g.m, b.ID == g.buttons.Focused(), b.ID == g.buttons.Hovered(), b.ID == g.buttons.Pressed())
	}
}

// drawSango draws the mascot in box, facing the reading direction.
func (g *Game) drawSango(dst *ebiten.Image, box geom.Rect, pose string) {
	p, ok := sango.ParsePose(pose)
	if !ok {
		p = sango.Idle
	}
	g.mascot.Draw(dst, box.X, box.Y, box.W, box.H, p, g.anim.frame(), g.rtl)
}

// panel draws a white rounded panel.
func (g *Game) panel(dst *ebiten.Image, r geom.Rect) {
	shape.RoundRect(dst, geom.Rect{X: r.X, Y: r.Y + 3*g.m.Unit, W: r.W, H: r.H}, g.m.Radius, theme.Shadow)
	shape.RoundRect(dst, r, g.m.Radius, theme.Panel)
	shape.RoundRectLine(dst, r, g.m.Radius, 2*g.m.Unit, theme.PanelEdge)
}

func levelIDFromFile(file string) string {
	return strings.TrimSuffix(path.Base(file), ".toml")
}

// headingSplit divides the body into a centred heading (the text under key) and the area
// below it.
func (g *Game) headingSplit(key string) (head, rest geom.Rect) {
	b := g.body()
	face := g.fonts.Face(g.m.Heading, true)
	return b.SplitTop(textdraw.Height(g.T(key), face, b.W) + g.m.Pad)
}

func (g *Game) drawHeading(dst *ebiten.Image, key string) {
	head, _ := g.headingSplit(key)
	textdraw.Block(dst, g.T(key), g.fonts.Face(g.m.Heading, true), g.place(head), textdraw.Center, theme.Ink)
}

// shapeNotice draws the soft amber box used for gentle notices.
func shapeNotice(g *Game, dst *ebiten.Image, r geom.Rect) {
	shape.RoundRect(dst, r, g.m.Radius, theme.ThinkBg)
	shape.RoundRectLine(dst, r, g.m.Radius, 2*g.m.Unit, theme.Think)
}
