package settings_test

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"testing"

	"sango/game/diag"
	"sango/game/level"
	"sango/game/mech"
	"sango/game/mech/registry"
	"sango/game/mech/settings"
	"sango/game/runner"
	"sango/levels"
)

// header is a level around one settings step; %s is the band, the second %s the step's
// own fields and settings.
const header = `format = 1
id = "test-settings"
band = "%s"
risk = "contact"
title = "t.title"
objective = "t.obj"
key_message = "t.key"
practice = ["check"]

[[step]]
id = "app"
kind = "settings"
prompt = "t.prompt"
%s
[[step]]
id = "end"
kind = "end"
`

// goodStep has six settings: three risky defaults (location on, profile public, real
// name shown) and three fine ones (filter on, messages from friends, buying off).
const goodStep = `app = "t.app"
done = "t.done"

  [[step.setting]]
  label = "t.location"
  icon = "location"
  default = true
  safe = false
  hint = "t.location_hint"
  fix = "t.location_fix"

  [[step.setting]]
  label = "t.filter"
  icon = "shield"
  default = true
  safe = true
  hint = "t.filter_hint"
  fix = "t.filter_fix"

  [[step.setting]]
  label = "t.who"
  icon = "eye"
  values = ["t.everyone", "t.friends", "t.only_me"]
  default = "t.everyone"
  safe = ["t.friends", "t.only_me"]
  hint = "t.who_hint"
  fix = "t.who_fix"

  [[step.setting]]
  label = "t.messages"
  icon = "chat"
  values = ["t.anyone", "t.friends"]
  default = "t.friends"
  safe = ["t.friends"]
  hint = "t.messages_hint"
  fix = "t.messages_fix"

  [[step.setting]]
  label = "t.real_name"
  icon = "person"
  default = true
  safe = false
  hint = "t.real_name_hint"
  fix = "t.real_name_fix"

  [[step.setting]]
  label = "t.buying"
  icon = "cart"
  default = false
  safe = false
  hint = "t.buying_hint"
  fix = "t.buying_fix"
`

func parse(t *testing.T, band, step string) (*level.Level, []diag.Problem) {
	t.Helper()
	src := fmt.Sprintf(header, band, step)
	return level.Parse("test.toml", []byte(src))
}

func spec(t *testing.T, band, step string) *settings.Spec {
	t.Helper()
	l, ps := parse(t, band, step)
	if len(ps) > 0 {
		t.Fatalf("unexpected problems: %v", ps)
	}
	s, ok := l.Steps[0].Mech.(*settings.Spec)
	if !ok {
		t.Fatalf("step 0 decoded to %T, want *settings.Spec", l.Steps[0].Mech)
	}
	return s
}

func start(t *testing.T) *settings.Activity {
	t.Helper()
	return spec(t, "9to12", goodStep).Start().(*settings.Activity)
}

func TestDecodeGoodStep(t *testing.T) {
	s := spec(t, "9to12", goodStep)
	if s.Kind() != "settings" || s.App != "t.app" || s.Done != "t.done" || len(s.Settings) != 6 {
		t.Fatalf("spec = %+v", s)
	}
	loc, who, msg := s.Settings[0], s.Settings[2], s.Settings[3]
	if !loc.Toggle() || loc.Default != 1 || !slices.Equal(loc.Safe, []bool{true, false}) || !loc.RiskyDefault() {
		t.Errorf("location = %+v, want a toggle starting on, safe off", loc)
	}
	if who.Toggle() || who.Default != 0 || !slices.Equal(who.Safe, []bool{false, true, true}) || !who.RiskyDefault() {
		t.Errorf("who = %+v, want a choice starting at everyone, safe friends and only me", who)
	}
	if msg.Default != 1 || msg.RiskyDefault() {
		t.Errorf("messages = %+v, want a fine default", msg)
	}
	if s.Settings[5].RiskyDefault() || s.Settings[1].RiskyDefault() {
		t.Errorf("filter and buying start safe")
	}
	keys := s.TextKeys()
	for _, k := range []string{"t.app", "t.done", "t.location", "t.location_hint", "t.location_fix", "t.everyone", "t.only_me", "t.anyone", settings.KeptFine} {
		if !slices.Contains(keys, k) {
			t.Errorf("TextKeys lacks %q: %v", k, keys)
		}
	}
	if slices.Contains(keys, "") {
		t.Errorf("TextKeys has an empty key: %v", keys)
	}
}

