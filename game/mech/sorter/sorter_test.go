package sorter_test

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"sango/game/diag"
	"sango/game/level"
	"sango/game/mech"
	"sango/game/mech/registry"
	"sango/game/mech/sorter"
	"sango/game/runner"
)

// head is a level around one sort step; the step body follows it.
const head = `format = 1
id = "%s-contract-test"
band = "%s"
risk = "contract"
title = "t.title"
objective = "t.obj"
key_message = "t.key"
practice = ["ask"]

[[step]]
id = "sort"
kind = "sort"
prompt = "t.prompt"
`

const tail = `
[[step]]
id = "end"
kind = "end"
`

// threeBins is a good 9to12 step: two flagging bins and one trusting bin, four items.
const threeBins = `
  [[step.bin]]
  id    = "private"
  label = "t.private"
  icon  = "lock"
  flag  = true

  [[step.bin]]
  id    = "share"
  label = "t.share"
  icon  = "thumbs-up"
  flag  = false

  [[step.bin]]
  id    = "ask"
  label = "t.ask"
  icon  = "grown-up"
  flag  = true

  [[step.item]]
  text  = "t.password"
  icon  = "password"
  bin   = "private"
  right = "t.password_right"
  wrong = "t.password_wrong"

  [[step.item]]
  text  = "t.colour"
  bin   = "share"
  right = "t.colour_right"
  wrong = "t.colour_wrong"

  [[step.item]]
  icon  = "photo"
  bin   = "ask"
  right = "t.photo_right"
  wrong = "t.photo_wrong"

  [[step.item]]
  text   = "t.game"
  icon   = "game"
  detail = "t.game_detail"
  bin    = "share"
  right = "t.game_right"
  wrong = "t.game_wrong"
`

// twoBins is a good under9 step.
const twoBins = `
  [[step.bin]]
  id    = "watch"
  label = "t.watch"
  icon  = "cartoon"
  flag  = false

  [[step.bin]]
  id    = "tell"
  label = "t.tell"
  icon  = "grown-up"
  flag  = true

  [[step.item]]
  text  = "t.cloud"
  icon  = "cloud"
  bin   = "tell"
  right = "t.cloud_right"
  wrong = "t.cloud_wrong"

  [[step.item]]
  text  = "t.song"
  icon  = "music"
  bin   = "watch"
  right = "t.song_right"
  wrong = "t.song_wrong"
`

func parse(t *testing.T, band, body string) (*level.Level, []diag.Problem) {
	t.Helper()
	src := fmt.Sprintf(head, band, band) + body + tail
	l, ps := level.Parse("test.toml", []byte(src))
	if l != nil && len(ps) == 0 {
		ps = level.Validate(l, nil)
	}
	return l, ps
}

func spec(t *testing.T, band, body string) *sorter.Spec {
	t.Helper()
	l, ps := parse(t, band, body)
	if len(ps) > 0 {
		t.Fatalf("unexpected problems: %v", ps)
	}
	s, ok := l.Steps[0].Mech.(*sorter.Spec)
	if !ok {
		t.Fatalf("step 0 decoded as %T, want *sorter.Spec", l.Steps[0].Mech)
	}
	return s
}

func TestDecodeGood(t *testing.T) {
	s := spec(t, "9to12", threeBins)
	if s.Kind() != "sort" {
		t.Fatalf("kind %q", s.Kind())
	}
	wantBins := []sorter.Bin{
		{ID: "private", Label: "t.private", Icon: "lock", Flag: true},
		{ID: "share", Label: "t.share", Icon: "thumbs-up", Flag: false},
		{ID: "ask", Label: "t.ask", Icon: "grown-up", Flag: true},
	}
	if !reflect.DeepEqual(s.Bins, wantBins) {
		t.Fatalf("bins %+v", s.Bins)
	}
	wantItems := []sorter.Item{
		{Text: "t.password", Icon: "password", Bin: 0, Right: "t.password_right", Wrong: "t.password_wrong"},
		{Text: "t.colour", Bin: 1, Right: "t.colour_right", Wrong: "t.colour_wrong"},
		{Icon: "photo", Bin: 2, Right: "t.photo_right", Wrong: "t.photo_wrong"},
		{Text: "t.game", Icon: "game", Detail: "t.game_detail", Bin: 1, Right: "t.game_right", Wrong: "t.game_wrong"},
	}
	if !reflect.DeepEqual(s.Items, wantItems) {
		t.Fatalf("items %+v", s.Items)
	}
	if !s.Risky(0) || s.Risky(1) || !s.Risky(2) || s.Risky(3) {
		t.Fatal("risky items wrong")
	}
	keys := s.TextKeys()
	for _, k := range []string{"t.private", "t.share", "t.ask", "t.password", "t.colour_wrong", "t.photo_right", "t.game_detail",
		sorter.KeyPickFirst, sorter.KeyReviewRight, sorter.KeyReviewMiss, sorter.KeyReviewFalse, sorter.KeyReviewFinished, sorter.KeyReviewMixed} {
		if !slices.Contains(keys, k) {
			t.Errorf("TextKeys lacks %q: %v", k, keys)
		}
	}
	if slices.Contains(keys, "") {
		t.Errorf("TextKeys has an empty key: %v", keys)
	}
}

