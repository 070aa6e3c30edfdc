// Package settings is the "settings" mechanic: a mock app's setup screen with a list of
// settings, some already safe and some not. A setting is a toggle (on or off) or a choice
// among a few values ("Everyone", "Friends", "Only me"). The child changes what needs
// changing, leaves alone what is already fine, and presses the app's Done button.
//
// Judgement is what is scored, not "turn everything off": each setting's state at the
// first press of Done counts once. A risky default put right is a hit, a risky default
// left as it was is a miss, a safe setting made unsafe is a false alarm and a safe setting
// left safe is a correct rejection.
//
// Before that first Done the app stays quiet, as a real one does, so the child judges on
// their own. Done with something still unsafe is never a dead end: Sango points at the
// first setting to check, the app shows its page, and from then on every change is
// answered at once until the child presses Done again.
//
// Settings are shown a few to a page, the way a phone's setup screens are, so every row
// stays a large touch target: PerPage unless the screen asks for fewer or more with
// SetPerPage. The first Done is on the last page, so every setting is seen before
// anything is judged; once Done has been pressed it is on every page.
package settings

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"sango/game/art"
	"sango/game/mech"
)

// Kind is the mechanic's step kind.
const Kind mech.Kind = "settings"

// PerPage is how many settings one page of the mock app shows, until SetPerPage says
// otherwise.
const PerPage = 3

// Limits on a step's size, so that it stays a short task that fits a phone.
const (
	MinSettings       = 2
	MaxSettings       = 9
	MaxSettingsUnder9 = 4
	MinValues         = 2
	MaxValues         = 4
	MaxValuesUnder9   = 2
)

// Mechanic describes the settings mechanic to the level decoder.
func Mechanic() mech.Mechanic {
	return mech.Mechanic{Kind: Kind, Fields: []string{"app", "done", "setting"}, Decode: decode}
}

// settingFields are the fields of one [[step.setting]].
var settingFields = []string{"label", "icon", "values", "default", "safe", "hint", "fix"}

// Setting is one row of the mock app.
type Setting struct {
	Label string // locale key of the row's words
	Icon  string // picture name (game/art)
	// Values are the locale keys of a choice's values; nil for a toggle, whose values are
	// off (0) and on (1).
	Values  []string
	Default int    // the value the app starts with: an index into Values, or 0/1 for off/on
	Safe    []bool // for each value, whether it is safe
	Hint    string // said when Done is pressed while this setting is unsafe
	Fix     string // said when the child makes it safe again after a Done
}

// Toggle reports whether the setting is an on/off switch.
func (s Setting) Toggle() bool { return s.Values == nil }

// Count is how many values the setting has.
func (s Setting) Count() int { return len(s.Safe) }

// RiskyDefault reports whether the app starts with this setting unsafe.
func (s Setting) RiskyDefault() bool { return !s.Safe[s.Default] }

// firstSafe is the first safe value, the one a careful player picks.
func (s Setting) firstSafe() int { return slices.Index(s.Safe, true) }

// firstUnsafe is the first unsafe value.
func (s Setting) firstUnsafe() int { return slices.Index(s.Safe, false) }

// Spec is a decoded settings step.
type Spec struct {
	App      string // locale key of the mock app's name, shown in its title bar; may be ""
	Done     string // locale key said when Done is pressed with everything safe
	Settings []Setting
}

// Kind implements mech.Spec.
func (*Spec) Kind() mech.Kind { return Kind }

// KeptFine is the review's word for leaving the good settings alone.
const KeptFine = "mech_settings.kept_fine"

// TextKeys implements mech.Spec.
func (s *Spec) TextKeys() []string {
	keys := []string{s.App, s.Done, KeptFine}
	for _, st := range s.Settings {
		keys = append(keys, st.Label, st.Hint, st.Fix)
		keys = append(keys, st.Values...)
	}
	out := keys[:0]
	for _, k := range keys {
		if k != "" {
			out = append(out, k)
		}
	}
	return out
}

// Start implements mech.Spec.
func (s *Spec) Start() mech.Activity { return newActivity(s) }

