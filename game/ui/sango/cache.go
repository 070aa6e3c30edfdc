package sango

import (
	"github.com/hajimehoshi/ebiten/v2"
)

// cacheSize is how many drawings a Cache keeps: enough for every pose a screen
// shows at once (the band picker has three sizes, the talking mouth two states)
// and the screen the child comes back to, while bounding the memory (a 300px
// drawing is about 400 KB of texture).
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
	entries []cacheEntry // least recently used first
	renders int          // pictures made, for tests
}

type cacheEntry struct {
	key pictureKey
	img *ebiten.Image
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
	for i, e := range c.entries {
		if e.key == k {
			// Move to the end: most recently used.
			copy(c.entries[i:], c.entries[i+1:])
			c.entries[len(c.entries)-1] = e
			return e.img
		}
	}
	if len(c.entries) >= cacheSize {
		c.entries[0].img.Deallocate()
		c.entries = append(c.entries[:0], c.entries[1:]...)
	}
	img := k.paint()
	c.renders++
	c.entries = append(c.entries, cacheEntry{key: k, img: img})
	return img
}
