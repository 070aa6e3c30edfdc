package app

import (
	"testing"
	"testing/fstest"

	"sango/game/content"
	"sango/game/ui/geom"
	"sango/game/ui/textdraw"
	"sango/game/ui/theme"
	"sango/levels"
	"sango/locales"
)

// newTestGame lays out a game at w by h without a window; text measuring and layout
// need no display.
func newTestGame(t *testing.T, set *content.Set, lang string, w, h float64) *Game {
	t.Helper()
	g, err := New(Config{Content: set, Lang: lang, LevelID: "9to12-contact-free-skins"})
	if err != nil {
		t.Fatal(err)
	}
	g.LayoutF(w, h)
	g.layoutNow()
	return g
}

// TestRightToLeftMirrorsEveryButton proves that a right-to-left language is a setting:
// the same English strings marked rtl give the mirror image of the left-to-right layout.
func TestRightToLeftMirrorsEveryButton(t *testing.T) {
	en, err := fsReadFile(locales.FS(), "en.toml")
	if err != nil {
		t.Fatal(err)
	}
	rtlCopy := append([]byte("direction = \"rtl\"\n"), removeLine(en, "direction")...)
	locs := fstest.MapFS{"en.toml": {Data: en}, "xx.toml": {Data: rtlCopy}}
	set := content.Load(levels.FS(), "levels", locs, "locales")
	if len(set.Problems) > 0 {
		t.Fatalf("test content: %v", set.Problems)
	}
	for _, size := range [][2]float64{{1280, 720}, {412, 915}} {
		ltr := newTestGame(t, set, "en", size[0], size[1])
		rtl := newTestGame(t, set, "xx", size[0], size[1])
		if len(ltr.buttons.Buttons) != len(rtl.buttons.Buttons) || len(ltr.buttons.Buttons) < 3 {
			t.Fatalf("%v: button counts differ: %d vs %d", size, len(ltr.buttons.Buttons), len(rtl.buttons.Buttons))
		}
		for i, b := range ltr.buttons.Buttons {
			r := rtl.buttons.Buttons[i]
			want := b.Rect.Mirror(size[0])
			if b.ID != r.ID || !closeRect(r.Rect, want) {
				t.Errorf("%v: %s at %+v in rtl, want the mirror %+v", size, r.ID, r.Rect, want)
			}
		}
		// The Get help button moves to the other corner: it must stay on screen.
		help := rtl.buttons.Find("help").Rect
		if help.X < 0 || help.Right() > size[0] || help.X > size[0]/2 {
			t.Errorf("%v: rtl Get help at %+v", size, help)
		}
	}
}

func TestLayoutFitsPortraitAndLandscape(t *testing.T) {
	set := content.Load(levels.FS(), "levels", locales.FS(), "locales")
	for _, size := range [][2]float64{{1280, 720}, {412, 915}, {768, 1024}, {1920, 1080}, {360, 640}} {
		g := newTestGame(t, set, "en", size[0], size[1])
		for _, b := range g.buttons.Buttons {
			r := b.Rect
			if r.X < 0 || r.Y < 0 || r.Right() > size[0]+0.5 || r.Bottom() > size[1]+0.5 {
				t.Errorf("%v: %s at %+v leaves the screen", size, b.ID, r)
			}
			// 48 CSS px is the smallest comfortable touch target; these sizes are CSS px.
			if r.H < theme.MinTarget {
				t.Errorf("%v: %s is only %.0f px tall", size, b.ID, r.H)
			}
		}
	}
}

func closeRect(a, b geom.Rect) bool {
	d := func(x, y float64) bool { return x-y < 0.5 && y-x < 0.5 }
	return d(a.X, b.X) && d(a.Y, b.Y) && d(a.W, b.W) && d(a.H, b.H)
}

// TestHelpTextClearsTheCloseButton guards the smallest phones: the helpline line must
// not run under the Close button.
func TestHelpTextClearsTheCloseButton(t *testing.T) {
	set := content.Load(levels.FS(), "levels", locales.FS(), "locales")
	for _, size := range [][2]float64{{1280, 720}, {412, 915}, {360, 640}, {320, 568}} {
		g := newTestGame(t, set, "en", size[0], size[1])
		g.help = true
		g.layoutNow()
		_, _, text := g.helpGeometry()
		y := text.Y + textdrawHeight(g, "ui.help_title", g.m.Heading, true, text.W) + g.m.Pad*0.5
		for _, l := range helpLines() {
			y += textdrawHeight(g, l.key, g.m.Body, l.bold, text.W) + g.m.Pad*0.5
		}
		if close := g.buttons.Find("help-close"); close == nil || y > close.Rect.Y+0.5 {
			t.Errorf("%v: help text ends at %.0f, below the Close button's top", size, y)
		}
	}
}

func textdrawHeight(g *Game, key string, size float64, bold bool, width float64) float64 {
	return textdraw.Height(g.T(key), g.fonts.Face(size, bold), width)
}
