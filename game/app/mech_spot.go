package app

import (
	"image/color"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/mech"
	"sango/game/mech/spot"
	"sango/game/ui/geom"
	"sango/game/ui/icon"
	"sango/game/ui/shape"
	"sango/game/ui/textdraw"
	"sango/game/ui/theme"
	"sango/game/ui/widget"
)

// spotView shows a spot step: a mock screen (a chat, a profile, a web page, a post or a
// login screen) whose parts are buttons. A tapped part shows as a warning sign (amber,
// with "!") or as fine (green, with a tick); after "I've found them", missed signs show
// with a dashed amber edge and fine parts left alone get a quiet tick.
//
// The mock screen stacks its regions top to bottom (address bar, top bar, sender, body,
// box, link, button, footer); parts of one region sit side by side when they are short
// enough. When the area is too short for that, the parts flow into a grid of two or
// three columns and their words get smaller, but a part is never less than 48 CSS pixels
// tall. The "I've found them" button sits beside the screen when there is width to
// spare, and under it otherwise; once the step is done, the count of signs found takes
// its place.
type spotView struct{ a *spot.Activity }

func newSpotView(a mech.Activity) mechView {
	sa, ok := a.(*spot.Activity)
	if !ok {
		return nil
	}
	return &spotView{a: sa}
}

// Colours of the mock screen: a pale device screen, so the white parts read as things
// to tap, and a neutral box that gives nothing away about what is inside it.
var (
	spotScreen    = color.RGBA{0xF1, 0xF6, 0xFA, 0xff}
	spotBar       = color.RGBA{0xDD, 0xE8, 0xF1, 0xff}
	spotBox       = color.RGBA{0xEC, 0xEA, 0xF5, 0xff}
	spotBoxEdge   = color.RGBA{0xB9, 0xB4, 0xD4, 0xff}
	spotLink      = color.RGBA{0x1F, 0x4F, 0xB0, 0xff}
	spotButtonBg  = color.RGBA{0xD9, 0xEE, 0xF1, 0xff}
	spotDotColour = color.RGBA{0x9A, 0xAE, 0xC2, 0xff}
)

// spotPlaced is a part and where it sits, in left-to-right coordinates.
type spotPlaced struct {
	part spot.Part
	rect geom.Rect
}

// spotArrangement is the whole layout of the view, computed the same way for layout and
// draw.
type spotArrangement struct {
	frame  geom.Rect // the mock screen
	bar    geom.Rect // its top strip; zero height when there was no room
	box    geom.Rect // the box region's frame; zero width when the step has no box
	parts  []spotPlaced
	done   geom.Rect // the "I've found them" button, and the summary once done
	side   bool      // the button sits beside the screen rather than under it
	grid   bool      // parts of different regions share rows: a tight fit
	icons  bool      // the parts show their pictures
	size   float64   // the parts' text size
	icon   float64   // the side of a part's picture
	radius float64
}

// spotFit is one way of fitting the parts, tried from the most generous to the tightest.
type spotFit struct {
	size    float64 // text size
	bar     bool    // draw the screen's top strip
	cols    int     // 0: each region on rows of its own; else a grid of this many columns
	icons   bool    // show the parts' pictures
	rowMin  float64 // the smallest row height
	gapFrac float64 // the gap between parts, as a fraction of Pad
}

