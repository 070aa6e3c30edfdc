package app

import (
	"fmt"
	"slices"
	"testing"

	"sango/game/content"
	"sango/game/mech"
	"sango/game/mech/spot"
	"sango/game/runner"
	"sango/game/ui/geom"
	"sango/game/ui/theme"
	"sango/levels"
	"sango/locales"
)

var spotLevels = []string{"under9-conduct-kind-words", "9to12-content-sponsored-or-news"}

// spotGame opens a level and plays safe up to its spot step.
func spotGame(t *testing.T, set *content.Set, lang, id string, w, h float64) (*Game, *playScene) {
	t.Helper()
	g, s := openAtStep(t, set, lang, id, "", w, h)
	if _, ok := s.run.View().Activity.(*spot.Activity); !ok {
		t.Fatalf("%s: the activity is %T", id, s.run.View().Activity)
	}
	return g, s
}

// checkSpotScreen checks one state of the spot view: a button for every move, every part
// inside the area the host gave, no two buttons overlapping, every one big enough to tap.
func checkSpotScreen(t *testing.T, g *Game, s *playScene, what string) {
	t.Helper()
	a := s.run.View().Activity
	area := s.mechArea
	var mine []geom.Rect
	for _, move := range a.Moves() {
		b := g.buttons.Find(move)
		if b == nil {
			t.Errorf("%s: no button for move %q", what, move)
			continue
		}
		r := b.Rect
		if g.rtl {
			r = r.Mirror(float64(g.w))
		}
		if r.X < area.X-0.5 || r.Y < area.Y-0.5 || r.Right() > area.Right()+0.5 || r.Bottom() > area.Bottom()+0.5 {
			t.Errorf("%s: %s at %+v is outside the activity area %+v", what, move, r, area)
		}
		if r.H < theme.MinTarget-0.01 {
			t.Errorf("%s: %s is only %.1f px tall", what, move, r.H)
		}
		for i, o := range mine {
			if overlap(r, o) {
				t.Errorf("%s: %s overlaps %s", what, move, a.Moves()[i])
			}
		}
		mine = append(mine, r)
	}
	if c := g.buttons.Find("continue"); c != nil {
		for i, r := range mine {
			if overlap(c.Rect, r) {
				t.Errorf("%s: %s overlaps Continue", what, a.Moves()[i])
			}
		}
	}
}

func overlap(a, b geom.Rect) bool {
	return a.X < b.Right()-0.5 && b.X < a.Right()-0.5 && a.Y < b.Bottom()-0.5 && b.Y < a.Bottom()-0.5
}

// The spot screens fit from a small phone to a projector, before any tap, with Sango's
// reaction showing, and once done with missed signs shown.
func TestSpotViewFitsEveryState(t *testing.T) {
	set := content.Load(levels.FS(), "levels", locales.FS(), "locales")
	for _, id := range spotLevels {
		for _, size := range [][2]float64{{1280, 720}, {1920, 1080}, {390, 844}, {412, 915}, {768, 1024}} {
			g, s := spotGame(t, set, "en", id, size[0], size[1])
			what := fmt.Sprintf("%s %vx%v", id, size[0], size[1])
			checkSpotScreen(t, g, s, what+" start")
			if slices.Contains(s.run.View().Activity.Moves(), "done") {
				t.Errorf("%s: done is offered before any tap", what)
			}
			for !s.run.View().Activity.Done() {
				move := runner.NextMove(s.run, runner.PlayUnsafe)
				s.activate(g, move)
				g.layoutNow()
				checkSpotScreen(t, g, s, what+" after "+move)
			}
			if g.buttons.Find("continue") == nil {
				t.Errorf("%s: no Continue once done", what)
			}
		}
	}
}

// Every part is drawn as the region and state it is in: the view reads the core's parts.
func TestSpotViewButtonsFollowTheParts(t *testing.T) {
	set := content.Load(levels.FS(), "levels", locales.FS(), "locales")
	g, s := spotGame(t, set, "en", "9to12-content-sponsored-or-news", 1280, 720)
	a := s.run.View().Activity.(*spot.Activity)
	parts := a.Parts()
	var ids []string
	for _, b := range g.buttons.Buttons {
		if b.ID != "back" && b.ID != "help" {
			ids = append(ids, b.ID)
		}
	}
	// Reading order: the buttons come in the order of the parts, so Tab follows the screen.
	var want []string
	for _, p := range parts {
		want = append(want, p.Move)
	}
	if !slices.Equal(ids, want) {
		t.Fatalf("buttons %v, parts %v", ids, want)
	}
	for _, p := range parts {
		if b := g.buttons.Find(p.Move); b.Label != g.T(p.Text) || b.Paint == nil {
			t.Errorf("%s: label %q, want %q", p.Move, b.Label, g.T(p.Text))
		}
	}
	// After the first tap "done" appears, last in reading order.
	if _, err := s.run.Act(parts[0].Move); err != nil {
		t.Fatal(err)
	}
	g.layoutNow()
	last := g.buttons.Buttons[len(g.buttons.Buttons)-1]
	if last.ID != "done" || last.Label != g.T("mech_spot.done") {
		t.Fatalf("last button %q %q", last.ID, last.Label)
	}
	if re := s.run.View().Reaction; re.Tone != mech.Retry {
		t.Errorf("tapping the school paper's name (fine) should be a gentle retry, got %+v", re)
	}
}

// A right-to-left language mirrors the spot screen.
func TestSpotViewMirrorsRightToLeft(t *testing.T) {
	set := rightToLeftContent(t)
	for _, size := range [][2]float64{{1280, 720}, {390, 844}} {
		ltr, ls := spotGame(t, set, "en", spotLevels[1], size[0], size[1])
		rtl, rs := spotGame(t, set, "xx", spotLevels[1], size[0], size[1])
		for _, g := range []*Game{ltr, rtl} {
			s := ls
			if g == rtl {
				s = rs
			}
			s.activate(g, runner.NextMove(s.run, runner.PlaySafe))
			g.layoutNow()
		}
		if len(ltr.buttons.Buttons) != len(rtl.buttons.Buttons) {
			t.Fatalf("%v: %d buttons vs %d", size, len(ltr.buttons.Buttons), len(rtl.buttons.Buttons))
		}
		for i, b := range ltr.buttons.Buttons {
			r := rtl.buttons.Buttons[i]
			if b.ID != r.ID || !closeRect(r.Rect, b.Rect.Mirror(size[0])) {
				t.Errorf("%v: %s at %+v in rtl, want %+v", size, r.ID, r.Rect, b.Rect.Mirror(size[0]))
			}
		}
		checkSpotScreen(t, rtl, rs, fmt.Sprintf("rtl %v", size))
	}
}
