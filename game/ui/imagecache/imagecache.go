// Package imagecache keeps images that are costly to make (painted on the CPU and
// uploaded) by key, within a bound on their pixels, forgetting the least recently used.
// It is package lru with what images need: a cost in bytes and a texture given back.
package imagecache

import (
	"sync"

	"github.com/hajimehoshi/ebiten/v2"

	"sango/game/lru"
)

// Cache keeps images by key. The lock is for tests and tools that draw from more than
// one goroutine; a game draws from one.
type Cache[K comparable] struct {
	mu     sync.Mutex
	images *lru.Cache[K, *ebiten.Image]
	made   int
}

// New returns a cache that keeps at most maxBytes of pixels, besides the image last
// made, which is kept whatever its size.
func New[K comparable](maxBytes int) *Cache[K] {
	// A forgotten image gives its texture back now rather than when the collector finds it.
	return &Cache[K]{images: lru.New(maxBytes, func(_ K, img *ebiten.Image) { img.Deallocate() })}
}

// Get returns the image for k, calling create for it on a miss.
func (c *Cache[K]) Get(k K, create func() *ebiten.Image) *ebiten.Image {
	c.mu.Lock()
	defer c.mu.Unlock()
	if img, ok := c.images.Get(k); ok {
		return img
	}
	img := create()
	c.made++
	b := img.Bounds()
	c.images.Put(k, img, 4*b.Dx()*b.Dy())
	return img
}

// Stats reports how many images c has made, how many it keeps and their bytes. It is a
// function, not a method, as only tests ask: the web build would carry an exported
// method whether used or not (see locale.Split).
func Stats[K comparable](c *Cache[K]) (made, kept, bytes int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.made, c.images.Len(), c.images.Cost()
}
