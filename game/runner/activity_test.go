package runner

import (
	"errors"
	"testing"

	"sango/game/level"
	"sango/game/mech"
)

// countSpec is a tiny mechanic for testing the runner: the child must press "go" twice;
// "oops" is a mistake.
type countSpec struct{}

func (countSpec) Kind() mech.Kind      { return "count" }
func (countSpec) TextKeys() []string   { return []string{"c.fb"} }
func (countSpec) Start() mech.Activity { return &countPlay{} }

type countPlay struct {
	presses int
	score   mech.Score
}

func (c *countPlay) Moves() []string { return []string{"go", "oops"} }
func (c *countPlay) Do(move string) (mech.Reaction, error) {
	switch move {
	case "go":
		c.presses++
		c.score.Hits++
		return mech.Reaction{Text: "c.fb", Tone: mech.Good}, nil
	case "oops":
		c.score.Misses++
		return mech.Reaction{Text: "c.fb", Tone: mech.Retry}, nil
	}
	return mech.Reaction{}, errors.New("no such move")
}
func (c *countPlay) Next(s mech.Strategy) string {
	if s == mech.Unsafe && c.score.Misses == 0 {
		return "oops"
	}
	return "go"
}
func (c *countPlay) Done() bool        { return c.presses >= 2 }
func (c *countPlay) Score() mech.Score { return c.score }
func (c *countPlay) Review() []mech.Note {
	return []mech.Note{{Good: c.score.Misses == 0, Text: "c.fb"}}
}

func activityLevel() *level.Level {
	return &level.Level{ID: "t", Steps: []level.Step{
		{ID: "intro", Kind: level.KindSay, Text: "c.hi"},
		{ID: "count", Kind: "count", Prompt: "c.prompt", Mech: countSpec{}},
		{ID: "end", Kind: level.KindEnd},
	}}
}

func TestActivityPhase(t *testing.T) {
	r, err := New(activityLevel())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Act("go"); !errors.Is(err, ErrWrongPhase) {
		t.Fatalf("a move during a line: %v", err)
	}
	if err := r.Continue(); err != nil {
		t.Fatal(err)
	}
	v := r.View()
	if v.Phase != Activity || v.Kind != "count" || v.Text != "c.prompt" || v.Activity == nil {
		t.Fatalf("view %+v", v)
	}
	if err := r.Continue(); !errors.Is(err, ErrWrongPhase) {
		t.Fatalf("continue before the activity is done: %v", err)
	}
	if _, err := r.Act("fly"); err == nil {
		t.Fatal("an unknown move must be an error")
	}
	re, err := r.Act("oops")
	if err != nil || re.Tone != mech.Retry || r.View().Pose != "concerned" {
		t.Fatalf("mistake: %v %+v pose %s", err, re, r.View().Pose)
	}
	for range 2 {
		if _, err := r.Act("go"); err != nil {
			t.Fatal(err)
		}
	}
	if r.View().Pose != "happy" || r.View().Reaction.Text != "c.fb" {
		t.Fatalf("after a good move: %+v", r.View())
	}
	if err := r.Continue(); err != nil {
		t.Fatal(err)
	}
	res := r.Result()
	if !r.Done() || res.Activities != 1 || res.Score != (mech.Score{Hits: 2, Misses: 1}) || len(res.Review) != 1 || res.Review[0].Good {
		t.Fatalf("result %+v", res)
	}
}

func TestPlayThroughActivities(t *testing.T) {
	for _, c := range []struct {
		s    Strategy
		want mech.Score
	}{{PlaySafe, mech.Score{Hits: 2}}, {PlayUnsafe, mech.Score{Hits: 2, Misses: 1}}} {
		r, _ := New(activityLevel())
		res, err := PlayThrough(r, c.s)
		if err != nil || !res.Completed || res.Score != c.want || res.Activities != 1 {
			t.Fatalf("strategy %d: %v %+v", c.s, err, res)
		}
	}
}
