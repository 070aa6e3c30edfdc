package icon

import (
	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/ui/imagecache"
)

// cacheBytes bounds the pixels the picture cache keeps: a screen shows a dozen
// pictures at most, a 96px one is 40 KB, and even a 400px one on a projector is 640 KB.
const cacheBytes = 4 << 20

// pictures keeps the painted pictures for Draw. It is the package's one piece of state:
// Draw is called from every scene with no value to hang a cache on, and its callers
// should not have to carry one for pictures the whole game shares.
var pictures = imagecache.New[pictureKey](cacheBytes)

type pictureKey struct {
	name string
	side int // pixels
}

// picture returns the named picture at side pixels, painting it on first use.
func picture(name string, side int) *ebiten.Image {
	return pictures.Get(pictureKey{name, side}, func() *ebiten.Image {
		cv := paint(name, side)
		img := ebiten.NewImage(cv.W, cv.H)
		img.WritePixels(cv.Pix)
		return img
	})
}
