package app

import (
	"image/color"
	"slices"
	"strconv"

	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/mech"
	"sango/game/mech/settings"
	"sango/game/ui/geom"
	"sango/game/ui/icon"
	"sango/game/ui/shape"
	"sango/game/ui/textdraw"
	"sango/game/ui/theme"
	"sango/game/ui/widget"
)

// settingsView shows a settings step as an app's setup screen inside a phone-like frame:
// the app's name and page, one row per setting (a picture, the words, and a big switch or
// a row of choice buttons), and the way back, the way on and the app's Done button. A
// toggle's whole row is its button; a choice offers one button per value. The row Sango
// pointed at after Done is tinted amber until it is safe.
//
// On a tall screen the name sits in a bar on top and the buttons under the rows; on a wide,
// short one they move to a side column, so the rows get the height. The view shows as many
// settings per page as fit at full size (SetPerPage), up to maxPerPage.
type settingsView struct{ a *settings.Activity }

// maxPerPage keeps each page of the app a short list.
const maxPerPage = 4

func newSettingsView(a mech.Activity) mechView {
	sa, ok := a.(*settings.Activity)
	if !ok {
		return nil
	}
	return &settingsView{a: sa}
}

// settingsRow is where one setting's row goes, in left-to-right coordinates.
type settingsRow struct {
	i       int
	box     geom.Rect   // the whole row
	pic     geom.Rect   // the picture
	label   geom.Rect   // the words
	control geom.Rect   // the switch, or the strip of choice buttons
	segs    []geom.Rect // a choice's value buttons
	small   bool        // the words use the small face
}

// settingsGeom is the mock app's screen, in left-to-right coordinates.
type settingsGeom struct {
	frame, screen geom.Rect
	bar           geom.Rect // the app's name and page: a bar on top, or the side column
	side          bool      // the name and buttons are in a side column
	rows          []settingsRow
	nav           []navButton
}

type navButton struct {
	id    string
	label string
	style widget.Style
	dir   int // -1 back a page, +1 on a page, 0 Done
	rect  geom.Rect
}

// sizes the view works with.
func (v *settingsView) sizes(g *Game) (bezel, gap, pic, switchW float64) {
	m := g.m
	face := g.fonts.Face(m.Body*0.8, true)
	word := max(textdraw.Width(g.T("mech_settings.on"), face), textdraw.Width(g.T("mech_settings.off"), face))
	knob := m.Button * 0.6
	return 6 * m.Unit, m.Pad * 0.5, m.Button * 0.66, max(knob*1.8, word+knob+m.Pad)
}

// rowFits measures setting i's row at width w with the body face or the small one: its
// height, and whether a choice's buttons must go under the words.
func (v *settingsView) rowFits(g *Game, i int, w float64, small bool) (h float64, under bool) {
	m := g.m
	_, _, pic, switchW := v.sizes(g)
	st := v.a.Spec().Settings[i]
	face := g.fonts.Face(m.Body, false)
	if small {
		face = g.fonts.Face(m.Small, false)
	}
	label := g.T(st.Label)
	beside := func(controlW float64) float64 {
		tw := w - m.Pad - pic - m.Pad - controlW - m.Pad
		if tw < 90*m.Unit {
			return -1
		}
		return textdraw.Height(label, face, tw)
	}
	if st.Toggle() {
		th := beside(switchW)
		if th < 0 {
			th = textdraw.Height(label, face, 90*m.Unit)
		}
		return max(m.Button, th+m.Pad*0.5), false
	}
	// A choice keeps its buttons beside the words when that needs no more height.
	if th := beside(v.segsWidth(g, i)); th >= 0 && th+m.Pad*0.5 <= m.Button {
		return m.Button, false
	}
	th := textdraw.Height(label, face, w-m.Pad-pic-m.Pad-m.Pad)
	return max(pic*0.8, th) + m.Pad*0.5 + m.Button + m.Pad*0.5, true
}

