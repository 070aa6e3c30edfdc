package sango

import "math"

// drawSango paints the whole character back to front on the design canvas.
//
// Every path filled costs a pass over the rows it spans, so parts that do not
// overlap and share a colour (both legs, both eyes, the three sparkles) go into
// one path, and outlines are fills rather than strokes where the shape can be
// grown and shrunk (see painter.outlined).
func drawSango(p *painter, st *style, pose Pose, open bool) {
	drawShadow(p, st)
	drawTails(p, st)
	drawLegs(p, st)
	drawBody(p, st)
	drawHeadband(p, st)
	drawFace(p, st, pose, open)
	drawArms(p, st, st.arms[pose])
	if pose == Happy {
		drawSparkles(p, st)
	}
}

func drawShadow(p *painter, st *style) {
	b := p.pen()
	b.ellipse(st.shadowC.x, st.shadowC.y, st.shadowRX, st.shadowRY)
	p.fill(b, st.shadow)
}

func drawBody(p *painter, st *style) {
	p.outlined(func(b *pen, grow float64) {
		b.roundRect(st.bodyX-grow, st.bodyY-grow, st.bodyW+2*grow, st.bodyH+2*grow, st.bodyR+grow)
	}, st.body, st.outline, st.outlineW)

	// The screen's and the button's edges share a colour and do not touch, so
	// they are one fill; so are the button and the highlight below.
	bx := st.bodyX + st.bodyW/2
	screen := func(b *pen, grow float64) {
		b.roundRect(st.screenX-grow, st.screenY-grow, st.screenW+2*grow, st.screenH+2*grow, max(st.screenR+grow, 0))
	}
	edge := p.pen()
	screen(edge, p.halfLine(st.thinW))
	edge.circle(bx, st.buttonY, st.buttonR+p.halfLine(st.thinW*0.8))
	p.fill(edge, st.screenEdge)
	sc := p.pen()
	screen(sc, -p.halfLine(st.thinW))
	p.fill(sc, st.screen)

	light := p.pen()
	light.circle(bx, st.buttonY, st.buttonR-p.halfLine(st.thinW*0.8))
	// A soft light edge on one side gives the flat body a little volume: a
	// line with round ends, which is a rectangle with fully rounded corners.
	hw := p.halfLine(2.2)
	x := st.bodyX + 3.2
	y0, y1 := st.screenY+2, st.screenY+st.screenH-6
	light.roundRect(x-hw, y0-hw, 2*hw, y1-y0+2*hw, hw)
	p.fill(light, st.bodyLight)
}

// drawTails draws the two fluttering ends of the headband. They sit behind
// the body and stream away from the knot on the right-hand side. Each tail is
// outlined on its own, so the second one lies over the first where they meet.
func drawTails(p *painter, st *style) {
	k := st.knot
	for _, t := range st.tails {
		off := func(q point) point { return point{k.x + q.x, k.y + q.y} }
		pts := ribbonOutline(off(t.start), off(t.ctrl1), off(t.ctrl2), off(t.tip), t.rootW, t.tipW)
		p.outlined(func(b *pen, grow float64) {
			b.polygon(offsetPolygon(pts, grow))
		}, st.band, st.outline, st.thinW)
	}
}

// ribbonOutline returns the outline of a tapering ribbon along a cubic centre line,
// ending in a small swallowtail notch like a real cloth band.
func ribbonOutline(p0, p1, p2, p3 point, w0, w1 float64) []point {
	const n = 24
	left := make([]point, 0, n+1)
	right := make([]point, 0, n+1)
	for i := 0; i <= n; i++ {
		t := float64(i) / n
		c, d := cubicAt(p0, p1, p2, p3, t)
		l := math.Hypot(d.x, d.y)
		if l == 0 {
			l = 1
		}
		nx, ny := -d.y/l, d.x/l
		hw := (w0 + (w1-w0)*t) / 2
		left = append(left, point{c.x + nx*hw, c.y + ny*hw})
		right = append(right, point{c.x - nx*hw, c.y - ny*hw})
	}
	_, d := cubicAt(p0, p1, p2, p3, 1)
	l := math.Hypot(d.x, d.y)
	notch := point{p3.x - d.x/l*w1*0.45, p3.y - d.y/l*w1*0.45}

	pts := append(left, notch)
	for i := len(right) - 1; i >= 0; i-- {
		pts = append(pts, right[i])
	}
	return pts
}

