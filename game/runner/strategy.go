package runner

import (
	"fmt"

	"sango/game/mech"
	"sango/game/mech/registry"
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

// PickOption returns the option the strategy takes now in r, or -1 outside a choice.
//
// PickOption, NextMove and PlayThrough are functions, not methods, for the reason
// mech.Strategy gives: the web build has no autoplay and does not carry them.
func PickOption(r *Runner, s Strategy) int {
	v := r.View()
	if v.Phase != Choice {
		return -1
	}
	safe := -1
	for i := range v.Options {
		if r.optionSafe(i) {
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

// NextMove returns the activity move the strategy makes now in r, or "" outside an
// activity or once it is done.
func NextMove(r *Runner, s Strategy) string {
	if r.phase != Activity || r.activity.Done() {
		return ""
	}
	if s == PlayUnsafe {
		return registry.Next(r.activity, mech.Unsafe)
	}
	return registry.Next(r.activity, mech.Safe)
}

// PlayThrough plays r's level to its end with a strategy and returns the result.
func PlayThrough(r *Runner, s Strategy) (Result, error) {
	for !r.Done() {
		var err error
		switch {
		case r.phase == Choice:
			err = r.Choose(PickOption(r, s))
		case r.phase == Activity && !r.activity.Done():
			move := NextMove(r, s)
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
