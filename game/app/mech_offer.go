package app

import (
	"image/color"
	"strconv"

	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/mech"
	"sango/game/mech/offer"
	"sango/game/ui/geom"
	"sango/game/ui/icon"
	"sango/game/ui/shape"
	"sango/game/ui/textdraw"
	"sango/game/ui/theme"
	"sango/game/ui/widget"
)

// offerView shows an offer as a bright card: its picture, title and kind, a countdown
// label when the offer has one, the small print as tiles (a hidden one is a "Look closer"
// button), and the actions big at the bottom, the tempting one in gold.
//
// Nothing here moves on its own: the countdown is a still "00:59", because a still screen
// must not keep redrawing, and because the lesson is that the timer never really runs out.
type offerView struct{ a *offer.Activity }

func newOfferView(a mech.Activity) mechView {
	if oa, ok := a.(*offer.Activity); ok {
		return &offerView{a: oa}
	}
	return nil
}

// Card colours by style: a strong edge and a light wash, both readable under dark ink,
// and none of them the green or amber the game uses for "right" and "think again", so a
// card's colour never hints at whether the offer is fair.
func offerColors(style string) (edge, wash color.RGBA) {
	switch style {
	case "prize":
		return color.RGBA{0x3F, 0x51, 0xB5, 0xff}, color.RGBA{0xEE, 0xF0, 0xFB, 0xff}
	case "chest":
		return color.RGBA{0x6B, 0x3F, 0xA0, 0xff}, color.RGBA{0xF3, 0xEC, 0xFB, 0xff}
	case "trial":
		return color.RGBA{0x1F, 0x5F, 0xAE, 0xff}, color.RGBA{0xEA, 0xF2, 0xFC, 0xff}
	}
	return color.RGBA{0xAD, 0x1F, 0x5E, 0xff}, color.RGBA{0xFD, 0xEE, 0xF4, 0xff}
}

var (
	offerGold    = color.RGBA{0xFF, 0xC8, 0x3D, 0xff}
	offerGoldHi  = color.RGBA{0xFF, 0xB3, 0x00, 0xff}
	offerGoldRim = color.RGBA{0xB3, 0x6B, 0x00, 0xff}
	offerTimer   = color.RGBA{0xB0, 0x1E, 0x2E, 0xff}
	offerHidden  = color.RGBA{0xDD, 0xE6, 0xEE, 0xff}
)

// offerGeom is where everything goes, computed once for layout and draw alike, in
// left-to-right coordinates (pass each rectangle through g.place).
type offerGeom struct {
	card      geom.Rect // the bright card behind the face and the details
	icon      geom.Rect // the offer's picture
	title     geom.Rect // the style tag (when tag) above the title
	tag       bool      // room for the style tag
	titleSize float64   // the title's text size
	timer     geom.Rect // the countdown label; zero when there is none
	details   []geom.Rect
	actions   []geom.Rect
	need      float64 // the height all of it takes
	room      float64 // the height it may take
}

// offerPlan is one way to arrange a card: the face beside the tiles or above them, how
// many columns of tiles, and how many rows of actions. The last few plans are for small
// screens with a long reaction above the card.
type offerPlan struct {
	side    bool // the face on the start side, the tiles beside it
	compact bool // a one-line face with a smaller title and no style tag
	cols    int
	rows    int
	bare    bool // once the step is over: no action bar at all
	tight   bool // once no tile is a button: tiles only as tall as their words
	noFace  bool // no face row: the tiles and actions only, while Sango speaks
}