// pageFace picks one face for a page's words: the body face when every label fits its row
// on one line, else the small one.
func (v *settingsView) pageFace(g *Game, page []int, w float64) bool {
	for _, i := range page {
		if h, under := v.rowFits(g, i, w, false); under || h > g.m.Button {
			return true
		}
	}
	return false
}

// pageHeight is how tall a page's rows are at their natural size.
func (v *settingsView) pageHeight(g *Game, page []int, w float64) float64 {
	_, gap, _, _ := v.sizes(g)
	small := v.pageFace(g, page, w)
	total := 0.0
	for k, i := range page {
		h, _ := v.rowFits(g, i, w, small)
		if k > 0 {
			total += gap
		}
		total += h
	}
	return total
}

// segsWidth is the natural width of a choice's value buttons side by side.
func (v *settingsView) segsWidth(g *Game, i int) float64 {
	m := g.m
	face := g.fonts.Face(m.Small, true)
	w := 0.0
	for k, key := range v.a.Spec().Settings[i].Values {
		if k > 0 {
			w += 6 * m.Unit
		}
		w += max(m.Button*1.3, textdraw.Width(g.T(key), face)+1.6*m.Pad)
	}
	return w
}

// navButtons are the page and Done buttons the activity offers now, in reading order,
// each as wide as its word and arrow.
func (v *settingsView) navButtons(g *Game) []navButton {
	m := g.m
	moves := v.a.Moves()
	finish := slices.Contains(moves, settings.FinishMove)
	var out []navButton
	p := v.a.Page()
	if slices.Contains(moves, settings.PageMove(p-1)) {
		out = append(out, navButton{id: settings.PageMove(p - 1), label: g.T("mech_settings.prev_page"), style: widget.Secondary, dir: -1})
	}
	if slices.Contains(moves, settings.PageMove(p+1)) {
		style := widget.Primary
		if finish {
			style = widget.Secondary
		}
		out = append(out, navButton{id: settings.PageMove(p + 1), label: g.T("mech_settings.next_page"), style: style, dir: +1})
	}
	if finish {
		out = append(out, navButton{id: settings.FinishMove, label: g.T("mech_settings.finish"), style: widget.Primary})
	}
	for k := range out {
		out[k].rect = geom.Rect{W: v.navWidth(g, out[k], true), H: m.Button}
	}
	return out
}

// navWidth is how wide a page or Done button is with its word, or as small as it can be
// (an arrow alone, or Done's word alone).
func (v *settingsView) navWidth(g *Game, b navButton, words bool) float64 {
	m := g.m
	word := textdraw.Width(b.label, g.fonts.Face(m.Body, true))
	if b.dir == 0 {
		if words {
			return max(m.Button*2.2, word+2.5*m.Pad)
		}
		return word + 2*m.Pad
	}
	if words {
		return m.Button*0.35 + m.Pad*0.5 + word + 2*m.Pad
	}
	return m.Button * 1.1
}