func TestDecodeNoteOverrides(t *testing.T) {
	s := spec(t, "13to18", "note_right = \"t.nr\"\nnote_miss = \"t.nm\"\nnote_false_alarm = \"t.nf\"\n"+threeBins)
	if s.NoteRight != "t.nr" || s.NoteMiss != "t.nm" || s.NoteFalse != "t.nf" {
		t.Fatalf("notes %q %q %q", s.NoteRight, s.NoteMiss, s.NoteFalse)
	}
	keys := s.TextKeys()
	if slices.Contains(keys, sorter.KeyReviewRight) || !slices.Contains(keys, "t.nf") {
		t.Fatalf("TextKeys should use the level's notes: %v", keys)
	}
}

// TestDecodeProblems edits a good level one way at a time and expects each problem at
// its line and column. The level header is 14 lines; the step body starts on line 15.
func TestDecodeProblems(t *testing.T) {
	items := threeBins[strings.Index(threeBins, "  [[step.item]]"):]
	bins := threeBins[:strings.Index(threeBins, "  [[step.item]]")]
	oneItem := `
  [[step.item]]
  text  = "t.game"
  bin   = "share"
  right = "t.game_right"
  wrong = "t.game_wrong"
`
	cases := []struct {
		name     string
		body     string // the step body, or "" for threeBins
		from, to string // then one replacement in the whole file
		want     string
	}{
		{"no prompt", "", `prompt = "t.prompt"`, ``, `test.toml:10:1: a sort step needs a prompt`},
		{"unknown item field", "", `  right = "t.colour_right"`, `  rigth = "t.colour_right"`, `test.toml:43:3: unknown field "rigth"`},
		{"unknown bin field", "", `  flag  = false`, `  flagg = false`, `test.toml:25:3: unknown field "flagg"`},
		{"bin missing flag", "", `  flag  = false`, ``, `test.toml:21:3: missing field "flag"`},
		{"flag not a bool", "", `  flag  = false`, `  flag  = "no"`, `test.toml:25:3: flag must be true or false`},
		{"duplicate bin id", "", `  id    = "ask"`, `  id    = "share"`, `test.toml:28:3: bin id "share" is used twice (first by bin 2)`},
		{"unknown bin icon", "", `  icon  = "lock"`, `  icon  = "padlock"`, `test.toml:18:3: unknown picture "padlock"`},
		{"unknown item icon", "", `  icon   = "game"`, `  icon   = "joystick"`, `test.toml:54:3: unknown picture "joystick"`},
		{"item bin missing", "", `  bin   = "ask"`, `  bin   = "later"`, `test.toml:48:3: bin "later" does not exist; the bins are "private", "share", "ask"`},
		{"item no bin", "", `  bin   = "ask"`, ``, `test.toml:46:3: missing field "bin"`},
		{"item no wrong", "", `  wrong = "t.photo_wrong"`, ``, `test.toml:46:3: missing field "wrong"`},
		{"item no text no icon", "", `  icon  = "photo"`, ``, `test.toml:46:3: an item needs text, an icon or both`},
		{"empty text", "", `  text  = "t.colour"`, `  text  = ""`, `test.toml:41:3: text must not be empty`},
		{"bin not used", "", `  bin   = "ask"`, `  bin   = "private"`, `test.toml:27:3: no item goes in bin "ask"`},
		{"text not a string", "", `  text   = "t.game"`, `  text   = 3`, `test.toml:53:3: text must be a string in quotes`},
		{"all bins flag", "", `  flag  = false`, `  flag  = true`, `test.toml:15:3: at least one bin needs flag = false`},
		{"no bins", items, "", "", `test.toml:10:1: a sort step needs 2 to 3 [[step.bin]] tables`},
		{"no items", bins, "", "", `test.toml:10:1: a sort step needs 2 to 8 [[step.item]] tables`},
		{"bins written inline", "bin = [{id = \"a\"}]\n" + items, "", "", `test.toml:14:1: bin must be written as [[bin]] tables`},
		{"one item", bins + oneItem, "", "", `test.toml:34:3: a sort step needs 2 to 8 items, not 1`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			body := c.body
			if body == "" {
				body = threeBins
			}
			src := fmt.Sprintf(head, "9to12", "9to12") + body + tail
			if c.from != "" {
				if !strings.Contains(src, c.from) {
					t.Fatalf("the good level has no %q", c.from)
				}
				src = strings.Replace(src, c.from, c.to, 1)
			}
			_, ps := level.Parse("test.toml", []byte(src))
			var got []string
			found := false
			for _, p := range ps {
				got = append(got, p.String())
				found = found || strings.HasPrefix(p.String(), c.want)
			}
			if !found {
				t.Fatalf("want a problem starting %q, got:\n%s", c.want, strings.Join(got, "\n"))
			}
			// One mistake, one message: no knock-on problems, except where a missing
			// bin or item truly leaves another one unused.
			if limit := map[string]int{"one item": 3, "duplicate bin id": 2, "unknown item field": 2, "unknown bin field": 2}[c.name]; len(ps) > max(limit, 1) {
				t.Fatalf("too many problems for one mistake:\n%s", strings.Join(got, "\n"))
			}
		})
	}
}