// plans lists the arrangements to try for an area, roomiest first.
func (v *offerView) plans(g *Game, area geom.Rect) []offerPlan {
	u := g.m.Unit
	nd, na := len(v.a.Spec.Details), len(v.a.Spec.Actions)
	two := min(2, nd)
	// The tempting action goes on a row of its own when the actions are too narrow in one.
	rows := 1
	if na > 2 && (area.W-float64(na-1)*g.m.Pad*0.5)/float64(na) < 150*u {
		rows = 2
	}
	var out []offerPlan
	if area.W >= 640*u {
		out = append(out, offerPlan{side: true, cols: two, rows: 1}, offerPlan{compact: true, cols: two, rows: 1})
		if nd > 2 && (area.W-2*g.m.Pad)/float64(nd) >= 170*u {
			out = append(out, offerPlan{compact: true, cols: nd, rows: 1})
		}
	} else {
		if nd <= 3 {
			// A few details read best as full-width rows, pictures and all.
			out = append(out, offerPlan{cols: 1, rows: rows})
		}
		out = append(out, offerPlan{cols: two, rows: rows}, offerPlan{compact: true, cols: two, rows: rows})
		if rows == 2 {
			out = append(out, offerPlan{compact: true, cols: two, rows: 1})
		}
	}
	last := out[len(out)-1]
	if v.a.Done() {
		// The actions are no longer buttons and every tile can shrink to its words.
		for _, p := range out {
			p.bare = true
			out = append(out, p)
		}
		last.bare, last.tight = true, true
		out = append(out, last)
		last.noFace = true
		return append(out, last)
	}
	// As a last resort the face makes way while Sango speaks (the reaction below says
	// what matters).
	last.tight = len(v.a.Moves()) == len(v.a.Spec.Actions) // no Look closer tile left
	last.noFace = true
	return append(out, last)
}

// geometry picks the first arrangement that fits the area, or else the smallest.
func (v *offerView) geometry(g *Game, area geom.Rect) offerGeom {
	var best offerGeom
	for i, p := range v.plans(g, area) {
		o := v.arrange(g, area, p)
		if o.need <= o.room+0.5 {
			return o
		}
		if i == 0 || o.need-o.room < best.need-best.room {
			best = o
		}
	}
	return best
}