// at returns "line:col" of the first occurrence of marker in the test level, counting the
// line and column where marker starts.
func at(t *testing.T, band, step, marker string) string {
	t.Helper()
	src := fmt.Sprintf(header, band, step)
	i := strings.Index(src, marker)
	if i < 0 {
		t.Fatalf("marker %q not in the level", marker)
	}
	line := strings.Count(src[:i], "\n") + 1
	col := i - strings.LastIndex(src[:i], "\n")
	return fmt.Sprintf("%d:%d", line, col)
}

// extra is n more settings that are already fine, labelled t.extra1, t.extra2, ...
func extra(n int) string {
	var b strings.Builder
	for k := 1; k <= n; k++ {
		fmt.Fprintf(&b, "\n  [[step.setting]]\n  label = \"t.extra%d\"\n  icon = \"shield\"\n  default = true\n  safe = true\n  hint = \"t.h\"\n  fix = \"t.f\"\n", k)
	}
	return b.String()
}

func TestDecodeErrorsAtTheirKeys(t *testing.T) {
	mod := func(old, new string) string {
		if !strings.Contains(goodStep, old) {
			t.Fatalf("test setup: %q not in goodStep", old)
		}
		return strings.Replace(goodStep, old, new, 1)
	}
	cases := []struct {
		name, band, step string
		marker           string // where the problem must be reported
		want             string // part of the message
	}{
		{"unknown icon", "9to12", mod(`icon = "shield"`, `icon = "shiled"`), `icon = "shiled"`, `unknown picture "shiled"`},
		{"default not a value", "9to12", mod(`default = "t.everyone"`, `default = "t.all"`), `default = "t.all"`, `default "t.all" is not one of the values`},
		{"safe not a value", "9to12", mod(`safe = ["t.friends", "t.only_me"]`, `safe = ["t.friends", "t.me"]`), `safe = ["t.friends", "t.me"]`, `safe value "t.me" is not one of the values`},
		{"every value safe", "9to12", mod(`safe = ["t.friends", "t.only_me"]`, `safe = ["t.everyone", "t.friends", "t.only_me"]`), `safe = ["t.everyone"`, "every value is safe"},
		{"empty safe list", "9to12", mod(`safe = ["t.friends", "t.only_me"]`, `safe = []`), `safe = []`, "safe must list at least one"},
		{"no values", "9to12", mod("values = [\"t.anyone\", \"t.friends\"]\n  default = \"t.friends\"\n  safe = [\"t.friends\"]", "values = []"), `values = []`, "at least 2 values, not 0"},
		{"one value", "9to12", mod(`values = ["t.anyone", "t.friends"]`, `values = ["t.friends"]`), `values = ["t.friends"]`, "at least 2 values, not 1"},
		{"five values", "9to12", mod(`values = ["t.anyone", "t.friends"]`, `values = ["t.anyone", "t.friends", "t.a", "t.b", "t.c"]`), `values = ["t.anyone", "t.friends", "t.a"`, "at most 4 values, not 5"},
		{"value twice", "9to12", mod(`values = ["t.anyone", "t.friends"]`, `values = ["t.friends", "t.friends"]`), `values = ["t.friends", "t.friends"]`, `"t.friends" is listed twice`},
		{"toggle default a string", "9to12", mod("default = true\n  safe = false\n  hint = \"t.location_hint\"", "default = \"on\"\n  safe = false\n  hint = \"t.location_hint\""), `default = "on"`, "default must be true or false"},
		{"unknown field", "9to12", mod(`fix = "t.filter_fix"`, "fix = \"t.filter_fix\"\n  timer = 10"), `timer = 10`, `unknown field "timer"`},
		{"choice without safe", "9to12", mod(`safe = ["t.friends"]`, ``), "[[step.setting]]\n  label = \"t.messages\"", `missing field "safe"`},
		{"missing hint", "9to12", mod(`hint = "t.real_name_hint"`, ``), "[[step.setting]]\n  label = \"t.real_name\"", `missing field "hint"`},
		{"missing done", "9to12", strings.Replace(goodStep, `done = "t.done"`, ``, 1), `[[step]]
id = "app"`, `missing field "done"`},
		{"under9 three values", "under9", mod(`values = ["t.everyone", "t.friends", "t.only_me"]`, `values = ["t.everyone", "t.friends", "t.only_me"]`), `values = ["t.everyone", "t.friends", "t.only_me"]`, "an under9 choice has at most 2 values, not 3"},
		{"under9 six settings", "under9", goodStep, "[[step.setting]]\n  label = \"t.real_name\"", "an under9 settings step has at most 4 settings, not 6"},
		{"ten settings", "9to12", goodStep + extra(4), "[[step.setting]]\n  label = \"t.extra4\"", "at most 9 settings, not 10"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, ps := parse(t, c.band, c.step)
			want := "test.toml:" + at(t, c.band, c.step, c.marker) + ": "
			for _, p := range ps {
				if strings.HasPrefix(p.String(), want) && strings.Contains(p.Msg, c.want) {
					return
				}
			}
			t.Errorf("want a problem at %s containing %q; got %v", want, c.want, ps)
		})
	}
}

