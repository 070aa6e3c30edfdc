// Package theme keeps the game's look in one place: colours chosen for contrast (text on
// its background passes WCAG AA), and sizes derived from the screen so the same layout
// reads on a phone, a laptop and a classroom projector.
package theme

import (
	"image/color"

	"sango/game/level"
)

// Colours. Text colours sit on Panel or Sky with a contrast ratio above 4.5:1.
var (
	Sky       = color.RGBA{0xE6, 0xF3, 0xFB, 0xff}
	SkyLow    = color.RGBA{0xD2, 0xEA, 0xF7, 0xff}
	Panel     = color.RGBA{0xff, 0xff, 0xff, 0xff}
	PanelEdge = color.RGBA{0xB8, 0xD4, 0xE6, 0xff}
	Ink       = color.RGBA{0x1B, 0x2A, 0x41, 0xff}
	InkSoft   = color.RGBA{0x44, 0x55, 0x6B, 0xff}
	Primary   = color.RGBA{0x0B, 0x6E, 0x7F, 0xff}
	PrimaryHi = color.RGBA{0x09, 0x5A, 0x68, 0xff}
	OnPrimary = color.RGBA{0xff, 0xff, 0xff, 0xff}
	Help      = color.RGBA{0xB4, 0x3C, 0x0C, 0xff}
	HelpHi    = color.RGBA{0x96, 0x31, 0x0A, 0xff}
	Focus     = color.RGBA{0xFF, 0xB0, 0x00, 0xff}
	// Speaking rings the words Sango is reading aloud; unlike Focus, so the two never mix.
	Speaking   = color.RGBA{0x7C, 0x4D, 0xC4, 0xff}
	FocusInner = color.RGBA{0x1B, 0x2A, 0x41, 0xff}
	Good       = color.RGBA{0x1E, 0x7A, 0x3C, 0xff}
	GoodBg     = color.RGBA{0xE3, 0xF5, 0xE8, 0xff}
	Think      = color.RGBA{0x8A, 0x4B, 0x08, 0xff}
	ThinkBg    = color.RGBA{0xFF, 0xF1, 0xDC, 0xff}
	Disabled   = color.RGBA{0xE4, 0xE8, 0xEC, 0xff}
	Scrim      = color.RGBA{0x10, 0x1A, 0x28, 0xb0}
	Shadow     = color.RGBA{0x1B, 0x2A, 0x41, 0x20}
	Error      = color.RGBA{0x9B, 0x1C, 0x1C, 0xff}
	ErrorBg    = color.RGBA{0xFD, 0xEC, 0xEC, 0xff}
)

// RiskColor gives each of the four risks its own colour, so a child who cannot read yet
// can still tell the places apart.
func RiskColor(r level.Risk) color.RGBA {
	switch r {
	case level.RiskContent:
		return color.RGBA{0x6B, 0x3F, 0xA0, 0xff}
	case level.RiskContact:
		return color.RGBA{0x1F, 0x5F, 0xAE, 0xff}
	case level.RiskConduct:
		return color.RGBA{0x1E, 0x7A, 0x3C, 0xff}
	case level.RiskContract:
		return color.RGBA{0xA8, 0x50, 0x0A, 0xff}
	}
	return Primary
}

// Metrics are sizes in screen pixels for one screen size.
type Metrics struct {
	W, H     float64
	Unit     float64 // one layout unit in pixels
	Portrait bool
	Body     float64 // text sizes
	Small    float64
	Heading  float64
	Title    float64
	Pad      float64
	Radius   float64
	Button   float64 // minimum button height: comfortably above a 48 CSS px touch target
	TopBar   float64
}

// MinTarget is the smallest touch target, in CSS pixels, that small fingers hit reliably.
const MinTarget = 48

// For computes metrics for a screen of w by h pixels, where scale is the number of screen
// pixels per CSS pixel (the device scale factor). The unit is chosen so that a
// portrait phone and a landscape laptop both get large, readable text: a portrait layout
// is about 520 units wide, a landscape one about 1000 by 620.
func For(w, h, scale float64) Metrics {
	portrait := h > w*1.05
	var unit float64
	if portrait {
		unit = min(w/460, h/860)
	} else {
		unit = min(w/1000, h/620)
	}
	unit = max(unit, 0.4)
	scale = max(scale, 1)
	// Buttons and the top bar never shrink below a comfortable touch target, even on
	// the smallest phones.
	button := max(64*unit, (MinTarget+4)*scale)
	topBar := max(76*unit, button+12*unit)
	return Metrics{
		W: w, H: h, Unit: unit, Portrait: portrait,
		Body:    26 * unit,
		Small:   20 * unit,
		Heading: 34 * unit,
		Title:   64 * unit,
		Pad:     16 * unit,
		Radius:  18 * unit,
		Button:  button,
		TopBar:  topBar,
	}
}
