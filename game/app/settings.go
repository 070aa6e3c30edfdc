package app

import (
	"fmt"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/progress"
	"sango/game/ui/geom"
	"sango/game/ui/icon"
	"sango/game/ui/shape"
	"sango/game/ui/sound"
	"sango/game/ui/textdraw"
	"sango/game/ui/theme"
	"sango/game/ui/widget"
)

// settingsScene holds the child's choices about the game: how loud the music, the
// sounds and Sango's voice are, sound on or off, and the language. Volumes move in steps
// with big "quieter" and "louder" buttons rather than a slider, which small fingers and
// keyboards both work easily. Every change is saved at once.
type settingsScene struct {
	from scene // where Back returns to
}

// volumeRow is one volume the child can change.
type volumeRow struct {
	id, label, icon string
	get             func(*progress.Sound) *int
}

func volumeRows() []volumeRow {
	return []volumeRow{
		{"music", "ui.music", "music", func(s *progress.Sound) *int { return &s.Music }},
		{"effects", "ui.effects", "bell", func(s *progress.Sound) *int { return &s.Effects }},
		{"voice", "ui.voice", "speaker", func(s *progress.Sound) *int { return &s.Voice }},
	}
}

func (*settingsScene) name() string       { return "settings" }
func (*settingsScene) title(*Game) string { return "" } // the heading says it
func (*settingsScene) hasBack() bool      { return true }
func (*settingsScene) music() string      { return "title" }

func (s *settingsScene) back(g *Game) {
	if s.from != nil {
		g.goTo(s.from)
		return
	}
	g.goTo(&titleScene{})
}

func (s *settingsScene) activate(g *Game, id string) {
	snd := g.progress.Settings.SoundOrDefault()
	switch id {
	case "mute":
		snd.Muted = !snd.Muted
	case "language":
		g.goTo(&languageScene{returnTo: s})
		return
	default:
		changed := false
		for _, r := range volumeRows() {
			v := r.get(&snd)
			switch id {
			case r.id + "-":
				*v, changed = max(0, *v-1), true
			case r.id + "+":
				*v, changed = min(progress.SoundSteps, *v+1), true
			}
		}
		if !changed {
			return
		}
		// Changing a volume is a wish to hear it.
		snd.Muted = false
	}
	g.setSound(snd)
	if id == "effects-" || id == "effects+" {
		g.cfg.Sound.Play(sound.Good)
	}
	g.relayout, g.dirty = true, true
}

// setSound applies new sound settings and saves them with the progress.
func (g *Game) setSound(snd progress.Sound) {
	g.progress.Settings.Sound = &snd
	g.cfg.Sound.SetVolumes(volumes(snd))
	if err := g.cfg.Store.Save(g.progress); err != nil {
		fmt.Fprintf(g.cfg.Out, "sango: %v (the settings are kept until the game closes)\n", err)
	}
}

// settingsGeometry is where each row sits: a label with its picture, then quieter,
// the level and louder. On a phone the label goes above its controls.
type settingsGeometry struct {
	labels, minus, bars, plus []geom.Rect
	mute, language            geom.Rect
}

func (s *settingsScene) geometry(g *Game) settingsGeometry {
	m := g.m
	_, area := g.headingSplit("ui.settings")
	area = geom.Rect{X: area.X + (area.W-min(area.W, 900*m.Unit))/2, Y: area.Y, W: min(area.W, 900*m.Unit), H: area.H}
	side := max(m.Button, 56*m.Unit)
	labelFace := g.fonts.Face(m.Heading*0.85, true)
	labelH := textdraw.LineHeight(labelFace) + m.Pad*0.5
	rows := volumeRows()
	rowH := side
	stacked := m.Portrait
	if stacked {
		rowH = labelH + side
	}
	gap := m.Pad
	var out settingsGeometry
	y := area.Y + m.Pad*0.5
	labelW := 0.0
	if !stacked {
		for _, r := range rows {
			labelW = max(labelW, textdraw.Width(g.T(r.label), labelFace)+side*0.8+m.Pad*1.5)
		}
		labelW = min(labelW, area.W*0.4)
	}
	for range rows {
		controls := geom.Rect{X: area.X + labelW, Y: y, W: area.W - labelW, H: side}
		label := geom.Rect{X: area.X, Y: y, W: labelW, H: side}
		if stacked {
			label = geom.Rect{X: area.X, Y: y, W: area.W, H: labelH}
			controls.Y = y + labelH
		}
		out.labels = append(out.labels, label)
		out.minus = append(out.minus, geom.Rect{X: controls.X, Y: controls.Y, W: side, H: side})
		out.plus = append(out.plus, geom.Rect{X: controls.Right() - side, Y: controls.Y, W: side, H: side})
		out.bars = append(out.bars, geom.Rect{X: controls.X + side + m.Pad, Y: controls.Y, W: controls.W - 2*side - 2*m.Pad, H: side})
		y += rowH + gap
	}
	y += gap * 0.5
	bw := (area.W - gap) / 2
	out.mute = geom.Rect{X: area.X, Y: y, W: bw, H: side}
	out.language = geom.Rect{X: area.X + bw + gap, Y: y, W: bw, H: side}
	if stacked {
		out.mute.W, out.language.W = area.W, area.W
		out.language.X, out.language.Y = area.X, y+side+gap
	}
	return out
}