func TestDecodeStepLevelProblems(t *testing.T) {
	oneSetting := `done = "t.done"
  [[step.setting]]
  label = "t.location"
  icon = "location"
  default = true
  safe = false
  hint = "t.h"
  fix = "t.f"
`
	allFine := strings.NewReplacer("default = true\n  safe = false", "default = false\n  safe = false",
		`default = "t.everyone"`, `default = "t.friends"`).Replace(goodStep)
	allRisky := strings.NewReplacer("default = true\n  safe = true", "default = false\n  safe = true",
		`default = "t.friends"`, `default = "t.anyone"`, "default = false\n  safe = false", "default = true\n  safe = false").Replace(goodStep)
	cases := []struct{ name, step, want string }{
		{"no settings", `done = "t.done"`, "needs [[step.setting]] tables"},
		{"one setting", oneSetting, "at least 2 settings, not 1"},
		{"nothing to change", allFine, "no setting starts unsafe"},
		{"nothing to keep", allRisky, "every setting starts unsafe"},
		{"no prompt", goodStep, "needs a prompt"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := fmt.Sprintf(header, "9to12", c.step)
			if c.name == "no prompt" {
				src = strings.Replace(src, "prompt = \"t.prompt\"\n", "", 1)
			}
			_, ps := level.Parse("test.toml", []byte(src))
			for _, p := range ps {
				if strings.Contains(p.Msg, c.want) {
					if p.Line < 10 {
						t.Errorf("%s reported at line %d, before the step", c.want, p.Line)
					}
					return
				}
			}
			t.Errorf("want a problem containing %q; got %v", c.want, ps)
		})
	}
}

func TestUnder9FourTwoValueSettingsAreFine(t *testing.T) {
	step := `done = "t.done"
  [[step.setting]]
  label = "t.location"
  icon = "location"
  default = true
  safe = false
  hint = "t.h1"
  fix = "t.f1"
  [[step.setting]]
  label = "t.who"
  icon = "eye"
  values = ["t.everyone", "t.friends"]
  default = "t.friends"
  safe = ["t.friends"]
  hint = "t.h2"
  fix = "t.f2"
`
	s := spec(t, "under9", step)
	if len(s.Settings) != 2 {
		t.Fatalf("settings = %d", len(s.Settings))
	}
}

