package app

import (
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/mech"
	"sango/game/mech/chat"
	"sango/game/ui/geom"
	"sango/game/ui/icon"
	"sango/game/ui/shape"
	"sango/game/ui/textdraw"
	"sango/game/ui/theme"
	"sango/game/ui/widget"
)

// chatView shows a chat: the contact's bubbles on the start side and the child's on the
// end side, the replies the child can pick, and three buttons that are always there:
// block, report and tell. On a wide screen the replies sit in a row under the chat and
// the three actions in a column beside it; on a phone everything stacks, with the actions
// at the bottom, under the thumb. Room is short either way, so the newest message always
// keeps its place and older ones slide up out of view.
type chatView struct{ a *chat.Activity }

func newChatView(a mech.Activity) mechView {
	c, ok := a.(*chat.Activity)
	if !ok {
		return nil
	}
	return &chatView{a: c}
}

// chatBoxes is where everything goes, in left-to-right coordinates.
type chatBoxes struct {
	header    geom.Rect // who the chat is with; empty when there is no room for it
	history   geom.Rect // the bubbles, newest at the bottom
	replies   []geom.Rect
	replySize float64   // text size of the replies
	hint      geom.Rect // once the messages stop but an action is still needed: a nudge
	actions   [3]geom.Rect
}

// minTarget is the least height of anything tappable: the theme's button height, or when
// room is short, never less than a comfortable touch target.
func minTarget(g *Game) float64 {
	return min(g.m.Button, (theme.MinTarget+4)*g.CSSScale())
}

func (v *chatView) boxes(g *Game, area geom.Rect) chatBoxes {
	m := g.m
	gap := m.Pad * 0.6
	var b chatBoxes
	opts := v.a.Replies()
	headerH := textdraw.LineHeight(g.fonts.Face(m.Small, true)) + m.Pad*0.6
	var main geom.Rect // the chat and the replies
	if !m.Portrait && area.W > area.H*1.4 {
		// Wide: the three actions in a column at the end.
		actW := area.W * 0.24
		main = geom.Rect{X: area.X, Y: area.Y, W: area.W - actW - gap, H: area.H}
		each := max(minTarget(g), min(m.Button, (area.H-2*gap)/3))
		for i := range b.actions {
			b.actions[i] = geom.Rect{X: main.Right() + gap, Y: area.Y + float64(i)*(each+gap), W: actW, H: each}
		}
	} else {
		// Narrow: the three actions in a row at the bottom.
		rowH := actionRowHeight(g, area.W)
		bw := (area.W - 2*gap) / 3
		for i := range b.actions {
			b.actions[i] = geom.Rect{X: area.X + float64(i)*(bw+gap), Y: area.Bottom() - rowH, W: bw, H: rowH}
		}
		main = geom.Rect{X: area.X, Y: area.Y, W: area.W, H: max(0, area.Bottom()-rowH-gap-area.Y)}
	}
	// The newest message keeps its place above the replies.
	keep := v.newestHeight(g, main.W, true) + m.Pad
	b.replies, b.replySize = v.placeReplies(g, opts, main, keep+gap)
	bottom := main.Bottom()
	if v.a.Over() && !v.a.Done() {
		h := textdraw.Height(g.T(chat.OverKey), g.fonts.Face(m.Small, true), main.W-2*m.Pad) + m.Pad
		if main.H-h-gap >= keep {
			b.hint = geom.Rect{X: main.X, Y: main.Bottom() - h, W: main.W, H: h}
			bottom = b.hint.Y - gap
		}
	}
	if len(b.replies) > 0 {
		bottom = b.replies[0].Y - gap
		for _, r := range b.replies {
			bottom = min(bottom, r.Y-gap)
		}
	}
	chatBox := geom.Rect{X: main.X, Y: main.Y, W: main.W, H: max(0, bottom-main.Y)}
	if chatBox.H-headerH < v.newestHeight(g, main.W, false)+m.Pad {
		headerH = 0 // the contact's name goes over their bubbles instead
	}
	b.header, b.history = chatBox.SplitTop(headerH)
	return b
}

