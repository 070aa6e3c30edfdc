package textdraw

import (
	"strings"
	"testing"
)

func TestLinesFitTheWidthWithRealFonts(t *testing.T) {
	f, err := NewFonts("en", false)
	if err != nil {
		t.Fatal(err)
	}
	face := f.Face(24, false)
	text := "If something online makes you feel worried, sad or unsure, stop and tell a grown-up you trust."
	for _, width := range []float64{120, 240, 480, 2000} {
		lines := Lines(text, face, width)
		for _, l := range lines {
			// Only a single word too long for the box may overflow it.
			if w := Width(l, face); w > width && strings.Contains(l, " ") {
				t.Errorf("width %v: line %q is %v wide", width, l, w)
			}
		}
		if got := strings.Join(lines, " "); got != text {
			t.Errorf("width %v: wrapping lost words: %q", width, got)
		}
		if h := Height(text, face, width); h != float64(len(lines))*LineHeight(face) {
			t.Errorf("height %v for %d lines", h, len(lines))
		}
	}
	if n := len(Lines(text, face, 2000)); n != 1 {
		t.Errorf("a wide box holds the sentence on one line, got %d", n)
	}
	if n := len(Lines(text, face, 120)); n < 6 {
		t.Errorf("a narrow box needs many lines, got %d", n)
	}
}

func TestRTLFacesReadRightToLeft(t *testing.T) {
	f, err := NewFonts("ar", true)
	if err != nil {
		t.Fatal(err)
	}
	if !f.RTL() || !f.Face(20, true).RTL {
		t.Fatal("an rtl font set must give right-to-left faces")
	}
}
