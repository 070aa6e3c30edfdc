package app

import (
	"image/color"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/mech"
	"sango/game/mech/sorter"
	"sango/game/ui/geom"
	"sango/game/ui/icon"
	"sango/game/ui/shape"
	"sango/game/ui/textdraw"
	"sango/game/ui/theme"
	"sango/game/ui/widget"
)

// sortView shows a sort step: the cards still to sort in a grid, and the bins they go in,
// along the bottom on a portrait screen or down the end side on a wide one. Every card
// keeps its place while the others are sorted, so nothing jumps under a child's finger; a
// sorted card leaves a quiet ticked slot and shows up as a small picture in its bin.
//
// A card and a bin are one button each, with the move's id: tap a card and then a bin, or
// drag the card onto the bin (the host turns the drop into the same two moves). The card
// picked up is lifted, outlined in the main colour and badged with a hand, and the bins
// light up to say "put it here".
type sortView struct {
	a        *sorter.Activity
	cache    *sortGeom
	cacheKey sortGeomKey
}

func newSortView(a mech.Activity) mechView {
	sa, ok := a.(*sorter.Activity)
	if !ok {
		return nil
	}
	return &sortView{a: sa}
}

// sortGeom is where everything goes, in left-to-right coordinates.
type sortGeom struct {
	items  []geom.Rect // one slot per item, sorted or not
	bins   []geom.Rect
	card   cardLook
	good   bool // every card is a touch target and its words fit
	fit    int  // 2: the cards' words fit at body size, 1: at small size, 0: some are cut
	touch  bool // every card is a touch target
	steady bool // laid out under the room kept for reactions, so it does not move
	bin    binLook
}

// cardLook is how every card is drawn, the same for all so that none looks more
// important than another.
type cardLook struct {
	tall bool    // the picture above the words, rather than at their start
	bare bool    // words only: on a crowded screen older players' cards drop the picture
	size float64 // the words' size
}

// sortBinsAside says whether the bins stand down the end side (wide screens) rather
// than in a row along the bottom.
func sortBinsAside(g *Game, area geom.Rect) bool {
	return !g.m.Portrait && area.W > area.H*1.5
}

// reactionRoom is the area the step lays out in, and the room to keep free for Sango's
// reactions. The host shows reactions in a row of their own below the step, so the
// area no longer changes from move to move and nothing needs keeping.
func (v *sortView) reactionRoom(_ *Game, area geom.Rect) (geom.Rect, float64) {
	return area, 0
}

// geometry lays the step out. It keeps as much room for reactions as it can, so that
// cards and bins stay still, and gives up, in turn, the bins' pictures of sorted cards,
// the bins' preferred side, and then room for reactions, so that cards stay big enough to
// touch and read on a small screen. Layouts are remembered: a drag redraws every frame.
func (v *sortView) geometry(g *Game, area geom.Rect) sortGeom {
	key := sortGeomKey{area: area, reaction: v.a.Last().Text, w: g.m.W, h: g.m.H, rtl: g.rtl}
	if v.cache != nil && v.cacheKey == key {
		return *v.cache
	}
	full, reserve := v.reactionRoom(g, area)
	prefer := sortBinsAside(g, full)
	var out sortGeom
	found := false
	for _, share := range []float64{1, 2.0 / 3, 1.0 / 3, 0} {
		for _, aside := range []bool{prefer, !prefer} {
			for _, compact := range []bool{false, true} {
				if found || (aside && compact) {
					continue
				}
				keep := reserve * share
				y := max(full.Y+keep, area.Y)
				out = v.geometryIn(g, geom.Rect{X: area.X, Y: y, W: area.W, H: max(0, area.Bottom()-y)}, aside, compact)
				out.steady = full.Y+keep >= area.Y-0.01
				found = out.good
			}
		}
	}
	if !found {
		// Nothing fits: use all the room there is, keeping cards touchable first and
		// then cutting as few words as possible.
		var best *sortGeom
		for _, aside := range []bool{prefer, !prefer} {
			for _, compact := range []bool{false, true} {
				o := v.geometryIn(g, area, aside, compact)
				if best == nil || (o.touch && !best.touch) || (o.touch == best.touch && o.fit > best.fit) {
					best = &o
				}
			}
		}
		out = *best
	}
	v.cache, v.cacheKey = &out, key
	return out
}

type sortGeomKey struct {
	area     geom.Rect
	reaction string
	w, h     float64
	rtl      bool
}