// placeReplies puts the replies at the bottom of main: side by side when their words fit
// in two lines each (always on a wide screen), otherwise one above the other. It leaves
// the chat at least keep of room, making the buttons tighter (never below a comfortable
// touch target) and the words smaller when it must.
func (v *chatView) placeReplies(g *Game, opts []chat.ReplyOption, main geom.Rect, keep float64) ([]geom.Rect, float64) {
	m := g.m
	if len(opts) == 0 {
		return nil, 0
	}
	gap := m.Pad * 0.5
	room := main.H - keep
	wide := !m.Portrait
	if !wide && len(opts) == 2 {
		// Two short replies sit side by side on a phone too, like two big choices.
		w := (main.W - gap) / 2
		face := g.fonts.Face(m.Small, false)
		wide = true
		for _, r := range opts {
			if len(textdraw.Lines(g.T(r.Text), face, replyTextWidth(g, r, w))) > 2 {
				wide = false
			}
		}
	}
	if wide {
		n := float64(len(opts))
		w := (main.W - gap*(n-1)) / n
		var h float64
		for _, tight := range []bool{false, true} {
			h = 0
			for _, r := range opts {
				h = max(h, replyHeight(g, r, w, m.Small, tight))
			}
			if h <= room {
				break
			}
		}
		var out []geom.Rect
		for i := range opts {
			out = append(out, geom.Rect{X: main.X + float64(i)*(w+gap), Y: main.Bottom() - h, W: w, H: h})
		}
		return out, m.Small
	}
	var hs []float64
	size := m.Small
	for _, try := range []struct {
		size  float64
		tight bool
	}{{m.Body * 0.9, false}, {m.Small, false}, {m.Small, true}} {
		size, hs = try.size, nil
		total := -gap
		for _, r := range opts {
			h := replyHeight(g, r, main.W, try.size, try.tight)
			hs = append(hs, h)
			total += h + gap
		}
		if total <= room {
			break
		}
	}
	y := main.Bottom()
	out := make([]geom.Rect, len(hs))
	for i := len(hs) - 1; i >= 0; i-- {
		y -= hs[i]
		out[i] = geom.Rect{X: main.X, Y: y, W: main.W, H: hs[i]}
		y -= gap
	}
	return out, size
}

// replyHeight is how tall a reply button must be at a width and text size; tight buttons
// have less padding, but are never below a comfortable touch target.
func replyHeight(g *Game, r chat.ReplyOption, w, size float64, tight bool) float64 {
	m := g.m
	th := textdraw.Height(g.T(r.Text), g.fonts.Face(size, false), replyTextWidth(g, r, w))
	if tight {
		return max(minTarget(g), th+m.Pad*0.4)
	}
	return max(m.Button, th+m.Pad*1.2)
}

// replyTextWidth is the room the words of a reply have in a button of width w: less the
// picture and the arrow at the end.
func replyTextWidth(g *Game, r chat.ReplyOption, w float64) float64 {
	m := g.m
	tw := w - m.Pad*1.2 - 26*m.Unit
	if r.Icon != "" {
		tw -= replyIconSide(g, w) + m.Pad*0.4
	}
	return max(tw, m.Unit)
}

// replyIconSide is the size of a reply's picture in a button of width w.
func replyIconSide(g *Game, w float64) float64 { return min(g.m.Button*0.6, w*0.2) }

func (v *chatView) layout(g *Game, area geom.Rect) []*widget.Button {
	b := v.boxes(g, area)
	moves := map[string]bool{}
	for _, id := range v.a.Moves() {
		moves[id] = true
	}
	var out []*widget.Button
	for i, r := range v.a.Replies() {
		if i >= len(b.replies) || !moves[r.Move] {
			continue
		}
		r, size := r, b.replySize
		out = append(out, &widget.Button{ID: r.Move, Label: g.T(r.Text), Say: r.Text, Style: widget.Option,
			Rect: g.place(b.replies[i]),
			Paint: func(dst *ebiten.Image, rect geom.Rect, hovered, pressed bool) {
				v.paintReply(g, dst, rect, r, size, hovered || pressed)
			}})
	}
	for i, a := range chat.Actions() {
		if !moves[a] {
			continue
		}
		a := a
		out = append(out, &widget.Button{ID: a, Label: g.T(chat.LabelKey(a)), Say: chat.LabelKey(a), Style: widget.Secondary,
			Rect: g.place(b.actions[i]),
			Paint: func(dst *ebiten.Image, rect geom.Rect, hovered, pressed bool) {
				v.paintAction(g, dst, rect, a, hovered || pressed, false, false)
			}})
	}
	return out
}

