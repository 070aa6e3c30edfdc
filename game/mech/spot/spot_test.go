package spot_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"sango/game/content"
	"sango/game/diag"
	"sango/game/level"
	"sango/game/mech"
	"sango/game/mech/registry"
	"sango/game/mech/spot"
	"sango/game/runner"
	"sango/levels"
	"sango/locales"
)

// header is a level around one spot step; its fields start on line 14.
const header = `format = 1
id = "9to12-content-test"
band = "%s"
risk = "content"
title = "t.title"
objective = "t.objective"
key_message = "t.key"
practice = ["check"]

[[step]]
id = "spot"
kind = "spot"
prompt = "t.prompt"
`

const end = `
[[step]]
id = "end"
kind = "end"
`

// goodStep: a page with an address bar, a header, two body parts and a footer, written
// out of screen order so reading order is tested too.
const goodStep = `scene = "page"
title = "t.page"

  [[step.clue]]
  text = "t.footer"
  region = "footer"
  sign = false
  feedback = "t.fb_footer"

  [[step.clue]]
  text = "t.caps"
  icon = "megaphone"
  region = "body"
  sign = true
  feedback = "t.fb_caps"
  missed = "t.miss_caps"

  [[step.clue]]
  text = "t.address"
  icon = "link"
  region = "address"
  sign = true
  feedback = "t.fb_address"

  [[step.clue]]
  text = "t.date"
  region = "body"
  sign = false
  feedback = "t.fb_date"

  [[step.clue]]
  text = "t.header"
  region = "header"
  sign = false
  feedback = "t.fb_header"
`

func parse(t *testing.T, band, step string) (*level.Level, []diag.Problem) {
	t.Helper()
	src := fmt.Sprintf(header, band) + step + end
	l, ps := level.Parse("test.toml", []byte(src))
	if l == nil {
		t.Fatalf("the level could not be read at all: %v", ps)
	}
	return l, ps
}

func good(t *testing.T) *spot.Spec {
	t.Helper()
	l, ps := parse(t, "9to12", goodStep)
	if len(ps) > 0 {
		t.Fatalf("a good step has problems: %v", ps)
	}
	s, ok := l.Steps[0].Mech.(*spot.Spec)
	if !ok {
		t.Fatalf("the spot step decoded as %T", l.Steps[0].Mech)
	}
	return s
}

func start(t *testing.T) *spot.Activity {
	t.Helper()
	a, ok := good(t).Start().(*spot.Activity)
	if !ok {
		t.Fatal("Start did not return a spot activity")
	}
	return a
}

func TestDecodeGoodStep(t *testing.T) {
	s := good(t)
	if s.Kind() != "spot" || s.Scene != "page" || s.Title != "t.page" || len(s.Clues) != 5 {
		t.Fatalf("decoded %+v", s)
	}
	caps := s.Clues[1]
	want := spot.Clue{Text: "t.caps", Icon: "megaphone", Region: "body", Sign: true, Feedback: "t.fb_caps", Missed: "t.miss_caps"}
	if caps != want {
		t.Errorf("clue 1 = %+v, want %+v", caps, want)
	}
	if s.FoundAll != spot.DefaultFoundAll || s.Reveal != spot.DefaultReveal {
		t.Errorf("default reactions: %q %q", s.FoundAll, s.Reveal)
	}
	keys := s.TextKeys()
	for _, k := range []string{"t.page", "t.caps", "t.fb_caps", "t.miss_caps", "t.footer", "t.fb_footer",
		spot.DefaultFoundAll, spot.DefaultReveal, spot.NoteMissed, "mech_spot.done"} {
		if !slices.Contains(keys, k) {
			t.Errorf("TextKeys lacks %q: %v", k, keys)
		}
	}
	if slices.Contains(keys, "") {
		t.Errorf("TextKeys has an empty key: %v", keys)
	}
}

func TestOwnReactionKeys(t *testing.T) {
	step := strings.Replace(goodStep, `title = "t.page"`, `found_all = "t.all"`+"\n"+`reveal = "t.reveal"`, 1)
	l, ps := parse(t, "9to12", step)
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	s := l.Steps[0].Mech.(*spot.Spec)
	if s.FoundAll != "t.all" || s.Reveal != "t.reveal" || s.Title != "" {
		t.Fatalf("%+v", s)
	}
	a := s.Start()
	a.Do(registry.Next(a, mech.Unsafe))
	if re, _ := a.Do("done"); re.Text != "t.reveal" || re.Tone != mech.Retry {
		t.Errorf("done with signs unfound said %+v", re)
	}
}