func (v *sortView) geometryIn(g *Game, area geom.Rect, aside, compact bool) sortGeom {
	m := g.m
	u := m.Unit
	spec := v.a.Spec()
	gap := m.Pad * 0.75
	nb := len(spec.Bins)
	var out sortGeom
	binsOK := true // every bin is a touch target inside the area
	var itemArea geom.Rect
	if aside {
		// Bins down the end side, items beside them; both sit at the bottom, near the
		// Continue button and out of the way of the words above.
		bw := min(max(area.W*0.28, 220*u), 360*u)
		bh := min((area.H-float64(nb-1)*gap)/float64(nb), 170*u)
		binsOK = bh >= m.Button
		bh = max(bh, m.Button)
		y := area.Bottom() - float64(nb)*bh - float64(nb-1)*gap
		for i := 0; i < nb; i++ {
			out.bins = append(out.bins, geom.Rect{X: area.Right() - bw, Y: y + float64(i)*(bh+gap), W: bw, H: bh})
		}
		itemArea = geom.Rect{X: area.X, Y: area.Y, W: area.W - bw - gap*1.5, H: area.H}
	} else {
		bw := (area.W - float64(nb-1)*gap) / float64(nb)
		want := v.binHeight(g, bw, compact)
		bh := min(want, max(area.H*0.45, m.Button))
		binsOK = bh >= want-0.5
		y := area.Bottom() - bh
		for i := 0; i < nb; i++ {
			out.bins = append(out.bins, geom.Rect{X: area.X + float64(i)*(bw+gap), Y: y, W: bw, H: bh})
		}
		itemArea = geom.Rect{X: area.X, Y: area.Y, W: area.W, H: max(0, area.H-bh-gap*1.5)}
	}
	out.items, out.card, out.fit, out.touch = v.grid(g, itemArea)
	out.touch = out.touch && binsOK
	out.bin = v.binLookFor(g, out.bins, compact)
	out.good = out.fit > 0 && out.touch
	return out
}

// binHeight is how tall a bin in a row must be to show its picture, its label and, unless
// compact, a row of the cards sorted into it. A bin wide enough for its label beside the
// picture is laid out that way, which needs less height.
func (v *sortView) binHeight(g *Game, w float64, compact bool) float64 {
	m := g.m
	in := w - m.Pad
	face := g.fonts.Face(m.Small, true)
	side := sortBinSide(g)
	beside, above := 0.0, 0.0 // label heights with the picture beside it, or above it
	for _, b := range v.a.Spec().Bins {
		beside = max(beside, textdraw.Height(g.T(b.Label), face, in-side-m.Pad*0.5))
		above = max(above, textdraw.Height(g.T(b.Label), face, in))
	}
	chips := 0.0
	if !compact {
		chips = sortChip(g) + m.Pad*0.3
	}
	h := m.Pad*0.5 + sortBinIcon(g, w) + m.Pad*0.2 + above + m.Pad*0.5 + chips
	wide := true
	for _, b := range v.a.Spec().Bins {
		wide = wide && wordsFit(g, g.T(b.Label), m.Small, geom.Rect{W: in - side - m.Pad*0.5, H: 2 * textdraw.LineHeight(face)})
	}
	if wide {
		h = m.Pad + max(side, beside) + chips
	}
	return max(m.Button, h)
}

// sortBinSide is the picture's size in a bin with its label beside the picture.
func sortBinSide(g *Game) float64 { return 44 * g.m.Unit }

func sortBinIcon(g *Game, w float64) float64 { return min(50*g.m.Unit, w*0.4) }
func sortChip(g *Game) float64               { return 32 * g.m.Unit }

