// Package sango draws Sango, the game's mascot: a friendly smartphone
// character wearing a ninja headband with an "@" badge.
//
// Everything is drawn with vector paths (no image files, no fonts) so the
// mascot stays crisp at any size from a small 40px icon up to a 1000px
// splash, and so that it ships with the game at no asset cost. The paths are
// filled on the CPU into a picture (package raster), which a Cache keeps.
package sango

import (
	"fmt"
	"math"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/ui/raster"
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
// Draw paints a new picture every time; a game that shows Sango on many
// frames draws it through a Cache instead.
func Draw(dst *ebiten.Image, x, y, w, h float64, pose Pose, frame int, mirror bool) {
	k, ok := pictureFor(x, y, w, h, pose, frame, mirror)
	if dst == nil || !ok {
		return
	}
	img := k.paint()
	defer img.Deallocate()
	k.drawOn(dst, img)
}

// pictureKey is everything that makes a picture of Sango and places it: the
// scale from design units to pixels, where the canvas starts within its first
// pixel, the pose, mouth and direction, and the picture's size and position.
type pictureKey struct {
	scale      float64
	fx, fy     float64 // in [0, 1)
	pose       Pose
	open       bool // the talking mouth
	mirror     bool
	imgW, imgH int
	px, py     float64 // where the picture goes, in whole pixels
}

// pictureFor fits the design canvas into the box (x, y, w, h), centred. The
// picture is placed on whole pixels, with a pixel of margin on every side for
// antialiasing, and the canvas is painted inside it at the fraction of a pixel
// where it falls on the screen. It reports false for an empty box.
func pictureFor(x, y, w, h float64, pose Pose, frame int, mirror bool) (pictureKey, bool) {
	if w <= 0 || h <= 0 {
		return pictureKey{}, false
	}
	if pose < 0 || pose >= poseCount {
		pose = Idle
	}
	s := min(w/canvasW, h/canvasH)
	ox, oy := x+(w-canvasW*s)/2, y+(h-canvasH*s)/2
	k := pictureKey{
		scale: s, pose: pose, open: mouthOpen(pose, frame), mirror: mirror,
		px: math.Floor(ox) - 1, py: math.Floor(oy) - 1,
	}
	k.fx, k.fy = ox-k.px-1, oy-k.py-1
	k.imgW = int(math.Ceil(k.fx+canvasW*s)) + 2
	k.imgH = int(math.Ceil(k.fy+canvasH*s)) + 2
	return k, true
}

// paint makes the picture.
func (k pictureKey) paint() *ebiten.Image {
	cv := k.canvas()
	img := ebiten.NewImage(k.imgW, k.imgH)
	img.WritePixels(cv.Pix)
	return img
}

// canvas paints the picture's pixels.
func (k pictureKey) canvas() *raster.Canvas {
	// The canvas starts a pixel in, past the margin.
	var glyph ebiten.GeoM
	glyph.Scale(k.scale, k.scale)
	glyph.Translate(1+k.fx, 1+k.fy)
	m := glyph
	if k.mirror {
		// Flip around the canvas centre so the mirrored figure occupies
		// exactly the same box.
		var flip ebiten.GeoM
		flip.Scale(-1, 1)
		flip.Translate(canvasW, 0)
		flip.Concat(glyph)
		m = flip
	}
	cv := raster.NewCanvas(k.imgW, k.imgH)
	p := &painter{cv: cv, m: m, scale: k.scale, glyph: glyph}
	st := defaultStyle()
	drawSango(p, &st, k.pose, k.open)
	return cv
}

// drawOn draws the picture at its place on dst, pixel for pixel.
func (k pictureKey) drawOn(dst, img *ebiten.Image) {
	op := &ebiten.DrawImageOptions{}
	op.GeoM.Translate(k.px, k.py)
	dst.DrawImage(img, op)
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
