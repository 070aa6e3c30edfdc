// Package offer is the "offer" mechanic: a shop item, a prize, a mystery chest or a free
// trial, shown as a card with a big tempting button and details the child can reveal by
// looking closer (the real cost, the odds, the auto-renewal, "real money", a countdown
// that never really ends). The child then picks an action: accept, ask a grown-up,
// compare, or decline.
//
// An offer is either unfair (it has at least one catch: accepting it is the risk) or fair
// (marked fair = true: a genuinely free thing with nothing hidden, which is fine to
// take). Levels mix the two, so that the game scores judgement rather than blanket
// suspicion.
//
// Scoring, as signal detection:
//   - each hidden catch the child reveals is a Hit;
//   - the offer itself is judged by the first action taken: on an unfair offer, accept is
//     a Miss and ask, compare or decline a Hit; on a fair offer, accept is a Correct
//     rejection and anything else a False alarm.
//
// A wrong action gets warm Retry feedback and the child chooses again: the step is Done
// only once a safe action was taken, so it is never a dead end.
package offer

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"sango/game/art"
	"sango/game/mech"
)

// Kind is the mechanic's step kind in a level file.
const Kind mech.Kind = "offer"

// Styles an offer can have: how the card looks.
var Styles = []string{"shop", "prize", "chest", "trial"}

// Action ids: the moves that decide an offer.
const (
	Accept  = "accept"  // take the offer: tempting; safe only when the offer is fair
	Ask     = "ask"     // ask a grown-up
	Compare = "compare" // look it up, check elsewhere
	Decline = "decline" // say no
)

// Actions lists the action ids in the order the docs give them.
var Actions = []string{Accept, Ask, Compare, Decline}

// LookPrefix starts the id of a move that reveals a hidden detail: "look:2" reveals
// detail 2 (counted from 0, in file order).
const LookPrefix = "look:"

// Limits that keep a card readable on a phone.
const (
	MaxDetails       = 4
	MaxDetailsUnder9 = 3
	MaxCountdown     = 5999 // 99:59
)

// Locale keys the view and the review use, in the [mech_offer] table.
const (
	KeyLook        = "mech_offer.look"
	KeyEndsIn      = "mech_offer.ends_in"
	KeyReviewFound = "mech_offer.review_found"
	KeyReviewLook  = "mech_offer.review_look"
	KeyReviewSafe  = "mech_offer.review_safe"
	KeyReviewRush  = "mech_offer.review_rush"
	KeyReviewTook  = "mech_offer.review_took"
	KeyReviewDoubt = "mech_offer.review_doubt"
)

// StyleKey is the locale key of a style's tag on the card ("Shop", "Free trial", ...).
func StyleKey(style string) string { return "mech_offer.style_" + style }

// viewKeys are the [mech_offer] keys every offer step needs in each language.
func viewKeys(style string) []string {
	return []string{KeyLook, KeyEndsIn, StyleKey(style),
		KeyReviewFound, KeyReviewLook, KeyReviewSafe, KeyReviewRush, KeyReviewTook, KeyReviewDoubt}
}

// Detail is one line of the offer's small print.
type Detail struct {
	Text   string // locale key of the line itself
	Icon   string // picture name, or "" (required in under9)
	Hidden bool   // shown only after the child looks closer
	Catch  bool   // a hidden cost, bad odds, a fake countdown; else a genuine fair point
	Reveal string // locale key of what Sango says when the child reveals it, or ""
}

// Action is one way to decide the offer.
type Action struct {
	ID       string // accept, ask, compare or decline
	Text     string // locale key of the button's label
	Icon     string // picture name
	Feedback string // locale key of what Sango says after it
}

// Spec is an offer step, decoded and checked.
type Spec struct {
	Title     string
	Icon      string
	Style     string
	Fair      bool
	Countdown int // seconds shown on a static "ends in" label; 0 for none
	Details   []Detail
	Actions   []Action
}

// Kind implements mech.Spec.
func (*Spec) Kind() mech.Kind { return Kind }

