package app

import (
	"fmt"
	"strings"
	"testing"

	"sango/game/content"
	"sango/game/mech"
	"sango/game/mech/registry"
	"sango/game/mech/sorter"
	"sango/game/ui/geom"
	"sango/game/ui/theme"
	"sango/levels"
	"sango/locales"
)

// sortSteps are the sort steps of the shipped levels: level id and step id.
var sortSteps = [][2]string{
	{"under9-content-uh-oh-cloud", "sort"},
	{"9to12-contract-private-or-share", "sort"},
	{"9to12-contract-private-or-share", "sort-more"},
	{"13to18-content-check-the-claim", "sort"},
}

// playToSort opens a level at w by h and plays safe up to the given sort step.
func playToSort(t *testing.T, set *content.Set, id, step string, w, h float64) (*Game, *playScene) {
	t.Helper()
	return playToSortIn(t, set, "en", id, step, w, h)
}

func playToSortIn(t *testing.T, set *content.Set, lang, id, step string, w, h float64) (*Game, *playScene) {
	t.Helper()
	return openAtStep(t, set, lang, id, step, w, h)
}

// TestSortViewFitsEveryScreen lays each sort step out on phones, a tablet, a laptop and a
// projector, with every reaction the step can give showing, and checks that every card
// and bin is a button on screen, clear of the others, of the words above and of the
// Continue button; that it is of touch size and its words fit without being cut; and that
// nothing moves while reactions come and go. A very small phone (360 by 640) has too
// little room under the host's prompt and reaction for that: there only the first checks
// hold, and the rest is logged.
func TestSortViewFitsEveryScreen(t *testing.T) {
	set := content.Load(levels.FS(), "levels", locales.FS(), "locales")
	for _, c := range sortSteps {
		id := c[0] + "/" + c[1]
		for _, size := range [][2]float64{{390, 844}, {360, 640}, {412, 915}, {768, 1024}, {1280, 720}, {1920, 1080}} {
			g, s := playToSort(t, set, c[0], c[1], size[0], size[1])
			a := s.Runner().View().Activity.(*sorter.Activity)
			spec := a.Spec()
			tiny := size[0] < 390
			seen := map[string]bool{}
			when := ""
			report := func(soft bool, format string, args ...any) {
				t.Helper()
				msg := fmt.Sprintf(format, args...)
				// The same fault after every move is reported once.
				key := strings.Replace(msg, " "+when+":", ":", 1)
				if seen[key] {
					return
				}
				seen[key] = true
				if soft && tiny {
					t.Log(msg)
				} else {
					t.Error(msg)
				}
			}
			errorf := func(format string, args ...any) { t.Helper(); report(false, format, args...) }
			softf := func(format string, args ...any) { t.Helper(); report(true, format, args...) }
			check := func(now string) {
				t.Helper()
				when = now
				v := s.Runner().View()
				_, panel := s.regions(g)
				prompt, _, _, _ := s.activityRegions(g, v, panel.Inset(g.m.Pad*1.5))
				textBottom := prompt.Bottom()
				var boxes []geom.Rect
				for _, move := range a.Moves() {
					b := g.buttons.Find(move)
					if b == nil {
						t.Fatalf("%s %v %s: no button for move %s", id, size, when, move)
					}
					r := b.Rect
					if r.X < 0 || r.Right() > size[0]+0.5 || r.Bottom() > size[1]+0.5 {
						errorf("%s %v %s: %s at %+v leaves the screen", id, size, when, b.ID, r)
					}
					if r.H < theme.MinTarget || r.W < theme.MinTarget {
						softf("%s %v %s: %s is only %.0f by %.0f px", id, size, when, b.ID, r.W, r.H)
					}
					if r.Y < textBottom-0.5 {
						errorf("%s %v %s: %s at y %.0f runs into the words above (they end at %.0f)", id, size, when, b.ID, r.Y, textBottom)
					}
					for _, o := range boxes {
						if r.X < o.Right()-0.5 && o.X < r.Right()-0.5 && r.Y < o.Bottom()-0.5 && o.Y < r.Bottom()-0.5 {
							errorf("%s %v %s: %s at %+v overlaps %+v", id, size, when, b.ID, r, o)
						}
					}
					boxes = append(boxes, r)
				}
				if cont := g.buttons.Find("continue"); cont != nil {
					for _, o := range boxes {
						if o.Bottom() > cont.Rect.Y {
							errorf("%s %v %s: the step runs into the Continue button", id, size, when)
						}
					}
				}
				geo := s.view.(*sortView).geometry(g, s.mechArea)
				for i, it := range spec.Items {
					if fit, _ := s.view.(*sortView).cardFit(g, it, geo.items[i].W, geo.items[i].H, geo.card); fit == 0 {
						softf("%s %v %s: card %d (%q) is cut short", id, size, when, i, g.T(it.Text))
					}
				}
				if !geo.good {
					softf("%s %v %s: the cards are not all touchable and readable", id, size, when)
				}
			}
			check("at the start")
			// Pick up each card and put it in a wrong bin, so that every reaction the step
			// gives is shown: the cards and bins must stay where they are unless a reaction
			// is taller than the room kept for it.
			first := map[string]geom.Rect{}
			for _, b := range g.buttons.Buttons {
				first[b.ID] = b.Rect
			}
			sv := s.view.(*sortView)
			steady := sv.geometry(g, s.mechArea).steady
			moved := 0
			for i := range spec.Items {
				for _, m := range []string{sorter.ItemMove(i), sorter.BinMove((spec.Items[i].Bin + 1) % len(spec.Bins))} {
					g.activate(m)
					g.layoutNow()
					check("after " + m)
					still := steady && sv.geometry(g, s.mechArea).steady
					if !still {
						moved++
					}
					for _, b := range g.buttons.Buttons {
						if want, ok := first[b.ID]; ok && still && b.ID != "continue" && !closeRect(b.Rect, want) {
							t.Errorf("%s %v after %s: %s moved from %+v to %+v", id, size, m, b.ID, want, b.Rect)
						}
					}
				}
			}
			if moved > 0 {
				softf("%s %v: the step moved %d times", id, size, moved)
			}
			// Sort everything, the right way now.
			for !a.Done() {
				g.activate(registry.Next(a, mech.Safe))
				g.layoutNow()
			}
			if g.buttons.Find("continue") == nil {
				t.Errorf("%s %v: no Continue once every card is sorted", id, size)
			}
		}
	}
}

