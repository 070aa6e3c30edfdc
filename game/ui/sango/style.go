package sango

import "image/color"

// All of Sango's look lives in this file so that official art direction (or a
// later artist) can retune colours and proportions without touching the
// drawing code. Geometry is expressed in "design units" on a fixed canvas of
// canvasW x canvasH; Draw scales that canvas uniformly into the caller's box.

const (
	// canvasW and canvasH are the design canvas. The canvas is a little wider
	// than the phone so the headband tails, raised arms and sparkles fit.
	canvasW = 120.0
	canvasH = 140.0

	// talkPeriod is how many frames the talking mouth stays open or closed.
	talkPeriod = 8
)

// point is a position on the design canvas.
type point struct{ x, y float64 }

// limb is one arm or leg: a quadratic curve from a joint on the body through
// a bend control point to the hand or foot.
type limb struct {
	from, ctrl, to point
}

// ribbon is one headband tail: a tapering cloth strip along a cubic curve.
// Points are offsets from the knot so the tails follow if the knot moves.
type ribbon struct {
	start, ctrl1, ctrl2, tip point
	rootW, tipW              float64
}

// sparkle is a four-pointed star drawn around Sango when happy.
type sparkle struct {
	at point
	r  float64
}

// style holds every colour and proportion used to draw Sango. It is a plain
// value returned by defaultStyle so there is no package-level mutable state.
type style struct {
	// Colours.
	body, bodyLight, outline         color.NRGBA
	screen, screenEdge               color.NRGBA
	eye, eyeShine                    color.NRGBA
	mouth, tongue, blush             color.NRGBA
	band, bandDark, badgeFill, atSym color.NRGBA
	sparkle, sparkleEdge, shadow     color.NRGBA

	// Stroke widths.
	outlineW, thinW, featureW float64

	// Phone body (rounded rectangle) and screen inset.
	bodyX, bodyY, bodyW, bodyH, bodyR float64
	screenX, screenY, screenW         float64
	screenH, screenR                  float64
	buttonY, buttonR                  float64

	// Headband: a band across the top, a knot on one side and two tails.
	bandTop, bandBottom, bandOverhang float64
	bandSag                           float64 // how much the band curves down in the middle, so it reads as wrapped around
	knot                              point
	knotR                             float64
	tails                             [2]ribbon
	badge                             point
	badgeR, atR, atW                  float64

	// Face.
	eyeL, eyeR          point
	eyeRX, eyeRY        float64
	blushL, blushR      point
	blushRX, blushRY    float64
	mouthY              float64 // top line of the mouth
	mouthHalfW          float64
	limbW, handR, footR float64

	// Limbs. arms is indexed by Pose; index 0 is the arm on the viewer's
	// left (away from the headband tails), index 1 the one on the right.
	arms [poseCount][2]limb
	legs [2]limb

	sparkles [3]sparkle

	// Ground shadow under the feet.
	shadowC            point
	shadowRX, shadowRY float64
}

func rgb(hex uint32) color.NRGBA {
	return color.NRGBA{R: uint8(hex >> 16), G: uint8(hex >> 8), B: uint8(hex), A: 0xff}
}

func rgba(hex uint32, a uint8) color.NRGBA {
	c := rgb(hex)
	c.A = a
	return c
}

// defaultStyle is Sango's look: a friendly teal phone with a warm red-orange
// ninja headband. Dark outlines are navy rather than black so the character
// stays soft and friendly for young children.
func defaultStyle() style {
	return style{
		body:        rgb(0x3DBCCB),
		bodyLight:   rgb(0x8FE0E8),
		outline:     rgb(0x1C4A5E),
		screen:      rgb(0xF2FCF8),
		screenEdge:  rgb(0x2A6E82),
		eye:         rgb(0x1E2A3C),
		eyeShine:    rgb(0xFFFFFF),
		mouth:       rgb(0x3A2A3C),
		tongue:      rgb(0xFF7F8E),
		blush:       rgba(0xFF8FA3, 0xA0),
		band:        rgb(0xF2583E),
		bandDark:    rgb(0xB23A2C),
		badgeFill:   rgb(0xFFFFFF),
		atSym:       rgb(0x1C4A5E),
		sparkle:     rgb(0xFFD23F),
		sparkleEdge: rgb(0xE39B17),
		shadow:      rgba(0x1C4A5E, 0x30),

		outlineW: 3,
		thinW:    2,
		featureW: 2.8,

		bodyX: 33, bodyY: 16, bodyW: 54, bodyH: 94, bodyR: 14,
		screenX: 39, screenY: 42, screenW: 42, screenH: 56, screenR: 8,
		buttonY: 104, buttonR: 2.6,

		bandTop: 23.5, bandBottom: 36.5, bandOverhang: 2, bandSag: 1.5,
		knot:  point{90, 29.5},
		knotR: 4.5,
		// The tails stream away from the knot in gentle waves, as if
		// Sango had just dashed in.
		tails: [2]ribbon{
			{point{-2, -1.5}, point{8, -9}, point{14, 2}, point{25, -8}, 6.8, 5},
			{point{-2, 1.5}, point{8, 7}, point{13, 1}, point{22, 11}, 6.4, 4.8},
		},
		badge: point{60, 30}, badgeR: 12, atR: 8, atW: 2.2,

		eyeL: point{50.5, 61}, eyeR: point{69.5, 61},
		eyeRX: 5.4, eyeRY: 7,
		blushL: point{44, 74}, blushR: point{76, 74},
		blushRX: 4, blushRY: 2.6,
		mouthY: 73, mouthHalfW: 6,
		limbW: 6, handR: 4.6, footR: 4,

		arms: [poseCount][2]limb{
			// Idle: arms hang relaxed.
			Idle: {
				{point{35, 80}, point{26, 85}, point{26, 96}},
				{point{85, 80}, point{94, 85}, point{94, 96}},
			},
			// Talking: one hand raised as if explaining something.
			Talking: {
				{point{35, 78}, point{22, 74}, point{20, 58}},
				{point{85, 80}, point{94, 85}, point{94, 96}},
			},
			// Happy: both arms up in a cheer.
			Happy: {
				{point{35, 76}, point{22, 70}, point{17, 52}},
				{point{85, 76}, point{98, 70}, point{103, 52}},
			},
			// Concerned: a hand to the cheek, the gesture of someone who cares.
			Concerned: {
				{point{35, 84}, point{21, 89}, point{39, 75}},
				{point{85, 80}, point{94, 85}, point{94, 96}},
			},
		},
		legs: [2]limb{
			{point{50, 106}, point{49.5, 116}, point{49, 124}},
			{point{70, 106}, point{70.5, 116}, point{71, 124}},
		},

		// Sparkles sit mostly on the side away from the tails, where there
		// is free space around the raised arms.
		sparkles: [3]sparkle{
			{point{14, 28}, 7},
			{point{26, 13}, 4},
			{point{108, 64}, 4.5},
		},

		shadowC:  point{60, 131},
		shadowRX: 24, shadowRY: 3.5,
	}
}