// geometry lays out the app in area and settles how many settings a page shows.
func (v *settingsView) geometry(g *Game, area geom.Rect) settingsGeom {
	m := g.m
	bezel, gap, pic, _ := v.sizes(g)
	var sg settingsGeom
	frameW := min(area.W, 980*m.Unit)
	sg.frame = geom.Rect{X: area.X + (area.W-frameW)/2, Y: area.Y, W: frameW, H: area.H}
	sg.screen = sg.frame.Inset(bezel)
	in := sg.screen.Inset(gap)
	sg.side = in.W >= 600*m.Unit && in.W > in.H*1.8

	// Where the rows go.
	var rows geom.Rect
	sideW := 0.0
	if sg.side {
		// The side column is as wide as the Back and Next arrows side by side, or Done.
		sideW = max(2*v.navWidth(g, navButton{dir: 1}, false)+gap,
			v.navWidth(g, navButton{label: g.T("mech_settings.finish")}, true))
		sideW = min(sideW, in.W*0.4)
		sg.bar = geom.Rect{X: in.Right() - sideW, Y: in.Y, W: sideW, H: in.H}
		rows = geom.Rect{X: in.X, Y: in.Y, W: in.W - sideW - gap, H: in.H}
	} else {
		barH := textdraw.LineHeight(g.fonts.Face(m.Body, true)) + m.Pad*0.5
		sg.bar = geom.Rect{X: sg.screen.X, Y: sg.screen.Y, W: sg.screen.W, H: barH}
		top := sg.bar.Bottom() + gap
		rows = geom.Rect{X: in.X, Y: top, W: in.W, H: in.Bottom() - top - m.Button - gap}
	}

	// As many settings per page as fit at full size, on every page.
	n := len(v.a.Spec().Settings)
	per := 1
	for k := min(maxPerPage, n); k >= 1; k-- {
		fits := true
		for start := 0; start < n && fits; start += k {
			page := make([]int, 0, k)
			for i := start; i < min(n, start+k); i++ {
				page = append(page, i)
			}
			fits = v.pageHeight(g, page, rows.W) <= rows.H
		}
		if fits {
			per = k
			break
		}
	}
	v.a.SetPerPage(per)

	// The rows, squeezed towards the smallest touch target if even one does not fit.
	page := v.a.OnPage(v.a.Page())
	small := v.pageFace(g, page, rows.W)
	var heights []float64
	total := float64(len(page)-1) * gap
	for _, i := range page {
		h, _ := v.rowFits(g, i, rows.W, small)
		heights = append(heights, h)
		total += h
	}
	if total > rows.H && len(page) > 0 {
		floor := float64(theme.MinTarget) * g.CSSScale()
		k := max(0, rows.H-float64(len(page)-1)*gap) / (total - float64(len(page)-1)*gap)
		for r := range heights {
			heights[r] = max(heights[r]*k, min(heights[r], floor))
		}
	}
	y := rows.Y
	for r, i := range page {
		st := v.a.Spec().Settings[i]
		_, under := v.rowFits(g, i, rows.W, small)
		row := settingsRow{i: i, small: small, box: geom.Rect{X: rows.X, Y: y, W: rows.W, H: heights[r]}}
		top := row.box
		if under {
			top.H = max(0, row.box.H-m.Button-m.Pad*0.5)
		}
		side := min(pic, top.H)
		row.pic = geom.Rect{X: row.box.X + m.Pad, Y: top.Y + (top.H-side)/2, W: side, H: side}
		textX := row.pic.Right() + m.Pad
		switch {
		case st.Toggle():
			_, _, _, switchW := v.sizes(g)
			row.control = geom.Rect{X: row.box.Right() - m.Pad - switchW, Y: row.box.Y, W: switchW, H: row.box.H}
			row.label = geom.Rect{X: textX, Y: row.box.Y, W: row.control.X - m.Pad - textX, H: row.box.H}
		case under:
			row.label = geom.Rect{X: textX, Y: top.Y, W: row.box.Right() - m.Pad - textX, H: top.H}
			row.control = geom.Rect{X: row.box.X + m.Pad*0.5, Y: row.box.Bottom() - m.Button - m.Pad*0.5, W: row.box.W - m.Pad, H: m.Button}
		default:
			w := v.segsWidth(g, i)
			ch := min(m.Button, row.box.H)
			row.control = geom.Rect{X: row.box.Right() - m.Pad*0.5 - w, Y: row.box.Y + (row.box.H-ch)/2, W: w, H: ch}
			row.label = geom.Rect{X: textX, Y: row.box.Y, W: row.control.X - m.Pad - textX, H: row.box.H}
		}
		if !st.Toggle() {
			row.segs = v.placeSegs(g, i, row.control, under)
		}
		sg.rows = append(sg.rows, row)
		y += heights[r] + gap
	}

	// The app's buttons.
	nav := v.navButtons(g)
	if sg.side {
		// Done at the bottom of the side column, the Back and Next arrows side by side
		// above it.
		bottom := sg.bar.Bottom()
		pairs := 0
		for _, b := range nav {
			if b.dir != 0 {
				pairs++
			}
		}
		x := sg.bar.X
		w := (sg.bar.W - float64(max(pairs, 1)-1)*gap) / float64(max(pairs, 1))
		if len(nav) > pairs {
			bottom -= m.Button + gap
		}
		for _, b := range nav {
			if b.dir == 0 {
				b.rect = geom.Rect{X: sg.bar.X, Y: sg.bar.Bottom() - m.Button, W: sg.bar.W, H: m.Button}
			} else {
				b.rect = geom.Rect{X: x, Y: bottom - m.Button, W: w, H: m.Button}
				x += w + gap
			}
			sg.nav = append(sg.nav, b)
		}
		return sg
	}
	// Under the rows: Back at the start, the way on and Done at the end; on a narrow
	// screen the page buttons show their arrows alone, and Done gives up its spare width.
	ny := in.Bottom() - m.Button
	if len(sg.rows) > 0 {
		// The buttons follow the rows, so Done is near the last setting.
		ny = max(in.Y, min(ny, sg.rows[len(sg.rows)-1].box.Bottom()+2*gap))
	}
	need := func() float64 {
		w := float64(len(nav)-1) * gap
		for _, b := range nav {
			w += b.rect.W
		}
		return w
	}
	if need() > in.W {
		for k := range nav {
			nav[k].rect.W = v.navWidth(g, nav[k], false)
		}
		if spare := in.W - need(); spare > 0 && nav[len(nav)-1].dir == 0 {
			nav[len(nav)-1].rect.W += spare
		}
	}
	end := in.Right()
	for k := len(nav) - 1; k >= 0; k-- {
		b := nav[k]
		if b.dir < 0 {
			b.rect.X = in.X
		} else {
			b.rect.X = end - b.rect.W
			end = b.rect.X - gap
		}
		b.rect.Y = ny
		sg.nav = append([]navButton{b}, sg.nav...)
	}
	// The phone ends under its buttons.
	sg.frame.H = min(sg.frame.H, ny+m.Button+gap+bezel-sg.frame.Y)
	sg.screen = sg.frame.Inset(bezel)
	return sg
}

