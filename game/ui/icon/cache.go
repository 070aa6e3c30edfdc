package icon

import (
	"sync"

	"github.com/hajimehoshi/ebiten/v2"
)

// cacheBytes bounds the pixels the picture cache keeps: a screen shows a dozen
// pictures at most, a 96px one is 40 KB, and even a 400px one on a projector is 640 KB.
const cacheBytes = 4 << 20

// pictures keeps the painted pictures for Draw. It is the package's one piece of state:
// Draw is called from every scene with no value to hang a cache on, and its callers
// should not have to carry one for pictures the whole game shares.
var pictures = &pictureCache{entries: map[pictureKey]*pictureEntry{}}

type pictureKey struct {
	name string
	side int // pixels
}

type pictureEntry struct {
	img     *ebiten.Image
	bytes   int
	lastUse uint64
}

// pictureCache keeps painted pictures by name and size, forgetting the least recently
// used ones beyond cacheBytes. The lock is for tests and tools that draw from more than
// one goroutine; the game draws from one.
type pictureCache struct {
	mu      sync.Mutex
	entries map[pictureKey]*pictureEntry
	bytes   int
	uses    uint64 // a clock for lastUse
	paints  int    // pictures painted, for tests
}

// get returns the picture for name at side pixels, painting it on a miss.
func (c *pictureCache) get(name string, side int) *ebiten.Image {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.uses++
	k := pictureKey{name, side}
	if e, ok := c.entries[k]; ok {
		e.lastUse = c.uses
		return e.img
	}
	cv := paint(name, side)
	img := ebiten.NewImage(cv.W, cv.H)
	img.WritePixels(cv.Pix)
	c.paints++
	e := &pictureEntry{img: img, bytes: len(cv.Pix), lastUse: c.uses}
	c.bytes += e.bytes
	// Forget the least recently used until the rest fit, but never the new picture.
	for c.bytes > cacheBytes && len(c.entries) > 0 {
		var oldest pictureKey
		first := true
		for k, e := range c.entries {
			if first || e.lastUse < c.entries[oldest].lastUse {
				oldest, first = k, false
			}
		}
		c.entries[oldest].img.Deallocate()
		c.bytes -= c.entries[oldest].bytes
		delete(c.entries, oldest)
	}
	c.entries[k] = e
	return img
}