// paintReply draws a reply the child can send: a picture (when the level gives one) and
// the words, with a small "send" arrow at the end. A reply Sango already stopped stays,
// quieter and without the arrow, so the child sees what they tried without being shamed.
func (v *chatView) paintReply(g *Game, dst *ebiten.Image, r geom.Rect, opt chat.ReplyOption, size float64, hot bool) {
	m := g.m
	fill, edge, ink := color.Color(theme.Panel), color.Color(theme.Primary), color.Color(theme.Ink)
	if opt.Tried {
		fill, edge, ink = theme.Sky, theme.PanelEdge, theme.InkSoft
	}
	if hot {
		fill = theme.SkyLow
	}
	rad := min(m.Radius, r.H/2)
	shape.RoundRect(dst, geom.Rect{X: r.X, Y: r.Y + 3*m.Unit, W: r.W, H: r.H}, rad, theme.Shadow)
	shape.RoundRect(dst, r, rad, fill)
	shape.RoundRectLine(dst, r, rad, 3*m.Unit, edge)
	rtl := g.fonts.RTL()
	tw := replyTextWidth(g, opt, r.W)
	tx := r.X + m.Pad*0.6
	if opt.Icon != "" {
		step := replyIconSide(g, r.W)
		side := min(step, r.H-8*m.Unit)
		box := geom.Rect{X: tx + (step-side)/2, Y: r.Y + (r.H-side)/2, W: side, H: side}
		if rtl {
			box.X = r.Right() - m.Pad*0.6 - step + (step-side)/2
		} else {
			tx += step + m.Pad*0.4
		}
		icon.Draw(dst, opt.Icon, box)
	}
	if rtl {
		tx = r.Right() - m.Pad*0.6 - tw
		if opt.Icon != "" {
			tx -= replyIconSide(g, r.W) + m.Pad*0.4
		}
	}
	face := g.fonts.Face(size, false)
	lines := textdraw.Lines(g.T(opt.Text), face, tw)
	lh := textdraw.LineHeight(face)
	if keep := max(1, int((r.H-2*m.Unit)/lh)); len(lines) > keep {
		lines = lines[:keep]
	}
	y := r.Y + (r.H-float64(len(lines))*lh)/2
	for _, l := range lines {
		textdraw.Line(dst, l, face, geom.Rect{X: tx, Y: y, W: tw, H: lh}, textdraw.Start, ink)
		y += lh
	}
	if !opt.Tried {
		// A small arrow: this is something you send.
		cy, d := r.Y+r.H/2, 6*m.Unit
		if rtl {
			ax := r.X + 14*m.Unit
			shape.Polygon(dst, theme.Primary, ax+d, cy-d, ax-d, cy, ax+d, cy+d)
		} else {
			ax := r.Right() - 14*m.Unit
			shape.Polygon(dst, theme.Primary, ax-d, cy-d, ax+d, cy, ax-d, cy+d)
		}
	}
}

// The colours of the three actions: a tint for the button and a deeper edge.
func actionColors(action string) (fill, edge color.RGBA) {
	switch action {
	case chat.Block:
		return theme.ErrorBg, theme.Error
	case chat.Report:
		return theme.ThinkBg, theme.Think
	}
	return theme.GoodBg, theme.Good
}

// actionLook is how the action buttons' labels fit: on one line beside the picture, or
// under it when the buttons are narrow.
type actionLook struct {
	stacked bool
	size    float64 // text size
	side    float64 // picture size
}