func TestMovesAndPages(t *testing.T) {
	a := start(t)
	if a.Pages() != 2 || a.Page() != 0 || a.PerPage() != settings.PerPage {
		t.Fatalf("pages = %d, page = %d, per page = %d", a.Pages(), a.Page(), a.PerPage())
	}
	want := []string{"toggle:0", "toggle:1", "set:2:0", "set:2:1", "set:2:2", "page:1"}
	if got := a.Moves(); !slices.Equal(got, want) {
		t.Fatalf("moves = %v, want %v", got, want)
	}
	// Done is not on the first page before the first Done.
	if _, err := a.Do("finish"); err == nil {
		t.Error("finish on the first page was accepted")
	}
	for _, bad := range []string{"", "toggle:3", "set:2:3", "set:0:1", "page:0", "page:2", "next:2", "toggle"} {
		if _, err := a.Do(bad); err == nil {
			t.Errorf("Do(%q) was accepted", bad)
		}
	}
	// Before the first Done the app says nothing, whatever the change.
	for _, m := range []string{"toggle:0", "toggle:1", "set:2:1", "set:2:1"} {
		re, err := a.Do(m)
		if err != nil || re != (mech.Reaction{}) {
			t.Errorf("Do(%q) = %+v, %v; want silence", m, re, err)
		}
	}
	if a.Value(0) != 0 || a.Value(1) != 0 || a.Value(2) != 1 || !a.IsSafe(0) || a.IsSafe(1) || !a.IsSafe(2) {
		t.Errorf("values = %d %d %d", a.Value(0), a.Value(1), a.Value(2))
	}
	if a.Score() != (mech.Score{}) || a.Review() != nil || a.Done() {
		t.Errorf("judged before Done: %+v %v", a.Score(), a.Review())
	}
	if _, err := a.Do("page:1"); err != nil {
		t.Fatal(err)
	}
	want = []string{"toggle:4", "toggle:5", "set:3:0", "set:3:1", "page:0", "finish"}
	if got := a.Moves(); !slices.Equal(slices.Sorted(slices.Values(got)), slices.Sorted(slices.Values(want))) {
		t.Fatalf("page 2 moves = %v, want %v", got, want)
	}
	if got := a.Moves(); got[0] != "set:3:0" || got[len(got)-1] != "finish" {
		t.Errorf("moves not in reading order: %v", got)
	}
}

func TestFinishWithSomethingUnsafeIsARetryThatPointsAtIt(t *testing.T) {
	a := start(t)
	// Fix the location, break the filter, leave the profile public; on page 2 leave the
	// real name shown.
	mustDo(t, a, "toggle:0", "toggle:1", "page:1")
	re := mustDo(t, a, "finish")
	if re.Tone != mech.Retry || re.Text != "t.filter_hint" {
		t.Fatalf("first finish = %+v, want a retry pointing at the filter", re)
	}
	if a.Done() || !a.Finished() || a.Hinted() != 1 || a.Page() != 0 {
		t.Fatalf("done=%v finished=%v hinted=%d page=%d", a.Done(), a.Finished(), a.Hinted(), a.Page())
	}
	want := mech.Score{Hits: 1, Misses: 2, FalseAlarms: 1, CorrectRejections: 2}
	if a.Score() != want {
		t.Fatalf("score = %+v, want %+v", a.Score(), want)
	}
	// Done is now on every page.
	if !slices.Contains(a.Moves(), "finish") {
		t.Errorf("no finish on page 1 after the first Done: %v", a.Moves())
	}
	// After Done every change is answered.
	if re := mustDo(t, a, "toggle:1"); re.Tone != mech.Good || re.Text != "t.filter_fix" {
		t.Errorf("putting the filter back = %+v", re)
	}
	if a.Hinted() != -1 {
		t.Errorf("hinted = %d after the fix", a.Hinted())
	}
	if re := mustDo(t, a, "toggle:0"); re.Tone != mech.Retry || re.Text != "t.location_hint" || a.Hinted() != 0 {
		t.Errorf("turning location back on = %+v, hinted %d", re, a.Hinted())
	}
	if re := mustDo(t, a, "toggle:0", "set:2:1"); re.Tone != mech.Good || re.Text != "t.who_fix" {
		t.Errorf("profile to friends = %+v", re)
	}
	if re := mustDo(t, a, "set:2:2"); re != (mech.Reaction{}) {
		t.Errorf("friends to only me (safe to safe) = %+v, want silence", re)
	}
	re = mustDo(t, a, "finish")
	if re.Tone != mech.Retry || re.Text != "t.real_name_hint" || a.Page() != 1 || a.Hinted() != 4 {
		t.Fatalf("second finish = %+v, page %d, hinted %d", re, a.Page(), a.Hinted())
	}
	re = mustDo(t, a, "toggle:4", "finish")
	if re.Tone != mech.Good || re.Text != "t.done" || !a.Done() || a.Moves() != nil || registry.Next(a, mech.Safe) != "" {
		t.Fatalf("last finish = %+v, done %v, moves %v", re, a.Done(), a.Moves())
	}
	// The score is still the first Done's.
	if a.Score() != want {
		t.Errorf("score changed after the first Done: %+v", a.Score())
	}
	if _, err := a.Do("finish"); err == nil {
		t.Error("a move after the step is done was accepted")
	}
}