func decode(t mech.Table, c mech.Context) mech.Spec {
	under9 := c.Band == "under9"
	spec := &Spec{App: t.Str("app", false), Done: t.Str("done", true)}
	if !t.Has("prompt") {
		t.Problemf("", "a settings step needs a prompt: the instruction shown above the app, such as \"Set up your profile, then tap Done\"")
	}
	tables := t.Tables("setting", settingFields...)
	for _, st := range tables {
		spec.Settings = append(spec.Settings, decodeSetting(st, under9))
	}
	n := len(tables)
	maxN := MaxSettings
	if under9 {
		maxN = MaxSettingsUnder9
	}
	switch {
	case !t.Has("setting"):
		t.Problemf("", "a settings step needs [[step.setting]] tables, one for each row of the app")
		return spec
	case n < MinSettings:
		t.Problemf("setting[0]", "a settings step needs at least %d settings, not %d: one to change and one to leave alone", MinSettings, n)
	case n > maxN && under9:
		t.Problemf(fmt.Sprintf("setting[%d]", maxN), "an under9 settings step has at most %d settings, not %d; keep it short", maxN, n)
	case n > maxN:
		t.Problemf(fmt.Sprintf("setting[%d]", maxN), "a settings step has at most %d settings, not %d", maxN, n)
	}
	risky, fine := 0, 0
	for _, st := range spec.Settings {
		if len(st.Safe) == 0 || st.Default < 0 || st.Default >= len(st.Safe) {
			continue // already reported
		}
		if st.RiskyDefault() {
			risky++
		} else {
			fine++
		}
	}
	if n > 0 && risky == 0 {
		t.Problemf("", "no setting starts unsafe: at least one default must be a risk for the child to change")
	}
	if n > 0 && fine == 0 {
		t.Problemf("", "every setting starts unsafe: at least one must already be fine, so that leaving good settings alone is practised too, not turning everything off")
	}
	return spec
}

func decodeSetting(t mech.Table, under9 bool) Setting {
	s := Setting{
		Label: t.Str("label", true),
		Icon:  t.Str("icon", true),
		Hint:  t.Str("hint", true),
		Fix:   t.Str("fix", true),
	}
	if s.Icon != "" && !art.Valid(s.Icon) {
		t.Problemf("icon", "unknown picture %q; use one of %v", s.Icon, art.Icons())
	}
	if !t.Has("values") {
		// A toggle: default and safe are on (true) or off (false).
		s.Safe = []bool{false, false}
		if t.Bool("default", true) {
			s.Default = 1
		}
		if t.Bool("safe", true) {
			s.Safe[1] = true
		} else {
			s.Safe[0] = true
		}
		return s
	}
	s.Values = t.Strings("values")
	if s.Values == nil {
		s.Values = []string{}
	}
	maxV := MaxValues
	if under9 {
		maxV = MaxValuesUnder9
	}
	switch n := len(s.Values); {
	case n < MinValues:
		t.Problemf("values", "a choice needs at least %d values, not %d; for on or off, leave values out to make a toggle", MinValues, n)
	case n > maxV && under9:
		t.Problemf("values", "an under9 choice has at most %d values, not %d: two big choices", maxV, n)
	case n > maxV:
		t.Problemf("values", "a choice has at most %d values, not %d", maxV, n)
	}
	for j, v := range s.Values {
		if v == "" {
			t.Problemf("values", "value %d must not be empty", j+1)
		} else if slices.Index(s.Values, v) < j {
			t.Problemf("values", "value %q is listed twice", v)
		}
	}
	s.Safe = make([]bool, len(s.Values))
	def := t.Str("default", true)
	s.Default = slices.Index(s.Values, def)
	if def != "" && s.Default < 0 {
		t.Problemf("default", "default %q is not one of the values %v", def, s.Values)
	}
	if s.Default < 0 {
		s.Default = 0
	}
	if !t.Has("safe") {
		t.Problemf("", "missing field \"safe\": the list of this choice's values that are safe, like safe = [\"...\"]")
		return s
	}
	safe := t.Strings("safe")
	for _, v := range safe {
		j := slices.Index(s.Values, v)
		if j < 0 {
			t.Problemf("safe", "safe value %q is not one of the values %v", v, s.Values)
			continue
		}
		s.Safe[j] = true
	}
	if len(s.Values) > 0 && len(safe) > 0 && !slices.Contains(s.Safe, true) {
		return s // every listed value was unknown: already reported
	}
	switch {
	case len(safe) == 0:
		t.Problemf("safe", "safe must list at least one of the values %v", s.Values)
	case !slices.Contains(s.Safe, false):
		t.Problemf("safe", "every value is safe, so there is nothing to judge; leave at least one value out of safe")
	}
	return s
}