func TestDecodeNeedsSafeAndRiskyItems(t *testing.T) {
	body := strings.NewReplacer(`bin   = "share"`, `bin   = "private"`, `bin    = "share"`, `bin    = "private"`).Replace(threeBins)
	body = strings.Replace(body, `  id    = "share"`, `  id    = "other"`, 1)
	_, ps := parse(t, "9to12", body)
	if !hasProblem(ps, "mix safe and risky items: 4 go in a flag = true bin and 0 in a flag = false bin") {
		t.Fatalf("want the mix problem, got %v", ps)
	}
}

func hasProblem(ps []diag.Problem, sub string) bool {
	for _, p := range ps {
		if strings.Contains(p.String(), sub) {
			return true
		}
	}
	return false
}

func TestUnder9Rules(t *testing.T) {
	spec(t, "under9", twoBins) // a good under9 step
	if _, ps := parse(t, "under9", threeBins); !hasProblem(ps, "test.toml:15:3: a sort step needs 2 to 2 bins in an under9 level (two big choices), not 3") {
		t.Errorf("three bins in under9: %v", ps)
	}
	if _, ps := parse(t, "under9", threeBins); !hasProblem(ps, "test.toml:40:3: an item in an under9 level needs an icon") {
		t.Errorf("item without icon in under9: %v", ps)
	}
	if _, ps := parse(t, "9to12", threeBins); len(ps) != 0 {
		t.Errorf("the same step is fine in 9to12: %v", ps)
	}
	// Seven items: fine from 9, too many under 9.
	var many strings.Builder
	many.WriteString(twoBins)
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&many, "\n  [[step.item]]\n  text = \"t.x%d\"\n  icon = \"star\"\n  bin = \"watch\"\n  right = \"t.r\"\n  wrong = \"t.w\"\n", i)
	}
	if _, ps := parse(t, "under9", many.String()); !hasProblem(ps, "test.toml:27:3: a sort step needs 2 to 6 items in an under9 level, not 7") {
		t.Errorf("seven items in under9: %v", ps)
	}
	if _, ps := parse(t, "9to12", many.String()); len(ps) != 0 {
		t.Errorf("seven items in 9to12: %v", ps)
	}
}