// cubicAt returns the point and tangent of a cubic Bézier at t.
func cubicAt(p0, p1, p2, p3 point, t float64) (point, point) {
	u := 1 - t
	a, bb, c, d := u*u*u, 3*u*u*t, 3*u*t*t, t*t*t
	pos := point{
		a*p0.x + bb*p1.x + c*p2.x + d*p3.x,
		a*p0.y + bb*p1.y + c*p2.y + d*p3.y,
	}
	tan := point{
		3*u*u*(p1.x-p0.x) + 6*u*t*(p2.x-p1.x) + 3*t*t*(p3.x-p2.x),
		3*u*u*(p1.y-p0.y) + 6*u*t*(p2.y-p1.y) + 3*t*t*(p3.y-p2.y),
	}
	return pos, tan
}

func drawHeadband(p *painter, st *style) {
	x0 := st.bodyX - st.bandOverhang
	x1 := st.bodyX + st.bodyW + st.bandOverhang
	mid := (x0 + x1) / 2
	// Both edges sag a little in the middle so the band reads as wrapped
	// around the phone rather than painted on. The edges are sampled into a
	// polygon so that the outline can be grown and shrunk exactly.
	const n = 16
	band := make([]point, 0, 2*n+2)
	for i := 0; i <= n; i++ {
		band = append(band, quadAt(point{x0, st.bandTop}, point{mid, st.bandTop + 2*st.bandSag}, point{x1, st.bandTop}, float64(i)/n))
	}
	for i := 0; i <= n; i++ {
		band = append(band, quadAt(point{x1, st.bandBottom}, point{mid, st.bandBottom + 2*st.bandSag}, point{x0, st.bandBottom}, float64(i)/n))
	}
	p.outlined(func(b *pen, grow float64) {
		b.polygon(offsetPolygon(band, grow))
	}, st.band, st.outline, st.outlineW)

	// A darker fold line adds the look of cloth.
	fold := p.pen()
	fy := st.bandBottom - 3.2
	fold.moveTo(x0+2.5, fy)
	fold.quadTo(mid, fy+2*st.bandSag, x1-2.5, fy)
	p.stroke(fold, 1.3, st.bandDark)

	// The knot and the badge do not touch: their outlines are one fill.
	knotOut, badgeOut := p.halfLine(st.thinW), p.halfLine(st.outlineW*0.85)
	edges := p.pen()
	edges.circle(st.knot.x, st.knot.y, st.knotR+knotOut)
	edges.circle(st.badge.x, st.badge.y, st.badgeR+badgeOut)
	p.fill(edges, st.outline)
	knot := p.pen()
	knot.circle(st.knot.x, st.knot.y, st.knotR-knotOut)
	p.fill(knot, st.band)
	badge := p.pen()
	badge.circle(st.badge.x, st.badge.y, st.badgeR-badgeOut)
	p.fill(badge, st.badgeFill)
	drawAt(p.glyphPainter(), st, st.badge.x, st.badge.y, st.atR)
}

// quadAt returns the point of a quadratic Bézier at t.
func quadAt(p0, p1, p2 point, t float64) point {
	u := 1 - t
	return point{u*u*p0.x + 2*u*t*p1.x + t*t*p2.x, u*u*p0.y + 2*u*t*p1.y + t*t*p2.y}
}

