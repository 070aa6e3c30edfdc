package textwrap

import (
	"io/fs"
	"strings"
	"testing"
	"unicode/utf8"

	"sango/game/locale"
	"sango/locales"
)

// Every shipped Chinese string, wrapped at widths from a phone's to a projector's, breaks
// between characters (no line overflows) and never starts a line with closing
// punctuation. Each character is one unit wide, as in a monospaced CJK font.
func TestShippedChineseWrapsLikeChinese(t *testing.T) {
	data, err := fs.ReadFile(locales.FS(), "zh.toml")
	if err != nil {
		t.Fatal(err)
	}
	cat, ps := locale.Parse("locales/zh.toml", data)
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	width := func(s string) float64 { return float64(utf8.RuneCountInString(s)) }
	checked := 0
	for _, key := range locale.Keys(cat) {
		s := cat.Text(key)
		if utf8.RuneCountInString(s) < 12 {
			continue
		}
		for _, w := range []float64{6, 9, 14, 23} {
			lines := Wrap(s, w, width)
			for i, line := range lines {
				first, _ := utf8.DecodeRuneInString(line)
				if i > 0 && isClosing(first) {
					t.Errorf("%s at width %v: line %d starts with %q: %q", key, w, i, first, lines)
				}
				if width(line) > w {
					t.Errorf("%s at width %v: line %q is %v wide", key, w, line, width(line))
				}
			}
			if got := strings.Join(lines, ""); strings.ReplaceAll(got, " ", "") != strings.ReplaceAll(s, " ", "") {
				t.Errorf("%s at width %v lost text: %q", key, w, lines)
			}
			checked++
		}
	}
	if checked < 400 {
		t.Fatalf("only %d wraps checked", checked)
	}
}
