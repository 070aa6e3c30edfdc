package app

import (
	"time"

	"github.com/hajimehoshi/ebiten/v2"
)

// animation runs Sango's talking mouth on the wall clock. It wakes the frame loop only
// when the picture changes, about seven times a second, instead of running the loop at 60
// frames per second: on a cheap laptop with software rendering that is the difference
// between a few percent of a core and half of one.
type animation struct {
	begin, end time.Time
	phase      int       // the phase last shown
	wakeAt     time.Time // when the next wake-up is already booked
}

const (
	// animStep is how long the mouth stays open or closed.
	animStep = 130 * time.Millisecond
	// animLength is how long Sango talks after a new line appears.
	animLength = 1500 * time.Millisecond
	// framesPerStep converts phases to the pose drawing's frame counter (8 frames a step).
	framesPerStep = 8
)

func (a *animation) start(now time.Time) {
	a.begin, a.end = now, now.Add(animLength)
	a.wakeAt = time.Time{}
	a.phase = -1 // so the first step reports a change
}

// phaseAt is the animation phase at a moment; after the end it rests on a closed mouth.
func (a *animation) phaseAt(now time.Time) int {
	if a.begin.IsZero() || !now.Before(a.end) {
		return 1
	}
	return int(now.Sub(a.begin) / animStep)
}

// step reports whether the picture changed since it was last shown, and books a frame
// for the next change while the animation runs.
func (a *animation) step(now time.Time) bool {
	p := a.phaseAt(now)
	changed := p != a.phase
	a.phase = p
	if now.Before(a.end) && !now.Before(a.wakeAt) {
		next := a.begin.Add(time.Duration(p+1) * animStep)
		if next.After(a.end) {
			next = a.end
		}
		a.wakeAt = next
		time.AfterFunc(next.Sub(now), ebiten.ScheduleFrame)
	}
	return changed
}

// frame is the counter the pose drawing takes.
func (a *animation) frame() int { return a.phase * framesPerStep }