// arrange lays the card out one way. Tiles and actions are at least a touch target tall;
// tiles grow into spare room, up to half as tall again.
func (v *offerView) arrange(g *Game, area geom.Rect, p offerPlan) offerGeom {
	m := g.m
	u := m.Unit
	sp := v.a.Spec
	gap := m.Pad * 0.5
	inset := m.Pad * 0.6
	o := offerGeom{tag: !p.compact, titleSize: m.Body * 1.1, room: area.H}
	if p.compact {
		o.titleSize = m.Body
	}
	tagH := 0.0
	if o.tag {
		tagH = textdraw.LineHeight(g.fonts.Face(m.Small, true))
	}
	titleH := func(w float64) float64 {
		return tagH + textdraw.Height(g.T(sp.Title), g.fonts.Face(o.titleSize, true), w)
	}
	timerH, timerW := 0.0, 0.0
	if sp.Countdown > 0 {
		face := g.fonts.Face(m.Small, true)
		timerH = textdraw.LineHeight(face) + 8*u
		timerW = textdraw.Width(g.T(offer.KeyEndsIn)+" "+sp.CountdownLabel(), face) + timerH + m.Pad
	}

	// The actions, big, under the card. Once the step is over they are no longer
	// buttons: only the one taken stays, on a slimmer bar, or none when room is short.
	ah := m.Button * 1.1
	if p.compact {
		ah = m.Button
	}
	rows := p.rows
	done := v.a.Done()
	if done {
		ah, rows = m.Button*0.8, 1
		if p.bare {
			ah, rows = 0, 0
		}
	}
	actionsH := float64(rows)*ah + float64(max(0, rows-1))*gap

	// The card's inside: the face, then the tiles.
	in := geom.Rect{X: area.X + inset, Y: area.Y + inset, W: area.W - 2*inset}
	var tiles geom.Rect
	var faceH float64
	if p.side {
		fw := min(300*u, in.W*0.34)
		side := min(72*u, fw*0.3)
		o.icon = geom.Rect{X: in.X, Y: in.Y, W: side, H: side}
		o.title = geom.Rect{X: in.X + side + gap, Y: in.Y, W: fw - side - gap}
		o.title.H = titleH(o.title.W)
		faceH = max(side, o.title.H)
		if timerH > 0 {
			o.timer = geom.Rect{X: in.X, Y: in.Y + faceH + gap, W: min(fw, timerW), H: timerH}
			faceH += gap + timerH
		}
		tiles = geom.Rect{X: in.X + fw + m.Pad, Y: in.Y, W: in.W - fw - m.Pad}
	} else if p.noFace {
		tiles = geom.Rect{X: in.X, Y: in.Y, W: in.W}
	} else {
		side := 48 * u
		if p.compact {
			side = 36 * u
		}
		o.title = geom.Rect{X: in.X + side + gap, Y: in.Y, W: in.W - side - gap}
		// A compact face keeps the countdown on the title's line when both fit.
		inline := p.compact && timerH > 0 && textdraw.Width(g.T(sp.Title), g.fonts.Face(o.titleSize, true))+timerW+gap <= o.title.W
		if inline {
			o.title.W -= timerW + gap
		}
		o.title.H = titleH(o.title.W)
		faceH = max(side, o.title.H)
		o.icon = geom.Rect{X: in.X, Y: in.Y + (faceH-side)/2, W: side, H: side}
		switch {
		case inline:
			o.timer = geom.Rect{X: in.Right() - timerW, Y: in.Y + (faceH-timerH)/2, W: timerW, H: timerH}
		case timerH > 0:
			o.timer = geom.Rect{X: in.X, Y: in.Y + faceH + gap*0.5, W: min(in.W, timerW), H: timerH}
			faceH += gap*0.5 + timerH
		}
		tiles = geom.Rect{X: in.X, Y: in.Y + faceH + gap, W: in.W}
	}

	// The tiles, as tall as the room left allows.
	nd := len(sp.Details)
	trows := (nd + p.cols - 1) / p.cols
	room := area.H - actionsH - gap*1.5 - inset - (tiles.Y - area.Y) - gap*float64(trows-1)
	least := m.Button // a tile that is a button stays a touch target
	if p.tight {
		least = textdraw.LineHeight(g.fonts.Face(m.Small*0.75, false))*2 + m.Pad*0.8
	}
	th := max(least, min(m.Button*1.5, room/float64(max(1, trows))))
	tw := (tiles.W - gap*float64(p.cols-1)) / float64(p.cols)
	o.details = make([]geom.Rect, nd)
	for i := range sp.Details {
		r, c := i/p.cols, i%p.cols
		o.details[i] = geom.Rect{X: tiles.X + float64(c)*(tw+gap), Y: tiles.Y + float64(r)*(th+gap), W: tw, H: th}
	}
	tilesH := float64(trows)*th + float64(trows-1)*gap
	if p.side {
		faceH = max(faceH, tilesH)
		if o.timer.H > 0 {
			o.timer.Y = in.Y + faceH - o.timer.H // the countdown sits at the face's foot
		}
		o.card = geom.Rect{X: area.X, Y: area.Y, W: area.W, H: faceH + 2*inset}
	} else {
		o.card = geom.Rect{X: area.X, Y: area.Y, W: area.W, H: tiles.Y - area.Y + tilesH + inset}
	}

	// The actions sit at the bottom of the area and grow into spare room, so that
	// small hands get big targets; what is left falls between them and the card.
	o.need = o.card.H + gap*1.5 + actionsH
	na := len(sp.Actions)
	o.actions = make([]geom.Rect, na)
	if rows == 0 {
		return o
	}
	if !done {
		grow := min(m.Button*0.5, max(0, area.H-o.need)/float64(rows))
		ah += grow
		actionsH += grow * float64(rows)
	}
	y := max(o.card.Bottom()+gap*1.5, area.Bottom()-actionsH)
	if done {
		for i, act := range sp.Actions {
			if act.ID == v.a.Chosen() {
				o.actions[i] = geom.Rect{X: area.X, Y: y, W: area.W, H: ah}
			}
		}
		return o
	}
	i := 0
	for r := 0; r < rows; r++ {
		k := na
		if rows == 2 {
			k = 1 // the tempting action first, on its own; the others under it
			if r == 1 {
				k = na - 1
			}
		}
		w := (area.W - gap*float64(k-1)) / float64(k)
		for c := 0; c < k && i < na; c++ {
			o.actions[i] = geom.Rect{X: area.X + float64(c)*(w+gap), Y: y, W: w, H: ah}
			i++
		}
		y += ah + gap
	}
	return o
}

func (v *offerView) layout(g *Game, area geom.Rect) []*widget.Button {
	o := v.geometry(g, area)
	sp := v.a.Spec
	var out []*widget.Button
	moves := map[string]bool{}
	for _, id := range v.a.Moves() {
		moves[id] = true
	}
	for i, d := range sp.Details {
		id := offer.LookPrefix + strconv.Itoa(i)
		if !moves[id] {
			continue
		}
		out = append(out, &widget.Button{
			ID: id, Label: g.T(offer.KeyLook), Rect: g.place(o.details[i]),
			Paint: func(dst *ebiten.Image, r geom.Rect, hovered, pressed bool) {
				v.paintHidden(g, dst, r, d, hovered || pressed)
			},
		})
	}
	for i, act := range sp.Actions {
		if !moves[act.ID] {
			continue
		}
		tempting := act.ID == offer.Accept
		out = append(out, &widget.Button{
			ID: act.ID, Label: g.T(act.Text), Say: act.Text, Rect: g.place(o.actions[i]),
			Paint: func(dst *ebiten.Image, r geom.Rect, hovered, pressed bool) {
				v.paintAction(g, dst, r, act, tempting, hovered || pressed, false)
			},
		})
	}
	return out
}

