package imagecache

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// A key's image is made once; past the bound, the least recently used go first, and
// the image just made stays even when it alone is over the bound.
func TestKeepsWithinItsBoundLeastRecentlyUsedFirst(t *testing.T) {
	c := New[int](3 * 4 * 10 * 10) // three 10x10 images
	made := map[int]int{}
	get := func(k, side int) *ebiten.Image {
		return c.Get(k, func() *ebiten.Image { made[k]++; return ebiten.NewImage(side, side) })
	}
	first := get(1, 10)
	if again := get(1, 10); again != first || made[1] != 1 {
		t.Fatalf("a second Get made the image again (%d times) or returned another", made[1])
	}
	get(2, 10)
	get(3, 10)
	get(1, 10) // 2 is now the least recently used
	get(4, 10)
	if n, kept, bytes := Stats(c); n != 4 || kept != 3 || bytes != 1200 {
		t.Errorf("after four images in room for three: made %d, kept %d in %d bytes; want 4, 3, 1200", n, kept, bytes)
	}
	get(1, 10)
	get(3, 10)
	if made[1] != 1 || made[3] != 1 {
		t.Errorf("recently used images were made again: %v", made)
	}
	get(2, 10)
	if made[2] != 2 {
		t.Errorf("the least recently used image was kept: made %d times, want 2", made[2])
	}
	get(5, 40)
	if _, kept, bytes := Stats(c); kept != 1 || bytes != 4*40*40 {
		t.Errorf("an image over the bound: kept %d in %d bytes, want it alone", kept, bytes)
	}
}
