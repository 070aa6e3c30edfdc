// Package icon draws the game's pictures by name (see game/art for the names): simple,
// friendly vector symbols that read at phone size, for children who cannot read yet.
//
// Each picture is a small function that paints on a 100-unit square canvas (see paint.go
// for the pens and shorthands); the canvas is fitted into the box the caller gives.
// Pictures are flat and bold, without dark outlines: a light shape gets a deeper shade of
// its own colour at its edge, so it still shows on white and on the sky-blue screens.
package icon

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/ui/geom"
	"sango/game/ui/raster"
)

// drawing paints one picture on the canvas.
type drawing func(p painter)

// drawings maps every picture name in game/art to its drawing.
func drawings() map[string]drawing {
	return map[string]drawing{
		// Places and getting around (places.go).
		"house": house, "school": school, "location": location, "globe": globe, "cart": cart,
		// Keeping safe (safety.go).
		"lock": lock, "key": key, "password": password, "shield": shield, "block": block,
		"eye": eye, "eye-off": eyeOff, "check": check, "cross": cross, "question": question,
		"settings": settings,
		// Messages and speaking up (messages.go).
		"envelope": envelope, "chat": chat, "bell": bell, "megaphone": megaphone,
		"speaker": speaker, "speaker-off": speakerOff,
		"report": report, "flag": flag, "link": link, "news": news,
		// People and feelings (people.go).
		"person": person, "grown-up": grownUp, "friends": friends, "smile": smile, "sad": sad,
		"cloud": cloud, "heart": heart, "pet": pet, "thumbs-up": thumbsUp,
		// Screens and everyday things (things.go).
		"camera": camera, "photo": photo, "phone": phone, "book": book, "clock": clock,
		"card": card, "music": music, "game": game, "cartoon": cartoon,
		// Treats and prizes (treats.go).
		"gem": gem, "coin": coin, "chest": chest, "gift": gift, "star": star, "cake": cake,
		"ball": ball, "trophy": trophy,
	}
}

// Draw draws the named picture inside box, as large as fits, centred and square. An
// unknown name draws a grey question mark, so a mistake shows without breaking the screen.
//
// The picture is painted on the CPU once for its name and size in whole pixels, kept
// (see pictures), and drawn on whole pixels: a picture redrawn every frame, or
// moved, costs one textured quad.
func Draw(dst *ebiten.Image, name string, box geom.Rect) {
	side := math.Round(min(box.W, box.H))
	if !(side >= 1) { // also NaN
		return
	}
	// The picture's corner, on whole pixels, keeps it centred in the box to within half
	// a pixel.
	x := math.Round(box.X + (box.W-side)/2)
	y := math.Round(box.Y + (box.H-side)/2)
	img := picture(name, int(side))
	op := &ebiten.DrawImageOptions{}
	op.GeoM.Translate(x-pictureMargin, y-pictureMargin)
	dst.DrawImage(img, op)
}

// pictureMargin is the transparent border, in pixels, round a painted picture, for the
// antialiasing of anything that reaches the canvas edge.
const pictureMargin = 1

// paint paints the named picture into a square of side pixels, with pictureMargin
// round it, and returns its premultiplied RGBA pixels.
func paint(name string, side int) *raster.Canvas {
	d, ok := drawings()[name]
	if !ok {
		d = unknown
	}
	cv := raster.NewCanvas(side+2*pictureMargin, side+2*pictureMargin)
	d(newPainter(cv, pictureMargin, pictureMargin, float64(side)))
	return cv
}

// unknown is the picture for a name that has none: a soft grey disc with a question mark,
// kept plainer than the purple "question" picture so the two never look alike.
func unknown(p painter) {
	p.circle(50, 50, 42, greyLt)
	questionMark(p, slate)
}
