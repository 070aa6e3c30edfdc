package sango

import "math"

// drawSango paints the whole character back to front on the design canvas.
func drawSango(p *painter, st *style, pose Pose, open bool) {
	drawShadow(p, st)
	drawTails(p, st)
	for _, l := range st.legs {
		drawLeg(p, st, l)
	}
	drawBody(p, st)
	drawHeadband(p, st)
	drawFace(p, st, pose, open)
	for _, a := range st.arms[pose] {
		drawArm(p, st, a)
	}
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
	b := p.pen()
	b.roundRect(st.bodyX, st.bodyY, st.bodyW, st.bodyH, st.bodyR)
	p.fillOutlined(b, st.body, st.outline, st.outlineW)

	// A soft light edge on one side gives the flat body a little volume.
	hl := p.pen()
	x := st.bodyX + 3.2
	hl.moveTo(x, st.screenY+2)
	hl.lineTo(x, st.screenY+st.screenH-6)
	p.stroke(hl, 2.2, st.bodyLight)

	sc := p.pen()
	sc.roundRect(st.screenX, st.screenY, st.screenW, st.screenH, st.screenR)
	p.fillOutlined(sc, st.screen, st.screenEdge, st.thinW)

	btn := p.pen()
	btn.circle(st.bodyX+st.bodyW/2, st.buttonY, st.buttonR)
	p.fillOutlined(btn, st.bodyLight, st.screenEdge, st.thinW*0.8)
}

// drawTails draws the two fluttering ends of the headband. They sit behind
// the body and stream away from the knot on the right-hand side.
func drawTails(p *painter, st *style) {
	k := st.knot
	for _, t := range st.tails {
		off := func(q point) point { return point{k.x + q.x, k.y + q.y} }
		drawRibbon(p, st, off(t.start), off(t.ctrl1), off(t.ctrl2), off(t.tip), t.rootW, t.tipW)
	}
}

// drawRibbon fills a tapering ribbon along a cubic centre line, ending in a
// small swallowtail notch like a real cloth band.
func drawRibbon(p *painter, st *style, p0, p1, p2, p3 point, w0, w1 float64) {
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

	b := p.pen()
	b.moveTo(left[0].x, left[0].y)
	for _, q := range left[1:] {
		b.lineTo(q.x, q.y)
	}
	b.lineTo(notch.x, notch.y)
	for i := len(right) - 1; i >= 0; i-- {
		b.lineTo(right[i].x, right[i].y)
	}
	b.close()
	p.fillOutlined(b, st.band, st.outline, st.thinW)
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
	// around the phone rather than painted on.
	b := p.pen()
	b.moveTo(x0, st.bandTop)
	b.quadTo(mid, st.bandTop+2*st.bandSag, x1, st.bandTop)
	b.lineTo(x1, st.bandBottom)
	b.quadTo(mid, st.bandBottom+2*st.bandSag, x0, st.bandBottom)
	b.close()
	p.fillOutlined(b, st.band, st.outline, st.outlineW)

	// A darker fold line adds the look of cloth.
	fold := p.pen()
	fy := st.bandBottom - 3.2
	fold.moveTo(x0+2.5, fy)
	fold.quadTo(mid, fy+2*st.bandSag, x1-2.5, fy)
	p.stroke(fold, 1.3, st.bandDark)

	knot := p.pen()
	knot.circle(st.knot.x, st.knot.y, st.knotR)
	p.fillOutlined(knot, st.band, st.outline, st.thinW)

	badge := p.pen()
	badge.circle(st.badge.x, st.badge.y, st.badgeR)
	p.fillOutlined(badge, st.badgeFill, st.outline, st.outlineW*0.85)
	drawAt(p.glyphPainter(), st, st.badge.x, st.badge.y, st.atR)
}

