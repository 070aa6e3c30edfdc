package icon

// envelope: a blue letter with its flap folded down.
func envelope(p painter) {
	p.rect(6, 22, 88, 58, 8, blue)
	p.stroke(p.pen().moveTo(10, 76).lineTo(40, 52), 3, blueDk)
	p.stroke(p.pen().moveTo(90, 76).lineTo(60, 52), 3, blueDk)
	p.softPoly(2, blueLt, 15, 23, 85, 23, 50, 56)
}

// chat: two speech bubbles, one answering the other.
func chat(p painter) {
	p.rect(34, 8, 60, 44, 16, orange)
	p.softPoly(2, orange, 74, 48, 88, 62, 62, 50)
	p.rect(6, 34, 64, 46, 16, teal)
	p.softPoly(2, teal, 18, 76, 12, 92, 36, 78)
	for _, x := range []float64{24, 38, 52} {
		p.circle(x, 57, 5, white)
	}
}

// bell: a golden bell with its clapper.
func bell(p painter) {
	p.circle(50, 13, 6, goldDk)
	p.circle(50, 84, 9, goldDk)
	b := p.pen().moveTo(18, 76).cubicTo(24, 66, 26, 58, 26, 46)
	b.cubicTo(26, 30, 36, 18, 50, 18).cubicTo(64, 18, 74, 30, 74, 46)
	b.cubicTo(74, 58, 76, 66, 82, 76)
	p.soft(b.close(), 2, gold)
	p.rect(12, 70, 76, 12, 6, goldDk)
	p.stroke(p.pen().moveTo(36, 60).lineTo(36, 46).quadTo(36, 34, 44, 30), 5, goldLt)
}

// megaphone: a red loudhailer with sound waves coming out.
func megaphone(p painter) {
	p.rotated(20, 36, 66).rect(31, 56, 11, 24, 5, slate)
	p.softPoly(3, red, 16, 40, 62, 20, 62, 80, 16, 60)
	p.rect(6, 38, 14, 24, 5, redDk)
	p.ellipse(62, 50, 7, 31, redDk)
	p.arcLine(64, 50, 18, -30, 30, 5, orange)
	p.arcLine(64, 50, 28, -32, 32, 5, orange)
}

// report: an orange speech bubble with an exclamation mark: "tell about this".
func report(p painter) {
	p.rect(8, 8, 84, 66, 20, orangeDk)
	p.softPoly(2.5, orangeDk, 26, 68, 22, 92, 48, 70)
	p.line(50, 22, 50, 46, 11, white)
	p.circle(50, 60, 6.5, white)
}

// flag: a red flag waving on a pole.
func flag(p painter) {
	p.line(22, 12, 22, 92, 7, slate)
	b := p.pen().moveTo(24, 16).cubicTo(44, 6, 60, 24, 86, 14)
	b.lineTo(86, 54).cubicTo(60, 64, 44, 46, 24, 56)
	p.soft(b.close(), 3, red)
	p.circle(22, 10, 5.5, goldDk)
}

// link: two chain links hooked together.
func link(p painter) {
	k := p.rotated(-45, 50, 50)
	k.stroke(stadium(k, 24, 43.5, 50, 12), 10, blue)
	k.stroke(stadium(k, 56.5, 76, 50, 12), 10, teal)
	// The first link passes back over the second at one crossing, so they hook.
	k.arcLine(43.5, 50, 12, 5, 120, 10, blue)
}

// stadium traces a racetrack shape round the line from (x0, y) to (x1, y) at radius r.
func stadium(p painter, x0, x1, y, r float64) *pen {
	b := p.pen().moveTo(x0, y-r).lineTo(x1, y-r)
	b.arc(x1, y, r, -90, 90).lineTo(x0, y+r)
	return b.arc(x0, y, r, 90, 270).close()
}

// news: a newspaper page with a headline, a picture and lines of text.
func news(p painter) {
	p.rect(6, 10, 88, 80, 8, grey)
	p.rect(9, 13, 82, 74, 6, paper)
	p.rect(16, 20, 68, 12, 4, teal)
	p.rect(16, 40, 30, 26, 3, orange)
	p.circle(24, 48, 3.5, goldLt)
	for _, y := range []float64{41, 51, 61} {
		p.rect(52, y, 32, 5, 2.5, grey)
	}
	for _, y := range []float64{72, 80} {
		p.rect(16, y, 68, 5, 2.5, grey)
	}
}

// speaker: a loudspeaker with sound waves: "hear it again", "voice".
func speaker(p painter) {
	speakerBody(p)
	p.arcLine(52, 50, 16, -40, 40, 6, blue)
	p.arcLine(52, 50, 30, -42, 42, 6, blue)
}

// speakerOff: the loudspeaker with a cross where the waves were: sound off.
func speakerOff(p painter) {
	speakerBody(p)
	p.line(66, 36, 90, 64, 7, red)
	p.line(90, 36, 66, 64, 7, red)
}

func speakerBody(p painter) {
	p.rect(8, 36, 20, 28, 4, slate)
	p.softPoly(2.5, slate, 24, 38, 52, 16, 52, 84, 24, 62)
}