// TextKeys implements mech.Spec.
func (s *Spec) TextKeys() []string {
	keys := []string{s.Title}
	for _, d := range s.Details {
		keys = append(keys, d.Text)
		if d.Reveal != "" {
			keys = append(keys, d.Reveal)
		}
	}
	for _, a := range s.Actions {
		keys = append(keys, a.Text, a.Feedback)
	}
	return append(keys, viewKeys(s.Style)...)
}

// Start implements mech.Spec.
func (s *Spec) Start() mech.Activity { return s.Play() }

// Play begins a fresh play of the step, as its concrete type.
func (s *Spec) Play() *Activity {
	return &Activity{Spec: s, revealed: make([]bool, len(s.Details)), tried: map[string]bool{}}
}

// Safe reports whether taking action id is the right call for this offer.
func (s *Spec) Safe(id string) bool { return (id == Accept) == s.Fair }

// Catches counts the details that are catches.
func (s *Spec) Catches() int {
	n := 0
	for _, d := range s.Details {
		if d.Catch {
			n++
		}
	}
	return n
}

// CountdownLabel formats the countdown as the static "00:59" the card shows.
func (s *Spec) CountdownLabel() string {
	if s.Countdown <= 0 {
		return ""
	}
	return fmt.Sprintf("%02d:%02d", s.Countdown/60, s.Countdown%60)
}

// Mechanic describes the offer mechanic to the level decoder.
func Mechanic() mech.Mechanic {
	return mech.Mechanic{
		Kind:   Kind,
		Fields: []string{"title", "icon", "style", "fair", "countdown", "detail", "action"},
		Decode: decode,
	}
}

func decode(t mech.Table, c mech.Context) mech.Spec {
	under9 := c.Band == "under9"
	s := &Spec{
		Title: t.Str("title", true),
		Icon:  t.Str("icon", true),
		Style: t.Str("style", true),
		Fair:  t.Bool("fair", false),
	}
	checkIcon(t, "icon", s.Icon)
	if s.Style != "" && !slices.Contains(Styles, s.Style) {
		t.Problemf("style", "unknown style %q; use one of %v", s.Style, Styles)
	}
	if t.Has("countdown") {
		s.Countdown = t.Int("countdown", 0)
		switch {
		case under9:
			t.Problemf("countdown", "no countdowns in under9: young children are never rushed; remove countdown")
		case s.Fair:
			t.Problemf("countdown", "a countdown is a pressure trick, so a fair offer has none; remove it or set fair = false")
		case s.Countdown < 1 || s.Countdown > MaxCountdown:
			t.Problemf("countdown", "countdown is the seconds shown on the card, from 1 to %d (99:59), not %d", MaxCountdown, s.Countdown)
		}
	}
	decodeDetails(t, s, under9)
	decodeActions(t, s, under9)
	return s
}

func checkIcon(t mech.Table, key, name string) {
	if name != "" && !art.Valid(name) {
		t.Problemf(key, "unknown picture %q; use one of %v", name, art.Icons())
	}
}

// needPicture reports a missing icon in under9, where many children cannot read yet.
func needPicture(t mech.Table, under9 bool) {
	if under9 && !t.Has("icon") {
		t.Problemf("", "under9 needs a picture here, for children who cannot read yet: add icon = \"...\"")
	}
}