// actionsFit finds one look for the three action buttons in boxes of r's size, so that
// they look alike: beside the picture when every label fits on one line, else under it.
func actionsFit(g *Game, r geom.Rect) actionLook {
	m := g.m
	side := min(r.H*0.6, m.Button*0.55)
	for _, size := range []float64{m.Small, m.Small * 0.85} {
		face := g.fonts.Face(size, true)
		fits := true
		for _, a := range chat.Actions() {
			fits = fits && side+m.Pad*0.4+textdraw.Width(g.T(chat.LabelKey(a)), face)+m.Pad <= r.W
		}
		if fits {
			return actionLook{size: size, side: side}
		}
	}
	return actionLook{stacked: true, size: m.Small * 0.85, side: side * 0.75}
}

// actionRowHeight is how tall a row of three action buttons must be at a width.
func actionRowHeight(g *Game, w float64) float64 {
	m := g.m
	bw := (w - 1.2*m.Pad) / 3
	look := actionsFit(g, geom.Rect{W: bw, H: m.Button})
	if !look.stacked {
		return m.Button
	}
	face := g.fonts.Face(look.size, true)
	lines := 1
	for _, a := range chat.Actions() {
		lines = max(lines, len(textdraw.Lines(g.T(chat.LabelKey(a)), face, bw-m.Pad*0.6)))
	}
	return max(m.Button, look.side+float64(lines)*textdraw.LineHeight(face)+m.Pad*0.6)
}

// paintAction draws one of the three action buttons. An action that is not a move now is
// drawn in the same place as a quiet chip (with a tick if it was taken), so that the three
// are always there.
func (v *chatView) paintAction(g *Game, dst *ebiten.Image, r geom.Rect, action string, hot, quiet, taken bool) {
	m := g.m
	fill, edge := actionColors(action)
	ink := color.Color(theme.Ink)
	if hot {
		fill = edge
		ink = theme.OnPrimary
	}
	rad := min(m.Radius, r.H/2)
	if quiet {
		fill, edge = theme.Disabled, theme.PanelEdge
		ink = theme.InkSoft
	} else {
		shape.RoundRect(dst, geom.Rect{X: r.X, Y: r.Y + 3*m.Unit, W: r.W, H: r.H}, rad, theme.Shadow)
	}
	shape.RoundRect(dst, r, rad, fill)
	shape.RoundRectLine(dst, r, rad, 3*m.Unit, edge)
	look := actionsFit(g, r)
	face := g.fonts.Face(look.size, true)
	lh := textdraw.LineHeight(face)
	label := g.T(chat.LabelKey(action))
	side := look.side
	if look.stacked {
		lines := textdraw.Lines(label, face, r.W-m.Pad*0.6)
		y := r.Y + (r.H-side-float64(len(lines))*lh)/2
		icon.Draw(dst, chat.Icon(action), geom.Rect{X: r.X + (r.W-side)/2, Y: y, W: side, H: side})
		y += side
		for _, l := range lines {
			textdraw.Line(dst, l, face, geom.Rect{X: r.X + m.Pad*0.3, Y: y, W: r.W - m.Pad*0.6, H: lh}, textdraw.Center, ink)
			y += lh
		}
	} else {
		tw := textdraw.Width(label, face)
		w := side + m.Pad*0.4 + tw
		x := r.X + (r.W-w)/2
		ib := geom.Rect{X: x, Y: r.Y + (r.H-side)/2, W: side, H: side}
		tx := x + side + m.Pad*0.4
		if g.fonts.RTL() {
			ib.X, tx = x+w-side, x
		}
		icon.Draw(dst, chat.Icon(action), ib)
		textdraw.Line(dst, label, face, geom.Rect{X: tx, Y: r.Y, W: tw + 1, H: r.H}, textdraw.Start, ink)
	}
	if taken {
		cx, cy := r.Right()-14*m.Unit, r.Y+14*m.Unit
		if g.fonts.RTL() {
			cx = r.X + 14*m.Unit
		}
		shape.Circle(dst, cx, cy, 11*m.Unit, theme.Good)
		shape.Line(dst, cx-5*m.Unit, cy, cx-1.2*m.Unit, cy+4*m.Unit, 2.5*m.Unit, theme.OnPrimary)
		shape.Line(dst, cx-1.2*m.Unit, cy+4*m.Unit, cx+5.5*m.Unit, cy-4*m.Unit, 2.5*m.Unit, theme.OnPrimary)
	}
}

