package icon

// gem: a sparkling cut jewel.
func gem(p painter) {
	p.softPoly(2, cyan, 28, 16, 72, 16, 92, 40, 50, 90, 8, 40)
	p.poly(cyanLt, 38, 16, 62, 16, 68, 40, 32, 40)
	p.poly(cyanDk, 72, 16, 92, 40, 68, 40)
	p.poly(cyanDk, 8, 40, 32, 40, 50, 90)
	p.poly(cyanLt, 8, 40, 28, 16, 32, 40)
}

// coin: a gold coin with a star stamped on it.
func coin(p painter) {
	p.circle(50, 50, 43, goldDk)
	p.circle(50, 50, 35, gold)
	p.softPoly(2, goldDk, starPoints(50, 52, 19, 8.5, 5)...)
	p.arcLine(50, 50, 28, 200, 250, 4, goldLt)
}

// chest: a wooden treasure chest with golden bands and a lock.
func chest(p painter) {
	p.rect(10, 18, 80, 34, 12, brown)
	p.rect(10, 46, 80, 44, 6, brown)
	for _, x := range []float64{22, 70} {
		p.rect(x, 20, 8, 70, 0, goldDk)
	}
	p.rect(8, 44, 84, 7, 3.5, brownDk)
	p.rect(41, 40, 18, 22, 4, gold)
	keyholeSmall(p, 50, 48)
}

// keyholeSmall is the little keyhole of the chest's lock plate.
func keyholeSmall(p painter, x, y float64) {
	p.circle(x, y, 3, brownDk)
	p.poly(brownDk, x-1.5, y, x+1.5, y, x+2.5, y+8, x-2.5, y+8)
}

// gift: a red present tied with a golden ribbon and bow.
func gift(p painter) {
	p.rotated(-25, 36, 24).ellipse(36, 24, 15, 9, goldDk)
	p.rotated(25, 64, 24).ellipse(64, 24, 15, 9, goldDk)
	p.rotated(-25, 36, 24).ellipse(36, 24, 7, 3.5, gold)
	p.rotated(25, 64, 24).ellipse(64, 24, 7, 3.5, gold)
	p.rect(12, 46, 76, 46, 6, redDk)
	p.rect(8, 32, 84, 17, 5, red)
	p.rect(44, 32, 12, 60, 0, gold)
	p.circle(50, 30, 7, goldDk)
}

// star: a golden star.
func star(p painter) {
	p.softPoly(4, goldDk, starPoints(50, 54, 44, 20, 5)...)
	p.softPoly(3, gold, starPoints(50, 54, 33, 15, 5)...)
}

// cake: a birthday cake with pink icing and three candles.
func cake(p painter) {
	p.rect(4, 86, 92, 8, 4, blueLt)
	p.rect(10, 50, 80, 38, 8, brown)
	p.rect(10, 46, 80, 16, 8, pink)
	for _, d := range [][2]float64{{22, 5}, {40, 6.5}, {60, 5}, {78, 6}} {
		p.circle(d[0], 61, d[1], pink)
	}
	for i, c := range []hex{blue, green, purpleLt} {
		x := 28 + float64(i)*20
		p.rect(x-3.5, 24, 7, 24, 2, c)
		flame(p, x, 20)
	}
	for _, s := range [][2]float64{{20, 76}, {36, 80}, {54, 74}, {70, 80}, {82, 73}} {
		p.circle(s[0], s[1], 2, goldLt)
	}
}

// flame draws a small candle flame whose base is at (x, y).
func flame(p painter, x, y float64) {
	b := p.pen().moveTo(x, y-14).cubicTo(x+2, y-8, x+6, y-5, x+6, y-2)
	b.cubicTo(x+6, y+2, x+3, y+4, x, y+4).cubicTo(x-3, y+4, x-6, y+2, x-6, y-2)
	b.cubicTo(x-6, y-5, x-2, y-8, x, y-14)
	p.fill(b.close(), orange)
	p.ellipse(x, y, 2.5, 3, gold)
}

// ball: a striped beach ball.
func ball(p painter) {
	p.circle(50, 50, 43, blue)
	p.ellipse(50, 50, 29, 43, gold)
	p.ellipse(50, 50, 13, 43, red)
	p.rotated(-30, 30, 28).ellipse(30, 28, 5, 9, white)
}

// trophy: a golden cup on a wooden stand.
func trophy(p painter) {
	p.stroke(p.pen().moveTo(27, 20).cubicTo(6, 18, 8, 46, 32, 48), 6, goldDk)
	p.stroke(p.pen().moveTo(73, 20).cubicTo(94, 18, 92, 46, 68, 48), 6, goldDk)
	p.rect(43, 58, 14, 18, 0, goldDk)
	p.rect(30, 72, 40, 9, 3, goldDk)
	p.rect(24, 80, 52, 14, 4, brown)
	b := p.pen().moveTo(24, 12).lineTo(76, 12).lineTo(74, 36)
	b.cubicTo(72, 54, 62, 62, 50, 62).cubicTo(38, 62, 28, 54, 26, 36)
	p.soft(b.close(), 2, gold)
	p.softPoly(1, goldDk, starPoints(50, 34, 11, 5, 5)...)
}
