//go:build !js

package textdraw

import (
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2/text/v2"
)

// glyphX maps each rune's byte offset to the x of its glyph as drawn.
func glyphX(t *testing.T, s string, face Face) map[int]float64 {
	t.Helper()
	gs := text.AppendGlyphs(nil, s, face.fonts.r.goFace(face), &text.LayoutOptions{})
	xs := map[int]float64{}
	for _, g := range gs {
		xs[g.StartIndexInBytes] = g.X
	}
	return xs
}

// An Arabic sentence with a Latin name and digits: the Arabic reads from the right, and
// the name and the number stay whole, left to right, each between the words around it.
func TestArabicWithALatinNameAndDigitsKeepsEachRunInPlace(t *testing.T) {
	f, err := NewFonts("ar", true)
	if err != nil {
		t.Fatal(err)
	}
	face := f.Face(32, false)
	// "Sango has 12 badges": Arabic, then Sango, then Arabic, then 12, then Arabic.
	s := "مع Sango الآن 12 شارة"
	xs := glyphX(t, s, face)
	at := func(sub string) float64 {
		i := strings.Index(s, sub)
		x, ok := xs[i]
		if !ok {
			t.Fatalf("no glyph starts at %q (byte %d); glyphs at %v", sub, i, xs)
		}
		return x
	}
	first, sango, o, middle, one, two, last := at("مع"), at("Sango"), at("o "), at("الآن"), at("12"), at("2 "), at("شارة")
	if !(first > sango && sango > middle && middle > one && one > last) {
		t.Errorf("runs out of order, right to left: مع %.0f, Sango %.0f, الآن %.0f, 12 %.0f, شارة %.0f", first, sango, middle, one, last)
	}
	if !(sango < o) {
		t.Errorf("Sango must read left to right: S at %.0f, o at %.0f", sango, o)
	}
	if !(one < two) {
		t.Errorf("12 must read left to right: 1 at %.0f, 2 at %.0f", one, two)
	}
	if w := Width(s, face); w <= 0 {
		t.Errorf("width %v", w)
	}
}

func TestEveryLanguageLoadsItsFaces(t *testing.T) {
	samples := map[string]string{"ar": "مرحبا", "zh": "你好", "ru": "Привет", "fr": "Ça va", "es": "¿Qué tal?", "en": "Hello"}
	for lang, s := range samples {
		f, err := NewFonts(lang, lang == "ar")
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		for _, bold := range []bool{false, true} {
			// Coverage of every character is checked against the font files themselves
			// (assets/fonts); here the faces must load and measure.
			if w := Width(s, f.Face(24, bold)); w < 24 {
				t.Errorf("%s bold=%v: %q is only %.1f px wide", lang, bold, s, w)
			}
		}
	}
}
