package classroom

import (
	"fmt"
	"html"
	"strings"

	"rsc.io/qr"
)

// SVG draws a code as an inline SVG: a light square with one rect per horizontal run of
// dark modules, so the page stays small and needs no image file, script or other origin.
// It scales to any size without blur, which matters on a projector.
func SVG(code *qr.Code, label string) string {
	n := code.Size + 2*QuietZone
	var b strings.Builder
	fmt.Fprintf(&b, `<svg viewBox="0 0 %d %d" role="img" aria-label="%s" shape-rendering="crispEdges">`, n, n, html.EscapeString(label))
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="#fff"/>`, n, n)
	for y := 0; y < code.Size; y++ {
		for x := 0; x < code.Size; {
			if !code.Black(x, y) {
				x++
				continue
			}
			start := x
			for x < code.Size && code.Black(x, y) {
				x++
			}
			fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="1"/>`, start+QuietZone, y+QuietZone, x-start)
		}
	}
	b.WriteString(`</svg>`)
	return b.String()
}
