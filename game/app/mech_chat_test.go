package app

import (
	"fmt"
	"testing"

	"sango/game/content"
	"sango/game/level"
	"sango/game/mech/chat"
	"sango/game/runner"
	"sango/game/ui/geom"
	"sango/game/ui/textdraw"
	"sango/game/ui/theme"
	"sango/levels"
	"sango/locales"
)

// TestChatLevelsFitEveryScreen plays every level with a chat step, safely and unsafely,
// at phone, laptop and projector sizes, and checks the chat's screen after every move:
// each move has a button inside the activity's area, buttons do not overlap, each is a
// comfortable touch target, each reply's words fit its button, and the newest message is
// in view.
func TestChatLevelsFitEveryScreen(t *testing.T) {
	set := content.Load(levels.FS(), "levels", locales.FS(), "locales")
	if len(set.Problems) > 0 {
		t.Fatalf("content: %v", set.Problems)
	}
	var ids []string
	for _, l := range set.Levels {
		for _, st := range l.Steps {
			if st.Kind == level.StepKind(chat.Kind) {
				ids = append(ids, l.ID)
				break
			}
		}
	}
	if len(ids) < 3 {
		t.Fatalf("only %d levels with a chat: %v", len(ids), ids)
	}
	for _, id := range ids {
		for _, size := range [][2]float64{{390, 844}, {412, 915}, {1280, 720}, {1920, 1080}, {768, 1024}} {
			for _, strat := range []runner.Strategy{runner.PlaySafe, runner.PlayUnsafe} {
				name := fmt.Sprintf("%s/%vx%v/%d", id, size[0], size[1], strat)
				t.Run(name, func(t *testing.T) {
					g, err := New(Config{Content: set, Lang: "en", LevelID: id})
					if err != nil {
						t.Fatal(err)
					}
					g.LayoutF(size[0], size[1])
					g.layoutNow()
					ps, ok := g.scene.(*playScene)
					if !ok {
						t.Fatalf("scene %s, want play", g.SceneName())
					}
					chats := 0
					for step := 0; !ps.run.Done(); step++ {
						if step > 500 {
							t.Fatal("the level did not end")
						}
						v := ps.run.View()
						var err error
						switch {
						case v.Phase == runner.Activity && v.Kind == chat.Kind && !v.Activity.Done():
							chats++
							checkChatScreen(t, g, ps, v.Activity.(*chat.Activity))
							_, err = ps.run.Act(runner.NextMove(ps.run, strat))
						case v.Phase == runner.Choice:
							err = ps.run.Choose(runner.PickOption(ps.run, strat))
						default:
							if v.Phase == runner.Activity && v.Kind == chat.Kind {
								checkChatScreen(t, g, ps, v.Activity.(*chat.Activity))
							}
							err = ps.run.Continue()
						}
						if err != nil {
							t.Fatal(err)
						}
						g.layoutNow()
					}
					if chats == 0 {
						t.Fatal("no chat was shown")
					}
				})
			}
		}
	}
}

func checkChatScreen(t *testing.T, g *Game, ps *playScene, a *chat.Activity) {
	t.Helper()
	area := g.place(ps.mechArea)
	where := fmt.Sprintf("step %s after %d history lines", ps.run.View().StepID, len(a.History()))
	var rects []geom.Rect
	var ids []string
	for _, move := range a.Moves() {
		b := g.buttons.Find(move)
		if b == nil {
			t.Fatalf("%s: no button for move %q", where, move)
		}
		r := b.Rect
		if r.X < area.X-0.5 || r.Y < area.Y-0.5 || r.Right() > area.Right()+0.5 || r.Bottom() > area.Bottom()+0.5 {
			t.Errorf("%s: %s at %+v leaves the area %+v", where, move, r, area)
		}
		if r.H < theme.MinTarget {
			t.Errorf("%s: %s is only %.0f px tall", where, move, r.H)
		}
		rects, ids = append(rects, r), append(ids, move)
	}
	for i := range rects {
		for j := i + 1; j < len(rects); j++ {
			a, b := rects[i], rects[j]
			if a.X < b.Right()-0.5 && b.X < a.Right()-0.5 && a.Y < b.Bottom()-0.5 && b.Y < a.Bottom()-0.5 {
				t.Errorf("%s: %s %+v overlaps %s %+v", where, ids[i], a, ids[j], b)
			}
		}
	}
	v, ok := ps.view.(*chatView)
	if !ok {
		t.Fatalf("the chat is shown by %T", ps.view)
	}
	bx := v.boxes(g, ps.mechArea)
	for i, r := range a.Replies() {
		box := bx.replies[i]
		face := g.fonts.Face(bx.replySize, false)
		if h := textdraw.Height(g.T(r.Text), face, replyTextWidth(g, r, box.W)); h > box.H-2*g.m.Unit {
			t.Errorf("%s: reply %q needs %.0f px but has %.0f", where, g.T(r.Text), h, box.H)
		}
	}
	if need := v.newestHeight(g, bx.history.W, bx.header.H == 0) + g.m.Pad; !a.Done() && need > bx.history.H+0.5 {
		t.Errorf("%s: the newest message needs %.0f px but the chat has %.0f", where, need, bx.history.H)
	}
}

// TestChatMirrorsForRightToLeft checks that a right-to-left language gets the mirror
// image of the chat's buttons.
func TestChatMirrorsForRightToLeft(t *testing.T) {
	set := rightToLeftContent(t)
	// reach plays safely up to the first chat and makes one move in it.
	reach := func(lang string, w, h float64) *Game {
		g, err := New(Config{Content: set, Lang: lang, LevelID: "9to12-conduct-group-chat-upstander"})
		if err != nil {
			t.Fatal(err)
		}
		g.LayoutF(w, h)
		g.layoutNow()
		ps := g.scene.(*playScene)
		for ps.run.View().Phase != runner.Activity {
			if err := ps.run.Continue(); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := ps.run.Act(runner.NextMove(ps.run, runner.PlaySafe)); err != nil {
			t.Fatal(err)
		}
		g.layoutNow()
		return g
	}
	for _, size := range [][2]float64{{1280, 720}, {390, 844}} {
		ltr, rtl := reach("en", size[0], size[1]), reach("xx", size[0], size[1])
		if len(ltr.buttons.Buttons) != len(rtl.buttons.Buttons) || ltr.buttons.Find("report") == nil {
			t.Fatalf("%v: buttons differ: %d vs %d", size, len(ltr.buttons.Buttons), len(rtl.buttons.Buttons))
		}
		for i, b := range ltr.buttons.Buttons {
			r := rtl.buttons.Buttons[i]
			if want := b.Rect.Mirror(size[0]); b.ID != r.ID || !closeRect(r.Rect, want) {
				t.Errorf("%v: %s at %+v in rtl, want the mirror %+v", size, r.ID, r.Rect, want)
			}
		}
	}
}