// Activity is one play of a settings step.
type Activity struct {
	spec     *Spec
	state    []int // each setting's current value
	page     int
	perPage  int
	finished bool       // Done was pressed at least once
	done     bool       // Done was pressed with everything safe
	hinted   int        // the setting Sango pointed at after a Done, or -1
	first    []int      // the state at the first Done
	score    mech.Score // the judgement at the first Done
}

func newActivity(s *Spec) *Activity {
	a := &Activity{spec: s, state: make([]int, len(s.Settings)), hinted: -1, perPage: PerPage}
	for i, st := range s.Settings {
		a.state[i] = st.Default
	}
	return a
}

// Spec returns the step being played.
func (a *Activity) Spec() *Spec { return a.spec }

// Value returns setting i's current value: an index into its Values, or 0/1 for off/on.
func (a *Activity) Value(i int) int { return a.state[i] }

// IsSafe reports whether setting i is safe now.
func (a *Activity) IsSafe(i int) bool { return a.spec.Settings[i].Safe[a.state[i]] }

// Page is the page showing now, from 0.
func (a *Activity) Page() int { return a.page }

// Pages is how many pages the app has.
func (a *Activity) Pages() int { return (len(a.spec.Settings) + a.perPage - 1) / a.perPage }

// PerPage is how many settings a page shows.
func (a *Activity) PerPage() int { return a.perPage }

// SetPerPage changes how many settings a page shows (at least one), for a screen that has
// room for more or fewer rows. It changes nothing that is judged. The page that shows
// afterwards holds the setting Sango pointed at, if any, or else the first setting of the
// page that showed before.
func (a *Activity) SetPerPage(n int) {
	n = max(1, min(n, len(a.spec.Settings)))
	if n == a.perPage {
		return
	}
	keep := a.page * a.perPage
	if h := a.Hinted(); h >= 0 {
		keep = h
	}
	a.perPage = n
	a.page = a.pageOf(keep)
}

// OnPage lists the settings on page p, in order.
func (a *Activity) OnPage(p int) []int {
	var out []int
	for i := p * a.perPage; i < min(len(a.spec.Settings), (p+1)*a.perPage); i++ {
		out = append(out, i)
	}
	return out
}

// Hinted is the setting Sango pointed at after the last Done, while it is still unsafe;
// -1 when there is none.
func (a *Activity) Hinted() int {
	if a.hinted >= 0 && !a.IsSafe(a.hinted) {
		return a.hinted
	}
	return -1
}

// Finished reports whether Done has been pressed at least once.
func (a *Activity) Finished() bool { return a.finished }

func (a *Activity) pageOf(i int) int { return i / a.perPage }

// ToggleMove, SetMove, PageMove and FinishMove are the move ids.
func ToggleMove(i int) string { return "toggle:" + strconv.Itoa(i) }
func SetMove(i, v int) string { return "set:" + strconv.Itoa(i) + ":" + strconv.Itoa(v) }
func PageMove(p int) string   { return "page:" + strconv.Itoa(p) }

// finishAllowed: the first Done is on the last page, so every setting is seen before
// anything is judged; after it, Done is on every page.
func (a *Activity) finishAllowed() bool { return a.finished || a.page == a.Pages()-1 }

// FinishMove is the app's Done button.
const FinishMove = "finish"

// Moves implements mech.Activity: the settings on the page showing, in order (a choice
// offers each of its values), then the way back a page, the way on, and Done.
func (a *Activity) Moves() []string {
	if a.done {
		return nil
	}
	var out []string
	for _, i := range a.OnPage(a.page) {
		st := a.spec.Settings[i]
		if st.Toggle() {
			out = append(out, ToggleMove(i))
			continue
		}
		for v := range st.Values {
			out = append(out, SetMove(i, v))
		}
	}
	if a.page > 0 {
		out = append(out, PageMove(a.page-1))
	}
	if a.page < a.Pages()-1 {
		out = append(out, PageMove(a.page+1))
	}
	if a.finishAllowed() {
		out = append(out, FinishMove)
	}
	return out
}

// Do implements mech.Activity.
func (a *Activity) Do(move string) (mech.Reaction, error) {
	if !slices.Contains(a.Moves(), move) {
		if a.done {
			return mech.Reaction{}, fmt.Errorf("settings: %q: the step is done", move)
		}
		return mech.Reaction{}, fmt.Errorf("settings: %q is not a move now (moves: %s)", move, strings.Join(a.Moves(), ", "))
	}
	parts := strings.Split(move, ":")
	num := func(k int) int { n, _ := strconv.Atoi(parts[k]); return n }
	switch parts[0] {
	case "toggle":
		i := num(1)
		return a.change(i, 1-a.state[i]), nil
	case "set":
		return a.change(num(1), num(2)), nil
	case "page":
		a.page = num(1)
		return mech.Reaction{}, nil
	}
	return a.finish(), nil
}

