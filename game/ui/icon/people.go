package icon

import "image/color"

// bust draws a head-and-shoulders figure filling the canvas.
func bust(p painter, c color.Color) {
	p.circle(50, 30, 19, c)
	b := p.pen().moveTo(14, 92).lineTo(14, 80)
	b.cubicTo(14, 64, 30, 56, 50, 56).cubicTo(70, 56, 86, 64, 86, 80).lineTo(86, 92)
	p.soft(b.close(), 3, c)
}

// person: one figure.
func person(p painter) { bust(p, teal) }

// friends: two figures side by side.
func friends(p painter) {
	bust(p.moved(-16, 8, 0.74), purple)
	bust(p.moved(16, 10, 0.74), orange)
}

// figure draws a standing person of height h, head top at (cx, top), arms hanging.
func figure(p painter, cx, top, h float64, c color.Color) {
	p.circle(cx, top+0.13*h, 0.13*h, c)
	p.rect(cx-0.17*h, top+0.29*h, 0.34*h, 0.42*h, 0.14*h, c)
	for _, dx := range []float64{-0.085, 0.085} {
		x := cx + dx*h
		p.line(x, top+0.6*h, x, top+0.95*h, 0.12*h, c)
	}
}

// grownUp: a tall grown-up holding hands with a small child.
func grownUp(p painter) {
	figure(p, 34, 6, 88, blueDk)
	figure(p, 74, 42, 52, orange)
	p.line(19, 38, 14, 62, 10, blueDk)
	p.stroke(p.pen().moveTo(49, 38).lineTo(58, 62), 10, blueDk)
	p.line(63, 60, 58, 68, 6.5, orange)
	p.line(85, 60, 89, 74, 6.5, orange)
}

// face draws a round yellow face with eyes and rosy cheeks; the mouth is the caller's.
func face(p painter) {
	p.circle(50, 50, 44, goldDk)
	p.circle(50, 50, 40, gold)
	p.circle(26, 62, 6, pinkLt)
	p.circle(74, 62, 6, pinkLt)
	p.ellipse(36, 40, 5, 7.5, ink)
	p.ellipse(64, 40, 5, 7.5, ink)
}

// smile: a happy face.
func smile(p painter) {
	face(p)
	p.arcLine(50, 50, 22, 30, 150, 6, ink)
}

// sad: a gently sad face with one small tear.
func sad(p painter) {
	face(p)
	p.line(27, 29, 40, 24, 4, goldDeep)
	p.line(60, 24, 73, 29, 4, goldDeep)
	p.arcLine(50, 82, 17, 220, 320, 6, ink)
	p.circle(34, 58, 4, blue)
	p.softPoly(0.5, blue, 34, 50, 30.5, 57, 37.5, 57)
}

// cloud: a soft grey cloud with a few drops: "uh-oh".
func cloud(p painter) {
	for _, x := range []float64{32, 50, 68} {
		p.stroke(p.pen().moveTo(x, 82).lineTo(x-3, 90), 5, blue)
	}
	p.fill(cloudPath(p, 3, 3), slateLt)
	p.fill(cloudPath(p, 0, 0), grey)
}

// cloudPath traces a puffy cloud shifted by (dx, dy); its bumps overlap, and the non-zero
// fill rule paints them as one shape.
func cloudPath(p painter, dx, dy float64) *pen {
	b := p.pen().circle(30+dx, 52+dy, 17).circle(53+dx, 40+dy, 23).circle(73+dx, 53+dy, 14)
	return b.roundRect(11+dx, 48+dy, 76, 24, 12)
}

// heart: a red heart with a little shine.
func heart(p painter) {
	b := p.pen().moveTo(50, 90).cubicTo(20, 70, 6, 52, 6, 34)
	b.cubicTo(6, 20, 17, 10, 30, 10).cubicTo(39, 10, 46, 15, 50, 24)
	b.cubicTo(54, 15, 61, 10, 70, 10).cubicTo(83, 10, 94, 20, 94, 34)
	b.cubicTo(94, 52, 80, 70, 50, 90)
	p.fill(b.close(), rose)
	p.rotated(-35, 26, 30).ellipse(26, 30, 6, 10, pinkLt)
}

// pet: a friendly orange cat's face.
func pet(p painter) {
	p.softPoly(3, orange, 12, 48, 20, 8, 46, 28)
	p.softPoly(3, orange, 88, 48, 80, 8, 54, 28)
	p.poly(pinkLt, 21, 36, 24, 18, 36, 29)
	p.poly(pinkLt, 79, 36, 76, 18, 64, 29)
	p.ellipse(50, 58, 40, 34, orange)
	p.ellipse(42, 72, 11, 8, cream)
	p.ellipse(58, 72, 11, 8, cream)
	p.softPoly(1.5, pink, 45, 63, 55, 63, 50, 68)
	p.ellipse(34, 52, 5, 7, ink)
	p.ellipse(66, 52, 5, 7, ink)
	p.circle(36, 49.5, 1.8, white)
	p.circle(68, 49.5, 1.8, white)
	for _, w := range [][4]float64{{28, 68, 6, 64}, {28, 74, 6, 76}, {72, 68, 94, 64}, {72, 74, 94, 76}} {
		p.line(w[0], w[1], w[2], w[3], 2, brownDk)
	}
}

// thumbsUp: a hand giving a thumbs-up, with a blue sleeve.
func thumbsUp(p painter) {
	p.rect(8, 46, 18, 46, 4, blue)
	hand(p, 0, goldDk)
	hand(p, 2.5, gold)
}

// hand draws the thumbs-up hand's thumb, palm and four curled fingers, each shrunk by d,
// so a deeper first pass shows as the creases between them.
func hand(p painter, d float64, c color.Color) {
	part := func(q painter, x, y, w, h, r float64) { q.rect(x+d, y+d, w-2*d, h-2*d, r-d, c) }
	part(p.rotated(-8, 43, 50), 32, 8, 20, 48, 10)
	part(p, 26, 42, 40, 50, 9)
	for i, w := range []float64{40, 38, 36, 32} {
		part(p, 48, 43+float64(i)*12.25, w, 12.25, 6)
	}
}
