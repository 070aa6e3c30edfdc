// Package imagecache keeps images that are costly to make (painted on the CPU and
// uploaded) by key, within a bound on their pixels, forgetting the least recently used.
package imagecache

import (
	"sync"

	"github.com/hajimehoshi/ebiten/v2"
)

// Cache keeps images by key. The lock is for tests and tools that draw from more than
// one goroutine; a game draws from one.
type Cache[K comparable] struct {
	maxBytes int

	mu      sync.Mutex
	entries map[K]*entry
	bytes   int
	clock   uint64 // counts uses, for lastUse
	made    int
}

type entry struct {
	img     *ebiten.Image
	bytes   int
	lastUse uint64
}

// New returns a cache that keeps at most maxBytes of pixels, besides the image last
// made, which is kept whatever its size.
func New[K comparable](maxBytes int) *Cache[K] {
	return &Cache[K]{maxBytes: maxBytes, entries: map[K]*entry{}}
}

// Get returns the image for k, calling create for it on a miss.
func (c *Cache[K]) Get(k K, create func() *ebiten.Image) *ebiten.Image {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.clock++
	if e, ok := c.entries[k]; ok {
		e.lastUse = c.clock
		return e.img
	}
	img := create()
	c.made++
	b := img.Bounds()
	e := &entry{img: img, bytes: 4 * b.Dx() * b.Dy(), lastUse: c.clock}
	c.bytes += e.bytes
	for c.bytes > c.maxBytes && len(c.entries) > 0 {
		c.forgetOldest()
	}
	c.entries[k] = e
	return img
}

// forgetOldest drops the least recently used image. A scan: caches hold tens of
// images, and only a miss gets here.
func (c *Cache[K]) forgetOldest() {
	var oldest K
	var at uint64
	first := true
	for k, e := range c.entries {
		if first || e.lastUse < at {
			oldest, at, first = k, e.lastUse, false
		}
	}
	e := c.entries[oldest]
	e.img.Deallocate()
	c.bytes -= e.bytes
	delete(c.entries, oldest)
}

// Stats reports how many images the cache has made, how many it keeps and their bytes.
func (c *Cache[K]) Stats() (made, kept, bytes int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.made, len(c.entries), c.bytes
}