// grid places one slot per item, bottom-aligned in area. It tries one to four columns,
// pictures above or beside the words, and keeps the layout where every card is a
// comfortable touch target, the words fit at the largest size and the pictures are
// biggest. It reports how well the words fit and whether the cards are touch targets.
func (v *sortView) grid(g *Game, area geom.Rect) (rects []geom.Rect, look cardLook, fit int, touch bool) {
	m := g.m
	u := m.Unit
	items := v.a.Spec().Items
	n := len(items)
	if n == 0 {
		return nil, cardLook{size: m.Body}, 2, true
	}
	gap := m.Pad * 0.6
	maxH := 1.5 * m.Button
	if v.pictureFirst() {
		maxH = 2.6 * m.Button // young players' picture cards can be big
	}
	type option struct {
		cols      int
		w, h      float64
		fit       int     // 2: words fit at body size, 1: at small size, 0: they are cut
		pic       float64 // the smallest picture on a card
		look      cardLook
		touchable bool
	}
	better := func(a, b option) bool {
		switch {
		case b.cols == 0:
			return true
		case a.touchable != b.touchable:
			return a.touchable
		case (a.fit > 0) != (b.fit > 0):
			return a.fit > 0
		case math.Abs(a.pic-b.pic) > 4*u:
			return a.pic > b.pic // pictures first, once the words fit
		case a.fit != b.fit:
			return a.fit > b.fit
		}
		return a.h > b.h+0.5
	}
	var best option
	for cols := 1; cols <= min(n, 4); cols++ {
		rows := (n + cols - 1) / cols
		w := (area.W - float64(cols-1)*gap) / float64(cols)
		h := min((area.H-float64(rows-1)*gap)/float64(rows), maxH)
		if w < 80*u && cols > 1 {
			break
		}
		looks := []cardLook{{}, {tall: true}}
		if !v.pictureFirst() {
			looks = append(looks, cardLook{bare: true})
		}
		for _, look := range looks {
			o := option{cols: cols, look: look, w: w, h: h, touchable: h >= m.Button && w >= m.Button, fit: 2, pic: math.Inf(1)}
			for _, it := range items {
				fit, pic := v.cardFit(g, it, w, h, look)
				o.fit = min(o.fit, fit)
				if it.Icon != "" {
					o.pic = min(o.pic, pic)
				}
			}
			if better(o, best) {
				best = o
			}
		}
	}
	look = best.look
	look.size = m.Body
	if best.fit < 2 {
		look.size = m.Small
	}
	rows := (n + best.cols - 1) / best.cols
	h := best.h
	top := max(area.Bottom()-float64(rows)*h-float64(rows-1)*gap, area.Y)
	for i := range items {
		r, c := i/best.cols, i%best.cols
		// The last row is centred when it is not full.
		inRow := min(best.cols, n-r*best.cols)
		x0 := area.X + (area.W-float64(inRow)*best.w-float64(inRow-1)*gap)/2
		rects = append(rects, geom.Rect{X: x0 + float64(c)*(best.w+gap), Y: top + float64(r)*(h+gap), W: best.w, H: h})
	}
	return rects, look, best.fit, best.touchable
}

// pictureFirst is true when every card has a picture and there are only two bins, as in
// the youngest band: the cards can then be big picture squares.
func (v *sortView) pictureFirst() bool {
	for _, it := range v.a.Spec().Items {
		if it.Icon == "" {
			return false
		}
	}
	return len(v.a.Spec().Bins) <= 2
}

// cardBoxes splits a card into its picture and its words, in the given look.
func (v *sortView) cardBoxes(g *Game, it sorter.Item, r geom.Rect, look cardLook) (pic, words geom.Rect) {
	m := g.m
	in := geom.Rect{X: r.X + m.Pad*0.5, Y: r.Y + m.Pad*0.25, W: r.W - m.Pad, H: r.H - m.Pad*0.5}
	switch {
	case it.Icon == "" || (look.bare && it.Text != ""):
		return geom.Rect{}, in
	case it.Text == "":
		side := min(in.W, in.H)
		return geom.Rect{X: in.X + (in.W-side)/2, Y: in.Y + (in.H-side)/2, W: side, H: side}, geom.Rect{}
	case look.tall:
		gap := m.Pad * 0.3
		wordsH := textdraw.Height(g.T(it.Text), g.fonts.Face(look.size, true), in.W)
		side := max(0, min(in.W, in.H-wordsH-gap, 140*m.Unit))
		y := in.Y + max(0, (in.H-side-gap-wordsH)/2)
		pic = geom.Rect{X: in.X + (in.W-side)/2, Y: y, W: side, H: side}
		return pic, geom.Rect{X: in.X, Y: pic.Bottom() + gap, W: in.W, H: min(wordsH, in.Bottom()-pic.Bottom()-gap)}
	}
	side := min(in.H, 60*m.Unit, in.W*0.3)
	pic = geom.Rect{X: in.X, Y: in.Y + (in.H-side)/2, W: side, H: side}
	return pic, geom.Rect{X: pic.Right() + m.Pad*0.6, Y: in.Y, W: in.Right() - pic.Right() - m.Pad*0.6, H: in.H}
}