func (v *spotView) arrange(g *Game, area geom.Rect) spotArrangement {
	m := g.m
	var ar spotArrangement
	ar.radius = m.Radius * 0.6

	// The button: beside the screen on wide areas, under it on narrow ones.
	doneW := textdraw.Width(g.T("mech_spot.done"), g.fonts.Face(m.Body, true)) + m.Button + 3*m.Pad
	ar.side = area.W >= 640*m.Unit
	frame := area
	if ar.side {
		// A tall button with its picture on top, so its words need little width.
		w := min(max(doneW*0.5, 160*m.Unit), area.W*0.22)
		h := max(m.Button, min(area.H, w*0.9))
		frame.W = area.W - w - m.Pad
		ar.done = geom.Rect{X: frame.Right() + m.Pad, Y: area.Bottom() - h, W: w, H: h}
	} else {
		frame.H = max(0, area.H-m.Button-m.Pad*0.75)
		w := min(area.W, max(doneW, area.W*0.6))
		ar.done = geom.Rect{X: area.Right() - w, Y: area.Bottom() - m.Button, W: w, H: m.Button}
	}
	ar.frame = frame

	// From the most generous fit to the tightest: big words first, the screen's own
	// layout before a grid, pictures last (except where they carry the meaning), and
	// rows as tall as the game's buttons before the 48 CSS pixels small fingers need.
	floor := float64(theme.MinTarget) * g.CSSScale()
	keep := v.a.Pictures()
	wide := 3
	if frame.W < 3*200*m.Unit {
		wide = 2
	}
	fits := []spotFit{
		{size: m.Body, bar: true, icons: true, rowMin: m.Button, gapFrac: 0.5},
		{size: m.Small * 1.1, bar: true, icons: true, rowMin: m.Button, gapFrac: 0.4},
		{size: m.Body, bar: true, cols: 2, icons: true, rowMin: m.Button, gapFrac: 0.5},
		{size: m.Small * 1.1, bar: true, cols: 2, icons: true, rowMin: m.Button, gapFrac: 0.4},
		{size: m.Small, icons: true, rowMin: m.Button, gapFrac: 0.3},
		{size: m.Small, cols: 2, icons: true, rowMin: m.Button, gapFrac: 0.3},
		{size: m.Small, cols: 2, icons: keep, rowMin: m.Button, gapFrac: 0.3},
		{size: m.Small, cols: wide, icons: keep, rowMin: m.Button, gapFrac: 0.3},
		{size: m.Small, cols: wide, icons: keep, rowMin: max(floor, m.Button*0.8), gapFrac: 0.25},
		{size: m.Small, cols: wide, icons: keep, rowMin: floor, gapFrac: 0.2},
	}
	var last spotFit
	for _, f := range fits {
		last = f
		if v.tryFit(g, &ar, f) {
			return ar
		}
	}
	// Nothing fits this short an area: smaller words, so that parts fit on fewer lines,
	// rather than parts falling off the screen. Touch targets never shrink below the floor.
	for k := 0.95; k >= 0.8; k -= 0.05 {
		f := last
		f.size = m.Small * k
		if v.tryFit(g, &ar, f) {
			return ar
		}
	}
	return ar
}

// tryFit lays the parts out with f and reports whether they fit the frame; the
// arrangement keeps the layout either way.
func (v *spotView) tryFit(g *Game, ar *spotArrangement, f spotFit) bool {
	parts, box, bar, h := v.pack(g, ar.frame, f)
	ar.parts, ar.box, ar.bar, ar.size, ar.grid, ar.icons = parts, box, bar, f.size, f.cols > 0, f.icons
	ar.icon = spotIconSide(g.m, f)
	return h <= ar.frame.H
}

// spotIconSide is the side of a part's picture, or 0 when pictures are left out.
func spotIconSide(m theme.Metrics, f spotFit) float64 {
	if !f.icons {
		return 0
	}
	return min(f.rowMin-m.Pad*0.6, 56*m.Unit)
}

// spotInset is the padding inside the mock screen and inside the box.
func spotInset(m theme.Metrics) float64 { return m.Pad * 0.6 }

