package sango

import "testing"

// BenchmarkPaint paints Sango's pictures on the CPU, as the first frame that shows
// Sango does (in WebAssembly, a few times slower).
func BenchmarkPaint(b *testing.B) {
	for _, size := range []int{60, 300} {
		k, _ := pictureFor(0.3, 0.3, float64(size), float64(size), Happy, 0, false)
		b.Run(map[int]string{60: "60px", 300: "300px"}[size], func(b *testing.B) {
			for b.Loop() {
				if cv := k.canvas(); cv.W != k.imgW {
					b.Fatalf("canvas %d wide, want %d", cv.W, k.imgW)
				}
			}
		})
	}
}
