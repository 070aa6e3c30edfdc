package sango

import (
	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/lru"
)

// cacheSize is how many drawings a Cache keeps: enough for every pose a screen
// shows at once (the band picker has three sizes, the talking mouth two states)
// and the screen the child comes back to, while bounding the memory (a 300px
// drawing is about 400 KB of texture). The bound is a count, not bytes: a byte
// budget small enough to matter would, on a big screen, forget a picture the same
// frame still shows and repaint it every frame, the very cost the cache is for.
const cacheSize = 8

// Cache draws Sango from pictures it keeps. Painting the character means filling
// thirty-odd paths and uploading the result, milliseconds on every frame that
// shows Sango; a cached picture is one textured quad. A picture is made on
// first use for each size, position within a pixel, pose, mouth state and
// direction, so it covers exactly the pixels Draw would.
//
// The zero Cache is ready to use. A Cache belongs to one game and is used only
// from its Draw, like any ebiten.Image.
type Cache struct {
	pictures *lru.Cache[pictureKey, *ebiten.Image] // made on first use, each costing 1
	renders  int                                   // pictures made, for tests
}

// Draw draws Sango as the package's Draw does, from a cached picture.
func (c *Cache) Draw(dst *ebiten.Image, x, y, w, h float64, pose Pose, frame int, mirror bool) {
	k, ok := pictureFor(x, y, w, h, pose, frame, mirror)
	if dst == nil || !ok {
		return
	}
	k.drawOn(dst, c.picture(k))
}

// picture returns the picture for k, making it on a miss and forgetting the
// least recently used one when the cache is full.
func (c *Cache) picture(k pictureKey) *ebiten.Image {
	// The same picture serves wherever it goes.
	k.px, k.py = 0, 0
	if c.pictures == nil {
		c.pictures = lru.New(cacheSize, func(_ pictureKey, img *ebiten.Image) { img.Deallocate() })
	}
	if img, ok := c.pictures.Get(k); ok {
		return img
	}
	img := k.paint()
	c.renders++
	c.pictures.Put(k, img, 1)
	return img
}