// placeSegs divides a choice's strip among its values: at their natural widths when they
// sit beside the words, evenly when they have a line of their own.
func (v *settingsView) placeSegs(g *Game, i int, strip geom.Rect, even bool) []geom.Rect {
	m := g.m
	vals := v.a.Spec().Settings[i].Values
	sep := 6 * m.Unit
	face := g.fonts.Face(m.Small, true)
	var widths []float64
	total := 0.0
	for _, key := range vals {
		w := max(m.Button*1.3, textdraw.Width(g.T(key), face)+1.6*m.Pad)
		widths = append(widths, w)
		total += w
	}
	room := strip.W - float64(len(vals)-1)*sep
	var out []geom.Rect
	x := strip.X
	for _, w := range widths {
		if even && total > 0 {
			// A line of their own: fill it, each in proportion to its words.
			w *= room / total
		}
		out = append(out, geom.Rect{X: x, Y: strip.Y, W: w, H: strip.H})
		x += w + sep
	}
	return out
}

func (v *settingsView) layout(g *Game, area geom.Rect) []*widget.Button {
	sg := v.geometry(g, area)
	var out []*widget.Button
	if v.a.Done() {
		return nil // the app stays on screen, still; draw paints it
	}
	for _, row := range sg.rows {
		st := v.a.Spec().Settings[row.i]
		if st.Toggle() {
			state := g.T("mech_settings.off")
			if v.a.Value(row.i) == 1 {
				state = g.T("mech_settings.on")
			}
			label := g.T(st.Label) + ": " + state
			if v.a.Hinted() == row.i {
				label += " (" + g.T("mech_settings.check") + ")"
			}
			out = append(out, &widget.Button{
				ID: settings.ToggleMove(row.i), Label: label, Rect: g.place(row.box),
				Paint: func(dst *ebiten.Image, r geom.Rect, hovered, _ bool) {
					v.paintToggle(g, dst, row, r, hovered)
				},
			})
			continue
		}
		for k, seg := range row.segs {
			out = append(out, &widget.Button{
				ID: settings.SetMove(row.i, k), Label: g.T(st.Label) + ": " + g.T(st.Values[k]), Rect: g.place(seg),
				Paint: func(dst *ebiten.Image, r geom.Rect, hovered, _ bool) {
					v.paintSeg(g, dst, row.i, k, r, hovered)
				},
			})
		}
	}
	for _, b := range sg.nav {
		out = append(out, &widget.Button{ID: b.id, Label: b.label, Style: b.style, Rect: g.place(b.rect),
			Paint: func(dst *ebiten.Image, r geom.Rect, hovered, pressed bool) {
				v.paintNav(g, dst, b, r, hovered, pressed)
			},
		})
	}
	return out
}

