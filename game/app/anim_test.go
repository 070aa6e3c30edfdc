package app

import (
	"testing"
	"time"
)

func TestAnimationPhasesFollowTheClockAndRest(t *testing.T) {
	var a animation
	t0 := time.Unix(1000, 0)
	if a.phaseAt(t0) != 1 {
		t.Fatal("before any start the mouth rests closed")
	}
	a.start(t0)
	if !a.step(t0) || a.frame() != 0 {
		t.Fatalf("the first step shows phase 0, frame %d", a.frame())
	}
	if a.step(t0.Add(animStep / 2)) {
		t.Fatal("nothing changes within a step")
	}
	if !a.step(t0.Add(animStep)) || a.frame() != framesPerStep {
		t.Fatalf("after one step the phase moves on: frame %d", a.frame())
	}
	a.step(t0.Add(animLength + time.Second))
	if a.phase != 1 {
		t.Fatalf("after the end it rests on a closed mouth, phase %d", a.phase)
	}
	if a.step(t0.Add(animLength + 2*time.Second)) {
		t.Fatal("a finished animation never changes again: a still screen stays still")
	}
}