func (s *settingsScene) layout(g *Game) ([]*widget.Button, string) {
	geo := s.geometry(g)
	snd := g.progress.Settings.SoundOrDefault()
	var out []*widget.Button
	for i, r := range volumeRows() {
		v := *r.get(&snd)
		out = append(out,
			s.stepButton(g, r.id+"-", g.T("ui.quieter")+": "+g.T(r.label), geo.minus[i], false, v == 0),
			s.stepButton(g, r.id+"+", g.T("ui.louder")+": "+g.T(r.label), geo.plus[i], true, v == progress.SoundSteps))
	}
	muteLabel, muteIcon := "ui.mute", "speaker-off"
	if snd.Muted {
		muteLabel, muteIcon = "ui.unmute", "speaker"
	}
	out = append(out,
		&widget.Button{ID: "mute", Label: g.T(muteLabel), Say: muteLabel, Style: widget.Secondary, Rect: g.place(geo.mute),
			Icon: func(dst *ebiten.Image, box geom.Rect) { icon.Draw(dst, muteIcon, box) }},
		&widget.Button{ID: "language", Label: g.T("ui.language") + ": " + g.cat.Name, Say: "ui.language", Style: widget.Secondary,
			Rect: g.place(geo.language), Icon: func(dst *ebiten.Image, box geom.Rect) { icon.Draw(dst, "globe", box) }})
	return out, "voice+"
}

// stepButton is a round "quieter" (a minus) or "louder" (a plus) button. At the end of
// its range it is greyed but stays, so the row does not change shape.
func (s *settingsScene) stepButton(g *Game, id, label string, r geom.Rect, plus, atEnd bool) *widget.Button {
	m := g.m
	return &widget.Button{ID: id, Label: label, Rect: g.place(r), Disabled: atEnd,
		Paint: func(dst *ebiten.Image, r geom.Rect, hovered, pressed bool) {
			fill, ink := color.Color(theme.Primary), color.Color(theme.OnPrimary)
			switch {
			case atEnd:
				fill, ink = theme.Disabled, theme.InkSoft
			case hovered || pressed:
				fill = theme.PrimaryHi
			}
			cx, cy := r.Center()
			shape.Circle(dst, cx, cy, r.H/2, fill)
			arm, w := r.H*0.22, max(3, 6*m.Unit)
			shape.Line(dst, cx-arm, cy, cx+arm, cy, w, ink)
			if plus {
				shape.Line(dst, cx, cy-arm, cx, cy+arm, w, ink)
			}
		}}
}

func (s *settingsScene) draw(g *Game, dst *ebiten.Image) {
	m := g.m
	g.drawHeading(dst, "ui.settings")
	geo := s.geometry(g)
	snd := g.progress.Settings.SoundOrDefault()
	face := g.fonts.Face(m.Heading*0.85, true)
	for i, r := range volumeRows() {
		lb := geo.labels[i]
		side := min(lb.H, m.Button) * 0.8
		ic := geom.Rect{X: lb.X, Y: lb.Y + (lb.H-side)/2, W: side, H: side}
		icon.Draw(dst, r.icon, g.place(ic))
		textdraw.Line(dst, g.T(r.label), face, g.place(geom.Rect{X: ic.Right() + m.Pad*0.5, Y: lb.Y, W: lb.W - side - m.Pad*0.5, H: lb.H}), textdraw.Start, theme.Ink)
		drawLevel(g, dst, geo.bars[i], *r.get(&snd), snd.Muted)
	}
	g.drawContentButtons(dst)
}

// drawLevel shows a volume as bars growing from quiet to loud, filled up to the level:
// a picture of "how loud" that needs no numbers. Muted, every bar is grey.
func drawLevel(g *Game, dst *ebiten.Image, box geom.Rect, level int, muted bool) {
	m := g.m
	n := progress.SoundSteps
	gap := m.Pad * 0.4
	w := min((box.W-gap*float64(n-1))/float64(n), 60*m.Unit)
	total := w*float64(n) + gap*float64(n-1)
	x := box.X + (box.W-total)/2
	for i := range n {
		h := box.H * (0.3 + 0.7*float64(i+1)/float64(n))
		c := color.Color(theme.SkyLow)
		if i < level {
			c = theme.Primary
			if muted {
				c = theme.PanelEdge
			}
		}
		bar := geom.Rect{X: x + float64(i)*(w+gap), Y: box.Bottom() - h, W: w, H: h}
		shape.RoundRect(dst, g.place(bar), min(w, h)*0.25, c)
	}
}

func (s *settingsScene) speech(g *Game) (string, []line) {
	lines := []line{{key: "ui.settings"}}
	for _, r := range volumeRows() {
		lines = append(lines, line{key: r.label})
	}
	return "settings", append(lines, g.sayButtons()...)
}