// cardFit says how well a card's words fit (2 at body size, 1 at small size, 0 cut) and
// how big its picture is then. A picture squeezed below a thumbnail does not fit either.
func (v *sortView) cardFit(g *Game, it sorter.Item, w, h float64, look cardLook) (int, float64) {
	m := g.m
	r := geom.Rect{W: w, H: h}
	if it.Text == "" {
		pic, _ := v.cardBoxes(g, it, r, look)
		return 2, pic.W
	}
	s := g.T(it.Text)
	var pic geom.Rect
	for _, c := range []struct {
		fit  int
		size float64
	}{{2, m.Body}, {1, m.Small}} {
		var words geom.Rect
		look.size = c.size
		pic, words = v.cardBoxes(g, it, r, look)
		picOK := it.Icon == "" || look.bare || pic.W >= 30*m.Unit
		if picOK && wordsFit(g, s, c.size, words) {
			return c.fit, pic.W
		}
	}
	return 0, pic.W
}

func (v *sortView) layout(g *Game, area geom.Rect) []*widget.Button {
	geo := v.geometry(g, area)
	spec := v.a.Spec()
	var out []*widget.Button
	for _, id := range v.a.Moves() {
		kind, n, ok := sorter.ParseMove(id)
		if !ok {
			continue
		}
		switch kind {
		case "item":
			it := spec.Items[n]
			label := g.T(it.Text)
			if it.Text == "" {
				label = it.Icon
			}
			out = append(out, &widget.Button{
				ID: id, Label: label, Say: it.Text, Rect: g.place(geo.items[n]), Draggable: true,
				Paint: func(dst *ebiten.Image, r geom.Rect, hovered, pressed bool) {
					v.paintCard(g, dst, n, r, geo.card, hovered, pressed)
				},
			})
		case "bin":
			out = append(out, &widget.Button{
				ID: id, Label: g.T(spec.Bins[n].Label), Say: spec.Bins[n].Label, Rect: g.place(geo.bins[n]),
				Paint: func(dst *ebiten.Image, r geom.Rect, hovered, pressed bool) {
					v.paintBin(g, dst, n, r, geo.bin, hovered, pressed)
				},
			})
		}
	}
	return out
}

func (v *sortView) draw(g *Game, dst *ebiten.Image, area geom.Rect) {
	m := g.m
	geo := v.geometry(g, area)
	// A sorted card leaves a quiet ticked slot, so the others keep their places.
	for i, r := range geo.items {
		if !v.a.Placed(i) {
			continue
		}
		pr := g.place(r)
		shape.RoundRect(dst, pr, m.Radius*0.7, theme.Sky)
		shape.RoundRectLine(dst, pr, m.Radius*0.7, 2*m.Unit, theme.PanelEdge)
		cx, cy := pr.Center()
		drawTick(dst, cx, cy, min(16*m.Unit, pr.H*0.3), theme.Good, g.m.Unit)
	}
	// Once every card is sorted the bins are no longer buttons: draw them here.
	if v.a.Done() {
		for i, r := range geo.bins {
			v.paintBin(g, dst, i, g.place(r), geo.bin, false, false)
		}
	}
}

