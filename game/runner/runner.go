// Package runner plays a level: a deterministic state machine that takes the child's
// actions, says what to show now, and gives the outcome and score at the end. It knows
// nothing of screens, so every level can be played through in a plain unit test.
package runner

import (
	"errors"
	"fmt"

	"sango/game/level"
	"sango/game/mech"
)

// Phase is what the child is doing now.
type Phase int

const (
	// Line: a character is speaking; the child continues.
	Line Phase = iota
	// Choice: the child picks one of the options.
	Choice
	// Feedback: Sango responds to the option picked; the child continues.
	Feedback
	// Done: the level is over; Result holds the outcome.
	Done
	// Activity: the child plays a mechanic (sort, spot, chat, ...); View.Activity holds
	// it. When it is done, the child continues.
	Activity
)

func (p Phase) String() string {
	switch p {
	case Line:
		return "line"
	case Choice:
		return "choice"
	case Feedback:
		return "feedback"
	case Done:
		return "done"
	case Activity:
		return "activity"
	}
	return fmt.Sprintf("phase(%d)", int(p))
}

// View is what the screen shows now. Text fields are locale keys.
type View struct {
	Phase   Phase
	StepID  string
	Who     string // speaker id; "sango" for Sango
	Name    string // locale key of a non-Sango speaker's name, else ""
	Pose    string // Sango's pose
	Text    string // the line, the prompt, the feedback, or the key message when done
	Options []string
	// Tried marks options already picked at this choice, so the screen can show the
	// child what they have tried without hiding it.
	Tried []bool
	// Safe says, in the Feedback phase, whether the option picked was the safe one.
	Safe bool
	// Activity is the mechanic being played, in the Activity phase. Its view reads its
	// concrete type; everything else goes through the shared interface.
	Activity mech.Activity
	// Kind is the mechanic's kind, in the Activity phase.
	Kind mech.Kind
	// Reaction is what the game said after the last move in the Activity phase.
	Reaction mech.Reaction
}

// Pick is one option the child chose.
type Pick struct {
	StepID string
	Option int
	Safe   bool
	First  bool // the first pick at this choice
}

// Result is the outcome of a level.
type Result struct {
	Completed    bool
	Choices      int // choice steps met
	SafeFirstTry int // choice steps where the first pick was safe
	Picks        []Pick
	Activities   int        // mechanic steps finished
	Score        mech.Score // the mechanics' judgements, added up
	Review       []mech.Note
}

// ErrWrongPhase reports an action that does not fit what is on screen.
var ErrWrongPhase = errors.New("runner: action does not fit the current phase")

// Runner plays one level.
type Runner struct {
	l        *level.Level
	step     int
	phase    Phase
	picked   int // option picked, in the Feedback phase
	tried    map[int][]bool
	result   Result
	activity mech.Activity
	reaction mech.Reaction
	maxMoves int
	moves    int
}

// New starts a level at its first step. The level should have passed validation; New
// still guards against a level with no steps.
func New(l *level.Level) (*Runner, error) {
	if l == nil || len(l.Steps) == 0 {
		return nil, errors.New("runner: the level has no steps")
	}
	r := &Runner{l: l, tried: map[int][]bool{}, maxMoves: 10000}
	r.enter(0)
	return r, nil
}

// Level returns the level being played.
func (r *Runner) Level() *level.Level { return r.l }

func (r *Runner) enter(i int) {
	if i < 0 {
		// A validated level never gets here; ending is kinder than hanging.
		r.phase = Done
		r.result.Completed = true
		return
	}
	r.step = i
	switch r.l.Steps[i].Kind {
	case level.KindChoice:
		r.phase = Choice
		if _, seen := r.tried[i]; !seen {
			r.tried[i] = make([]bool, len(r.l.Steps[i].Options))
			r.result.Choices++
		}
	case level.KindEnd:
		r.phase = Done
		r.result.Completed = true
	default:
		if spec := r.l.Steps[i].Mech; spec != nil {
			r.phase = Activity
			r.activity = spec.Start()
			r.reaction = mech.Reaction{}
			return
		}
		r.phase = Line
	}
}