func decodeDetails(t mech.Table, s *Spec, under9 bool) {
	tables := t.Tables("detail", "text", "icon", "hidden", "catch", "reveal")
	if len(tables) == 0 {
		t.Problemf("", "an offer needs its details: add [[step.detail]] tables (text, icon, hidden, catch)")
		return
	}
	limit := MaxDetails
	if under9 {
		limit = MaxDetailsUnder9
	}
	hidden, hiddenCatch, fairPoints := 0, 0, 0
	for i, dt := range tables {
		if i == limit {
			dt.Problemf("", "an offer has at most %d details in this band (to fit a phone screen), not %d", limit, len(tables))
		}
		d := Detail{
			Text:   dt.Str("text", true),
			Icon:   dt.Str("icon", false),
			Hidden: dt.Bool("hidden", false),
			Catch:  dt.Bool("catch", false),
			Reveal: dt.Str("reveal", false),
		}
		checkIcon(dt, "icon", d.Icon)
		needPicture(dt, under9)
		if d.Hidden && d.Catch && d.Reveal == "" {
			dt.Problemf("", "a hidden catch needs reveal: what Sango says when the child finds it")
		}
		if d.Reveal != "" && !d.Hidden {
			dt.Problemf("reveal", "reveal is said when a hidden detail is found; this detail is not hidden")
		}
		if d.Catch && s.Fair {
			dt.Problemf("catch", "a fair offer has no catches: set catch = false here or fair = false on the step")
		}
		if d.Hidden {
			hidden++
			if d.Catch {
				hiddenCatch++
			}
		}
		if !d.Catch {
			fairPoints++
		}
		s.Details = append(s.Details, d)
	}
	// Rules about the list as a whole are reported at its first table.
	first := tables[0]
	switch {
	case hidden == 0:
		first.Problemf("", "no detail is hidden = true: give the child something to look closer at")
	case !s.Fair && hiddenCatch == 0:
		first.Problemf("", "an offer that is not fair needs a hidden catch (hidden = true, catch = true) to find, or else fair = true")
	}
	if !s.Fair && fairPoints == 0 {
		first.Problemf("", "add a genuine fair point (catch = false) too: the child judges what is fair and what is a catch")
	}
}

func decodeActions(t mech.Table, s *Spec, under9 bool) {
	tables := t.Tables("action", "id", "text", "icon", "feedback")
	if len(tables) == 0 {
		t.Problemf("", "an offer needs its actions: add [[step.action]] tables (id, text, feedback)")
		return
	}
	seen := map[string]bool{}
	safe, unsafe := 0, 0
	for i, at := range tables {
		if under9 && i == 2 {
			at.Problemf("", "under9 offers have at most two actions (two big choices), not %d", len(tables))
		}
		a := Action{
			ID:       at.Str("id", true),
			Text:     at.Str("text", true),
			Icon:     at.Str("icon", false),
			Feedback: at.Str("feedback", true),
		}
		checkIcon(at, "icon", a.Icon)
		needPicture(at, under9)
		switch {
		case a.ID == "":
		case !slices.Contains(Actions, a.ID):
			at.Problemf("id", "unknown action %q; use one of %v", a.ID, Actions)
		case seen[a.ID]:
			at.Problemf("id", "action %q is listed twice; each action appears once", a.ID)
		default:
			seen[a.ID] = true
			if s.Safe(a.ID) {
				safe++
			} else {
				unsafe++
			}
		}
		if a.Icon == "" {
			a.Icon = defaultIcon(a.ID)
		}
		s.Actions = append(s.Actions, a)
	}
	// Rules about the list as a whole are reported at its first table.
	switch {
	case !seen[Accept]:
		tables[0].Problemf("", "an offer needs the tempting action: add an [[step.action]] with id = %q", Accept)
	case safe == 0 || unsafe == 0:
		tables[0].Problemf("", "add an action other than %q too, so the child chooses between taking the offer and not", Accept)
	}
}

func defaultIcon(id string) string {
	switch id {
	case Accept:
		return "cart"
	case Ask:
		return "grown-up"
	case Compare:
		return "eye"
	case Decline:
		return "cross"
	}
	return "question"
}

// Activity is one play of an offer step.
type Activity struct {
	Spec     *Spec
	revealed []bool          // details the child revealed by looking closer
	tried    map[string]bool // actions taken
	first    string          // the first action taken, which is the offer's judgement
	chosen   string          // the safe action that ended the step
	score    mech.Score
}

// Revealed reports whether the child revealed detail i by looking closer.
func (a *Activity) Revealed(i int) bool { return i >= 0 && i < len(a.revealed) && a.revealed[i] }

// Visible reports whether detail i's words show: it is not hidden, it was revealed, or the
// step is over and the card shows everything.
func (a *Activity) Visible(i int) bool {
	return i >= 0 && i < len(a.Spec.Details) && (!a.Spec.Details[i].Hidden || a.revealed[i] || a.Done())
}

