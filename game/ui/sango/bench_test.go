package sango

import "testing"

// BenchmarkPaint paints Sango's pictures on the CPU, as the first frame that shows
// Sango does (in WebAssembly, a few times slower). "start" is the web build's start
// screen in a 1280x720 window: the art box there is about 514 by 557 pixels, so Sango
// is about 480 by 560.
func BenchmarkPaint(b *testing.B) {
	for _, c := range []struct {
		name string
		w, h float64
	}{{"60px", 60, 60}, {"300px", 300, 300}, {"start", 514, 557}} {
		k, _ := pictureFor(0.3, 0.3, c.w, c.h, Happy, 0, false)
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if cv := k.canvas(); cv.W != k.imgW {
					b.Fatalf("canvas %d wide, want %d", cv.W, k.imgW)
				}
			}
		})
	}
}