func (v *settingsView) draw(g *Game, dst *ebiten.Image, area geom.Rect) {
	m := g.m
	sg := v.geometry(g, area)
	bezel, _, _, _ := v.sizes(g)
	// The phone: a dark bezel around a light screen.
	frame := g.place(sg.frame)
	shape.RoundRect(dst, geom.Rect{X: frame.X, Y: frame.Y + 3*m.Unit, W: frame.W, H: frame.H}, m.Radius+bezel, theme.Shadow)
	shape.RoundRect(dst, frame, m.Radius+bezel, theme.Ink)
	shape.RoundRect(dst, g.place(sg.screen), m.Radius, theme.Sky)

	// The app's name and, when there are several, which page this is.
	title := g.T("mech_settings.app")
	if k := v.a.Spec().App; k != "" {
		title = g.T(k)
	}
	page := ""
	if n := v.a.Pages(); n > 1 {
		page = g.cat.Format("mech_settings.page", "n", strconv.Itoa(v.a.Page()+1), "total", strconv.Itoa(n))
	}
	face, small := g.fonts.Face(m.Body, true), g.fonts.Face(m.Small, true)
	if sg.side {
		// The name and page above the buttons, as much of them as there is room for.
		box := sg.bar
		bottom := box.Bottom()
		for _, b := range sg.nav {
			bottom = min(bottom, b.rect.Y-m.Pad*0.5)
		}
		y := box.Y + m.Pad*0.25
		lines := []struct {
			s    string
			face bool // the body face, else the small one
		}{{title, true}, {page, false}}
		for _, l := range lines {
			f, clr := face, color.Color(theme.Primary)
			if !l.face {
				f, clr = small, theme.InkSoft
			}
			lh := textdraw.LineHeight(f)
			if l.s == "" || y+lh > bottom {
				continue
			}
			textdraw.Line(dst, fitLine(l.s, f, box.W), f, g.place(geom.Rect{X: box.X, Y: y, W: box.W, H: lh}), textdraw.Start, clr)
			y += lh
		}
	} else {
		bar := g.place(sg.bar)
		shape.RoundRect(dst, bar, m.Radius, theme.Primary)
		shape.RoundRect(dst, geom.Rect{X: bar.X, Y: bar.Y + bar.H/2, W: bar.W, H: bar.H / 2}, 0, theme.Primary)
		inner := geom.Rect{X: sg.bar.X + m.Pad, Y: sg.bar.Y, W: sg.bar.W - 2*m.Pad, H: sg.bar.H}
		pageW := 0.0
		if page != "" {
			pageW = textdraw.Width(page, small) + m.Pad
			textdraw.Line(dst, page, small, g.place(inner), textdraw.End, theme.OnPrimary)
		}
		textdraw.Line(dst, fitLine(title, face, inner.W-pageW), face, g.place(inner), textdraw.Start, theme.OnPrimary)
	}

	// A choice's row is drawn here; its value buttons, and every toggle's row, paint
	// themselves on top. Once the step is done there are no buttons, so the rows are
	// all painted here, as they stand.
	done := v.a.Done()
	for _, row := range sg.rows {
		switch {
		case v.a.Spec().Settings[row.i].Toggle():
			if done {
				v.paintToggle(g, dst, row, g.place(row.box), false)
			}
		default:
			v.paintRow(g, dst, row, g.place(row.box), false)
			for k, seg := range row.segs {
				if done {
					v.paintSeg(g, dst, row.i, k, g.place(seg), false)
				}
			}
		}
	}
}