// Tried reports whether the action with this id was taken.
func (a *Activity) Tried(id string) bool { return a.tried[id] }

// Chosen is the action that ended the step, or "".
func (a *Activity) Chosen() string { return a.chosen }

// Moves implements mech.Activity: the details still hidden, then the actions.
func (a *Activity) Moves() []string {
	if a.Done() {
		return nil
	}
	var out []string
	for i, d := range a.Spec.Details {
		if d.Hidden && !a.revealed[i] {
			out = append(out, LookPrefix+strconv.Itoa(i))
		}
	}
	for _, act := range a.Spec.Actions {
		out = append(out, act.ID)
	}
	return out
}

// Do implements mech.Activity.
func (a *Activity) Do(move string) (mech.Reaction, error) {
	if !slices.Contains(a.Moves(), move) {
		return mech.Reaction{}, fmt.Errorf("offer: %q is not a move now (moves: %v)", move, a.Moves())
	}
	if rest, ok := strings.CutPrefix(move, LookPrefix); ok {
		i, _ := strconv.Atoi(rest) // Moves only lists valid indexes
		a.revealed[i] = true
		d := a.Spec.Details[i]
		if d.Catch {
			a.score.Hits++
			return mech.Reaction{Text: d.Reveal, Tone: mech.Good}, nil
		}
		return mech.Reaction{Text: d.Reveal, Tone: mech.Neutral}, nil
	}
	var act Action
	for _, x := range a.Spec.Actions {
		if x.ID == move {
			act = x
		}
	}
	safe := a.Spec.Safe(move)
	if a.first == "" {
		a.first = move
		switch {
		case a.Spec.Fair && safe:
			a.score.CorrectRejections++
		case a.Spec.Fair:
			a.score.FalseAlarms++
		case safe:
			a.score.Hits++
		default:
			a.score.Misses++
		}
	}
	a.tried[move] = true
	if !safe {
		return mech.Reaction{Text: act.Feedback, Tone: mech.Retry}, nil
	}
	a.chosen = move
	return mech.Reaction{Text: act.Feedback, Tone: mech.Good}, nil
}

// Next is the move a strategy makes now in a (see mech.Strategy). Safe looks at every hidden detail and then takes the
// first safe action. Unsafe first takes the first unsafe action (accepting an unfair
// offer, or turning down a fair one), then recovers the same way.
func Next(a *Activity, s mech.Strategy) string {
	if a.Done() {
		return ""
	}
	if s == mech.Unsafe && a.first == "" {
		for _, act := range a.Spec.Actions {
			if !a.Spec.Safe(act.ID) {
				return act.ID
			}
		}
	}
	for i, d := range a.Spec.Details {
		if d.Hidden && !a.revealed[i] {
			return LookPrefix + strconv.Itoa(i)
		}
	}
	for _, act := range a.Spec.Actions {
		if a.Spec.Safe(act.ID) {
			return act.ID
		}
	}
	return "" // a decoded spec always has a safe action
}

// Done implements mech.Activity: a safe action was taken.
func (a *Activity) Done() bool { return a.chosen != "" }

// Score implements mech.Activity.
func (a *Activity) Score() mech.Score { return a.score }

// Review implements mech.Activity.
func (a *Activity) Review() []mech.Note {
	var notes []mech.Note
	if a.Spec.Fair {
		if a.first != "" {
			notes = append(notes, mech.Note{Good: a.first == Accept, Text: pick(a.first == Accept, KeyReviewTook, KeyReviewDoubt)})
		}
		return notes
	}
	found := false
	for i, d := range a.Spec.Details {
		found = found || (d.Catch && d.Hidden && a.revealed[i])
	}
	notes = append(notes, mech.Note{Good: found, Text: pick(found, KeyReviewFound, KeyReviewLook)})
	if a.first != "" {
		notes = append(notes, mech.Note{Good: a.first != Accept, Text: pick(a.first != Accept, KeyReviewSafe, KeyReviewRush)})
	}
	return notes
}

func pick(cond bool, yes, no string) string {
	if cond {
		return yes
	}
	return no
}