// View returns what to show now.
func (r *Runner) View() View {
	s := r.l.Steps[r.step]
	v := View{Phase: r.phase, StepID: s.ID, Who: s.Who, Pose: s.Pose}
	if v.Who == "" {
		v.Who = level.SangoID
	}
	v.Name = r.l.Speaker(v.Who)
	switch r.phase {
	case Line:
		v.Text = s.Text
		if v.Pose == "" {
			v.Pose = "talking"
		}
	case Choice:
		v.Text = s.Prompt
		for _, o := range s.Options {
			v.Options = append(v.Options, o.Text)
		}
		v.Tried = append([]bool(nil), r.tried[r.step]...)
		if v.Pose == "" {
			v.Pose = "idle"
		}
	case Feedback:
		o := s.Options[r.picked]
		v.Who, v.Name = level.SangoID, ""
		v.Text = o.Feedback
		v.Safe = o.Safe
		v.Pose = "concerned"
		if o.Safe {
			v.Pose = "happy"
		}
	case Done:
		v.Who, v.Name = level.SangoID, ""
		v.Text = r.l.KeyMessage
		v.Pose = "happy"
	case Activity:
		v.Text = s.Prompt
		v.Activity, v.Kind, v.Reaction = r.activity, s.Mech.Kind(), r.reaction
		if v.Pose == "" {
			v.Pose = "idle"
		}
		switch r.reaction.Tone {
		case mech.Good:
			v.Pose = "happy"
		case mech.Retry:
			v.Pose = "concerned"
		}
	}
	return v
}

func (r *Runner) move() error {
	r.moves++
	if r.moves > r.maxMoves {
		return fmt.Errorf("runner: level %s did not end after %d moves", r.l.ID, r.maxMoves)
	}
	return nil
}

// Continue moves past a line or a feedback.
func (r *Runner) Continue() error {
	if err := r.move(); err != nil {
		return err
	}
	switch r.phase {
	case Line:
		r.enter(r.l.NextOf(r.step))
	case Feedback:
		r.enter(r.l.OptionNext(r.step, r.picked))
	case Activity:
		if !r.activity.Done() {
			return fmt.Errorf("%w: continue before the activity is done", ErrWrongPhase)
		}
		r.result.Activities++
		r.result.Score = r.result.Score.Add(r.activity.Score())
		r.result.Review = append(r.result.Review, r.activity.Review()...)
		r.activity = nil
		r.enter(r.l.NextOf(r.step))
	default:
		return fmt.Errorf("%w: continue during %s", ErrWrongPhase, r.phase)
	}
	return nil
}

// Choose picks option i of the current choice and shows its feedback.
func (r *Runner) Choose(i int) error {
	if err := r.move(); err != nil {
		return err
	}
	if r.phase != Choice {
		return fmt.Errorf("%w: choose during %s", ErrWrongPhase, r.phase)
	}
	s := r.l.Steps[r.step]
	if i < 0 || i >= len(s.Options) {
		return fmt.Errorf("runner: option %d out of range 0..%d", i, len(s.Options)-1)
	}
	tried := r.tried[r.step]
	first := true
	for _, t := range tried {
		first = first && !t
	}
	tried[i] = true
	safe := s.Options[i].Safe
	if first && safe {
		r.result.SafeFirstTry++
	}
	r.result.Picks = append(r.result.Picks, Pick{StepID: s.ID, Option: i, Safe: safe, First: first})
	r.picked = i
	r.phase = Feedback
	return nil
}

// Act makes a move in the current activity.
func (r *Runner) Act(move string) (mech.Reaction, error) {
	if err := r.move(); err != nil {
		return mech.Reaction{}, err
	}
	if r.phase != Activity {
		return mech.Reaction{}, fmt.Errorf("%w: move %q during %s", ErrWrongPhase, move, r.phase)
	}
	re, err := r.activity.Do(move)
	if err != nil {
		return mech.Reaction{}, fmt.Errorf("step %s: %w", r.l.Steps[r.step].ID, err)
	}
	r.reaction = re
	return re, nil
}

// Done reports whether the level is over.
func (r *Runner) Done() bool { return r.phase == Done }

// Result returns the outcome so far.
func (r *Runner) Result() Result {
	res := r.result
	res.Picks = append([]Pick(nil), r.result.Picks...)
	res.Review = append([]mech.Note(nil), r.result.Review...)
	return res
}

// optionSafe reports whether option i of the current choice is the safe action. The
// screen never shows this before a pick; autoplay uses it to play a strategy.
func (r *Runner) optionSafe(i int) bool {
	s := r.l.Steps[r.step]
	return r.phase == Choice && i >= 0 && i < len(s.Options) && s.Options[i].Safe
}