func mustDo(t *testing.T, a *settings.Activity, moves ...string) mech.Reaction {
	t.Helper()
	var re mech.Reaction
	for _, m := range moves {
		var err error
		if re, err = a.Do(m); err != nil {
			t.Fatalf("Do(%q): %v", m, err)
		}
	}
	return re
}

// play runs a strategy to the end, counting moves.
func play(t *testing.T, a *settings.Activity, s mech.Strategy) (retries int) {
	t.Helper()
	for n := 0; !a.Done(); n++ {
		if n > 100 {
			t.Fatal("the strategy did not finish in 100 moves")
		}
		m := registry.Next(a, s)
		if !slices.Contains(a.Moves(), m) {
			t.Fatalf("Next = %q, not among the moves %v", m, a.Moves())
		}
		re := mustDo(t, a, m)
		if re.Tone == mech.Retry {
			retries++
		}
	}
	return retries
}

func TestSafeStrategyIsPerfect(t *testing.T) {
	a := start(t)
	if retries := play(t, a, mech.Safe); retries != 0 {
		t.Errorf("safe play met %d retries", retries)
	}
	if want := (mech.Score{Hits: 3, CorrectRejections: 3}); a.Score() != want {
		t.Errorf("score = %+v, want %+v", a.Score(), want)
	}
	notes := a.Review()
	good := 0
	for _, n := range notes {
		if !n.Good {
			t.Errorf("safe play has a try-next-time note: %+v", n)
		}
		good++
	}
	if good != 4 || notes[len(notes)-1].Text != settings.KeptFine {
		t.Errorf("review = %+v, want three fixes and the kept-fine note", notes)
	}
}

func TestUnsafeStrategyMakesEveryMistakeThenRecovers(t *testing.T) {
	a := start(t)
	if retries := play(t, a, mech.Unsafe); retries == 0 {
		t.Error("unsafe play met no retry")
	}
	sc := a.Score()
	if sc.Misses == 0 || sc.FalseAlarms == 0 {
		t.Errorf("score = %+v, want both misses and false alarms", sc)
	}
	if want := (mech.Score{Misses: 3, FalseAlarms: 1, CorrectRejections: 2}); sc != want {
		t.Errorf("score = %+v, want %+v", sc, want)
	}
	var next []string
	for _, n := range a.Review() {
		if !n.Good {
			next = append(next, n.Text)
		}
	}
	want := []string{"t.location_hint", "t.filter_hint", "t.who_hint", "t.real_name_hint"}
	if !slices.Equal(next, want) {
		t.Errorf("try-next-time notes = %v, want %v", next, want)
	}
	for _, n := range a.Review() {
		if n.Text == settings.KeptFine {
			t.Error("kept-fine note after a false alarm")
		}
	}
}

