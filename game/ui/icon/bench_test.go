package icon

import (
	"testing"

	"sango/game/art"
)

// BenchmarkPaint paints every picture once at 96px on the CPU: a miss in the picture
// cache, which happens once per picture and size.
func BenchmarkPaint(b *testing.B) {
	names := art.Icons()
	for b.Loop() {
		for _, name := range names {
			paint(name, 96)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(names)), "µs/picture")
}
