// Package sango draws Sango, the game's mascot: a friendly smartphone
// character wearing a ninja headband with an "@" badge.
//
// Everything is drawn with vector paths (no image files, no fonts) so the
// mascot stays crisp at any size from a small 40px icon up to a 1000px
// splash, and so that it ships with the game at no asset cost.
package sango

import (
	"fmt"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
)

// Pose is one of Sango's expressions.
type Pose int

const (
	// Idle is a calm smile with relaxed arms.
	Idle Pose = iota
	// Talking alternates the mouth open and closed and raises one hand.
	Talking
	// Happy has closed happy eyes, a big smile, arms up and sparkles.
	Happy
	// Concerned has tilted eyebrows, a small worried mouth and a hand to the
	// cheek; it is meant to look caring, never frightened.
	Concerned

	// poseCount sizes per-pose tables; keep it last.
	poseCount
)

// String returns the stable lowercase name of the pose, as used in level
// files and settings.
func (p Pose) String() string {
	switch p {
	case Idle:
		return "idle"
	case Talking:
		return "talking"
	case Happy:
		return "happy"
	case Concerned:
		return "concerned"
	}
	return fmt.Sprintf("Pose(%d)", int(p))
}

// ParsePose parses a name produced by String. Surrounding spaces and letter
// case are ignored because the names come from hand-written data files.
func ParsePose(s string) (Pose, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	for p := range poseCount {
		if p.String() == s {
			return p, true
		}
	}
	return Idle, false
}

// Animated reports whether Draw's output changes with frame for this pose.
// Callers use it to skip redrawing still screens.
func Animated(p Pose) bool {
	return p == Talking
}

// Draw draws Sango standing inside the box (x, y, w, h) in dst, centred,
// keeping its aspect ratio. frame is an animation counter; only Talking uses
// it (see Animated). mirror flips Sango horizontally for right-to-left
// layouts; the "@" on the badge is kept unflipped so it stays readable.
//
// Draw renders the vector paths every time; a game that shows Sango on many
// frames draws it through a Cache instead.
func Draw(dst *ebiten.Image, x, y, w, h float64, pose Pose, frame int, mirror bool) {
	if dst == nil || w <= 0 || h <= 0 {
		return
	}
	if pose < 0 || pose >= poseCount {
		pose = Idle
	}
	s, ox, oy := fit(x, y, w, h)
	paintAt(dst, s, ox, oy, pose, mouthOpen(pose, frame), mirror)
}

// fit returns the scale that fits the design canvas into the box (x, y, w, h)
// and the top-left corner of the canvas, centred in the box.
func fit(x, y, w, h float64) (s, ox, oy float64) {
	s = min(w/canvasW, h/canvasH)
	return s, x + (w-canvasW*s)/2, y + (h-canvasH*s)/2
}

// paintAt paints Sango on dst with the design canvas scaled by s and its
// top-left corner at (ox, oy).
func paintAt(dst *ebiten.Image, s, ox, oy float64, pose Pose, open, mirror bool) {
	var glyph ebiten.GeoM
	glyph.Scale(s, s)
	glyph.Translate(ox, oy)
	m := glyph
	if mirror {
		// Flip around the canvas centre so the mirrored figure occupies
		// exactly the same box.
		var flip ebiten.GeoM
		flip.Scale(-1, 1)
		flip.Translate(canvasW, 0)
		flip.Concat(glyph)
		m = flip
	}

	p := &painter{dst: dst, m: m, scale: s, glyph: glyph}
	st := defaultStyle()
	drawSango(p, &st, pose, open)
}

// mouthOpen decides the talking mouth state. Other poses ignore frame so a
// still pose renders identically on every frame.
func mouthOpen(pose Pose, frame int) bool {
	if pose != Talking {
		return false
	}
	// Floor division keeps the rhythm steady for negative counters too.
	q := frame / talkPeriod
	if frame < 0 && frame%talkPeriod != 0 {
		q--
	}
	return q%2 == 0
}