// speakerName is the shown name of a character of the level being played.
func speakerName(g *Game, id string) string {
	if ps, ok := g.scene.(*playScene); ok {
		if key := ps.lvl.Speaker(id); key != "" {
			return g.T(key)
		}
	}
	return id
}

func (v *chatView) draw(g *Game, dst *ebiten.Image, area geom.Rect) {
	m := g.m
	b := v.boxes(g, area)
	// The chat on a soft background, with who it is with at the top.
	chatBox := geom.Rect{X: b.header.X, Y: b.header.Y, W: b.header.W, H: b.header.H + b.history.H}
	rad := m.Radius * 0.7
	shape.RoundRect(dst, g.place(chatBox), rad, theme.Sky)
	shape.RoundRectLine(dst, g.place(chatBox), rad, 2*m.Unit, theme.PanelEdge)
	if b.header.H > 0 {
		v.drawHeader(g, dst, b.header, chatBox)
	}
	v.drawHistory(g, dst, b.history, b.header.H == 0)
	if b.hint.H > 0 {
		shape.RoundRect(dst, g.place(b.hint), rad, theme.ThinkBg)
		shape.RoundRectLine(dst, g.place(b.hint), rad, 2*m.Unit, theme.Think)
		textdraw.Block(dst, g.T(chat.OverKey), g.fonts.Face(m.Small, true), g.place(b.hint.Inset(m.Pad*0.5)).Inset(0), textdraw.Center, theme.Ink)
	}
	// Taken actions stay in their place as quiet chips; once the chat is done, all three.
	for i, a := range chat.Actions() {
		if v.a.Taken(a) || v.a.Done() {
			v.paintAction(g, dst, g.place(b.actions[i]), a, false, true, v.a.Taken(a))
		}
	}
}

// drawHeader draws who the chat is with: their picture and name, and a block sign once
// the child has blocked them.
func (v *chatView) drawHeader(g *Game, dst *ebiten.Image, header, chatBox geom.Rect) {
	m := g.m
	spec := v.a.Spec()
	name := speakerName(g, spec.From)
	nameFace := g.fonts.Face(m.Small, true)
	side := header.H * 0.8
	av := geom.Rect{X: header.X + m.Pad*0.5, Y: header.Y + (header.H-side)/2 + m.Pad*0.15, W: side, H: side}
	if spec.Avatar != "" {
		pa := g.place(av)
		shape.Circle(dst, pa.X+side/2, pa.Y+side/2, side/2, theme.Panel)
		icon.Draw(dst, spec.Avatar, pa.Inset(side*0.08))
	} else {
		g.drawAvatar(dst, g.place(av), name)
	}
	nameBox := geom.Rect{X: av.Right() + m.Pad*0.4, Y: av.Y, W: header.W - side - m.Pad*1.5, H: side}
	textdraw.Line(dst, name, nameFace, g.place(nameBox), textdraw.Start, theme.Ink)
	if v.a.Blocked() {
		nw := textdraw.Width(name, nameFace)
		icon.Draw(dst, "block", g.place(geom.Rect{X: nameBox.X + nw + m.Pad*0.4, Y: av.Y, W: side, H: side}))
	}
	pc := g.place(chatBox)
	shape.Line(dst, pc.X+m.Pad*0.5, header.Bottom(), pc.Right()-m.Pad*0.5, header.Bottom(), 1.5*m.Unit, theme.PanelEdge)
}

// bubbleSize is the text size of the chat's bubbles.
func bubbleSize(m theme.Metrics) float64 { return m.Small }

// bubble is one line of the chat, measured.
type bubble struct {
	e     chat.Entry
	name  string // the sender's name over the bubble, or ""
	lines []string
	w, h  float64 // the bubble's size; h includes the name line
}