func TestMovesAndDo(t *testing.T) {
	s := spec(t, "9to12", threeBins)
	a := s.Start().(*sorter.Activity)
	want := []string{"item:0", "item:1", "item:2", "item:3", "bin:0", "bin:1", "bin:2"}
	if got := a.Moves(); !reflect.DeepEqual(got, want) {
		t.Fatalf("moves %v", got)
	}
	if a.Selected() != -1 || a.Done() {
		t.Fatal("fresh activity")
	}
	// A bin before any item: a hint, nothing scored.
	re, err := a.Do("bin:1")
	if err != nil || re != (mech.Reaction{Text: sorter.KeyPickFirst, Tone: mech.Neutral}) {
		t.Fatalf("bin first: %+v %v", re, err)
	}
	if a.Score().Judged() != 0 {
		t.Fatal("a hint is not a judgement")
	}
	// Pick up the password (Sango reads the card) and put it in "OK to share": a miss,
	// and the item stays picked up.
	if re, err = a.Do("item:0"); err != nil || re != (mech.Reaction{Text: "t.password"}) || a.Selected() != 0 {
		t.Fatalf("pick up: %+v %v", re, err)
	}
	re, err = a.Do("bin:1")
	if err != nil || re != (mech.Reaction{Text: "t.password_wrong", Tone: mech.Retry}) {
		t.Fatalf("wrong bin: %+v %v", re, err)
	}
	if a.Last() != re {
		t.Fatalf("last reaction %+v", a.Last())
	}
	if a.Selected() != 0 || a.Placed(0) || a.WrongTries(0) != 1 {
		t.Fatal("a wrong placement keeps the item picked up and unsorted")
	}
	if got := a.Score(); got != (mech.Score{Misses: 1}) {
		t.Fatalf("score %+v", got)
	}
	// Picking it up again (as a drag does) keeps it picked up; then the right bin.
	if _, err = a.Do("item:0"); err != nil || a.Selected() != 0 {
		t.Fatal("picking up again")
	}
	re, err = a.Do("bin:0")
	if err != nil || re != (mech.Reaction{Text: "t.password_right", Tone: mech.Good}) {
		t.Fatalf("right bin: %+v %v", re, err)
	}
	if a.Selected() != -1 || !a.Placed(0) || a.PlacedCount() != 1 {
		t.Fatal("a right placement sorts the item and puts it down")
	}
	if got := a.Score(); got != (mech.Score{Misses: 1}) {
		t.Fatalf("only the first placement counts: %+v", got)
	}
	if got := a.Moves(); slices.Contains(got, "item:0") || len(got) != 6 {
		t.Fatalf("a sorted item is no longer a move: %v", got)
	}
	// Not moves now.
	for _, bad := range []string{"item:0", "item:4", "bin:3", "item:-1", "item:01", "bin:", "box:1", "done", ""} {
		before := a.Moves()
		if _, err := a.Do(bad); err == nil {
			t.Errorf("%q should be an error", bad)
		}
		if !reflect.DeepEqual(before, a.Moves()) || a.Selected() != -1 || a.Last().Text != "t.password_right" {
			t.Errorf("%q changed the state", bad)
		}
	}
	// Switching items: the later pick is the one placed. A card with a detail shows it;
	// a picture-only card says nothing.
	a.Do("item:1")
	if re, _ := a.Do("item:3"); re != (mech.Reaction{Text: "t.game_detail"}) {
		t.Fatalf("detail: %+v", re)
	}
	if re, _ := a.Do("item:2"); re != (mech.Reaction{}) {
		t.Fatalf("picture card: %+v", re)
	}
	a.Do("item:3")
	if re, _ := a.Do("bin:2"); re.Tone != mech.Retry || re.Text != "t.game_wrong" {
		t.Fatalf("game in ask: %+v", re)
	}
	a.Do("bin:1")
	a.Do("item:1")
	a.Do("bin:1")
	a.Do("item:2")
	a.Do("bin:2")
	if !a.Done() || a.Moves() != nil {
		t.Fatalf("done %v moves %v", a.Done(), a.Moves())
	}
	if _, err := a.Do("bin:0"); err == nil {
		t.Fatal("no move after done")
	}
	if got := a.Score(); got != (mech.Score{Hits: 1, Misses: 1, FalseAlarms: 1, CorrectRejections: 1}) {
		t.Fatalf("final score %+v", got)
	}
	if registry.Next(a, mech.Safe) != "" || registry.Next(a, mech.Unsafe) != "" {
		t.Fatal("no next move after done")
	}
}

func TestParseMove(t *testing.T) {
	for _, c := range []struct {
		id   string
		kind string
		n    int
		ok   bool
	}{{"item:3", "item", 3, true}, {"bin:0", "bin", 0, true}, {"bin:x", "", 0, false}, {"item:+1", "", 0, false}, {"x:1", "", 0, false}} {
		kind, n, ok := sorter.ParseMove(c.id)
		if kind != c.kind || n != c.n || ok != c.ok {
			t.Errorf("ParseMove(%q) = %q %d %v", c.id, kind, n, ok)
		}
	}
	if sorter.ItemMove(2) != "item:2" || sorter.BinMove(1) != "bin:1" {
		t.Error("move ids")
	}
}