// paintCard draws one card to sort.
func (v *sortView) paintCard(g *Game, dst *ebiten.Image, i int, r geom.Rect, look cardLook, hovered, pressed bool) {
	m := g.m
	u := m.Unit
	it := v.a.Spec().Items[i]
	selected := v.a.Selected() == i
	rad := m.Radius * 0.7
	fill, edge, width := color.Color(theme.Panel), color.Color(theme.PanelEdge), 2*u
	if hovered || pressed {
		fill = theme.SkyLow
	}
	if selected {
		// Picked up: lifted, a thick outline in the main colour and a tinted face.
		r.Y -= 4 * u
		fill, edge, width = color.RGBA{0xDD, 0xF1, 0xF4, 0xff}, theme.Primary, 5*u
		shape.RoundRect(dst, geom.Rect{X: r.X + 2*u, Y: r.Y + 9*u, W: r.W, H: r.H}, rad, theme.Shadow)
	} else if !pressed {
		shape.RoundRect(dst, geom.Rect{X: r.X, Y: r.Y + 3*u, W: r.W, H: r.H}, rad, theme.Shadow)
	}
	shape.RoundRect(dst, r, rad, fill)
	shape.RoundRectLine(dst, r, rad, width, edge)

	// In right-to-left languages the picture sits at the other end.
	local := geom.Rect{W: r.W, H: r.H}
	pic, words := v.cardBoxes(g, it, local, look)
	at := func(b geom.Rect) geom.Rect {
		if g.rtl {
			b.X = local.W - b.X - b.W
		}
		return geom.Rect{X: r.X + b.X, Y: r.Y + b.Y, W: b.W, H: b.H}
	}
	if it.Icon != "" && pic.W > 0 {
		icon.Draw(dst, it.Icon, at(pic))
	}
	if it.Text != "" {
		align := textdraw.Start
		if look.tall || pic.W == 0 {
			align = textdraw.Center
		}
		drawFitted(g, dst, g.T(it.Text), look.size, at(words), align)
	}
	if selected {
		// A badge with a hand in the corner: "you are holding this one".
		rad := min(18*u, r.H*0.22)
		cx, cy := r.Right()-rad*0.6, r.Y+rad*0.6
		if g.rtl {
			cx = r.X + rad*0.6
		}
		shape.Circle(dst, cx, cy, rad+2*u, theme.Panel)
		shape.Circle(dst, cx, cy, rad, theme.Primary)
		drawHand(dst, cx, cy, rad*0.62, theme.OnPrimary)
	}
}

// wordsFit reports whether s fits in box at size without a word broken across lines. A
// very long run with no spaces (a sentence in a language written without them) may break
// anywhere.
func wordsFit(g *Game, s string, size float64, box geom.Rect) bool {
	face := g.fonts.Face(size, true)
	if textdraw.Height(s, face, box.W) > box.H+1 {
		return false
	}
	for _, w := range strings.Fields(s) {
		if utf8.RuneCountInString(w) <= 16 && textdraw.Width(w, face) > box.W {
			return false
		}
	}
	return true
}

// drawFitted draws s in box at the given size, or smaller when it does not fit,
// vertically centred, clipping with an ellipsis only when even the small size does not
// fit.
func drawFitted(g *Game, dst *ebiten.Image, s string, size float64, box geom.Rect, align textdraw.Align) {
	m := g.m
	if size > m.Small && textdraw.Height(s, g.fonts.Face(size, true), box.W) > box.H+1 {
		size = m.Small
	}
	face := g.fonts.Face(size, true)
	lh := textdraw.LineHeight(face)
	lines := textdraw.Lines(s, face, box.W)
	if keep := max(1, int((box.H+1)/lh)); len(lines) > keep {
		lines = append(lines[:keep-1:keep-1], lines[keep-1]+"…")
	}
	y := box.Y + max(0, (box.H-float64(len(lines))*lh)/2)
	for _, l := range lines {
		textdraw.Line(dst, l, face, geom.Rect{X: box.X, Y: y, W: box.W, H: lh}, align, theme.Ink)
		y += lh
	}
}

// binLook is how every bin is laid out, the same for all so that they read as a set.
type binLook struct {
	wide  bool    // the picture at the start and the label beside it, else above it
	side  float64 // the picture's size in a wide bin
	size  float64 // the labels' text size
	chips bool    // room for a row of the sorted cards' pictures under the label
}

// binInner is a bin's rectangle less its padding.
func binInner(g *Game, r geom.Rect) geom.Rect {
	m := g.m
	return geom.Rect{X: r.X + m.Pad*0.5, Y: r.Y + m.Pad*0.35, W: r.W - m.Pad, H: r.H - m.Pad*0.7}
}

