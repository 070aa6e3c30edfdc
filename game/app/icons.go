package app

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/level"
	"sango/game/ui/geom"
	"sango/game/ui/shape"
	"sango/game/ui/theme"
)

// drawRiskIcon draws the picture of one of the four risks in a coloured disc, so each
// place in Sango's world is recognisable without reading: an eye for what we see, a
// speech bubble for who we meet, a heart for how we act, a coin for what we agree to.
func drawRiskIcon(dst *ebiten.Image, box geom.Rect, r level.Risk) {
	cx, cy := box.Center()
	rad := min(box.W, box.H) / 2
	shape.Circle(dst, cx, cy, rad, theme.RiskColor(r))
	white := color.RGBA{0xff, 0xff, 0xff, 0xff}
	k := rad / 10
	switch r {
	case level.RiskContent:
		shape.Polygon(dst, white, eyeOutline(cx, cy, 6.5*k, 3.8*k)...)
		shape.Circle(dst, cx, cy, 2.6*k, theme.RiskColor(r))
		shape.Circle(dst, cx, cy, 1.2*k, white)
	case level.RiskContact:
		shape.RoundRect(dst, geom.Rect{X: cx - 6*k, Y: cy - 4.5*k, W: 12 * k, H: 8 * k}, 2.5*k, white)
		shape.Polygon(dst, white, cx-3*k, cy+3*k, cx-4.5*k, cy+7*k, cx+0.5*k, cy+3*k)
		for i := -1; i <= 1; i++ {
			shape.Circle(dst, cx+float64(i)*3*k, cy-0.5*k, 1*k, theme.RiskColor(r))
		}
	case level.RiskConduct:
		shape.Circle(dst, cx-2.8*k, cy-1.5*k, 3.2*k, white)
		shape.Circle(dst, cx+2.8*k, cy-1.5*k, 3.2*k, white)
		shape.Polygon(dst, white, cx-5.9*k, cy-0.6*k, cx+5.9*k, cy-0.6*k, cx, cy+6*k)
	case level.RiskContract:
		shape.Circle(dst, cx, cy, 6*k, white)
		shape.Ring(dst, cx, cy, 4.3*k, 1*k, theme.RiskColor(r))
		shape.Polygon(dst, theme.RiskColor(r), starPoints(cx, cy, 2.8*k, 1.2*k)...)
	}
}

func eyeOutline(cx, cy, rx, ry float64) []float64 {
	var pts []float64
	const n = 24
	for i := 0; i < n; i++ {
		t := float64(i) / n * 2
		// A lens: two arcs meeting at points, drawn as a sine-shaped outline.
		x := cx + rx*cosTurn(t/2)
		y := cy + ry*sinTurn(t/2)*0.95
		pts = append(pts, x, y)
	}
	return pts
}

func starPoints(cx, cy, outer, inner float64) []float64 {
	var pts []float64
	for i := 0; i < 10; i++ {
		r := outer
		if i%2 == 1 {
			r = inner
		}
		t := float64(i)/10 - 0.25
		pts = append(pts, cx+r*cosTurn(t), cy+r*sinTurn(t))
	}
	return pts
}
