package widget

import (
	"testing"

	"sango/game/ui/geom"
	"sango/game/ui/input"
)

func buttons() []*Button {
	return []*Button{
		{ID: "a", Rect: geom.Rect{X: 0, Y: 0, W: 100, H: 50}},
		{ID: "b", Rect: geom.Rect{X: 0, Y: 60, W: 100, H: 50}, Disabled: true},
		{ID: "c", Rect: geom.Rect{X: 0, Y: 120, W: 100, H: 50}},
	}
}

func TestKeyboardFocusSkipsDisabledAndWraps(t *testing.T) {
	var s Set
	s.Reset(buttons(), "", false)
	if s.Focused() != "a" {
		t.Fatalf("initial focus %q", s.Focused())
	}
	s.Handle(input.Frame{Actions: []input.Action{input.Next}})
	if s.Focused() != "c" {
		t.Fatalf("next should skip disabled b, got %q", s.Focused())
	}
	s.Handle(input.Frame{Actions: []input.Action{input.Next}})
	if s.Focused() != "a" {
		t.Fatalf("next should wrap, got %q", s.Focused())
	}
	s.Handle(input.Frame{Actions: []input.Action{input.Prev}})
	if s.Focused() != "c" {
		t.Fatalf("prev should wrap back, got %q", s.Focused())
	}
	r := s.Handle(input.Frame{Actions: []input.Action{input.Activate}})
	if r.Activated != "c" {
		t.Fatalf("activate gave %q", r.Activated)
	}
	if r := s.Handle(input.Frame{Actions: []input.Action{input.Back}}); !r.Back {
		t.Fatal("back not reported")
	}
}

func TestArrowsFollowReadingDirection(t *testing.T) {
	var s Set
	s.Reset(buttons(), "a", true)
	s.Handle(input.Frame{Actions: []input.Action{input.Left}})
	if s.Focused() != "c" {
		t.Fatalf("in RTL, left moves forward: got %q", s.Focused())
	}
}

func TestPointerActivatesOnReleaseOverSameButton(t *testing.T) {
	var s Set
	s.Reset(buttons(), "a", false)
	s.Handle(input.Frame{Pointers: []input.Pointer{{Kind: input.Press, X: 10, Y: 130}}})
	if s.Pressed() != "c" || s.Focused() != "c" {
		t.Fatalf("press: pressed %q focus %q", s.Pressed(), s.Focused())
	}
	if r := s.Handle(input.Frame{Pointers: []input.Pointer{{Kind: input.Release, X: 10, Y: 10}}}); r.Activated != "" {
		t.Fatalf("sliding off must not activate, got %q", r.Activated)
	}
	s.Handle(input.Frame{Pointers: []input.Pointer{{Kind: input.Press, X: 10, Y: 10}}})
	if r := s.Handle(input.Frame{Pointers: []input.Pointer{{Kind: input.Release, X: 20, Y: 20}}}); r.Activated != "a" {
		t.Fatalf("release on the pressed button must activate, got %q", r.Activated)
	}
	if r := s.Handle(input.Frame{Pointers: []input.Pointer{{Kind: input.Press, X: 10, Y: 70}}}); s.Pressed() != "" || r.Activated != "" {
		t.Fatal("a disabled button must not take a press")
	}
}

func TestHoverAndResetKeepFocus(t *testing.T) {
	var s Set
	s.Reset(buttons(), "a", false)
	r := s.Handle(input.Frame{Pointers: []input.Pointer{{Kind: input.Move, X: 10, Y: 130}}})
	if s.Hovered() != "c" || !r.Changed {
		t.Fatalf("hover %q changed %v", s.Hovered(), r.Changed)
	}
	if r := s.Handle(input.Frame{Pointers: []input.Pointer{{Kind: input.Move, X: 11, Y: 131}}}); r.Changed {
		t.Fatal("moving within the same button changes nothing visible")
	}
	s.Focus("c")
	s.Reset(buttons(), "a", false)
	if s.Focused() != "c" {
		t.Fatalf("relayout must keep focus, got %q", s.Focused())
	}
}

func TestFitDropsLinesWithAnEllipsis(t *testing.T) {
	if got := fit([]string{"a", "b", "c"}, 2); len(got) != 2 || got[1] != "b…" {
		t.Fatalf("got %q", got)
	}
	if got := fit([]string{"a"}, 3); len(got) != 1 || got[0] != "a" {
		t.Fatalf("got %q", got)
	}
	if got := fit([]string{"a"}, 0); got != nil {
		t.Fatalf("got %q", got)
	}
}

func TestDragCarriesADraggableButtonOntoAnother(t *testing.T) {
	for _, dev := range []input.Device{input.Mouse, input.Touch} {
		var s Set
		bs := buttons()
		bs[0].Draggable = true
		s.Reset(bs, "", false)
		var got Result
		for i, f := range input.Drag(50, 25, 50, 145, dev) {
			r := s.Handle(f)
			if r.Activated != "" {
				got = r
			}
			if i == 2 {
				if b, x, y := s.Drag(); b == nil || b.ID != "a" || x != 50 || y != 145 {
					t.Fatalf("device %d: while dragging, Drag() = %v %v %v", dev, b, x, y)
				}
			}
		}
		if got.Activated != "a" || got.DroppedOn != "c" {
			t.Fatalf("device %d: drop gave %+v, want a onto c", dev, got)
		}
		if b, _, _ := s.Drag(); b != nil {
			t.Fatal("the drag must end on release")
		}
	}
}

func TestSlidingOffAPlainButtonActivatesNothing(t *testing.T) {
	var s Set
	s.Reset(buttons(), "", false)
	for _, f := range input.Drag(50, 25, 50, 145, input.Touch) {
		if r := s.Handle(f); r.Activated != "" || r.DroppedOn != "" {
			t.Fatalf("a child sliding off a button changed their mind, but got %+v", r)
		}
	}
}
