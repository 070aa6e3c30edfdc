package classroom

import (
	"fmt"
	"strings"

	"rsc.io/qr"
)

// QuietZone is the light margin around a QR code, in modules. The standard asks for 4;
// phone cameras struggle to find a code that touches other text.
const QuietZone = 4

// EncodeQR encodes a URL as a QR code. Level M survives a projector's glare and a
// smudged screen while keeping the code small enough to fit a terminal.
func EncodeQR(url string) (*qr.Code, error) {
	code, err := qr.Encode(url, qr.M)
	if err != nil {
		return nil, fmt.Errorf("encode %q as a QR code: %w", url, err)
	}
	return code, nil
}

// TerminalQR draws a code with Unicode half blocks, two modules per character cell
// (cells are about twice as tall as wide, so modules come out square), with the quiet
// zone around it. Dark modules are drawn as ink, so it reads correctly as dark on a light
// background; the caller can force those colours (see Banner).
func TerminalQR(code *qr.Code) string {
	n := code.Size + 2*QuietZone
	dark := func(x, y int) bool { return code.Black(x-QuietZone, y-QuietZone) }
	var b strings.Builder
	for y := 0; y < n; y += 2 {
		for x := 0; x < n; x++ {
			// Black is false outside the code, so the last odd row pairs with light.
			top, bottom := dark(x, y), dark(x, y+1)
			switch {
			case top && bottom:
				b.WriteString("█")
			case top:
				b.WriteString("▀")
			case bottom:
				b.WriteString("▄")
			default:
				b.WriteByte(' ')
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}