// drawAt draws an "@" from strokes so no font is needed: a small inner ring,
// a stem on its right that hooks out into a big outer ring, which runs
// counter-clockwise almost all the way round and ends in a tail.
func drawAt(p *painter, st *style, cx, cy, r float64) {
	ri := r * 0.4
	// The inner ring is a fill: a circle with a smaller one cut out of it.
	w := p.halfLine(st.atW)
	inner := p.pen()
	inner.circle(cx, cy, ri+w)
	inner.circleReversed(cx, cy, ri-w)
	p.fill(inner, st.atSym)

	a0 := 12 * math.Pi / 180
	ex, ey := cx+r*math.Cos(a0), cy+r*math.Sin(a0)
	b := p.pen()
	b.moveTo(cx+ri, cy-ri*1.1)
	b.lineTo(cx+ri, cy+ri*0.5)
	b.cubicTo(cx+ri, cy+ri*1.5, ex, ey+r*0.45, ex, ey)
	b.arc(cx, cy, r, a0, a0-300*math.Pi/180)
	p.stroke(b, st.atW, st.atSym)
}

func drawFace(p *painter, st *style, pose Pose, open bool) {
	// Blush first so eyes and mouth sit on top of it.
	blush := p.pen()
	for _, c := range []point{st.blushL, st.blushR} {
		blush.ellipse(c.x, c.y, st.blushRX, st.blushRY)
	}
	p.fill(blush, st.blush)

	switch pose {
	case Happy:
		drawHappyEyes(p, st)
	default:
		drawEyes(p, st)
	}

	mx, my := st.bodyX+st.bodyW/2, st.mouthY
	switch pose {
	case Idle:
		drawSmile(p, st, mx, my, st.mouthHalfW, 5)
	case Talking:
		if open {
			drawOpenMouth(p, st, mx, my, st.mouthHalfW*0.9, 9)
		} else {
			drawSmile(p, st, mx, my+1, st.mouthHalfW*0.8, 3.5)
		}
	case Happy:
		drawOpenMouth(p, st, mx, my-1, st.mouthHalfW*1.35, 12)
	case Concerned:
		drawBrows(p, st)
		// A small, gently turned-down mouth: worried for you, not scared.
		b := p.pen()
		b.moveTo(mx-3.8, my+4.5)
		b.quadTo(mx, my+2.2, mx+3.8, my+4.5)
		p.stroke(b, st.featureW*0.9, st.mouth)
	}
}

func drawEyes(p *painter, st *style) {
	eyes, shine := p.pen(), p.pen()
	for _, e := range []point{st.eyeL, st.eyeR} {
		eyes.ellipse(e.x, e.y, st.eyeRX, st.eyeRY)
		// Two highlights make the eyes look alive and kind.
		shine.circle(e.x+st.eyeRX*0.35, e.y-st.eyeRY*0.38, st.eyeRX*0.42)
		shine.circle(e.x-st.eyeRX*0.4, e.y+st.eyeRY*0.42, st.eyeRX*0.2)
	}
	p.fill(eyes, st.eye)
	p.fill(shine, st.eyeShine)
}

// drawHappyEyes draws closed, upward-curved eyes (like a smiling "^").
func drawHappyEyes(p *painter, st *style) {
	b := p.pen()
	for _, e := range []point{st.eyeL, st.eyeR} {
		b.moveTo(e.x-st.eyeRX, e.y+2)
		b.quadTo(e.x, e.y-st.eyeRY*1.2, e.x+st.eyeRX, e.y+2)
	}
	p.stroke(b, st.featureW*1.15, st.eye)
}