func (v *offerView) draw(g *Game, dst *ebiten.Image, area geom.Rect) {
	m := g.m
	u := m.Unit
	sp := v.a.Spec
	o := v.geometry(g, area)
	edge, wash := offerColors(sp.Style)

	// The card, bright and inviting, as an offer would be.
	card := g.place(o.card)
	shape.RoundRect(dst, geom.Rect{X: card.X, Y: card.Y + 4*u, W: card.W, H: card.H}, m.Radius, theme.Shadow)
	shape.RoundRect(dst, card, m.Radius, wash)
	shape.RoundRectLine(dst, card, m.Radius, 4*u, edge)

	if o.title.W > 0 {
		v.drawFace(g, dst, o, edge)
	}
	if o.timer.H > 0 {
		v.drawTimer(g, dst, o.timer)
	}

	// Tiles that are not buttons: the small print in view.
	moves := map[string]bool{}
	for _, id := range v.a.Moves() {
		moves[id] = true
	}
	for i, d := range sp.Details {
		if moves[offer.LookPrefix+strconv.Itoa(i)] {
			continue // a Look closer button, painted with the buttons
		}
		v.paintDetail(g, dst, g.place(o.details[i]), d, v.a.Revealed(i) || v.a.Done())
	}

	// Once the step is over only the action taken stays, ticked, when there is room.
	if v.a.Done() {
		for i, act := range sp.Actions {
			if act.ID == v.a.Chosen() && o.actions[i].H > 0 {
				v.paintAction(g, dst, g.place(o.actions[i]), act, false, false, true)
			}
		}
	}
}

// drawFace draws the offer's picture, its style tag and its title.
func (v *offerView) drawFace(g *Game, dst *ebiten.Image, o offerGeom, edge color.Color) {
	m := g.m
	sp := v.a.Spec
	icon.Draw(dst, sp.Icon, g.place(o.icon))
	y := o.title.Y
	if o.tag {
		tagFace := g.fonts.Face(m.Small, true)
		tagH := textdraw.LineHeight(tagFace)
		textdraw.Line(dst, g.T(offer.StyleKey(sp.Style)), tagFace, g.place(geom.Rect{X: o.title.X, Y: y, W: o.title.W, H: tagH}), textdraw.Start, edge)
		y += tagH
	}
	textdraw.Block(dst, g.T(sp.Title), g.fonts.Face(o.titleSize, true), g.place(geom.Rect{X: o.title.X, Y: y, W: o.title.W}), textdraw.Start, theme.Ink)
}

// drawTimer draws the countdown as a still label with a clock: "Offer ends in 00:59".
func (v *offerView) drawTimer(g *Game, dst *ebiten.Image, box geom.Rect) {
	m := g.m
	u := m.Unit
	face := g.fonts.Face(m.Small, true)
	label := g.T(offer.KeyEndsIn) + " " + v.a.Spec.CountdownLabel()
	pill := box
	shape.RoundRect(dst, g.place(pill), box.H/2, offerTimer)
	clock := geom.Rect{X: pill.X + 4*u, Y: pill.Y + 4*u, W: box.H - 8*u, H: box.H - 8*u}
	cx, cy := g.place(clock).Center()
	shape.Circle(dst, cx, cy, clock.H/2, theme.OnPrimary)
	icon.Draw(dst, "clock", g.place(clock))
	text := geom.Rect{X: clock.Right() + m.Pad*0.4, Y: pill.Y, W: pill.Right() - clock.Right() - m.Pad*0.6, H: pill.H}
	textdraw.Line(dst, label, face, g.place(text), textdraw.Start, theme.OnPrimary)
}

