package icon

import "image/color"

// house: a yellow house with a red roof, a door and two windows.
func house(p painter) {
	p.rect(64, 16, 11, 26, 2, redDk) // chimney
	p.rect(20, 44, 60, 48, 4, gold)
	p.softPoly(4, red, 50, 12, 90, 48, 10, 48)
	archDoor(p, 42, 64, 16, 28, brown)
	p.circle(54, 79, 1.8, goldLt)
	p.rect(26, 58, 12, 12, 2.5, blueLt)
	p.rect(62, 58, 12, 12, 2.5, blueLt)
}

// archDoor fills a door of width w with a round top, its sill at y+h.
func archDoor(p painter, x, y, w, h float64, c color.Color) {
	r := w / 2
	b := p.pen().moveTo(x, y+h).lineTo(x, y+r)
	b.arc(x+r, y+r, r, 180, 360).lineTo(x+w, y+h)
	p.fill(b.close(), c)
}

// school: a wide blue building with a clock tower and a little flag.
func school(p painter) {
	p.line(50, 22, 50, 6, 3, slate)
	p.softPoly(1.5, red, 51, 6, 63, 10, 51, 14)
	p.rect(8, 50, 84, 42, 4, blue)
	p.rect(6, 46, 88, 8, 4, blueDk)
	p.rect(33, 30, 34, 62, 3, blue)
	p.softPoly(3, blueDk, 29, 32, 50, 18, 71, 32)
	p.circle(50, 44, 8, white)
	p.line(50, 44, 50, 39, 2.2, ink)
	p.line(50, 44, 54, 44, 2.2, ink)
	for _, x := range []float64{14, 74} {
		p.rect(x, 60, 12, 10, 2, goldLt)
		p.rect(x, 76, 12, 10, 2, goldLt)
	}
	archDoor(p, 42, 66, 16, 26, brownDk)
}

// location: a red map pin with a white dot, casting a soft shadow.
func location(p painter) {
	p.ellipse(50, 91, 18, 4.5, color.NRGBA{0x1B, 0x2A, 0x41, 0x38})
	b := p.pen().moveTo(50, 90)
	b.arc(50, 38, 28, 148.8, 391.2)
	p.soft(b.close(), 2, red)
	p.circle(50, 38, 11, white)
}

// globe: a blue world with green land and two soft grid lines.
func globe(p painter) {
	p.circle(50, 50, 42, blue)
	p.rotated(-20, 34, 36).ellipse(34, 36, 15, 10, greenLt)
	p.rotated(15, 40, 64).ellipse(40, 64, 8, 14, greenLt)
	p.ellipse(68, 32, 12, 8, greenLt)
	p.rotated(25, 70, 62).ellipse(70, 62, 9, 13, greenLt)
	grid := color.NRGBA{0xff, 0xff, 0xff, 0x70}
	p.stroke(p.pen().ellipse(50, 50, 18, 42), 2.5, grid)
	p.line(8, 50, 92, 50, 2.5, grid)
}

// cart: an orange shopping trolley with a handle and two wheels.
func cart(p painter) {
	p.stroke(p.pen().moveTo(6, 18).lineTo(18, 18).lineTo(28, 72).lineTo(80, 72), 6, slate)
	p.softPoly(3, orange, 22, 30, 92, 30, 84, 62, 28, 62)
	for _, x := range []float64{42, 57, 72} {
		p.line(x, 34, x-1, 58, 3, orangeDk)
	}
	p.line(27, 46, 86, 46, 3, orangeDk)
	for _, x := range []float64{36, 74} {
		p.circle(x, 84, 8, slate)
		p.circle(x, 84, 3, greyLt)
	}
}
