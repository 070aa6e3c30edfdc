package geom

import "testing"

func TestRect(t *testing.T) {
	r := Rect{10, 20, 100, 50}
	if !r.Contains(10, 20) || r.Contains(110, 20) || r.Contains(50, 70) {
		t.Fatal("contains")
	}
	if m := r.Mirror(400); m != (Rect{290, 20, 100, 50}) {
		t.Fatalf("mirror %v", m)
	}
	if m := r.Mirror(400).Mirror(400); m != r {
		t.Fatal("mirroring twice must give the original")
	}
	top, rest := r.SplitTop(20)
	if top != (Rect{10, 20, 100, 20}) || rest != (Rect{10, 40, 100, 30}) {
		t.Fatalf("split %v %v", top, rest)
	}
	if in := r.Inset(60); in.W != 0 || in.H != 0 {
		t.Fatalf("inset must not go negative: %v", in)
	}
}