// pack lays the parts out inside frame and returns them, the box region's frame, the top
// strip and the height used.
func (v *spotView) pack(g *Game, frame geom.Rect, f spotFit) ([]spotPlaced, geom.Rect, geom.Rect, float64) {
	m := g.m
	in := spotInset(m)
	gap := m.Pad * f.gapFrac
	iconSide := spotIconSide(m, f)
	var bar geom.Rect
	y := frame.Y + in
	if f.bar {
		barH := textdraw.LineHeight(g.fonts.Face(m.Small, true)) + m.Pad*0.4
		bar = geom.Rect{X: frame.X, Y: frame.Y, W: frame.W, H: barH}
		y = frame.Y + barH + in
	}
	parts := v.a.Parts()
	var out []spotPlaced
	var box geom.Rect
	for start := 0; start < len(parts); {
		region := parts[start].Region
		end := start
		for end < len(parts) && (f.cols > 0 || parts[end].Region == region) {
			end++
		}
		x, w := frame.X+in, frame.W-2*in
		var rows [][]spotPlaced
		if f.cols > 0 {
			// A grid: every part in reading order, the box's parts tinted rather than
			// framed.
			region = ""
			rows = spotGrid(parts, w, f.cols, gap)
		} else {
			if region == "box" {
				// The box wraps its parts with a frame of its own.
				box = geom.Rect{X: x, Y: y, W: w}
				x, w = x+in, w-2*in
				y += in
			}
			rows = v.lines(g, parts[start:end], w, f, iconSide, gap)
		}
		for _, row := range rows {
			rowH := 0.0
			for _, p := range row {
				rowH = max(rowH, v.partHeight(g, p.part, p.rect.W, f, iconSide))
			}
			for _, p := range row {
				p.rect.X += x
				p.rect.Y, p.rect.H = y, rowH
				out = append(out, p)
			}
			y += rowH + gap
		}
		if region == "box" {
			y += in - gap
			box.H = y - box.Y
			y += gap
		}
		start = end
	}
	used := y - gap + in - frame.Y
	return out, box, bar, used
}

// spotGrid places parts in cols equal columns, in reading order; X is relative.
func spotGrid(parts []spot.Part, width float64, cols int, gap float64) [][]spotPlaced {
	cw := (width - gap*float64(cols-1)) / float64(cols)
	var rows [][]spotPlaced
	for i, p := range parts {
		if i%cols == 0 {
			rows = append(rows, nil)
		}
		c := i % cols
		rows[len(rows)-1] = append(rows[len(rows)-1], spotPlaced{part: p, rect: geom.Rect{X: float64(c) * (cw + gap), W: cw}})
	}
	// A last row that is not full shares its width out, so no hole is left.
	if last := rows[len(rows)-1]; len(last) < cols {
		w := (width - gap*float64(len(last)-1)) / float64(len(last))
		for i := range last {
			last[i].rect.X, last[i].rect.W = float64(i)*(w+gap), w
		}
	}
	return rows
}

// lines packs one region's parts into rows: as many side by side as fit at their natural
// width, each row then stretched to the full width. X is relative.
func (v *spotView) lines(g *Game, parts []spot.Part, width float64, f spotFit, iconSide, gap float64) [][]spotPlaced {
	var rows [][]spotPlaced
	var cur []spotPlaced
	used := 0.0
	flush := func() {
		if len(cur) == 0 {
			return
		}
		// Stretch the row to the full width, sharing out what is left after the gaps.
		spare := (width - used) / float64(len(cur))
		x := 0.0
		for i := range cur {
			cur[i].rect.X = x
			cur[i].rect.W += spare
			x += cur[i].rect.W + gap
		}
		rows = append(rows, cur)
		cur, used = nil, 0
	}
	for _, p := range parts {
		nat := min(width, v.naturalWidth(g, p, f, iconSide))
		need := nat
		if len(cur) > 0 {
			need += gap
		}
		if len(cur) > 0 && used+need > width {
			flush()
			need = nat
		}
		cur = append(cur, spotPlaced{part: p, rect: geom.Rect{W: nat}})
		used += need
	}
	flush()
	return rows
}

// spotFace returns the size and weight a region's words are drawn at.
func spotFace(region string, size float64) (float64, bool) {
	switch region {
	case "header":
		return size, true
	case "footer":
		return size * 0.9, false
	case "button":
		return size, true
	}
	return size, false
}

// spotChrome is the room a part needs around its words: padding, its picture and its
// badge.
func (v *spotView) spotChrome(g *Game, p spot.Part, iconSide float64) float64 {
	m := g.m
	w := 2*m.Pad*0.6 + 30*m.Unit + m.Pad*0.3 // padding at both ends and the badge
	if p.Icon != "" && iconSide > 0 {
		w += iconSide + m.Pad*0.5
	}
	return w
}