// binLookFor chooses the bins' look: wide when every label fits beside a picture (as
// big a picture as lets them fit), then the largest text size every label fits at, and
// the sorted cards' pictures when there is room for them in every bin.
func (v *sortView) binLookFor(g *Game, bins []geom.Rect, compact bool) binLook {
	m := g.m
	u := m.Unit
	look := binLook{size: m.Small}
	if len(bins) == 0 {
		return look
	}
	in := binInner(g, bins[0])
	labels := make([]string, len(v.a.Spec().Bins))
	for b, bin := range v.a.Spec().Bins {
		labels[b] = g.T(bin.Label)
	}
	chip := sortChip(g) + m.Pad*0.3
	fitsAll := func(size float64, box geom.Rect) bool {
		for _, l := range labels {
			if !wordsFit(g, l, size, box) {
				return false
			}
		}
		return true
	}
	if bins[0].W > bins[0].H*1.2 {
		for side := min(in.H, 56*u, in.W*0.3); side >= 28*u && !look.wide; side -= 4 * u {
			words := geom.Rect{W: in.W - side - m.Pad*0.5, H: in.H}
			if fitsAll(m.Small, words) {
				look.wide, look.side = true, side
				if fitsAll(m.Body, words) {
					look.size = m.Body
				}
				look.chips = !compact && fitsAll(look.size, geom.Rect{W: words.W, H: in.H - chip})
			}
		}
		if look.wide {
			return look
		}
	}
	lh := textdraw.LineHeight(g.fonts.Face(m.Small, true))
	if fitsAll(m.Body, geom.Rect{W: in.W, H: 2 * lh}) {
		look.size = m.Body
	}
	labelH := 0.0
	for _, l := range labels {
		labelH = max(labelH, min(textdraw.Height(l, g.fonts.Face(look.size, true), in.W), 3*lh))
	}
	look.chips = !compact && in.H-labelH-chip >= 24*u
	return look
}

// binBoxes is where a bin's picture, label and row of sorted cards go.
type binBoxes struct {
	pic, words, chips geom.Rect
}

func (v *sortView) binBoxes(g *Game, b int, r geom.Rect, look binLook) binBoxes {
	m := g.m
	in := binInner(g, r)
	chip, chipGap := sortChip(g), m.Pad*0.3
	face := g.fonts.Face(look.size, true)
	label := g.T(v.a.Spec().Bins[b].Label)
	var bx binBoxes
	if look.wide {
		side := look.side
		bx.words = geom.Rect{X: in.X + side + m.Pad*0.5, Y: in.Y, W: in.W - side - m.Pad*0.5, H: in.H}
		if look.chips {
			bx.words.H = in.H - chip - chipGap
			bx.chips = geom.Rect{X: bx.words.X, Y: in.Bottom() - chip, W: bx.words.W, H: chip}
		}
		bx.pic = geom.Rect{X: in.X, Y: in.Y + (in.H-side)/2, W: side, H: side}
		if g.rtl {
			bx.pic.X = in.Right() - side
			bx.words.X = in.X
			bx.chips.X = in.X
		}
		return bx
	}
	labelH := min(textdraw.Height(label, face, in.W), 3*textdraw.LineHeight(face))
	room := in.H - labelH - m.Pad*0.2
	if look.chips {
		room -= chip + chipGap
		bx.chips = geom.Rect{X: in.X, Y: in.Bottom() - chip, W: in.W, H: chip}
	}
	side := max(min(sortBinIcon(g, r.W), room), 0)
	top := in.Y + max(0, (room-side)/2)
	bx.pic = geom.Rect{X: in.X + (in.W-side)/2, Y: top, W: side, H: side}
	bx.words = geom.Rect{X: in.X, Y: bx.pic.Bottom() + m.Pad*0.2, W: in.W, H: labelH}
	return bx
}

// paintBin draws one bin: its picture, its label and the cards already sorted into it.
// A bin that flags a risk is tinted amber, one that trusts green, so pre-readers can tell
// them apart by colour as well as by picture.
func (v *sortView) paintBin(g *Game, dst *ebiten.Image, b int, r geom.Rect, look binLook, hovered, pressed bool) {
	m := g.m
	u := m.Unit
	spec := v.a.Spec()
	bin := spec.Bins[b]
	holding := v.a.Selected() >= 0
	fill, edge := color.Color(theme.GoodBg), color.Color(theme.Good)
	if bin.Flag {
		fill, edge = theme.ThinkBg, theme.Think
	}
	if !pressed {
		shape.RoundRect(dst, geom.Rect{X: r.X, Y: r.Y + 3*u, W: r.W, H: r.H}, m.Radius, theme.Shadow)
	}
	shape.RoundRect(dst, r, m.Radius, fill)
	if hovered || pressed {
		shape.RoundRect(dst, r.Inset(3*u), m.Radius, color.RGBA{0xff, 0xff, 0xff, 0x90})
	}
	width := 3 * u
	if holding {
		// A card is picked up: every bin says "put it here".
		width = 6 * u
		shape.RoundRectLine(dst, r.Inset(-5*u), m.Radius+5*u, 3*u, theme.Primary)
	}
	shape.RoundRectLine(dst, r, m.Radius, width, edge)

	bx := v.binBoxes(g, b, r, look)
	v.binPicture(dst, bin, bx.pic)
	align := textdraw.Center
	if look.wide {
		align = textdraw.Start
	}
	drawFitted(g, dst, g.T(bin.Label), look.size, bx.words, align)
	if look.chips {
		v.drawChips(g, dst, b, bx.chips)
		return
	}
	pic := bx.pic
	// No room for the sorted cards' pictures: a count on the bin's picture instead.
	n := 0
	for i, it := range spec.Items {
		if it.Bin == b && v.a.Placed(i) {
			n++
		}
	}
	if n > 0 && pic.W > 0 {
		// At the picture's outer top corner, clear of the label.
		rad := max(10*u, pic.W*0.25)
		cx, cy := pic.X, pic.Y
		if g.rtl {
			cx = pic.Right()
		}
		shape.Circle(dst, cx, cy, rad+2*u, theme.Panel)
		shape.Circle(dst, cx, cy, rad, theme.Primary)
		textdraw.Line(dst, strconv.Itoa(n), g.fonts.Face(rad*1.2, true), geom.Rect{X: cx - rad, Y: cy - rad, W: 2 * rad, H: 2 * rad}, textdraw.Center, theme.OnPrimary)
	}
}

