package input

import "testing"

func TestScript(t *testing.T) {
	var s Script
	s.Push(Tap(10, 20, Touch)...)
	s.Push(Key(Activate)...)
	if s.Pending() != 5 {
		t.Fatalf("pending %d", s.Pending())
	}
	f := s.Poll()
	if len(f.Pointers) != 1 || f.Pointers[0].Kind != Press || f.Pointers[0].X != 10 || f.Pointers[0].Device != Touch {
		t.Fatalf("first frame %+v", f)
	}
	if !s.Poll().Empty() {
		t.Fatal("the press must be held for a tick")
	}
	if f := s.Poll(); f.Pointers[0].Kind != Release {
		t.Fatalf("third frame %+v", f)
	}
	if f := s.Poll(); len(f.Actions) != 1 || f.Actions[0] != Activate {
		t.Fatalf("key frame %+v", f)
	}
	s.Poll()
	if !s.Poll().Empty() || s.Pending() != 0 {
		t.Fatal("an exhausted script yields empty frames")
	}
}

func TestParseAction(t *testing.T) {
	for a := Next; a <= Back; a++ {
		if got, ok := ParseAction(a.String()); !ok || got != a {
			t.Fatalf("%v round trip gave %v", a, got)
		}
	}
	if _, ok := ParseAction("jump"); ok {
		t.Fatal("unknown action parsed")
	}
}