// paintHidden paints a detail the child has not looked at yet: a frosted tile with an eye
// and "Look closer".
func (v *offerView) paintHidden(g *Game, dst *ebiten.Image, r geom.Rect, d offer.Detail, hot bool) {
	m := g.m
	u := m.Unit
	fill := offerHidden
	if hot {
		fill = theme.SkyLow
	}
	shape.RoundRect(dst, geom.Rect{X: r.X, Y: r.Y + 3*u, W: r.W, H: r.H}, m.Radius*0.7, theme.Shadow)
	shape.RoundRect(dst, r, m.Radius*0.7, fill)
	shape.RoundRectLine(dst, r, m.Radius*0.7, 3*u, theme.Primary)
	// Frosted bars hint at words underneath.
	in := r.Inset(m.Pad * 0.5)
	side := min(in.H, 44*u)
	eye := geom.Rect{X: in.X, Y: in.Y + (in.H-side)/2, W: side, H: side}
	text := geom.Rect{X: eye.Right() + m.Pad*0.5, Y: in.Y, W: in.W - side - m.Pad*0.5, H: in.H}
	if g.rtl {
		eye.X = in.Right() - side
		text.X = in.X
	}
	shape.Circle(dst, eye.X+side/2, eye.Y+side/2, side/2, theme.Primary)
	icon.Draw(dst, "eye", eye.Inset(side*0.12))
	size, lines := g.offerFit(g.T(offer.KeyLook), text, m.Body, m.Small*0.85, true)
	g.offerLines(dst, lines, size, true, text, textdraw.Start, theme.Primary)
}

// paintDetail paints a detail in view. Once the child has looked at it (or the step is
// over), a catch gets a warm tint and a flag, a fair point a green tint and a tick.
func (v *offerView) paintDetail(g *Game, dst *ebiten.Image, r geom.Rect, d offer.Detail, judged bool) {
	m := g.m
	u := m.Unit
	fill, edge := color.Color(theme.Panel), color.Color(theme.PanelEdge)
	mark := ""
	if judged {
		fill, edge, mark = theme.GoodBg, theme.Good, "check"
		if d.Catch {
			fill, edge, mark = theme.ThinkBg, theme.Think, "flag"
		}
	}
	shape.RoundRect(dst, r, m.Radius*0.7, fill)
	shape.RoundRectLine(dst, r, m.Radius*0.7, 2*u, edge)
	in := r.Inset(m.Pad * 0.4)
	text := in
	side := min(in.H*0.8, 40*u)
	// The picture gives way when the words would be left too narrow to read.
	if d.Icon != "" && in.W-side-m.Pad*0.4 >= 110*u {
		box := geom.Rect{X: in.X, Y: in.Y + (in.H-side)/2, W: side, H: side}
		text.X, text.W = box.Right()+m.Pad*0.4, in.W-side-m.Pad*0.4
		if g.rtl {
			box.X, text.X = in.Right()-side, in.X
		}
		icon.Draw(dst, d.Icon, box)
	}
	if mark != "" {
		// A small badge in the end corner, drawn over the tile's edge.
		side := 26 * u
		bx := r.Right() - side*0.75
		if g.rtl {
			bx = r.X - side*0.25
		}
		badge := geom.Rect{X: bx, Y: r.Y - side*0.25, W: side, H: side}
		shape.Circle(dst, badge.X+side/2, badge.Y+side/2, side/2, edge)
		icon.Draw(dst, mark, badge.Inset(side*0.15))
	}
	size, lines := g.offerFit(g.T(d.Text), text, m.Body*0.9, m.Small*0.75, false)
	g.offerLines(dst, lines, size, false, text, textdraw.Start, theme.Ink)
}