// part places a piece of a row, laid out left-to-right against row.box, inside r: where
// the row was placed, mirrored for right-to-left languages and nudged down when pressed.
func (v *settingsView) part(g *Game, row settingsRow, r, p geom.Rect) geom.Rect {
	out := geom.Rect{X: r.X + (p.X - row.box.X), Y: r.Y + (p.Y - row.box.Y), W: p.W, H: p.H}
	if g.rtl {
		out.X = r.X + (row.box.Right() - p.Right())
	}
	return out
}

// paintRow draws a row's card, picture and words inside r.
func (v *settingsView) paintRow(g *Game, dst *ebiten.Image, row settingsRow, r geom.Rect, hovered bool) {
	m := g.m
	st := v.a.Spec().Settings[row.i]
	fill, edge, ew := color.Color(theme.Panel), color.Color(theme.PanelEdge), 2*m.Unit
	if hovered {
		fill = theme.SkyLow
	}
	if v.a.Hinted() == row.i {
		fill, edge, ew = theme.ThinkBg, theme.Think, 4*m.Unit
	}
	shape.RoundRect(dst, r, m.Radius*0.6, fill)
	shape.RoundRectLine(dst, r, m.Radius*0.6, ew, edge)
	pic := v.part(g, row, r, row.pic)
	shape.Circle(dst, pic.X+pic.W/2, pic.Y+pic.H/2, pic.W/2+2*m.Unit, theme.SkyLow)
	icon.Draw(dst, st.Icon, pic.Inset(pic.W*0.1))
	face := g.fonts.Face(m.Body, false)
	if row.small {
		face = g.fonts.Face(m.Small, false)
	}
	lb := v.part(g, row, r, row.label)
	text := g.T(st.Label)
	h := textdraw.Height(text, face, lb.W)
	textdraw.Block(dst, text, face, geom.Rect{X: lb.X, Y: lb.Y + (lb.H-h)/2, W: lb.W, H: h}, textdraw.Start, theme.Ink)
}

// paintToggle draws a toggle's row with its switch: on is filled and says "On" with the
// knob at the end of the reading direction; off is grey and says "Off" with the knob at
// the start. The word and the knob say it, not the colour alone.
func (v *settingsView) paintToggle(g *Game, dst *ebiten.Image, row settingsRow, r geom.Rect, hovered bool) {
	m := g.m
	v.paintRow(g, dst, row, r, hovered)
	on := v.a.Value(row.i) == 1
	ctl := v.part(g, row, r, row.control)
	th := min(m.Button*0.6, ctl.H-4*m.Unit)
	track := geom.Rect{X: ctl.X, Y: ctl.Y + (ctl.H-th)/2, W: ctl.W, H: th}
	fill, ink := color.Color(theme.Primary), color.Color(theme.OnPrimary)
	if !on {
		fill, ink = color.RGBA{0xC9, 0xD3, 0xDC, 0xff}, theme.Ink
	}
	shape.RoundRect(dst, track, th/2, fill)
	knobR := th/2 - 4*m.Unit
	atRight := on != g.rtl
	kx := track.X + th/2
	word := geom.Rect{X: track.X + th, Y: track.Y, W: track.W - th - m.Pad*0.25, H: track.H}
	if atRight {
		kx = track.Right() - th/2
		word.X = track.X + m.Pad*0.25
	}
	shape.Circle(dst, kx, track.Y+th/2+1.5*m.Unit, knobR, theme.Shadow)
	shape.Circle(dst, kx, track.Y+th/2, knobR, theme.Panel)
	state := g.T("mech_settings.off")
	if on {
		state = g.T("mech_settings.on")
	}
	textdraw.Line(dst, state, g.fonts.Face(m.Body*0.8, true), word, textdraw.Center, ink)
}