// bubbleMetrics are the sizes bubbles are measured and drawn with.
type bubbleMetrics struct {
	size, small       float64 // text sizes of the words and of names and labels
	lh, sh            float64 // their line heights
	pad, icon, gap, w float64 // padding, picture size, space between bubbles, widest bubble
}

func chatMetrics(g *Game, width float64) bubbleMetrics {
	m := g.m
	bm := bubbleMetrics{size: bubbleSize(m), small: m.Small * 0.9, pad: m.Pad * 0.5, gap: m.Pad * 0.4, w: width * 0.8}
	bm.lh = textdraw.LineHeight(g.fonts.Face(bm.size, false))
	bm.sh = textdraw.LineHeight(g.fonts.Face(bm.small, true))
	bm.icon = bm.lh * 1.3
	return bm
}

// measure lays out every line of the chat at a width. Senders are named over their
// bubbles in a group chat, and the contact too when namesInline (no room for a header).
func (v *chatView) measure(g *Game, width float64, namesInline bool) []bubble {
	bm := chatMetrics(g, width)
	face := g.fonts.Face(bm.size, false)
	spec := v.a.Spec()
	hist := v.a.History()
	var out []bubble
	for i, e := range hist {
		b := bubble{e: e}
		if e.Kind == chat.Note {
			// Actions taken show as ticked buttons, and a block in the header.
			continue
		}
		tw := bm.w - 2*bm.pad
		if e.Icon != "" {
			tw -= bm.icon + bm.pad
		}
		b.lines = textdraw.Lines(g.T(e.Text), face, tw)
		for _, l := range b.lines {
			b.w = max(b.w, textdraw.Width(l, face))
		}
		b.w += 2 * bm.pad
		b.h = float64(len(b.lines))*bm.lh + 2*bm.pad
		if e.Icon != "" {
			b.w += bm.icon + bm.pad
			b.h = max(b.h, bm.icon+2*bm.pad)
		}
		if e.Redacted {
			// A blacked-out line saying "Hidden by Sango" above the note of what it was.
			b.h += bm.sh + bm.pad*0.5
			b.w = max(b.w, min(bm.w, textdraw.Width(g.T(chat.HiddenKey), g.fonts.Face(bm.small, true))+bm.sh+4*bm.pad))
		}
		newSender := i == 0 || hist[i-1].Kind == chat.Sent || hist[i-1].From != e.From
		if e.Kind == chat.Message && newSender && (namesInline || e.From != spec.From) {
			b.name = speakerName(g, e.From)
		}
		if b.name != "" || e.Flagged {
			b.h += bm.sh
		}
		out = append(out, b)
	}
	return out
}

// newestHeight is the room the newest message from the contact needs, with everything
// after it, so that layout can keep it in view.
func (v *chatView) newestHeight(g *Game, width float64, namesInline bool) float64 {
	bm := chatMetrics(g, width-g.m.Pad)
	bs := v.measure(g, width-g.m.Pad, namesInline)
	h := 0.0
	for i := len(bs) - 1; i >= 0; i-- {
		h += bs[i].h + bm.gap
		if bs[i].e.Kind == chat.Message {
			break
		}
	}
	return h
}

// drawHistory draws the chat's bubbles in r, newest at the bottom; older ones slide up
// and out of view.
func (v *chatView) drawHistory(g *Game, dst *ebiten.Image, r geom.Rect, namesInline bool) {
	r = r.Inset(g.m.Pad * 0.5)
	if r.W <= 0 || r.H <= 0 {
		return
	}
	bm := chatMetrics(g, r.W)
	bs := v.measure(g, r.W, namesInline)
	pr := g.place(r)
	clip := dst.SubImage(image.Rect(int(pr.X), int(pr.Y), int(pr.Right()+1), int(pr.Bottom()+1))).(*ebiten.Image)
	y := r.Bottom()
	for i := len(bs) - 1; i >= 0 && y > r.Y; i-- {
		y -= bs[i].h
		v.drawBubble(g, clip, bs[i], geom.Rect{X: r.X, Y: y, W: r.W, H: bs[i].h}, bm)
		y -= bm.gap
	}
}