func TestStrategiesAtEveryPageSize(t *testing.T) {
	for per := 1; per <= 7; per++ {
		for _, s := range []mech.Strategy{mech.Safe, mech.Unsafe} {
			a := start(t)
			a.SetPerPage(per)
			play(t, a, s)
			if s == mech.Safe && (a.Score().Misses+a.Score().FalseAlarms != 0 || a.Score().Judged() != 6) {
				t.Errorf("per page %d, safe: %+v", per, a.Score())
			}
			if s == mech.Unsafe && (a.Score().Misses == 0 || a.Score().FalseAlarms == 0) {
				t.Errorf("per page %d, unsafe: %+v", per, a.Score())
			}
		}
	}
}

func TestSetPerPageKeepsTheHintedSettingInView(t *testing.T) {
	a := start(t)
	mustDo(t, a, "page:1", "finish")     // hints setting 0, on page 0
	mustDo(t, a, "toggle:0", "toggle:1") // location fixed; filter broken: hinted 1
	if a.Hinted() != 1 {
		t.Fatalf("hinted = %d", a.Hinted())
	}
	a.SetPerPage(1)
	if a.Page() != 1 || a.Pages() != 6 || !slices.Contains(a.Moves(), "toggle:1") {
		t.Errorf("one per page: page %d of %d, moves %v", a.Page(), a.Pages(), a.Moves())
	}
	mustDo(t, a, "toggle:1", "page:2", "page:3") // page 3 shows setting 3
	a.SetPerPage(2)
	if a.Page() != 1 || !slices.Contains(a.Moves(), "set:3:0") {
		t.Errorf("two per page: page %d, moves %v", a.Page(), a.Moves())
	}
	a.SetPerPage(0)
	if a.PerPage() != 1 {
		t.Errorf("per page = %d after SetPerPage(0)", a.PerPage())
	}
	a.SetPerPage(99)
	if a.PerPage() != 6 || a.Pages() != 1 {
		t.Errorf("per page = %d, pages %d after SetPerPage(99)", a.PerPage(), a.Pages())
	}
}

// TestShippedLevelsPlayThrough plays every shipped level with a settings step to its end
// with both strategies, through the runner, as autoplay does.
func TestShippedLevelsPlayThrough(t *testing.T) {
	found := 0
	err := fs.WalkDir(levels.FS(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".toml") {
			return err
		}
		data, err := fs.ReadFile(levels.FS(), path)
		if err != nil {
			return err
		}
		l, ps := level.Parse(path, data)
		if l == nil || len(ps) > 0 {
			return nil // other mechanics' placeholders; levelcheck reports them
		}
		uses := false
		for _, st := range l.Steps {
			uses = uses || st.Kind == "settings"
		}
		if !uses {
			return nil
		}
		found++
		for _, s := range []runner.Strategy{runner.PlaySafe, runner.PlayUnsafe} {
			r, err := runner.New(l)
			if err != nil {
				t.Fatal(err)
			}
			res, err := runner.PlayThrough(r, s)
			if err != nil || !res.Completed || res.Activities == 0 {
				t.Errorf("%s strategy %d: %+v, %v", l.ID, s, res, err)
				continue
			}
			sc := res.Score
			if s == runner.PlaySafe && (sc.Misses != 0 || sc.FalseAlarms != 0 || sc.Hits == 0 || sc.CorrectRejections == 0) {
				t.Errorf("%s safe: %+v", l.ID, sc)
			}
			if s == runner.PlayUnsafe && (sc.Misses == 0 || sc.FalseAlarms == 0) {
				t.Errorf("%s unsafe: %+v", l.ID, sc)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if found < 2 {
		t.Errorf("found %d shipped levels with a settings step, want at least 2", found)
	}
}