func drawBrows(p *painter, st *style) {
	// Inner ends raised: the universal "oh no, are you ok?" look.
	top := st.eyeL.y - st.eyeRY - 3.5
	b := p.pen()
	for _, side := range []float64{-1, 1} {
		e := st.eyeL
		if side > 0 {
			e = st.eyeR
		}
		outer := point{e.x + side*st.eyeRX*1.1, top + 1.8}
		inner := point{e.x - side*st.eyeRX*0.7, top - 1.8}
		b.moveTo(outer.x, outer.y)
		b.quadTo((outer.x+inner.x)/2, (outer.y+inner.y)/2-0.8, inner.x, inner.y)
	}
	p.stroke(b, st.featureW*0.85, st.eye)
}

func drawSmile(p *painter, st *style, cx, y, hw, depth float64) {
	b := p.pen()
	b.moveTo(cx-hw, y)
	b.quadTo(cx, y+2*depth*0.6, cx+hw, y)
	p.stroke(b, st.featureW, st.mouth)
}

// drawOpenMouth draws a "D"-shaped open mouth with a tongue.
func drawOpenMouth(p *painter, st *style, cx, y, hw, depth float64) {
	b := p.pen()
	b.moveTo(cx-hw, y)
	b.lineTo(cx+hw, y)
	b.cubicTo(cx+hw, y+depth*4/3, cx-hw, y+depth*4/3, cx-hw, y)
	b.close()
	p.fill(b, st.mouth)
	// The deepest point of the curve is at depth; keep the tongue inside it.
	t := p.pen()
	t.ellipse(cx, y+depth*0.72, hw*0.55, depth*0.25)
	p.fill(t, st.tongue)
	p.stroke(b, st.featureW*0.6, st.mouth)
}

// drawLegs draws two short rounded legs with little shoes.
func drawLegs(p *painter, st *style) {
	var feet [2]point
	for i, l := range st.legs {
		feet[i] = point{l.to.x + (l.to.x-(st.bodyX+st.bodyW/2))*0.25, l.to.y + 2}
	}
	drawLimbs(p, st, st.legs, func(b *pen, i int, grow float64) {
		b.ellipse(feet[i].x, feet[i].y, st.footR*1.5+grow, st.footR+grow)
	})
}

// drawArms draws the two arms of a pose with their hands.
func drawArms(p *painter, st *style, arms [2]limb) {
	drawLimbs(p, st, arms, func(b *pen, i int, grow float64) {
		b.circle(arms[i].to.x, arms[i].to.y, st.handR+grow)
	})
}

// drawLimbs strokes a pair of outlined limbs and their ends (hands or feet).
// The outline pass goes first for both parts so that a limb and its end
// merge into one shape without a seam between them. The two limbs of a pair
// never touch, so each pass draws both at once.
func drawLimbs(p *painter, st *style, limbs [2]limb, end func(b *pen, i int, grow float64)) {
	line := p.pen()
	for _, l := range limbs {
		line.moveTo(l.from.x, l.from.y)
		line.quadTo(l.ctrl.x, l.ctrl.y, l.to.x, l.to.y)
	}
	ends := func(grow float64) *pen {
		b := p.pen()
		for i := range limbs {
			end(b, i, grow)
		}
		return b
	}

	p.stroke(line, st.limbW+2*st.outlineW*0.8, st.outline)
	p.fill(ends(st.outlineW*0.8), st.outline)

	p.stroke(line, st.limbW, st.body)
	p.fill(ends(0), st.body)
}

func drawSparkles(p *painter, st *style) {
	// The sparkles keep a stroked outline: their points are too sharp to
	// shrink. They are apart, so all three are one fill and one stroke.
	b := p.pen()
	for _, sp := range st.sparkles {
		// Control points at the centre pull each side inwards, giving the
		// classic concave twinkle shape.
		x, y, r := sp.at.x, sp.at.y, sp.r
		b.moveTo(x, y-r)
		b.quadTo(x, y, x+r, y)
		b.quadTo(x, y, x, y+r)
		b.quadTo(x, y, x-r, y)
		b.quadTo(x, y, x, y-r)
		b.close()
	}
	p.fill(b, st.sparkle)
	p.stroke(b, 1.2, st.sparkleEdge)
}