func (v *spotView) naturalWidth(g *Game, p spot.Part, f spotFit, iconSide float64) float64 {
	size, bold := spotFace(p.Region, f.size)
	return textdraw.Width(g.T(p.Text), g.fonts.Face(size, bold)) + v.spotChrome(g, p, iconSide)
}

func (v *spotView) partHeight(g *Game, p spot.Part, width float64, f spotFit, iconSide float64) float64 {
	size, bold := spotFace(p.Region, f.size)
	th := textdraw.Height(g.T(p.Text), g.fonts.Face(size, bold), max(1, width-v.spotChrome(g, p, iconSide)))
	return max(f.rowMin, th+g.m.Pad*0.6)
}

func (v *spotView) layout(g *Game, area geom.Rect) []*widget.Button {
	ar := v.arrange(g, area)
	moves := v.a.Moves()
	var out []*widget.Button
	for _, pl := range ar.parts {
		p := pl.part
		if !slices.Contains(moves, p.Move) {
			continue
		}
		label := g.T(p.Text)
		out = append(out, &widget.Button{
			ID: p.Move, Label: label, Say: p.Text, Rect: g.place(pl.rect),
			Paint: func(dst *ebiten.Image, r geom.Rect, hovered, pressed bool) {
				v.paintPart(g, dst, r, p, label, ar, hovered || pressed)
			},
		})
	}
	if slices.Contains(moves, "done") {
		b := &widget.Button{
			ID: "done", Label: g.T("mech_spot.done"), Say: "mech_spot.done", Style: widget.Primary, Rect: g.place(ar.done),
			Icon: func(dst *ebiten.Image, box geom.Rect) { spotDoneIcon(dst, box, g.m.Unit) },
		}
		if ar.side {
			// Tall beside the screen: the tick on top, the words under it.
			b.Paint = func(dst *ebiten.Image, r geom.Rect, hovered, pressed bool) {
				v.paintDone(g, dst, r, b.Label, hovered || pressed)
			}
		}
		out = append(out, b)
	}
	return out
}

func (v *spotView) draw(g *Game, dst *ebiten.Image, area geom.Rect) {
	m := g.m
	ar := v.arrange(g, area)

	// The mock screen and its top strip.
	fr := g.place(ar.frame)
	shape.RoundRect(dst, fr, m.Radius*0.8, spotScreen)
	if ar.bar.H > 0 {
		v.drawBar(g, dst, ar)
	}
	shape.RoundRectLine(dst, fr, m.Radius*0.8, 3*m.Unit, theme.PanelEdge)
	if ar.box.W > 0 {
		b := g.place(ar.box)
		shape.RoundRect(dst, b, ar.radius, spotBox)
		shape.RoundRectLine(dst, b, ar.radius, 2*m.Unit, spotBoxEdge)
	}

	// Beside the screen, a key to the marks; once done, the count of signs found too,
	// where the button was (under the screen on narrow areas).
	small := g.fonts.Face(m.Small, true)
	y := ar.frame.Y
	col := geom.Rect{X: ar.done.X, Y: ar.frame.Y, W: ar.done.W, H: ar.done.Y - ar.frame.Y - m.Pad*0.5}
	if v.a.Done() {
		found, signs := v.a.Found()
		s := g.T("mech_spot.found_count")
		s = strings.ReplaceAll(s, "{found}", strconv.Itoa(found))
		s = strings.ReplaceAll(s, "{total}", strconv.Itoa(signs))
		face := g.fonts.Face(m.Body, true)
		if !ar.side {
			box := ar.done
			textdraw.Block(dst, s, face, g.place(geom.Rect{X: box.X, Y: box.Y + (box.H-textdraw.Height(s, face, box.W))/2, W: box.W}), textdraw.End, theme.Ink)
			return
		}
		col.H = ar.frame.H
		y += textdraw.Block(dst, s, face, g.place(geom.Rect{X: col.X, Y: col.Y, W: col.W}), textdraw.Start, theme.Ink) + m.Pad*0.5
	}
	if !ar.side {
		return
	}
	key := []struct {
		state spot.State
		text  string
	}{{spot.Found, "mech_spot.tag_sign"}, {spot.FalseAlarm, "mech_spot.tag_fine"}}
	if v.a.Done() {
		key = append(key, struct {
			state spot.State
			text  string
		}{spot.Missed, "mech_spot.tag_missed"})
	}
	lh := max(textdraw.LineHeight(small), 30*m.Unit)
	for _, k := range key {
		if y+lh > col.Bottom() {
			break
		}
		v.drawBadge(g, dst, g.place(geom.Rect{X: col.X, Y: y, W: lh, H: lh}), k.state)
		text := geom.Rect{X: col.X + lh + m.Pad*0.5, Y: y, W: col.W - lh - m.Pad*0.5, H: lh}
		textdraw.Line(dst, fitLine(g.T(k.text), small, text.W), small, g.place(text), textdraw.Start, theme.Ink)
		y += lh + m.Pad*0.4
	}
}

