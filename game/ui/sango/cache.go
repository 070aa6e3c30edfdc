package sango

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"
)

// cacheSize is how many drawings a Cache keeps: enough for every pose a screen
// shows at once (the band picker has three sizes, the talking mouth two states)
// and the screen the child comes back to, while bounding the memory (a 300px
// drawing is about 400 KB of texture).
const cacheSize = 8

// Cache draws Sango from pictures it keeps. Drawing the character from its
// vector paths costs thousands of triangles and many passes over a stencil,
// which a software renderer (a school's old laptop, a browser without a GPU)
// feels on every frame that shows Sango; a cached picture is one textured
// quad. A picture is made on first use for each size, position within a pixel,
// pose, mouth state and direction, so it covers exactly the pixels Draw would.
//
// The zero Cache is ready to use. A Cache belongs to one game and is used only
// from its Draw, like any ebiten.Image.
type Cache struct {
	entries []cacheEntry // least recently used first
	renders int          // pictures made, for tests
}

// cacheKey is everything that changes a picture's pixels.
type cacheKey struct {
	scale      float64 // design units to pixels
	fx, fy     float64 // the canvas's offset within its first pixel, in [0, 1)
	pose       Pose
	open       bool // the talking mouth
	mirror     bool
	imgW, imgH int
}

type cacheEntry struct {
	key cacheKey
	img *ebiten.Image
}

// Draw draws Sango as the package's Draw does, from a cached picture.
func (c *Cache) Draw(dst *ebiten.Image, x, y, w, h float64, pose Pose, frame int, mirror bool) {
	if dst == nil || w <= 0 || h <= 0 {
		return
	}
	if pose < 0 || pose >= poseCount {
		pose = Idle
	}
	s, ox, oy := fit(x, y, w, h)
	// The picture is placed on whole pixels, with a pixel of margin on every
	// side for antialiasing, and the canvas drawn inside it at the same
	// fraction of a pixel as on dst, so each pixel comes out as Draw makes it.
	px, py := math.Floor(ox)-1, math.Floor(oy)-1
	k := cacheKey{
		scale: s, fx: ox - px - 1, fy: oy - py - 1,
		pose: pose, open: mouthOpen(pose, frame), mirror: mirror,
	}
	k.imgW = int(math.Ceil(k.fx+canvasW*s)) + 2
	k.imgH = int(math.Ceil(k.fy+canvasH*s)) + 2
	img := c.picture(k)
	op := &ebiten.DrawImageOptions{}
	op.GeoM.Translate(px, py)
	dst.DrawImage(img, op)
}

// picture returns the picture for k, making it on a miss and forgetting the
// least recently used one when the cache is full.
func (c *Cache) picture(k cacheKey) *ebiten.Image {
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
	img := ebiten.NewImage(k.imgW, k.imgH)
	paintAt(img, k.scale, 1+k.fx, 1+k.fy, k.pose, k.open, k.mirror)
	c.renders++
	c.entries = append(c.entries, cacheEntry{key: k, img: img})
	return img
}