// paintAction paints an action button: the tempting one gold and sparkling, the others
// calm; chosen marks the action that ended the step.
func (v *offerView) paintAction(g *Game, dst *ebiten.Image, r geom.Rect, act offer.Action, tempting, hot, chosen bool) {
	m := g.m
	u := m.Unit
	fill, rim, ink := color.Color(theme.Panel), color.Color(theme.Primary), color.Color(theme.Ink)
	switch {
	case chosen:
		fill, rim = theme.GoodBg, theme.Good
	case tempting:
		fill, rim = offerGold, offerGoldRim
		if hot {
			fill = offerGoldHi
		}
	case hot:
		fill = theme.SkyLow
	}
	shape.RoundRect(dst, geom.Rect{X: r.X, Y: r.Y + 4*u, W: r.W, H: r.H}, m.Radius, color.RGBA{0x1B, 0x2A, 0x41, 0x40})
	shape.RoundRect(dst, r, m.Radius, fill)
	shape.RoundRectLine(dst, r, m.Radius, 3*u, rim)
	if tempting {
		// Sparkles: the look such buttons have, still.
		for _, s := range [][3]float64{{0.045, 0.2, 6}, {0.965, 0.78, 5}, {0.94, 0.2, 4}} {
			x := r.X + r.W*s[0]
			if g.rtl {
				x = r.Right() - r.W*s[0]
			}
			shape.Polygon(dst, theme.OnPrimary, starPoints(x, r.Y+r.H*s[1], s[2]*u, s[2]*u*0.4)...)
		}
	}
	v.actionContent(g, dst, r, act, ink)
	if chosen {
		side := 30 * u
		bx := r.Right() - side*0.8
		if g.rtl {
			bx = r.X - side*0.2
		}
		badge := geom.Rect{X: bx, Y: r.Y - side*0.3, W: side, H: side}
		shape.Circle(dst, badge.X+side/2, badge.Y+side/2, side/2, theme.Good)
		icon.Draw(dst, "check", badge.Inset(side*0.15))
	}
}

// actionContent draws an action's picture and words, the picture at the start.
func (v *offerView) actionContent(g *Game, dst *ebiten.Image, r geom.Rect, act offer.Action, ink color.Color) {
	m := g.m
	in := r.Inset(m.Pad * 0.5)
	side := min(in.H, 52*m.Unit)
	text := in
	lh := textdraw.LineHeight(g.fonts.Face(m.Small, true))
	switch {
	case in.W >= 4*side:
		// A wide button: the picture at the start, the words beside it.
		box := geom.Rect{X: in.X, Y: in.Y + (in.H-side)/2, W: side, H: side}
		text = geom.Rect{X: box.Right() + m.Pad*0.4, Y: in.Y, W: in.W - side - m.Pad*0.4, H: in.H}
		if g.rtl {
			box.X, text.X = in.Right()-side, in.X
		}
		icon.Draw(dst, act.Icon, box)
	case in.H >= 40*m.Unit+lh:
		// A tall, narrow one: the picture on top, the words under it.
		side = min(side, in.H-lh*1.2)
		icon.Draw(dst, act.Icon, geom.Rect{X: in.X + (in.W-side)/2, Y: in.Y, W: side, H: side})
		text = geom.Rect{X: in.X, Y: in.Y + side, W: in.W, H: in.H - side}
	}
	// Otherwise the button is small: its words get all the room.
	size, lines := g.offerFit(g.T(act.Text), text, m.Body, m.Small*0.8, true)
	g.offerLines(dst, lines, size, true, text, textdraw.Center, ink)
}

// offerFit finds the largest text size, from big down to small, at which s fits box, and
// the lines it wraps to there; at the smallest size the lines that do not fit are cut.
func (g *Game) offerFit(s string, box geom.Rect, big, small float64, bold bool) (float64, []string) {
	size := big
	for {
		face := g.fonts.Face(size, bold)
		lines := textdraw.Lines(s, face, box.W)
		lh := textdraw.LineHeight(face)
		if float64(len(lines))*lh <= box.H+0.5 {
			return size, lines
		}
		if size <= small {
			return size, offerClip(lines, max(1, int(box.H/lh)))
		}
		size = max(small, size*0.9)
	}
}

// offerLines draws lines centred vertically in box, which is in screen coordinates
// already: painters work inside a placed rectangle.
func (g *Game) offerLines(dst *ebiten.Image, lines []string, size float64, bold bool, box geom.Rect, align textdraw.Align, ink color.Color) {
	face := g.fonts.Face(size, bold)
	lh := textdraw.LineHeight(face)
	y := box.Y + (box.H-float64(len(lines))*lh)/2
	for _, l := range lines {
		textdraw.Line(dst, l, face, geom.Rect{X: box.X, Y: y, W: box.W, H: lh}, align, ink)
		y += lh
	}
}

// offerClip keeps at most n lines, ending the last one with an ellipsis when some were cut.
func offerClip(lines []string, n int) []string {
	if len(lines) <= n {
		return lines
	}
	out := append([]string(nil), lines[:n]...)
	out[n-1] += "…"
	return out
}