func TestPartsAreInReadingOrder(t *testing.T) {
	a := start(t)
	var got []string
	for _, p := range a.Parts() {
		got = append(got, p.Region+"="+p.Move)
	}
	want := []string{"address=clue:2", "header=clue:4", "body=clue:1", "body=clue:3", "footer=clue:0"}
	if !slices.Equal(got, want) {
		t.Fatalf("parts %v, want %v", got, want)
	}
	if !slices.Equal(a.Moves(), []string{"clue:2", "clue:4", "clue:1", "clue:3", "clue:0"}) {
		t.Fatalf("moves before any tap: %v", a.Moves())
	}
	if a.Scene() != "page" || a.Title() != "t.page" || a.Last() != "" {
		t.Errorf("scene %q title %q last %q", a.Scene(), a.Title(), a.Last())
	}
}

// problemAt finds a problem at line:col whose message contains part.
func problemAt(ps []diag.Problem, line, col int, part string) bool {
	for _, p := range ps {
		if p.Line == line && p.Col == col && strings.Contains(p.Msg, part) {
			return true
		}
	}
	return false
}

func TestDecodeErrorsHavePositions(t *testing.T) {
	// Lines: the step table starts at line 10; the step's own fields at line 14.
	cases := []struct {
		name, band, step string
		line, col        int
		msg              string
	}{
		{"unknown scene", "9to12", strings.Replace(goodStep, `"page"`, `"poster"`, 1), 14, 1, `unknown scene "poster"`},
		{"missing scene", "9to12", strings.Replace(goodStep, `scene = "page"`, ``, 1), 10, 1, `missing field "scene"`},
		{"scene not a string", "9to12", strings.Replace(goodStep, `scene = "page"`, `scene = 3`, 1), 14, 1, "scene must be a string"},
		{"unknown region", "9to12", strings.Replace(goodStep, `region = "footer"`, `region = "feet"`, 1), 19, 3, `unknown region "feet"`},
		{"missing region", "9to12", strings.Replace(goodStep, `region = "footer"`, ``, 1), 17, 3, `missing field "region"`},
		{"address in a message", "9to12", strings.Replace(goodStep, `"page"`, `"message"`, 1), 34, 3, "a message has no web address bar"},
		{"two headers", "9to12", strings.Replace(goodStep, `region = "footer"`, `region = "header"`, 1), 46, 3, "only one part can sit there"},
		{"unknown icon", "9to12", strings.Replace(goodStep, `"megaphone"`, `"trumpet"`, 1), 25, 3, `unknown picture "trumpet"`},
		{"sign not a bool", "9to12", strings.Replace(goodStep, `sign = true`, `sign = "yes"`, 1), 27, 3, "sign must be true or false"},
		{"missing sign", "9to12", strings.Replace(goodStep, "  sign = false\n  feedback = \"t.fb_footer\"", "  feedback = \"t.fb_footer\"", 1), 17, 3, `missing field "sign"`},
		{"missing text", "9to12", strings.Replace(goodStep, `text = "t.footer"`, ``, 1), 17, 3, `missing field "text"`},
		{"missing feedback", "9to12", strings.Replace(goodStep, `feedback = "t.fb_footer"`, ``, 1), 17, 3, `missing field "feedback"`},
		{"missed on a fine part", "9to12", strings.Replace(goodStep, `feedback = "t.fb_footer"`, `feedback = "t.fb_footer"`+"\n  missed = \"t.x\"", 1), 22, 3, "this part is fine"},
		{"misspelt field", "9to12", strings.Replace(goodStep, `feedback = "t.fb_footer"`, `feedbak = "t.fb_footer"`, 1), 21, 3, `unknown field "feedbak"`},
		{"no clues", "9to12", "scene = \"post\"\n", 10, 1, "needs parts to tap"},
		{"clue not an array of tables", "9to12", "scene = \"post\"\nclue = \"x\"\n", 15, 1, "clue must be written as [[clue]] tables"},
		{"no sign", "9to12", strings.ReplaceAll(goodStep, `sign = true`, `sign = false`), 10, 1, "no part is a warning sign"},
		{"no fine part", "9to12", strings.ReplaceAll(goodStep, `sign = false`, `sign = true`), 10, 1, "mix in at least one fine detail"},
		{"under9 needs icons", "under9", strings.Replace(goodStep, `title = "t.page"`, ``, 1), 17, 3, "under9 parts need an icon"},
		{"under9 at most four parts", "under9", iconsEverywhere(goodStep), 46, 3, "at most 4 parts"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, ps := parse(t, c.band, c.step)
			if !problemAt(ps, c.line, c.col, c.msg) {
				t.Fatalf("want a problem at %d:%d containing %q, got:\n%v", c.line, c.col, c.msg, ps)
			}
		})
	}
}

