package icon

// camera: a grey camera with a big blue lens and a yellow flash.
func camera(p painter) {
	p.rect(30, 18, 32, 16, 5, slate)
	p.rect(6, 28, 88, 60, 12, slate)
	p.circle(50, 58, 23, greyLt)
	p.circle(50, 58, 17, blueDk)
	p.circle(50, 58, 10, blue)
	p.circle(44, 52, 4, white)
	p.rect(72, 36, 13, 8, 3, gold)
}

// photo: a framed picture of hills under a sunny sky.
func photo(p painter) {
	p.rect(6, 14, 88, 72, 8, blueDk)
	p.rect(13, 21, 74, 58, 3, blueLt)
	p.circle(68, 37, 8, gold)
	p.poly(greenDk, 13, 79, 13, 62, 36, 40, 60, 66, 60, 79)
	p.poly(green, 30, 79, 62, 50, 87, 70, 87, 79)
}

// phone: a smartphone with coloured apps on its screen.
func phone(p painter) {
	p.rect(24, 4, 52, 92, 12, slate)
	p.rect(29, 15, 42, 66, 4, blueLt)
	p.line(45, 9.5, 55, 9.5, 2.5, greyLt)
	p.circle(50, 88.5, 3.5, greyLt)
	apps := []hex{red, gold, green, purple, orange, teal}
	for i, c := range apps {
		x, y := 33+float64(i%2)*20, 20+float64(i/2)*20
		p.rect(x, y, 14, 14, 4, c)
	}
}

// book: an open book with lines of writing.
func book(p painter) {
	page := func(q painter, dy float64, left bool) *pen {
		s := 1.0
		if left {
			s = -1
		}
		x := func(v float64) float64 { return 50 + s*v }
		b := q.pen().moveTo(50, 30+dy).cubicTo(x(10), 22+dy, x(28), 20+dy, x(42), 24+dy)
		b.lineTo(x(42), 80+dy).cubicTo(x(28), 76+dy, x(10), 78+dy, 50, 86+dy)
		return b.close()
	}
	for _, left := range []bool{true, false} {
		p.soft(page(p, 4, left), 4, purple)
	}
	for _, left := range []bool{true, false} {
		p.fill(page(p, 0, left), cream)
	}
	for _, y := range []float64{40, 50, 60, 70} {
		p.line(18, y, 42, y+2, 3, grey)
		p.line(58, y+2, 82, y, 3, grey)
	}
}

// clock: a round clock with two hands.
func clock(p painter) {
	p.circle(50, 50, 44, blue)
	p.circle(50, 50, 35, white)
	for _, t := range [][2]float64{{50, 21}, {79, 50}, {50, 79}, {21, 50}} {
		p.circle(t[0], t[1], 3, slateLt)
	}
	p.line(50, 50, 50, 26, 6, ink)
	p.line(50, 50, 64, 42, 6, ink)
	p.circle(50, 50, 5, red)
}

// card: a purple bank card with a golden chip.
func card(p painter) {
	p.rect(4, 20, 92, 60, 9, purple)
	p.rect(14, 38, 18, 14, 3, gold)
	p.line(14, 45, 32, 45, 1.5, goldDk)
	for i := range 4 {
		p.rect(14+float64(i)*19, 62, 15, 5, 2.5, purpleLt)
	}
}

// music: two notes joined by a beam.
func music(p painter) {
	p.rotated(-20, 30, 76).ellipse(30, 76, 13, 9.5, purple)
	p.rotated(-20, 72, 66).ellipse(72, 66, 13, 9.5, purple)
	p.line(40.5, 74, 40.5, 26, 7, purple)
	p.line(82.5, 64, 82.5, 14, 7, purple)
	p.softPoly(2, purple, 38, 20, 86, 8, 86, 22, 38, 34)
}

// game: a game controller with a cross pad and four buttons.
func game(p painter) {
	b := p.pen().roundRect(6, 30, 88, 42, 21).circle(25, 70, 17).circle(75, 70, 17)
	p.fill(b, purple)
	p.rect(17, 47, 24, 9, 2.5, white)
	p.rect(24.5, 39.5, 9, 24, 2.5, white)
	p.circle(70, 42, 5.5, gold)
	p.circle(80, 51, 5.5, red)
	p.circle(60, 51, 5.5, greenLt)
	p.circle(70, 60, 5.5, blueLt)
	p.rect(44, 40, 12, 5, 2.5, purpleLt)
}

// cartoon: a television showing a friendly bear.
func cartoon(p painter) {
	p.line(42, 18, 30, 5, 4, slate)
	p.line(58, 18, 70, 5, 4, slate)
	p.rect(6, 17, 88, 76, 14, purple)
	p.rect(13, 24, 74, 62, 9, blueLt)
	for _, x := range []float64{35, 65} {
		p.circle(x, 42, 8.5, brown)
		p.circle(x, 42, 4, pinkLt)
	}
	p.circle(50, 58, 19, brown)
	p.ellipse(50, 65, 9, 7, cream)
	p.ellipse(50, 61.5, 3.5, 2.5, ink)
	p.circle(43, 54, 2.6, ink)
	p.circle(57, 54, 2.6, ink)
}