// binPicture draws the bin's picture on a white disc so it stands out from the tint.
func (v *sortView) binPicture(dst *ebiten.Image, bin sorter.Bin, box geom.Rect) {
	if box.W <= 0 {
		return
	}
	cx, cy := box.Center()
	shape.Circle(dst, cx, cy, box.W/2, theme.Panel)
	icon.Draw(dst, bin.Icon, box.Inset(box.W*0.14))
}

// drawChips shows the cards sorted into bin b as small pictures, in the order of the
// level, shrinking them to fit on one row.
func (v *sortView) drawChips(g *Game, dst *ebiten.Image, b int, area geom.Rect) {
	u := g.m.Unit
	var in []int
	for i, it := range v.a.Spec().Items {
		if it.Bin == b && v.a.Placed(i) {
			in = append(in, i)
		}
	}
	if len(in) == 0 || area.W <= 0 {
		return
	}
	gap := 4 * u
	side := min(area.H, (area.W-float64(len(in)-1)*gap)/float64(len(in)))
	total := float64(len(in))*side + float64(len(in)-1)*gap
	x := area.X + (area.W-total)/2
	for _, i := range in {
		it := v.a.Spec().Items[i]
		box := geom.Rect{X: x, Y: area.Y + (area.H-side)/2, W: side, H: side}
		shape.RoundRect(dst, box, side*0.25, theme.Panel)
		shape.RoundRectLine(dst, box, side*0.25, 1.5*u, theme.PanelEdge)
		if it.Icon != "" {
			icon.Draw(dst, it.Icon, box.Inset(side*0.12))
		} else {
			// A words-only card: two lines of "text".
			for k := 0; k < 2; k++ {
				y := box.Y + side*(0.4+0.25*float64(k))
				shape.Line(dst, box.X+side*0.22, y, box.Right()-side*(0.22+0.15*float64(k)), y, 2*u, theme.InkSoft)
			}
		}
		x += side + gap
	}
}

// drawTick draws a tick in a circle.
func drawTick(dst *ebiten.Image, cx, cy, rad float64, c color.Color, u float64) {
	shape.Circle(dst, cx, cy, rad, c)
	k := rad / 13
	shape.Line(dst, cx-6*k, cy, cx-1.5*k, cy+5*k, max(3*k, u), theme.OnPrimary)
	shape.Line(dst, cx-1.5*k, cy+5*k, cx+6.5*k, cy-5*k, max(3*k, u), theme.OnPrimary)
}

// drawHand draws a simple open hand (a palm and four fingers), the "holding" sign.
func drawHand(dst *ebiten.Image, cx, cy, s float64, c color.Color) {
	palm := geom.Rect{X: cx - 0.55*s, Y: cy - 0.1*s, W: 1.1 * s, H: 0.95 * s}
	shape.RoundRect(dst, palm, 0.35*s, c)
	for k := 0; k < 4; k++ {
		x := cx - 0.45*s + float64(k)*0.3*s
		top := cy - 0.85*s + math.Abs(float64(k)-1.5)*0.15*s
		shape.Line(dst, x, cy, x, top, 0.22*s, c)
	}
	shape.Line(dst, cx-0.5*s, cy+0.35*s, cx-0.95*s, cy-0.05*s, 0.22*s, c)
}
