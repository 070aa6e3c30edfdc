package runner

import (
	"testing"

	"sango/game/level"
)

func testLevel(t *testing.T) *level.Level {
	t.Helper()
	l := &level.Level{ID: "t", KeyMessage: "t.key", Characters: []level.Character{{ID: "kai", Name: "t.kai"}},
		Steps: []level.Step{
			{ID: "intro", Kind: level.KindSay, Who: "kai", Text: "t.hello"},
			{ID: "q1", Kind: level.KindChoice, Prompt: "t.q1", Options: []level.Option{
				{Text: "a", Safe: false, Feedback: "fa", Next: "q1"},
				{Text: "b", Safe: true, Feedback: "fb"},
				{Text: "c", Safe: false, Feedback: "fc", Next: "q1"},
			}},
			{ID: "q2", Kind: level.KindChoice, Prompt: "t.q2", Options: []level.Option{
				{Text: "d", Safe: true, Feedback: "fd"},
				{Text: "e", Safe: false, Feedback: "fe", Next: "q2"},
			}},
			{ID: "end", Kind: level.KindEnd},
		}}
	return l
}

func TestSafePlaythrough(t *testing.T) {
	r, err := New(testLevel(t))
	if err != nil {
		t.Fatal(err)
	}
	v := r.View()
	if v.Phase != Line || v.Who != "kai" || v.Name != "t.kai" || v.Text != "t.hello" {
		t.Fatalf("first view: %+v", v)
	}
	res, err := PlayThrough(r, PlaySafe)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Completed || res.Choices != 2 || res.SafeFirstTry != 2 || len(res.Picks) != 2 {
		t.Fatalf("result: %+v", res)
	}
	if v := r.View(); v.Phase != Done || v.Text != "t.key" {
		t.Fatalf("done view: %+v", v)
	}
}

func TestUnsafePlaythroughTriesEveryUnsafeOptionThenLearns(t *testing.T) {
	r, _ := New(testLevel(t))
	res, err := PlayThrough(r, PlayUnsafe)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Completed || res.Choices != 2 || res.SafeFirstTry != 0 {
		t.Fatalf("result: %+v", res)
	}
	var got []int
	for _, p := range res.Picks {
		got = append(got, p.Option)
	}
	want := []int{0, 2, 1, 1, 0}
	if len(got) != len(want) {
		t.Fatalf("picks %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("picks %v, want %v", got, want)
		}
	}
	if !res.Picks[0].First || res.Picks[1].First {
		t.Fatalf("first flags wrong: %+v", res.Picks)
	}
}

func TestFeedbackAndTried(t *testing.T) {
	r, _ := New(testLevel(t))
	if err := r.Choose(0); err == nil {
		t.Fatal("choose during a line must fail")
	}
	_ = r.Continue()
	if err := r.Choose(0); err != nil {
		t.Fatal(err)
	}
	v := r.View()
	if v.Phase != Feedback || v.Safe || v.Text != "fa" || v.Pose != "concerned" {
		t.Fatalf("feedback view: %+v", v)
	}
	_ = r.Continue()
	v = r.View()
	if v.Phase != Choice || !v.Tried[0] || v.Tried[1] {
		t.Fatalf("back at the choice, tried should mark option 0: %+v", v)
	}
	if err := r.Choose(7); err == nil {
		t.Fatal("out of range option must fail")
	}
	if err := r.Continue(); err == nil {
		t.Fatal("continue during a choice must fail")
	}
}

func TestEndlessLevelIsCut(t *testing.T) {
	l := &level.Level{ID: "loop", Steps: []level.Step{{ID: "a", Kind: level.KindSay, Text: "x", Next: "a"}}}
	r, _ := New(l)
	if _, err := PlayThrough(r, PlaySafe); err == nil {
		t.Fatal("an endless level must stop with an error, not hang")
	}
}