// paintDone draws the tall "I've found them" button that stands beside the screen.
func (v *spotView) paintDone(g *Game, dst *ebiten.Image, r geom.Rect, label string, hot bool) {
	m := g.m
	fill := theme.Primary
	if hot {
		fill = theme.PrimaryHi
	}
	shape.RoundRect(dst, geom.Rect{X: r.X, Y: r.Y + 3*m.Unit, W: r.W, H: r.H}, m.Radius, theme.Shadow)
	shape.RoundRect(dst, r, m.Radius, fill)
	in := r.Inset(m.Pad)
	face := g.fonts.Face(m.Body, true)
	lines := textdraw.Lines(label, face, in.W)
	lh := textdraw.LineHeight(face)
	textH := float64(len(lines)) * lh
	side := min(in.W, in.H-textH-m.Pad*0.5, 64*m.Unit)
	y := in.Y + (in.H-side-m.Pad*0.5-textH)/2
	if side > 0 {
		spotDoneIcon(dst, geom.Rect{X: in.X + (in.W-side)/2, Y: y, W: side, H: side}, m.Unit)
		y += side + m.Pad*0.5
	}
	for _, l := range lines {
		textdraw.Line(dst, l, face, geom.Rect{X: in.X, Y: y, W: in.W, H: lh}, textdraw.Center, theme.OnPrimary)
		y += lh
	}
}

// drawBar draws the mock screen's top strip: a few marks that say which kind of screen
// it is, and its caption when the step gives one.
func (v *spotView) drawBar(g *Game, dst *ebiten.Image, ar spotArrangement) {
	m := g.m
	bar := ar.bar
	r := m.Radius * 0.8
	// Rounded at the top only: a rounded strip with a square strip over its lower half.
	shape.RoundRect(dst, g.place(bar), r, spotBar)
	shape.RoundRect(dst, g.place(geom.Rect{X: bar.X, Y: bar.Y + bar.H/2, W: bar.W, H: bar.H / 2}), 0, spotBar)
	cy := bar.Y + bar.H/2
	x := bar.X + m.Pad
	dot := bar.H * 0.14
	switch v.a.Scene() {
	case "page", "login":
		// A browser's three window dots.
		for i := 0; i < 3; i++ {
			cx, _ := g.place(geom.Rect{X: x + float64(i)*dot*3, Y: cy, W: 0}).Center()
			shape.Circle(dst, cx, cy, dot, spotDotColour)
		}
		x += dot * 9
	case "message":
		// A speech bubble.
		b := geom.Rect{X: x, Y: cy - bar.H*0.25, W: bar.H * 0.7, H: bar.H * 0.45}
		shape.RoundRect(dst, g.place(b), b.H*0.4, spotDotColour)
		x += b.W + m.Pad*0.5
	default:
		// An account picture.
		cx, _ := g.place(geom.Rect{X: x + bar.H*0.3, Y: cy}).Center()
		shape.Circle(dst, cx, cy, bar.H*0.3, spotDotColour)
		x += bar.H*0.6 + m.Pad*0.5
	}
	if t := v.a.Title(); t != "" {
		face := g.fonts.Face(m.Small, true)
		w := bar.Right() - m.Pad - x
		textdraw.Line(dst, fitLine(g.T(t), face, w), face, g.place(geom.Rect{X: x, Y: bar.Y, W: w, H: bar.H}), textdraw.Start, theme.InkSoft)
	}
}