func (v *chatView) drawBubble(g *Game, dst *ebiten.Image, b bubble, row geom.Rect, bm bubbleMetrics) {
	m := g.m
	face := g.fonts.Face(bm.size, false)
	small := g.fonts.Face(bm.small, true)
	e := b.e
	mine := e.Kind == chat.Sent
	y := row.Y
	// The sender's name, and a red flag mark once the child has met it.
	if b.name != "" || e.Flagged {
		x := row.X + bm.pad
		if b.name != "" {
			textdraw.Line(dst, b.name, small, g.place(geom.Rect{X: x, Y: y, W: row.W * 0.6, H: bm.sh}), textdraw.Start, theme.Primary)
			x += textdraw.Width(b.name, small) + bm.pad*2
		}
		if e.Flagged {
			fs := bm.sh * 0.9
			icon.Draw(dst, "flag", g.place(geom.Rect{X: x, Y: y + (bm.sh-fs)/2, W: fs, H: fs}))
			label := g.T(chat.RedFlagKey)
			textdraw.Line(dst, label, small, g.place(geom.Rect{X: x + fs + bm.pad*0.5, Y: y, W: textdraw.Width(label, small) + 1, H: bm.sh}), textdraw.Start, theme.Think)
		}
		y += bm.sh
	}
	br := geom.Rect{X: row.X, Y: y, W: b.w, H: row.Bottom() - y}
	if mine {
		br.X = row.Right() - b.w
	}
	fill, ink, edge := color.Color(theme.Panel), color.Color(theme.Ink), color.Color(theme.PanelEdge)
	switch {
	case e.Redacted:
		fill, ink, edge = theme.Disabled, theme.InkSoft, theme.InkSoft
	case mine:
		fill, ink, edge = theme.Primary, theme.OnPrimary, theme.Primary
	case e.Flagged:
		edge = theme.Think
	}
	rad := m.Radius * 0.8
	shape.RoundRect(dst, g.place(br), rad, fill)
	shape.RoundRectLine(dst, g.place(br), rad, 2*m.Unit, edge)
	in := geom.Rect{X: br.X + bm.pad, Y: br.Y + bm.pad, W: br.W - 2*bm.pad, H: br.H - 2*bm.pad}
	if e.Icon != "" {
		ib := geom.Rect{X: in.X, Y: in.Y, W: bm.icon, H: bm.icon}
		if mine {
			ib.X = in.Right() - bm.icon
		} else {
			in.X += bm.icon + bm.pad
		}
		in.W -= bm.icon + bm.pad
		pb := g.place(ib)
		shape.Circle(dst, pb.X+bm.icon/2, pb.Y+bm.icon/2, bm.icon/2, theme.OnPrimary)
		icon.Draw(dst, e.Icon, pb.Inset(bm.icon*0.08))
	}
	ty := in.Y
	if e.Redacted {
		// Something is here, and Sango has hidden it: a blacked-out line with a label.
		bar := geom.Rect{X: in.X, Y: ty, W: in.W, H: bm.sh}
		shape.RoundRect(dst, g.place(bar), bm.sh/2, theme.Ink)
		es := bm.sh * 0.75
		icon.Draw(dst, "eye-off", g.place(geom.Rect{X: bar.X + bm.pad*0.6, Y: ty + (bm.sh-es)/2, W: es, H: es}))
		textdraw.Line(dst, g.T(chat.HiddenKey), small, g.place(geom.Rect{X: bar.X + es + bm.pad*1.2, Y: ty, W: bar.W - es - bm.pad*1.8, H: bm.sh}), textdraw.Start, theme.OnPrimary)
		ty += bm.sh + bm.pad*0.5
	}
	for _, l := range b.lines {
		textdraw.Line(dst, l, face, g.place(geom.Rect{X: in.X, Y: ty, W: in.W, H: bm.lh}), textdraw.Start, ink)
		ty += bm.lh
	}
}
