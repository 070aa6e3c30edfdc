package icon

import (
	"image/color"
	"math"
)

// lock: a golden padlock with a grey shackle and a keyhole.
func lock(p painter) {
	b := p.pen().moveTo(30, 54).lineTo(30, 40)
	b.arc(50, 40, 20, 180, 360).lineTo(70, 54)
	p.stroke(b, 10, slateLt)
	p.rect(16, 46, 68, 46, 10, goldDk)
	p.rect(20, 46, 60, 42, 8, gold)
	keyhole(p, 50, 64, goldDeep)
}

// keyhole: a round hole with a tapering slot below it.
func keyhole(p painter, x, y float64, c color.Color) {
	p.circle(x, y, 7, c)
	p.softPoly(1.5, c, x-3.5, y+2, x+3.5, y+2, x+5, y+15, x-5, y+15)
}

// key: a golden key lying diagonally, bow at the top left.
func key(p painter) {
	k := p.rotated(45, 50, 50)
	k.fillHoles(k.pen().circle(26, 50, 22).circle(26, 50, 9), goldDk)
	k.rect(40, 43, 54, 14, 5, goldDk)
	k.rect(66, 52, 9, 18, 3, goldDk)
	k.rect(80, 52, 9, 14, 3, goldDk)
	k.arcLine(26, 50, 15.5, 200, 290, 4, goldLt)
	k.line(46, 47, 88, 47, 3, goldLt)
}

// password: a teal field with three stars in it, the way typed secrets are hidden.
func password(p painter) {
	p.rect(4, 26, 92, 48, 14, teal)
	p.rect(11, 33, 78, 34, 9, white)
	for _, x := range []float64{26, 50, 74} {
		asterisk(p, x, 50, 8.5, ink)
	}
}

// asterisk draws a six-armed star of radius r.
func asterisk(p painter, x, y, r float64, c color.Color) {
	for _, a := range []float64{90, 30, -30} {
		dx, dy := r*math.Cos(a*math.Pi/180), r*math.Sin(a*math.Pi/180)
		p.line(x-dx, y-dy, x+dx, y+dy, 4.5, c)
	}
}

// shieldPath traces a shield; with half set, only its left half.
func shieldPath(p painter, half bool) *pen {
	b := p.pen().moveTo(50, 8)
	if !half {
		b.quadTo(68, 18, 86, 18).lineTo(86, 46)
		b.cubicTo(86, 70, 70, 86, 50, 94)
	} else {
		b.lineTo(50, 94)
	}
	b.cubicTo(30, 86, 14, 70, 14, 46).lineTo(14, 18)
	b.quadTo(32, 18, 50, 8)
	return b.close()
}

// shield: a two-tone teal shield with a white tick.
func shield(p painter) {
	p.soft(shieldPath(p, false), 2.5, teal)
	p.fill(shieldPath(p, true), tealLt)
	p.stroke(p.pen().moveTo(33, 50).lineTo(45, 62).lineTo(67, 38), 9, white)
}

// block: a red circle with a bar across it.
func block(p painter) {
	p.ring(50, 50, 43, 31, red)
	p.line(28, 28, 72, 72, 12, red)
}

// eyeShape draws an open eye in the given lid, iris and pupil colours.
func eyeShape(p painter, lid, iris, pupil color.Color) {
	outer := p.pen().moveTo(6, 50).cubicTo(24, 20, 76, 20, 94, 50)
	outer.cubicTo(76, 80, 24, 80, 6, 50)
	p.soft(outer.close(), 2, lid)
	inner := p.pen().moveTo(15, 50).cubicTo(29, 30, 71, 30, 85, 50)
	inner.cubicTo(71, 70, 29, 70, 15, 50)
	p.fill(inner.close(), white)
	p.circle(50, 50, 14, iris)
	p.circle(50, 50, 6.5, pupil)
	p.circle(55, 45, 3.5, white)
}

// eye: a wide open blue eye.
func eye(p painter) { eyeShape(p, blueDk, blue, ink) }

// eyeOff: a grey eye with a slash through it, for "hidden" or "not shown".
func eyeOff(p painter) {
	eyeShape(p, slateLt, grey, slate)
	p.line(20, 84, 80, 16, 15, white)
	p.line(20, 84, 80, 16, 8, slate)
}

// check: a green disc with a white tick.
func check(p painter) {
	p.circle(50, 50, 44, green)
	p.stroke(p.pen().moveTo(28, 52).lineTo(43, 67).lineTo(72, 36), 11, white)
}

// cross: a red disc with a white cross.
func cross(p painter) {
	p.circle(50, 50, 44, red)
	p.line(34, 34, 66, 66, 11, white)
	p.line(66, 34, 34, 66, 11, white)
}

// question: a purple disc with a white question mark.
func question(p painter) {
	p.circle(50, 50, 44, purple)
	questionMark(p, white)
}

// questionMark draws a round question mark centred on the canvas.
func questionMark(p painter, c color.Color) {
	b := p.pen().moveTo(37.4, 33.6)
	b.arc(50, 37, 13, 195, 395).quadTo(50, 50, 50, 58)
	p.stroke(b, 10, c)
	p.circle(50, 73, 6, c)
}

// settings: a teal cog with eight teeth.
func settings(p painter) {
	var pts []float64
	for i := range 8 {
		c := float64(i) * 45
		for _, t := range [][2]float64{{-17, 33}, {-10, 44}, {10, 44}, {17, 33}} {
			a := (c + t[0]) * math.Pi / 180
			pts = append(pts, 50+t[1]*math.Cos(a), 50+t[1]*math.Sin(a))
		}
	}
	b := p.pen().poly(pts...)
	p.stroke(b, 4, teal)
	p.fillHoles(b.circle(50, 50, 15), teal)
	p.circle(50, 50, 22, tealLt)
	p.circle(50, 50, 12, white)
}
