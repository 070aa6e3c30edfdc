package runner

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

// PlayThrough plays the level to its end with a strategy and returns the result.
func (r *Runner) PlayThrough(s Strategy) (Result, error) {
	for !r.Done() {
		var err error
		if r.phase == Choice {
			err = r.Choose(r.Pick(s))
		} else {
			err = r.Continue()
		}
		if err != nil {
			return r.Result(), err
		}
	}
	return r.Result(), nil
}
