package app

import (
	"fmt"
	"slices"
	"testing"

	"sango/game/content"
	"sango/game/mech"
	"sango/game/mech/registry"
	"sango/game/mech/settings"
	"sango/game/ui/theme"
	"sango/game/ui/widget"
	"sango/levels"
	"sango/locales"
)

var settingsLevels = []string{"9to12-contact-new-game-profile", "13to18-conduct-posting-photo"}

// atSettings opens a level at w by h and plays up to its settings step.
func atSettings(t *testing.T, set *content.Set, lang, id string, w, h float64) (*Game, *playScene, *settings.Activity) {
	t.Helper()
	g, s := openAtStep(t, set, lang, id, "", w, h)
	a, ok := s.run.View().Activity.(*settings.Activity)
	if !ok {
		t.Fatalf("%s: the first activity is %T", id, s.run.View().Activity)
	}
	return g, s, a
}

// mechButtons are the buttons the view laid out: all but the top bar's and Continue.
func mechButtons(g *Game) []*widget.Button {
	var out []*widget.Button
	for _, b := range g.buttons.Buttons {
		if b.ID != "back" && b.ID != "help" && b.ID != "continue" {
			out = append(out, b)
		}
	}
	return out
}

// checkSettingsScreen checks what a child can touch on the settings screen now: one
// button per move, in the activity's order, inside the mechanic's area, not overlapping,
// and large enough to hit.
func checkSettingsScreen(t *testing.T, g *Game, s *playScene, a *settings.Activity, where string, full bool) {
	t.Helper()
	bs := mechButtons(g)
	var ids []string
	for _, b := range bs {
		ids = append(ids, b.ID)
	}
	if !slices.Equal(ids, a.Moves()) {
		t.Errorf("%s: buttons %v, want the moves %v", where, ids, a.Moves())
	}
	area := s.mechArea
	if g.rtl {
		area = area.Mirror(float64(g.w))
	}
	for k, b := range bs {
		r := b.Rect
		if r.X < area.X-0.5 || r.Y < area.Y-0.5 || r.Right() > area.Right()+0.5 || r.Bottom() > area.Bottom()+0.5 {
			t.Errorf("%s: %s at %+v leaves the area %+v", where, b.ID, r, area)
		}
		if r.H < theme.MinTarget || r.W < theme.MinTarget {
			t.Errorf("%s: %s is only %.0f by %.0f px", where, b.ID, r.W, r.H)
		}
		if full && r.H < g.m.Button-0.5 {
			t.Errorf("%s: %s is %.0f px tall, under the button height %.0f", where, b.ID, r.H, g.m.Button)
		}
		for _, o := range bs[k+1:] {
			if r.X < o.Rect.Right()-0.5 && o.Rect.X < r.Right()-0.5 && r.Y < o.Rect.Bottom()-0.5 && o.Rect.Y < r.Bottom()-0.5 {
				t.Errorf("%s: %s %+v overlaps %s %+v", where, b.ID, r, o.ID, o.Rect)
			}
		}
	}
}

func TestSettingsViewFitsPhonesAndProjectors(t *testing.T) {
	set := content.Load(levels.FS(), "levels", locales.FS(), "locales")
	for _, id := range settingsLevels {
		for _, size := range [][2]float64{{1280, 720}, {390, 844}, {1920, 1080}, {412, 915}, {768, 1024}, {360, 640}} {
			g, s, a := atSettings(t, set, "en", id, size[0], size[1])
			// On the common screens every row is a full-size button before Done.
			full := size != [2]float64{360, 640}
			visit := func(state string, full bool) {
				for p := 0; p < a.Pages(); p++ {
					for a.Page() != p {
						move := settings.PageMove(a.Page() + 1)
						if a.Page() > p {
							move = settings.PageMove(a.Page() - 1)
						}
						s.activate(g, move)
						g.layoutNow()
					}
					checkSettingsScreen(t, g, s, a, fmt.Sprintf("%s %s page %d at %s", id, state, p+1, sizeName(size)), full)
				}
			}
			visit("before Done", full)
			// Make every mistake, press Done, and look again with Sango's hint showing.
			for !a.Finished() {
				s.activate(g, registry.Next(a, mech.Unsafe))
				g.layoutNow()
			}
			if a.Hinted() < 0 {
				t.Fatalf("%s: no setting hinted after a Done with mistakes", id)
			}
			page := a.OnPage(a.Page())
			if !slices.Contains(page, a.Hinted()) {
				t.Errorf("%s at %s: hinted setting %d is not on the page showing %v", id, sizeName(size), a.Hinted(), page)
			}
			visit("after Done", false)
			for !a.Done() {
				s.activate(g, registry.Next(a, mech.Safe))
				g.layoutNow()
			}
			checkSettingsScreen(t, g, s, a, id+" done at "+sizeName(size), false)
			if g.buttons.Find("continue") == nil {
				t.Errorf("%s at %s: no Continue once the step is done", id, sizeName(size))
			}
		}
	}
}

func sizeName(size [2]float64) string { return fmt.Sprintf("%gx%g", size[0], size[1]) }

// TestSettingsViewMirrorsForRightToLeft: the same strings marked rtl give the mirror
// image of the left-to-right layout.
func TestSettingsViewMirrorsForRightToLeft(t *testing.T) {
	set := rightToLeftContent(t)
	for _, id := range settingsLevels {
		for _, size := range [][2]float64{{1280, 720}, {390, 844}} {
			ltr, _, _ := atSettings(t, set, "en", id, size[0], size[1])
			rtl, s, a := atSettings(t, set, "xx", id, size[0], size[1])
			lb, rb := mechButtons(ltr), mechButtons(rtl)
			if len(lb) != len(rb) || len(lb) < 3 {
				t.Fatalf("%s %v: %d buttons left to right, %d right to left", id, size, len(lb), len(rb))
			}
			for k, b := range lb {
				if want := b.Rect.Mirror(size[0]); rb[k].ID != b.ID || !closeRect(rb[k].Rect, want) {
					t.Errorf("%s %v: %s at %+v in rtl, want %+v", id, size, rb[k].ID, rb[k].Rect, want)
				}
			}
			checkSettingsScreen(t, rtl, s, a, id+" rtl", false)
		}
	}
}
