// Package icon draws the game's pictures by name (see game/art for the names): simple,
// friendly vector symbols that read at phone size, for children who cannot read yet.
// PLACEHOLDER: every name is drawn as a plain disc until the drawings land.
package icon

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/ui/geom"
	"sango/game/ui/shape"
)

// Draw draws the named picture inside box, keeping its proportions. An unknown name draws
// a question mark, so a mistake shows without breaking the screen.
func Draw(dst *ebiten.Image, name string, box geom.Rect) {
	cx, cy := box.Center()
	shape.Circle(dst, cx, cy, min(box.W, box.H)/2*0.8, color.RGBA{0x0B, 0x6E, 0x7F, 0xff})
}