// iconsEverywhere gives every clue of a step an icon.
func iconsEverywhere(step string) string {
	step = strings.ReplaceAll(step, "  icon = \"megaphone\"\n", "")
	step = strings.ReplaceAll(step, "  icon = \"link\"\n", "")
	return strings.ReplaceAll(step, "  region =", "  icon = \"star\"\n  region =")
}

func TestTooManyPartsAbove9(t *testing.T) {
	step := goodStep
	for i := 0; i < 4; i++ {
		step += fmt.Sprintf("\n  [[step.clue]]\n  text = \"t.more%d\"\n  region = \"body\"\n  sign = false\n  feedback = \"t.fb\"\n", i)
	}
	_, ps := parse(t, "9to12", step)
	// The ninth part's table header.
	if !problemAt(ps, 68, 3, "at most 8 parts") {
		t.Fatalf("got %v", ps)
	}
	if n := len(ps); n != 1 {
		t.Errorf("one problem expected, got %d: %v", n, ps)
	}
}

func TestUnder9WithIconsAndFourPartsIsFine(t *testing.T) {
	step := iconsEverywhere(goodStep)
	step = step[:strings.LastIndex(step, "  [[step.clue]]")] // drop the header part: four left
	_, ps := parse(t, "under9", step)
	if len(ps) > 0 {
		t.Fatalf("got %v", ps)
	}
}