// TestSortViewMirrorsForRightToLeft checks that a right-to-left language gets the mirror
// image of the sort step: cards and bins at mirrored places, before and after a move.
func TestSortViewMirrorsForRightToLeft(t *testing.T) {
	set := rightToLeftContent(t)
	for _, c := range sortSteps {
		for _, size := range [][2]float64{{1280, 720}, {390, 844}} {
			ltr, _ := playToSortIn(t, set, "en", c[0], c[1], size[0], size[1])
			rtl, _ := playToSortIn(t, set, "xx", c[0], c[1], size[0], size[1])
			for _, move := range []string{"", "item:1", "bin:0"} {
				if move != "" {
					ltr.activate(move)
					ltr.layoutNow()
					rtl.activate(move)
					rtl.layoutNow()
				}
				if len(ltr.buttons.Buttons) != len(rtl.buttons.Buttons) {
					t.Fatalf("%v %v after %q: %d buttons left to right, %d right to left", c, size, move, len(ltr.buttons.Buttons), len(rtl.buttons.Buttons))
				}
				for i, b := range ltr.buttons.Buttons {
					r := rtl.buttons.Buttons[i]
					if want := b.Rect.Mirror(size[0]); b.ID != r.ID || !closeRect(r.Rect, want) {
						t.Errorf("%v %v after %q: %s at %+v right to left, want %+v", c, size, move, r.ID, r.Rect, want)
					}
				}
			}
		}
	}
}