// paintPart draws one part in its region's look and its state. r is on screen (already
// mirrored for right-to-left languages).
func (v *spotView) paintPart(g *Game, dst *ebiten.Image, r geom.Rect, p spot.Part, label string, ar spotArrangement, hot bool) {
	m := g.m
	u := m.Unit
	rad := ar.radius
	fill, edge, ink := color.Color(theme.Panel), color.Color(theme.PanelEdge), color.Color(theme.Ink)
	edgeW := 2 * u
	switch p.Region {
	case "address":
		fill, rad = theme.Disabled, min(r.H/2, m.Radius*1.2)
	case "button":
		fill, rad = spotButtonBg, min(r.H/2, m.Radius*1.2)
	case "link":
		ink = spotLink
	case "footer":
		ink = theme.InkSoft
	case "box":
		if ar.grid {
			fill, edge = spotBox, spotBoxEdge
		}
	}
	if v.a.Scene() == "message" && p.Region == "body" {
		rad = m.Radius // chat bubbles are rounder
	}
	if hot {
		fill = theme.SkyLow
	}
	switch p.State {
	case spot.Found, spot.Missed:
		fill, edge, edgeW = theme.ThinkBg, theme.Think, 4*u
	case spot.FalseAlarm:
		fill, edge, edgeW = theme.GoodBg, theme.Good, 4*u
	}
	shape.RoundRect(dst, geom.Rect{X: r.X, Y: r.Y + 2*u, W: r.W, H: r.H}, rad, theme.Shadow)
	shape.RoundRect(dst, r, rad, fill)
	if p.State == spot.Missed {
		spotDashed(dst, r, rad, edgeW, edge)
	} else {
		shape.RoundRectLine(dst, r, rad, edgeW, edge)
	}

	// Picture at the start, badge at the end, words between.
	pad := m.Pad * 0.6
	inner := geom.Rect{X: r.X + pad, Y: r.Y, W: r.W - 2*pad, H: r.H}
	start := func(w float64) geom.Rect { // a slot of width w at the reading start
		if g.rtl {
			return geom.Rect{X: inner.Right() - w, Y: inner.Y, W: w, H: inner.H}
		}
		return geom.Rect{X: inner.X, Y: inner.Y, W: w, H: inner.H}
	}
	cut := func(w float64) { // remove w from the reading start of inner
		inner.W -= w
		if !g.rtl {
			inner.X += w
		}
	}
	if p.Icon != "" && ar.icons {
		side := min(ar.icon, r.H-pad)
		slot := start(side)
		icon.Draw(dst, p.Icon, geom.Rect{X: slot.X, Y: r.Y + (r.H-side)/2, W: side, H: side})
		cut(side + m.Pad*0.5)
	}
	badgeW := 30 * u
	badge := geom.Rect{X: inner.Right() - badgeW, Y: r.Y + (r.H-badgeW)/2, W: badgeW, H: badgeW}
	if g.rtl {
		badge.X = inner.X
		inner.X += badgeW
	}
	inner.W -= badgeW + m.Pad*0.3
	if g.rtl {
		inner.X += m.Pad * 0.3
	}
	v.drawBadge(g, dst, badge, p.State)

	size, bold := spotFace(p.Region, ar.size)
	face := g.fonts.Face(size, bold)
	lines := textdraw.Lines(label, face, inner.W)
	lh := textdraw.LineHeight(face)
	y := r.Y + (r.H-float64(len(lines))*lh)/2
	align := textdraw.Start
	if p.Region == "button" {
		align = textdraw.Center
	}
	for _, line := range lines {
		box := geom.Rect{X: inner.X, Y: y, W: inner.W, H: lh}
		textdraw.Line(dst, line, face, box, align, ink)
		if p.Region == "link" {
			w := min(textdraw.Width(line, face), inner.W)
			x := inner.X
			if g.rtl {
				x = inner.Right() - w
			}
			shape.Line(dst, x, y+lh*0.8, x+w, y+lh*0.8, 1.5*u, spotLink)
		}
		y += lh
	}
}

