package app

import (
	"fmt"
	"slices"
	"testing"

	"sango/game/content"
	"sango/game/mech/offer"
	"sango/game/runner"
	"sango/game/ui/geom"
	"sango/game/ui/theme"
	"sango/levels"
	"sango/locales"
)

// TestOfferViewFitsEveryScreen plays the offer levels move by move, unsafely so that
// every reaction shows, and at each move lays the screen out at phone, laptop and
// projector sizes: one button per move with the move's id, every button a touch target
// inside the activity's area, no two overlapping, and the card clear of the actions.
func TestOfferViewFitsEveryScreen(t *testing.T) {
	set := content.Load(levels.FS(), "levels", locales.FS(), "locales")
	if len(set.Problems) > 0 {
		t.Fatalf("content: %v", set.Problems)
	}
	sizes := [][2]float64{{390, 844}, {360, 640}, {1280, 720}, {1920, 1080}, {768, 1024}}
	for _, id := range []string{"under9-contract-sparkly-gems", "13to18-contract-free-trial"} {
		for _, size := range sizes {
			g, err := New(Config{Content: set, Lang: "en", LevelID: id})
			if err != nil {
				t.Fatal(err)
			}
			g.LayoutF(size[0], size[1])
			g.layoutNow()
			s, ok := g.scene.(*playScene)
			if !ok {
				t.Fatalf("%s: opened the %s scene", id, g.scene.name())
			}
			offers := 0
			for !s.run.Done() {
				v := s.run.View()
				switch {
				case v.Phase == runner.Choice:
					err = s.run.Choose(runner.PickOption(s.run, runner.PlayUnsafe))
				case v.Phase == runner.Activity && !v.Activity.Done():
					checkOfferScreen(t, g, s, id, size)
					_, err = s.run.Act(runner.NextMove(s.run, runner.PlayUnsafe))
				default:
					if v.Phase == runner.Activity {
						checkOfferScreen(t, g, s, id, size) // the finished card
						offers++
					}
					err = s.run.Continue()
				}
				if err != nil {
					t.Fatalf("%s: %v", id, err)
				}
				g.relayout = true
				g.layoutNow()
			}
			if offers != 2 {
				t.Errorf("%s at %v: played %d offers, want 2", id, size, offers)
			}
		}
	}
}

func checkOfferScreen(t *testing.T, g *Game, s *playScene, id string, size [2]float64) {
	t.Helper()
	v := s.run.View()
	a, ok := v.Activity.(*offer.Activity)
	if !ok || v.Kind != offer.Kind {
		t.Fatalf("%s: activity %T of kind %q", id, v.Activity, v.Kind)
	}
	where := func() string {
		return fmt.Sprintf("%s %s at %vx%v after %q", id, v.StepID, size[0], size[1], v.Reaction.Text)
	}
	moves := a.Moves()
	var ids []string
	var rects []geom.Rect
	area := s.mechArea
	// Until the step is over the view may borrow the row kept free for Continue; the
	// whole screen must stay on screen either way.
	room := area
	if !a.Done() {
		room.H += g.m.Button + g.m.Pad
	}
	room.H = min(room.H, size[1]-room.Y)
	for _, b := range g.buttons.Buttons {
		if b.ID == "continue" || b.ID == "help" || b.ID == "back" {
			continue
		}
		ids = append(ids, b.ID)
		rects = append(rects, b.Rect)
		if !slices.Contains(moves, b.ID) {
			t.Errorf("%s: button %q is not a move (%v)", where(), b.ID, moves)
		}
		if b.Rect.H < g.m.Button-0.5 || b.Rect.H < theme.MinTarget {
			t.Errorf("%s: %s is only %.0f px tall (button height %.0f)", where(), b.ID, b.Rect.H, g.m.Button)
		}
		if !offerInside(b.Rect, room) {
			t.Errorf("%s: %s at %+v leaves the room %+v", where(), b.ID, b.Rect, room)
		}
	}
	for _, m := range moves {
		if n := len(slices.DeleteFunc(slices.Clone(ids), func(x string) bool { return x != m })); n != 1 {
			t.Errorf("%s: move %q has %d buttons", where(), m, n)
		}
	}
	for i := range rects {
		for j := i + 1; j < len(rects); j++ {
			if offerOverlap(rects[i], rects[j]) {
				t.Errorf("%s: %s and %s overlap", where(), ids[i], ids[j])
			}
		}
	}
	ov := s.view.(*offerView)
	o := ov.geometry(g, area)
	for i, r := range o.actions {
		if r.H > 0 && offerOverlap(r, o.card) {
			t.Errorf("%s: action %d at %+v overlaps the card %+v", where(), i, r, o.card)
		}
		if r.H > 0 && !offerInside(r, room) {
			t.Errorf("%s: action %d at %+v leaves the room %+v", where(), i, r, room)
		}
	}
	if !offerInside(o.card, room) {
		t.Errorf("%s: the card %+v leaves the room %+v", where(), o.card, room)
	}
	if c := g.buttons.Find("continue"); c != nil && offerOverlap(c.Rect, o.card) {
		t.Errorf("%s: the card %+v is under Continue %+v", where(), o.card, c.Rect)
	}
	if a.Done() != (len(moves) == 0) {
		t.Errorf("%s: done %v with moves %v", where(), a.Done(), moves)
	}
}

func offerOverlap(a, b geom.Rect) bool {
	return a.X < b.Right()-0.5 && b.X < a.Right()-0.5 && a.Y < b.Bottom()-0.5 && b.Y < a.Bottom()-0.5
}

func offerInside(r, room geom.Rect) bool {
	return r.X >= room.X-0.5 && r.Y >= room.Y-0.5 && r.Right() <= room.Right()+0.5 && r.Bottom() <= room.Bottom()+0.5
}

// TestOfferViewMirrorsRightToLeft: in a right-to-left language every button of the offer
// card is the mirror image of its left-to-right place.
func TestOfferViewMirrorsRightToLeft(t *testing.T) {
	set := rightToLeftContent(t)
	open := func(lang, id, step string, size [2]float64) *Game {
		g, err := New(Config{Content: set, Lang: lang, LevelID: id})
		if err != nil {
			t.Fatal(err)
		}
		g.LayoutF(size[0], size[1])
		g.layoutNow()
		s := g.scene.(*playScene)
		for s.run.View().StepID != step {
			if err := s.run.Continue(); err != nil {
				t.Fatal(err)
			}
		}
		// One revealed tile and one reaction, so every kind of thing is on screen.
		if _, err := s.run.Act("look:1"); err != nil {
			t.Fatal(err)
		}
		g.relayout = true
		g.layoutNow()
		return g
	}
	for _, c := range [][2]string{{"under9-contract-sparkly-gems", "gems"}, {"13to18-contract-free-trial", "trial"}} {
		for _, size := range [][2]float64{{1280, 720}, {390, 844}} {
			ltr, rtl := open("en", c[0], c[1], size), open("xx", c[0], c[1], size)
			if len(ltr.buttons.Buttons) != len(rtl.buttons.Buttons) || len(ltr.buttons.Buttons) < 4 {
				t.Fatalf("%s %v: button counts %d and %d", c[0], size, len(ltr.buttons.Buttons), len(rtl.buttons.Buttons))
			}
			for i, b := range ltr.buttons.Buttons {
				r := rtl.buttons.Buttons[i]
				if want := b.Rect.Mirror(size[0]); b.ID != r.ID || !closeRect(r.Rect, want) {
					t.Errorf("%s %v: %s at %+v in rtl, want the mirror %+v", c[0], size, r.ID, r.Rect, want)
				}
			}
		}
	}
}