// play runs a strategy to the end, checking every move it makes is on offer.
func play(t *testing.T, a mech.Activity, s mech.Strategy) []string {
	t.Helper()
	var moves []string
	for n := 0; !a.Done(); n++ {
		if n > 100 {
			t.Fatal("the strategy never finishes")
		}
		m := registry.Next(a, s)
		if again := registry.Next(a, s); again != m {
			t.Fatalf("Next is not repeatable: %q then %q", m, again)
		}
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

func TestSafeStrategy(t *testing.T) {
	s := spec(t, "9to12", threeBins)
	a := s.Start()
	moves := play(t, a, mech.Safe)
	want := []string{"item:0", "bin:0", "item:1", "bin:1", "item:2", "bin:2", "item:3", "bin:1"}
	if !reflect.DeepEqual(moves, want) {
		t.Fatalf("moves %v", moves)
	}
	if got := a.Score(); got != (mech.Score{Hits: 2, CorrectRejections: 2}) {
		t.Fatalf("score %+v", got)
	}
	if got := a.Review(); !reflect.DeepEqual(got, []mech.Note{{Good: true, Text: sorter.KeyReviewRight}}) {
		t.Fatalf("review %+v", got)
	}
}

func TestUnsafeStrategyMakesEveryKindOfMistake(t *testing.T) {
	s := spec(t, "9to12", threeBins)
	a := s.Start().(*sorter.Activity)
	moves := play(t, a, mech.Unsafe)
	// Password: a miss (OK to share). Colour: a false alarm (Private). Photo: the misses
	// and false alarms are done, so a mix-up (Private instead of Ask). Game: a false alarm.
	want := []string{"item:0", "bin:1", "bin:0", "item:1", "bin:0", "bin:1", "item:2", "bin:0", "bin:2", "item:3", "bin:0", "bin:1"}
	if !reflect.DeepEqual(moves, want) {
		t.Fatalf("moves %v", moves)
	}
	sc := a.Score()
	if sc != (mech.Score{Hits: 1, Misses: 1, FalseAlarms: 2}) {
		t.Fatalf("score %+v", sc)
	}
	if sc.Misses+sc.FalseAlarms == 0 {
		t.Fatal("unsafe play must make mistakes")
	}
	for i := range s.Items {
		if a.WrongTries(i) != 1 {
			t.Errorf("item %d wrong tries %d", i, a.WrongTries(i))
		}
	}
	want2 := []mech.Note{{Good: true, Text: sorter.KeyReviewFinished}, {Text: sorter.KeyReviewMiss}, {Text: sorter.KeyReviewFalse}}
	if got := a.Review(); !reflect.DeepEqual(got, want2) {
		t.Fatalf("review %+v", got)
	}
}

func TestUnsafeTwoBins(t *testing.T) {
	a := spec(t, "under9", twoBins).Start()
	play(t, a, mech.Unsafe)
	if got := a.Score(); got != (mech.Score{Misses: 1, FalseAlarms: 1}) {
		t.Fatalf("score %+v", got)
	}
}

func TestReviewMixUpOnly(t *testing.T) {
	a := spec(t, "9to12", threeBins).Start()
	// The photo goes in Private before Ask: wrong box, right side. The rest right.
	for _, m := range []string{"item:2", "bin:0", "bin:2", "item:0", "bin:0", "item:1", "bin:1", "item:3", "bin:1"} {
		if _, err := a.Do(m); err != nil {
			t.Fatal(err)
		}
	}
	if got := a.Score(); got != (mech.Score{Hits: 2, CorrectRejections: 2}) {
		t.Fatalf("score %+v", got)
	}
	want := []mech.Note{{Good: true, Text: sorter.KeyReviewFinished}, {Text: sorter.KeyReviewMixed}}
	if got := a.Review(); !reflect.DeepEqual(got, want) {
		t.Fatalf("review %+v", got)
	}
	if fresh := spec(t, "9to12", threeBins).Start(); len(fresh.Review()) != 0 {
		t.Fatalf("nothing to review before any move: %+v", fresh.Review())
	}
}

// TestRunnerPlaysTheStepBothWays plays a whole level through the runner, as autoplay does.
func TestRunnerPlaysTheStepBothWays(t *testing.T) {
	l, ps := parse(t, "9to12", threeBins)
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	for _, c := range []struct {
		s    runner.Strategy
		want mech.Score
	}{{runner.PlaySafe, mech.Score{Hits: 2, CorrectRejections: 2}}, {runner.PlayUnsafe, mech.Score{Hits: 1, Misses: 1, FalseAlarms: 2}}} {
		r, err := runner.New(l)
		if err != nil {
			t.Fatal(err)
		}
		res, err := runner.PlayThrough(r, c.s)
		if err != nil {
			t.Fatal(err)
		}
		if !res.Completed || res.Activities != 1 || res.Score != c.want {
			t.Fatalf("strategy %d: %+v", c.s, res)
		}
	}
}
