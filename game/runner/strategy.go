package runner

import (
	"fmt"

	"sango/game/mech"
)

// Strategy decides which option to pick at a choice, for autoplay and tests.
type Strategy int

const (
	// PlaySafe always takes the first safe option.
	PlaySafe Strategy = iota
	// PlayUnsafe takes an unsafe option not yet tried, and the safe one only when every
	// unsafe option has been tried, so the level's guidance back to safety is exercised.
	PlayUnsafe
)

// Pick returns the option the strategy takes now, or -1 outside a choice.
func (r *Runner) Pick(s Strategy) int {
	v := r.View()
	if v.Phase != Choice {
		return -1
	}
	safe := -1
	for i := range v.Options {
		if r.OptionSafe(i) {
			if safe < 0 {
				safe = i
			}
			continue
		}
		if s == PlayUnsafe && !v.Tried[i] {
			return i
		}
	}
	return safe
}

// NextMove returns the activity move the strategy makes now, or "" outside an activity
// or once it is done.
func (r *Runner) NextMove(s Strategy) string {
	if r.phase != Activity || r.activity.Done() {
		return ""
	}
	if s == PlayUnsafe {
		return r.activity.Next(mech.Unsafe)
	}
	return r.activity.Next(mech.Safe)
}

// PlayThrough plays the level to its end with a strategy and returns the result.
func (r *Runner) PlayThrough(s Strategy) (Result, error) {
	for !r.Done() {
		var err error
		switch {
		case r.phase == Choice:
			err = r.Choose(r.Pick(s))
		case r.phase == Activity && !r.activity.Done():
			move := r.NextMove(s)
			if move == "" {
				return r.Result(), fmt.Errorf("runner: level %s step %s: the activity is not done but offers no move", r.l.ID, r.l.Steps[r.step].ID)
			}
			_, err = r.Act(move)
		default:
			err = r.Continue()
		}
		if err != nil {
			return r.Result(), err
		}
	}
	return r.Result(), nil
}