func TestMovesAndReactions(t *testing.T) {
	a := start(t)
	if _, err := a.Do("done"); err == nil {
		t.Fatal("done before any tap must be refused: the child taps at least one part first")
	}
	for _, bad := range []string{"clue:5", "clue:-1", "clue:01", "clue:", "clue:x", "bin:0", ""} {
		if _, err := a.Do(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	if a.Score() != (mech.Score{}) || a.Done() {
		t.Fatalf("refused moves changed the state: %+v", a.Score())
	}

	// A fine part: a gentle false alarm.
	re, err := a.Do("clue:4")
	if err != nil || re != (mech.Reaction{Text: "t.fb_header", Tone: mech.Retry}) {
		t.Fatalf("fine part: %+v %v", re, err)
	}
	if a.Last() != "clue:4" {
		t.Errorf("last %q", a.Last())
	}
	if !slices.Contains(a.Moves(), "done") {
		t.Errorf("done is offered after the first tap: %v", a.Moves())
	}
	// A sign: a hit.
	if re, _ := a.Do("clue:2"); re != (mech.Reaction{Text: "t.fb_address", Tone: mech.Good}) {
		t.Fatalf("sign: %+v", re)
	}
	// Tapping again only says it again.
	if re, _ := a.Do("clue:4"); re != (mech.Reaction{Text: "t.fb_header", Tone: mech.Neutral}) {
		t.Fatalf("again: %+v", re)
	}
	if got := a.Score(); got != (mech.Score{Hits: 1, FalseAlarms: 1}) {
		t.Fatalf("score %+v", got)
	}
	states := map[string]spot.State{}
	for _, p := range a.Parts() {
		states[p.Move] = p.State
	}
	if states["clue:4"] != spot.FalseAlarm || states["clue:2"] != spot.Found || states["clue:1"] != spot.Untouched {
		t.Fatalf("states %v", states)
	}

	// Done with the caps sign unfound: it is missed and shown, fine parts were trusted.
	re, err = a.Do("done")
	if err != nil || re != (mech.Reaction{Text: spot.DefaultReveal, Tone: mech.Retry}) || !a.Done() {
		t.Fatalf("done: %+v %v", re, err)
	}
	if got := a.Score(); got != (mech.Score{Hits: 1, Misses: 1, FalseAlarms: 1, CorrectRejections: 2}) {
		t.Fatalf("score %+v", got)
	}
	for _, p := range a.Parts() {
		states[p.Move] = p.State
	}
	if states["clue:1"] != spot.Missed || states["clue:3"] != spot.Trusted || states["clue:0"] != spot.Trusted {
		t.Fatalf("states after done %v", states)
	}
	if found, signs := a.Found(); found != 1 || signs != 2 {
		t.Errorf("found %d of %d", found, signs)
	}
	if slices.Contains(a.Moves(), "done") || len(a.Moves()) != 5 {
		t.Errorf("after done, parts can be tapped again to hear why, and done is gone: %v", a.Moves())
	}
	if _, err := a.Do("done"); err == nil {
		t.Error("done twice")
	}
	// A missed sign says its own missed words; nothing changes the score any more.
	if re, _ := a.Do("clue:1"); re != (mech.Reaction{Text: "t.miss_caps", Tone: mech.Neutral}) {
		t.Errorf("missed part: %+v", re)
	}
	if re, _ := a.Do("clue:3"); re != (mech.Reaction{Text: "t.fb_date", Tone: mech.Neutral}) {
		t.Errorf("trusted part: %+v", re)
	}
	if got := a.Score(); got != (mech.Score{Hits: 1, Misses: 1, FalseAlarms: 1, CorrectRejections: 2}) {
		t.Fatalf("score changed after done: %+v", got)
	}
	if registry.Next(a, mech.Safe) != "" || registry.Next(a, mech.Unsafe) != "" {
		t.Error("no strategy move once done")
	}
}

func play(t *testing.T, a mech.Activity, s mech.Strategy) []string {
	t.Helper()
	var moves []string
	for i := 0; !a.Done(); i++ {
		if i > 50 {
			t.Fatalf("the strategy never finished: %v", moves)
		}
		m := registry.Next(a, s)
		if !slices.Contains(a.Moves(), m) {
			t.Fatalf("strategy move %q is not among %v", m, a.Moves())
		}
		if _, err := a.Do(m); err != nil {
			t.Fatal(err)
		}
		moves = append(moves, m)
	}
	return moves
}

func TestSafeStrategyTapsExactlyTheSigns(t *testing.T) {
	a := start(t)
	moves := play(t, a, mech.Safe)
	if !slices.Equal(moves, []string{"clue:2", "clue:1", "done"}) {
		t.Fatalf("moves %v", moves)
	}
	if got := a.Score(); got != (mech.Score{Hits: 2, CorrectRejections: 3}) {
		t.Fatalf("score %+v", got)
	}
	want := []mech.Note{{Good: true, Text: spot.NoteAllFound}, {Good: true, Text: spot.NoteNoFalse}}
	if got := a.Review(); !slices.Equal(got, want) {
		t.Fatalf("review %v", got)
	}
}

func TestUnsafeStrategyMakesBothMistakesAndFinishes(t *testing.T) {
	a := start(t)
	moves := play(t, a, mech.Unsafe)
	// A fine part first, one sign of two, then done early.
	if !slices.Equal(moves, []string{"clue:4", "clue:2", "done"}) {
		t.Fatalf("moves %v", moves)
	}
	if got := a.Score(); got != (mech.Score{Hits: 1, Misses: 1, FalseAlarms: 1, CorrectRejections: 2}) {
		t.Fatalf("score %+v", got)
	}
	want := []mech.Note{{Good: false, Text: spot.NoteMissed}, {Good: false, Text: spot.NoteFalseAlrm}}
	if got := a.Review(); !slices.Equal(got, want) {
		t.Fatalf("review %v", got)
	}
}

func TestUnsafeWithOneSignMissesIt(t *testing.T) {
	step := strings.Replace(goodStep, "  sign = true\n  feedback = \"t.fb_address\"", "  sign = false\n  feedback = \"t.fb_address\"", 1)
	l, ps := parse(t, "9to12", step)
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	a := l.Steps[0].Mech.Start()
	play(t, a, mech.Unsafe)
	if got := a.Score(); got.Misses != 1 || got.FalseAlarms != 1 || got.Hits != 0 {
		t.Fatalf("score %+v", got)
	}
}

func TestReviewIsEmptyUntilDone(t *testing.T) {
	a := start(t)
	a.Do("clue:2")
	if r := a.Review(); r != nil {
		t.Fatalf("review before done: %v", r)
	}
}

// The shipped levels that use this mechanic play to their end with both strategies,
// scoring as the brief asks.
func TestShippedSpotLevels(t *testing.T) {
	set := content.Load(levels.FS(), "levels", locales.FS(), "locales")
	n := 0
	for _, l := range set.Levels {
		uses := false
		for _, s := range l.Steps {
			uses = uses || s.Kind == level.StepKind(spot.Kind)
		}
		if !uses {
			continue
		}
		n++
		for _, s := range []runner.Strategy{runner.PlaySafe, runner.PlayUnsafe} {
			r, err := runner.New(l)
			if err != nil {
				t.Fatal(err)
			}
			res, err := runner.PlayThrough(r, s)
			if err != nil || !res.Completed || res.Activities == 0 {
				t.Fatalf("%s strategy %d: %+v %v", l.ID, s, res, err)
			}
			bad := res.Score.Misses + res.Score.FalseAlarms
			if (s == runner.PlaySafe) != (bad == 0) {
				t.Errorf("%s strategy %d scored %+v", l.ID, s, res.Score)
			}
		}
	}
	for _, b := range set.Broken {
		if strings.Contains(b.File, "kind-words") || strings.Contains(b.File, "sponsored-or-news") {
			t.Errorf("%s is broken: %v", b.File, b.Problems)
		}
	}
	if n < 2 {
		t.Errorf("expected the two spot levels, found %d", n)
	}
}