// drawBadge draws the mark of a state: "!" on amber for a warning sign, the same in a
// ring for a missed one, a tick on green for a fine part, a quiet tick for a fine part
// left alone. Shapes differ as well as colours, for children with low colour vision.
func (v *spotView) drawBadge(g *Game, dst *ebiten.Image, box geom.Rect, s spot.State) {
	u := g.m.Unit
	cx, cy := box.Center()
	rad := min(box.W, box.H) / 2
	bang := func(c color.Color) {
		shape.Line(dst, cx, cy-rad*0.5, cx, cy+rad*0.15, 3.5*u, c)
		shape.Circle(dst, cx, cy+rad*0.5, 2.2*u, c)
	}
	tick := func(c color.Color, w float64) {
		shape.Line(dst, cx-rad*0.45, cy, cx-rad*0.1, cy+rad*0.38, w, c)
		shape.Line(dst, cx-rad*0.1, cy+rad*0.38, cx+rad*0.5, cy-rad*0.38, w, c)
	}
	switch s {
	case spot.Found:
		shape.Circle(dst, cx, cy, rad, theme.Think)
		bang(theme.OnPrimary)
	case spot.Missed:
		shape.Circle(dst, cx, cy, rad, theme.Panel)
		shape.Ring(dst, cx, cy, rad-1.5*u, 3*u, theme.Think)
		bang(theme.Think)
	case spot.FalseAlarm:
		shape.Circle(dst, cx, cy, rad, theme.Good)
		tick(theme.OnPrimary, 3*u)
	case spot.Trusted:
		tick(theme.Good, 3*u)
	}
}

// spotDashed outlines a rectangle with dashes, for a sign that was missed: the same
// colour as a found sign, a different line, so the two read apart without colour.
func spotDashed(dst *ebiten.Image, r geom.Rect, rad, width float64, c color.Color) {
	in := r.Inset(width / 2)
	rad = min(rad, in.H/2, in.W/2)
	dash := max(width*2.5, 8)
	seg := func(x0, y0, x1, y1 float64) {
		dx, dy := x1-x0, y1-y0
		n := int(max(math.Abs(dx), math.Abs(dy)) / (2 * dash))
		if n < 1 {
			shape.Line(dst, x0, y0, x1, y1, width, c)
			return
		}
		for i := 0; i < n; i++ {
			t0 := float64(2*i) / float64(2*n)
			t1 := float64(2*i+1) / float64(2*n)
			shape.Line(dst, x0+dx*t0, y0+dy*t0, x0+dx*t1, y0+dy*t1, width, c)
		}
	}
	seg(in.X+rad, in.Y, in.Right()-rad, in.Y)
	seg(in.X+rad, in.Bottom(), in.Right()-rad, in.Bottom())
	seg(in.X, in.Y+rad, in.X, in.Bottom()-rad)
	seg(in.Right(), in.Y+rad, in.Right(), in.Bottom()-rad)
}

// spotDoneIcon is the picture on "I've found them": a tick in a white disc, drawn here so
// it shows on the button's own colour.
func spotDoneIcon(dst *ebiten.Image, box geom.Rect, u float64) {
	cx, cy := box.Center()
	rad := min(box.W, box.H) / 2 * 0.85
	shape.Circle(dst, cx, cy, rad, theme.OnPrimary)
	w := max(2*u, rad*0.18)
	shape.Line(dst, cx-rad*0.45, cy, cx-rad*0.1, cy+rad*0.38, w, theme.Primary)
	shape.Line(dst, cx-rad*0.1, cy+rad*0.38, cx+rad*0.5, cy-rad*0.38, w, theme.Primary)
}