// change sets setting i to value v. Before the first Done the app says nothing, so the
// child's judgement is their own; after it, Sango answers every change.
func (a *Activity) change(i, v int) mech.Reaction {
	st := a.spec.Settings[i]
	was := st.Safe[a.state[i]]
	a.state[i] = v
	now := st.Safe[v]
	switch {
	case !a.finished, was && now:
		return mech.Reaction{}
	case now:
		return mech.Reaction{Text: st.Fix, Tone: mech.Good}
	}
	a.hinted = i
	return mech.Reaction{Text: st.Hint, Tone: mech.Retry}
}

// finish presses Done. The first press is scored; any press with something unsafe shows
// the first setting to check, on its page.
func (a *Activity) finish() mech.Reaction {
	if !a.finished {
		a.finished = true
		a.first = slices.Clone(a.state)
		for i, st := range a.spec.Settings {
			switch safe := st.Safe[a.state[i]]; {
			case st.RiskyDefault() && safe:
				a.score.Hits++
			case st.RiskyDefault():
				a.score.Misses++
			case safe:
				a.score.CorrectRejections++
			default:
				a.score.FalseAlarms++
			}
		}
	}
	for i, st := range a.spec.Settings {
		if !a.IsSafe(i) {
			a.hinted, a.page = i, a.pageOf(i)
			return mech.Reaction{Text: st.Hint, Tone: mech.Retry}
		}
	}
	a.done, a.hinted = true, -1
	return mech.Reaction{Text: a.spec.Done, Tone: mech.Good}
}

// Next is the move a strategy makes now in a (see mech.Strategy). Safe puts right every unsafe setting, page by page, and
// presses Done. Unsafe first makes a safe setting unsafe and leaves the risky defaults as
// they are, presses Done, and then recovers as Safe does.
func Next(a *Activity, s mech.Strategy) string {
	if a.done {
		return ""
	}
	if s == mech.Unsafe && !a.finished {
		alarmed := false
		for i, st := range a.spec.Settings {
			alarmed = alarmed || (!st.RiskyDefault() && !a.IsSafe(i))
		}
		if !alarmed {
			for _, i := range a.OnPage(a.page) {
				if st := a.spec.Settings[i]; !st.RiskyDefault() {
					return a.moveTo(i, st.firstUnsafe())
				}
			}
		}
		if a.page < a.Pages()-1 {
			return PageMove(a.page + 1)
		}
		return FinishMove
	}
	for _, i := range a.OnPage(a.page) {
		if !a.IsSafe(i) {
			return a.moveTo(i, a.spec.Settings[i].firstSafe())
		}
	}
	for i := range a.spec.Settings {
		if a.IsSafe(i) {
			continue
		}
		if a.pageOf(i) < a.page {
			return PageMove(a.page - 1)
		}
		return PageMove(a.page + 1)
	}
	if a.finishAllowed() {
		return FinishMove
	}
	return PageMove(a.page + 1)
}

// moveTo is the move that puts setting i at value v.
func (a *Activity) moveTo(i, v int) string {
	if a.spec.Settings[i].Toggle() {
		return ToggleMove(i)
	}
	return SetMove(i, v)
}

// Done implements mech.Activity.
func (a *Activity) Done() bool { return a.done }

// Score implements mech.Activity: the judgement made at the first Done, or nothing yet.
func (a *Activity) Score() mech.Score { return a.score }

// Review implements mech.Activity: for each risky setting put right at the first Done,
// what that does; for each setting left or made unsafe, what to check next time; and a
// word for leaving the good settings alone.
func (a *Activity) Review() []mech.Note {
	if !a.finished {
		return nil
	}
	var good, next []mech.Note
	keptFine := false
	for i, st := range a.spec.Settings {
		safe := st.Safe[a.first[i]]
		switch {
		case st.RiskyDefault() && safe:
			good = append(good, mech.Note{Good: true, Text: st.Fix})
		case !safe:
			next = append(next, mech.Note{Good: false, Text: st.Hint})
		default:
			keptFine = true
		}
	}
	if keptFine && a.score.FalseAlarms == 0 {
		good = append(good, mech.Note{Good: true, Text: KeptFine})
	}
	return append(good, next...)
}
