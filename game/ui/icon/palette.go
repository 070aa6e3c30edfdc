package icon

// hex is an opaque colour written 0xRRGGBB. Being a constant, the palette cannot be
// changed by mistake at run time.
type hex uint32

// RGBA makes hex a color.Color.
func (h hex) RGBA() (r, g, b, a uint32) {
	r = uint32(h>>16&0xff) * 0x101
	g = uint32(h>>8&0xff) * 0x101
	b = uint32(h&0xff) * 0x101
	return r, g, b, 0xffff
}

// The palette: the theme's ink, teal and greens for calm things, a few warm accents for
// treats and people. Each light colour has a deeper partner (its "rim" or shade) so a
// shape still reads against white and against the sky blue of the screens.
const (
	white    hex = 0xFFFFFF
	ink      hex = 0x1B2A41 // theme.Ink
	slate    hex = 0x46566B
	slateLt  hex = 0x7D8A99
	grey     hex = 0xA9B4C0
	greyLt   hex = 0xD5DCE3
	paper    hex = 0xF7F9FB
	teal     hex = 0x0B6E7F // theme.Primary
	tealLt   hex = 0x2FA3B5
	blue     hex = 0x2F7FD3
	blueDk   hex = 0x1F5FAE // the contact risk colour
	blueLt   hex = 0x8FCBF2
	green    hex = 0x2E9E55
	greenDk  hex = 0x1E7A3C // theme.Good
	greenLt  hex = 0x7CCB6A
	red      hex = 0xE2504A
	redDk    hex = 0xB83A35
	pink     hex = 0xF47C9C
	pinkLt   hex = 0xFFB3C6
	orange   hex = 0xF28C28
	orangeDk hex = 0xC9621A
	gold     hex = 0xFFC53D
	goldDk   hex = 0xE59A00
	goldDeep hex = 0xB87400
	goldLt   hex = 0xFFE08A
	cyan     hex = 0x35B8E0
	cyanDk   hex = 0x1E8DB8
	cyanLt   hex = 0xA6E6F7
	rose     hex = 0xE8456B
	purple   hex = 0x6B3FA0 // the content risk colour
	purpleLt hex = 0x9B72CF
	brown    hex = 0xA86A36
	brownDk  hex = 0x7A4A22
	cream    hex = 0xFFF1DC // theme.ThinkBg
)