// paintSeg draws one value of a choice: the chosen one filled.
func (v *settingsView) paintSeg(g *Game, dst *ebiten.Image, i, k int, r geom.Rect, hovered bool) {
	m := g.m
	chosen := v.a.Value(i) == k
	fill, edge, ink := color.Color(theme.Panel), color.Color(theme.PanelEdge), color.Color(theme.Ink)
	if hovered {
		fill = theme.SkyLow
	}
	if chosen {
		fill, edge, ink = theme.Primary, theme.Primary, theme.OnPrimary
	}
	shape.RoundRect(dst, r, r.H/2, fill)
	shape.RoundRectLine(dst, r, r.H/2, 3*m.Unit, edge)
	face := g.fonts.Face(m.Small, true)
	label := fitLine(g.T(v.a.Spec().Settings[i].Values[k]), face, r.W-m.Pad)
	textdraw.Line(dst, label, face, r, textdraw.Center, ink)
}

// paintNav draws a page or Done button in the standard look, with an arrow pointing
// back or on in the reading direction, and its word when there is room.
func (v *settingsView) paintNav(g *Game, dst *ebiten.Image, b navButton, r geom.Rect, hovered, pressed bool) {
	m := g.m
	fill, ink := color.Color(theme.Panel), color.Color(theme.Ink)
	if hovered || pressed {
		fill = theme.SkyLow
	}
	if b.style == widget.Primary {
		fill, ink = theme.Primary, theme.OnPrimary
		if hovered || pressed {
			fill = theme.PrimaryHi
		}
	}
	if !pressed {
		shape.RoundRect(dst, geom.Rect{X: r.X, Y: r.Y + 3*m.Unit, W: r.W, H: r.H}, m.Radius, theme.Shadow)
	}
	shape.RoundRect(dst, r, m.Radius, fill)
	if b.style != widget.Primary {
		shape.RoundRectLine(dst, r, m.Radius, 3*m.Unit, theme.PanelEdge)
	}
	face := g.fonts.Face(m.Body, true)
	if b.dir == 0 {
		textdraw.Line(dst, fitLine(b.label, face, r.W-m.Pad), face, r, textdraw.Center, ink)
		return
	}
	// The arrow points to the reading start for Back and to the reading end for Next.
	left := (b.dir < 0) != g.rtl
	a := m.Button * 0.35
	word := textdraw.Width(b.label, face)
	withWord := a+m.Pad*0.5+word+2*m.Pad <= r.W+0.5
	total := a
	if withWord {
		total += m.Pad*0.5 + word
	}
	cx, cy := r.X+(r.W-total)/2, r.Y+r.H/2
	// In a left-to-right run the arrow leads for Back and follows for Next.
	arrowFirst := (b.dir < 0) != g.rtl
	ax := cx
	wordBox := geom.Rect{X: cx + a + m.Pad*0.5, Y: r.Y, W: word, H: r.H}
	if withWord && !arrowFirst {
		wordBox.X = cx
		ax = cx + word + m.Pad*0.5
	}
	if withWord {
		textdraw.Line(dst, b.label, face, wordBox, textdraw.Center, ink)
	}
	h := a * 0.5
	tip, back := ax, ax+a*0.6
	if !left {
		tip, back = ax+a*0.6, ax
	}
	shape.Line(dst, back, cy-h, tip, cy, 4*m.Unit, ink)
	shape.Line(dst, tip, cy, back, cy+h, 4*m.Unit, ink)
}