// drawAt draws an "@" from strokes so no font is needed: a small inner ring,
// a stem on its right that hooks out into a big outer ring, which runs
// counter-clockwise almost all the way round and ends in a tail.
func drawAt(p *painter, st *style, cx, cy, r float64) {
	ri := r * 0.4
	inner := p.pen()
	inner.circle(cx, cy, ri)
	p.stroke(inner, st.atW, st.atSym)

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
	for _, c := range []point{st.blushL, st.blushR} {
		b := p.pen()
		b.ellipse(c.x, c.y, st.blushRX, st.blushRY)
		p.fill(b, st.blush)
	}

	switch pose {
	case Happy:
		for _, e := range []point{st.eyeL, st.eyeR} {
			drawHappyEye(p, st, e)
		}
	default:
		for _, e := range []point{st.eyeL, st.eyeR} {
			drawEye(p, st, e)
		}
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

func drawEye(p *painter, st *style, e point) {
	b := p.pen()
	b.ellipse(e.x, e.y, st.eyeRX, st.eyeRY)
	p.fill(b, st.eye)
	// Two highlights make the eyes look alive and kind.
	h1 := p.pen()
	h1.circle(e.x+st.eyeRX*0.35, e.y-st.eyeRY*0.38, st.eyeRX*0.42)
	p.fill(h1, st.eyeShine)
	h2 := p.pen()
	h2.circle(e.x-st.eyeRX*0.4, e.y+st.eyeRY*0.42, st.eyeRX*0.2)
	p.fill(h2, st.eyeShine)
}

// drawHappyEye draws a closed, upward-curved eye (like a smiling "^").
func drawHappyEye(p *painter, st *style, e point) {
	b := p.pen()
	b.moveTo(e.x-st.eyeRX, e.y+2)
	b.quadTo(e.x, e.y-st.eyeRY*1.2, e.x+st.eyeRX, e.y+2)
	p.stroke(b, st.featureW*1.15, st.eye)
}

func drawBrows(p *painter, st *style) {
	// Inner ends raised: the universal "oh no, are you ok?" look.
	top := st.eyeL.y - st.eyeRY - 3.5
	for _, side := range []float64{-1, 1} {
		e := st.eyeL
		if side > 0 {
			e = st.eyeR
		}
		outer := point{e.x + side*st.eyeRX*1.1, top + 1.8}
		inner := point{e.x - side*st.eyeRX*0.7, top - 1.8}
		b := p.pen()
		b.moveTo(outer.x, outer.y)
		b.quadTo((outer.x+inner.x)/2, (outer.y+inner.y)/2-0.8, inner.x, inner.y)
		p.stroke(b, st.featureW*0.85, st.eye)
	}
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

// drawLeg draws a short rounded leg with a little shoe.
func drawLeg(p *painter, st *style, l limb) {
	foot := point{l.to.x + (l.to.x-(st.bodyX+st.bodyW/2))*0.25, l.to.y + 2}
	drawLimb(p, st, l, func(b *pen, grow float64) {
		b.ellipse(foot.x, foot.y, st.footR*1.5+grow, st.footR+grow)
	})
}

func drawArm(p *painter, st *style, l limb) {
	drawLimb(p, st, l, func(b *pen, grow float64) {
		b.circle(l.to.x, l.to.y, st.handR+grow)
	})
}

// drawLimb strokes an outlined limb and its end (hand or foot). The outline
// pass goes first for both parts so that the limb and its end merge into
// one shape without a seam between them.
func drawLimb(p *painter, st *style, l limb, end func(b *pen, grow float64)) {
	line := p.pen()
	line.moveTo(l.from.x, l.from.y)
	line.quadTo(l.ctrl.x, l.ctrl.y, l.to.x, l.to.y)

	p.stroke(line, st.limbW+2*st.outlineW*0.8, st.outline)
	eo := p.pen()
	end(eo, st.outlineW*0.8)
	p.fill(eo, st.outline)

	p.stroke(line, st.limbW, st.body)
	ei := p.pen()
	end(ei, 0)
	p.fill(ei, st.body)
}

func drawSparkles(p *painter, st *style) {
	for _, sp := range st.sparkles {
		// Control points at the centre pull each side inwards, giving the
		// classic concave twinkle shape.
		x, y, r := sp.at.x, sp.at.y, sp.r
		b := p.pen()
		b.moveTo(x, y-r)
		b.quadTo(x, y, x+r, y)
		b.quadTo(x, y, x, y+r)
		b.quadTo(x, y, x-r, y)
		b.quadTo(x, y, x, y-r)
		b.close()
		p.fillOutlined(b, st.sparkle, st.sparkleEdge, 1.2)
	}
}
