// Package sorter is the "sort" mechanic: the child sorts items (cards with a word and a
// picture) into bins such as "Private", "OK to share" and "Ask an adult first".
//
// Each bin either flags a risk (Private, Stop and tell, Check first) or trusts the item
// (OK to share, Keep watching), so the first placement of every item is one signal
// detection judgement: a risky item put in a flagging bin is a hit, in a trusting bin a
// miss; a safe item put in a flagging bin is a false alarm, in a trusting bin a correct
// rejection. A wrong placement gets warm feedback and the item stays to be tried again, so
// the step always finishes.
//
// Two ways to play, the same moves: tap an item ("item:N") and then a bin ("bin:M"), or
// drag the item onto the bin, which the host turns into those two moves.
package sorter

import (
	"fmt"
	"strconv"
	"strings"

	"sango/game/art"
	"sango/game/mech"
)

// Kind is the sort mechanic's step kind.
const Kind mech.Kind = "sort"

// Limits on a step's size, so it fits a phone screen and a child's attention.
const (
	MinBins        = 2
	MaxBins        = 3
	MaxBinsUnder9  = 2
	MinItems       = 2
	MaxItems       = 8
	MaxItemsUnder9 = 6
)

// Locale keys the mechanic uses on its own, beyond the level's keys.
const (
	KeyPickFirst      = "mech_sort.pick_first"      // a bin tapped before any item
	KeyReviewRight    = "mech_sort.review_right"    // every item sorted right first time
	KeyReviewFinished = "mech_sort.review_finished" // every item sorted in the end
	KeyReviewMiss     = "mech_sort.review_miss"     // a risky item first put in a trusting bin
	KeyReviewFalse    = "mech_sort.review_false"    // a safe item first put in a flagging bin
	KeyReviewMixed    = "mech_sort.review_mixed"    // an item first put in the wrong bin of its own side
)

const (
	underNineBand  = "under9"
	itemMovePrefix = "item:"
	binMovePrefix  = "bin:"
)

// Bin is a place items are sorted into.
type Bin struct {
	ID    string // what items name in their bin field
	Label string // locale key
	Icon  string // picture name (game/art)
	// Flag is true for a bin that flags a risk (Private, Stop and tell, Check first) and
	// false for one that trusts what goes in it (OK to share, Keep watching).
	Flag bool
}

// Item is one card to sort.
type Item struct {
	Text   string // locale key, or "" for a picture-only card: a few words on the card
	Icon   string // picture name, or "" for a words-only card
	Detail string // locale key, or "": more words, shown when the card is picked up
	Bin    int    // index of the bin it belongs in
	Right  string // locale key: said when it is put in its bin
	Wrong  string // locale key: said when it is put elsewhere; warm, says where it goes and why
}

// Spec is a decoded sort step.
type Spec struct {
	Bins  []Bin
	Items []Item
	// Review notes: locale keys, defaulting to the mechanic's own words.
	NoteRight, NoteMiss, NoteFalse string
}

// Mechanic describes the sort mechanic to the level decoder.
func Mechanic() mech.Mechanic {
	return mech.Mechanic{
		Kind:   Kind,
		Fields: []string{"bin", "item", "note_right", "note_miss", "note_false_alarm"},
		Decode: decode,
	}
}

func decode(t mech.Table, c mech.Context) mech.Spec {
	under9 := c.Band == underNineBand
	s := &Spec{
		NoteRight: t.Str("note_right", false),
		NoteMiss:  t.Str("note_miss", false),
		NoteFalse: t.Str("note_false_alarm", false),
	}
	if s.NoteRight == "" {
		s.NoteRight = KeyReviewRight
	}
	if s.NoteMiss == "" {
		s.NoteMiss = KeyReviewMiss
	}
	if s.NoteFalse == "" {
		s.NoteFalse = KeyReviewFalse
	}
	if !t.Has("prompt") {
		t.Problemf("", "a sort step needs a prompt: the instruction shown above the cards, such as \"Put each card in its box\"")
	}

	// Bins.
	maxBins := MaxBins
	if under9 {
		maxBins = MaxBinsUnder9
	}
	binTables := t.Tables("bin", "id", "label", "icon", "flag")
	if !t.Has("bin") {
		t.Problemf("", "a sort step needs %d to %d [[step.bin]] tables, the boxes the cards go in", MinBins, maxBins)
	} else if n := len(binTables); n > 0 && (n < MinBins || n > maxBins) {
		where := ""
		if under9 {
			where = " in an under9 level (two big choices)"
		}
		binTables[0].Problemf("", "a sort step needs %d to %d bins%s, not %d", MinBins, maxBins, where, n)
	}
	binIndex := map[string]int{}
	dupBin := make([]bool, len(binTables))
	anyFlag, anyTrust, flagsKnown := false, false, true
	for i, bt := range binTables {
		b := Bin{
			ID:    bt.Str("id", true),
			Label: bt.Str("label", true),
			Icon:  bt.Str("icon", true),
			Flag:  bt.Bool("flag", true),
		}
		if b.ID != "" {
			if j, dup := binIndex[b.ID]; dup {
				bt.Problemf("id", "bin id %q is used twice (first by bin %d)", b.ID, j+1)
				dupBin[i] = true
			} else {
				binIndex[b.ID] = i
			}
		}
		if b.Icon != "" && !art.Valid(b.Icon) {
			bt.Problemf("icon", "unknown picture %q; use one of %s", b.Icon, strings.Join(art.Icons(), ", "))
		}
		anyFlag = anyFlag || b.Flag
		anyTrust = anyTrust || !b.Flag
		flagsKnown = flagsKnown && bt.Has("flag")
		s.Bins = append(s.Bins, b)
	}
	if len(binTables) >= MinBins && flagsKnown && (!anyFlag || !anyTrust) {
		want := "flag = false (a box for things that are fine, such as \"OK to share\")"
		if !anyFlag {
			want = "flag = true (a box for things to be careful with, such as \"Private\")"
		}
		binTables[0].Problemf("", "at least one bin needs %s, so the child tells safe from risky rather than distrusting everything", want)
	}

	// Items.
	maxItems := MaxItems
	if under9 {
		maxItems = MaxItemsUnder9
	}
	itemTables := t.Tables("item", "text", "icon", "detail", "bin", "right", "wrong")
	if !t.Has("item") {
		t.Problemf("", "a sort step needs %d to %d [[step.item]] tables, the cards to sort", MinItems, maxItems)
	} else if n := len(itemTables); n > 0 && (n < MinItems || n > maxItems) {
		where := ""
		if under9 {
			where = " in an under9 level"
		}
		itemTables[0].Problemf("", "a sort step needs %d to %d items%s, not %d", MinItems, maxItems, where, n)
	}
	used := make([]bool, len(s.Bins))
	allPlaced := true // every item names a bin that exists
	riskyItems, safeItems := 0, 0
	for _, it := range itemTables {
		item := Item{Bin: -1}
		hasText, hasIcon := it.Has("text"), it.Has("icon")
		switch {
		case under9 && !hasIcon:
			it.Problemf("", "an item in an under9 level needs an icon: many children cannot read yet")
		case !hasText && !hasIcon:
			it.Problemf("", "an item needs text, an icon or both")
		}
		if hasText {
			item.Text = it.Str("text", !hasIcon)
		}
		if hasIcon {
			item.Icon = it.Str("icon", true)
		}
		item.Detail = it.Str("detail", false)
		item.Right = it.Str("right", true)
		item.Wrong = it.Str("wrong", true)
		if item.Icon != "" && !art.Valid(item.Icon) {
			it.Problemf("icon", "unknown picture %q; use one of %s", item.Icon, strings.Join(art.Icons(), ", "))
		}
		name := it.Str("bin", true)
		if name == "" {
			allPlaced = false
		}
		if name != "" && len(binTables) > 0 {
			if j, ok := binIndex[name]; ok {
				item.Bin = j
				used[j] = true
				if s.Bins[j].Flag {
					riskyItems++
				} else {
					safeItems++
				}
			} else {
				allPlaced = false
				it.Problemf("bin", "bin %q does not exist; the bins are %s", name, binList(s.Bins))
			}
		}
		s.Items = append(s.Items, item)
	}
	for i, b := range s.Bins {
		if !used[i] && !dupBin[i] && allPlaced && b.ID != "" && len(itemTables) > 0 {
			binTables[i].Problemf("", "no item goes in bin %q; give it at least one item or remove it", b.ID)
		}
	}
	if anyFlag && anyTrust && flagsKnown && allPlaced && len(itemTables) >= MinItems && (riskyItems == 0 || safeItems == 0) {
		itemTables[0].Problemf("", "mix safe and risky items: %d go in a flag = true bin and %d in a flag = false bin; at least one of each is needed, so judgement is scored rather than blanket suspicion", riskyItems, safeItems)
	}
	return s
}

func binList(bins []Bin) string {
	var names []string
	seen := map[string]bool{}
	for _, b := range bins {
		if b.ID != "" && !seen[b.ID] {
			seen[b.ID] = true
			names = append(names, strconv.Quote(b.ID))
		}
	}
	if len(names) == 0 {
		return "not declared"
	}
	return strings.Join(names, ", ")
}

// PickText is the locale key said when the item is picked up: its detail, else its
// text, else "" for a picture-only card.
func (it Item) PickText() string {
	if it.Detail != "" {
		return it.Detail
	}
	return it.Text
}

// Risky reports whether the item belongs in a flagging bin.
func (s *Spec) Risky(i int) bool {
	b := s.Items[i].Bin
	return b >= 0 && b < len(s.Bins) && s.Bins[b].Flag
}

// Kind implements mech.Spec.
func (s *Spec) Kind() mech.Kind { return Kind }

// TextKeys lists every locale key the step uses, the mechanic's own included.
func (s *Spec) TextKeys() []string {
	var keys []string
	for _, b := range s.Bins {
		keys = append(keys, b.Label)
	}
	for _, it := range s.Items {
		keys = append(keys, it.Text, it.Detail, it.Right, it.Wrong)
	}
	keys = append(keys, s.NoteRight, s.NoteMiss, s.NoteFalse, KeyPickFirst, KeyReviewFinished, KeyReviewMixed)
	out := keys[:0]
	for _, k := range keys {
		if k != "" {
			out = append(out, k)
		}
	}
	return out
}

// Start implements mech.Spec.
func (s *Spec) Start() mech.Activity {
	a := &Activity{spec: s, selected: -1}
	a.placed = make([]bool, len(s.Items))
	a.first = make([]int, len(s.Items))
	a.wrong = make([]int, len(s.Items))
	for i := range a.first {
		a.first[i] = -1
	}
	return a
}

// Activity is one play of a sort step. The view reads it through the methods below.
type Activity struct {
	spec     *Spec
	placed   []bool // item i is in its bin
	first    []int  // the bin item i was first put in, or -1
	wrong    []int  // how many times item i was put in a wrong bin
	selected int    // the item picked up, or -1
	last     mech.Reaction
}

// mistake is a kind of wrong placement, for the Unsafe strategy.
type mistake int

const (
	missMistake  mistake = iota // a risky item in a trusting bin
	falseMistake                // a safe item in a flagging bin
	mixMistake                  // the wrong bin of the right side
)

// Spec returns the step being played.
func (a *Activity) Spec() *Spec { return a.spec }

// Last is the reaction to the last move, which the host is showing above the step; the
// view uses it to keep its layout still while reactions come and go.
func (a *Activity) Last() mech.Reaction { return a.last }

// Selected is the item picked up, or -1.
func (a *Activity) Selected() int { return a.selected }

// Placed reports whether item i is in its bin.
func (a *Activity) Placed(i int) bool { return i >= 0 && i < len(a.placed) && a.placed[i] }

// WrongTries is how many times item i was put in a wrong bin.
func (a *Activity) WrongTries(i int) int {
	if i < 0 || i >= len(a.wrong) {
		return 0
	}
	return a.wrong[i]
}

// PlacedCount is how many items are in their bins.
func (a *Activity) PlacedCount() int {
	n := 0
	for _, p := range a.placed {
		if p {
			n++
		}
	}
	return n
}

// ItemMove and BinMove are the move ids of item i and bin m.
func ItemMove(i int) string { return itemMovePrefix + strconv.Itoa(i) }
func BinMove(m int) string  { return binMovePrefix + strconv.Itoa(m) }

// ParseMove splits a move id into its kind ("item" or "bin") and index.
func ParseMove(id string) (kind string, n int, ok bool) {
	for _, p := range []string{itemMovePrefix, binMovePrefix} {
		if rest, found := strings.CutPrefix(id, p); found {
			n, err := strconv.Atoi(rest)
			if err != nil || n < 0 || strconv.Itoa(n) != rest {
				return "", 0, false
			}
			return strings.TrimSuffix(p, ":"), n, true
		}
	}
	return "", 0, false
}

// Moves lists the items still to sort, then the bins. Bins are offered even before an
// item is picked up, so a child who taps a bin first hears what to do.
func (a *Activity) Moves() []string {
	if a.Done() {
		return nil
	}
	var out []string
	for i := range a.spec.Items {
		if !a.placed[i] {
			out = append(out, ItemMove(i))
		}
	}
	for m := range a.spec.Bins {
		out = append(out, BinMove(m))
	}
	return out
}

// Do makes a move.
func (a *Activity) Do(move string) (mech.Reaction, error) {
	re, err := a.do(move)
	if err == nil {
		a.last = re
	}
	return re, err
}

func (a *Activity) do(move string) (mech.Reaction, error) {
	if a.Done() {
		return mech.Reaction{}, fmt.Errorf("sort: %q: every item is sorted already", move)
	}
	kind, n, ok := ParseMove(move)
	if !ok {
		return mech.Reaction{}, fmt.Errorf("sort: %q is not a move; moves are item:N and bin:N", move)
	}
	switch kind {
	case "item":
		if n >= len(a.spec.Items) {
			return mech.Reaction{}, fmt.Errorf("sort: there is no item %d", n)
		}
		if a.placed[n] {
			return mech.Reaction{}, fmt.Errorf("sort: item %d is sorted already", n)
		}
		// Picking up an item (again) is never wrong, and it keeps it picked up, so a
		// drag that starts on the picked-up item still lands. Sango reads the card out:
		// its detail when it has one, so a longer post can be read in full.
		a.selected = n
		return mech.Reaction{Text: a.spec.Items[n].PickText(), Tone: mech.Neutral}, nil
	default:
		if n >= len(a.spec.Bins) {
			return mech.Reaction{}, fmt.Errorf("sort: there is no bin %d", n)
		}
		if a.selected < 0 {
			return mech.Reaction{Text: KeyPickFirst, Tone: mech.Neutral}, nil
		}
		i := a.selected
		item := a.spec.Items[i]
		if a.first[i] < 0 {
			a.first[i] = n
		}
		if n != item.Bin {
			// The item stays picked up, so the child can put it straight in its bin.
			a.wrong[i]++
			return mech.Reaction{Text: item.Wrong, Tone: mech.Retry}, nil
		}
		a.placed[i] = true
		a.selected = -1
		return mech.Reaction{Text: item.Right, Tone: mech.Good}, nil
	}
}

// Next is the move a strategy makes now in a (see mech.Strategy). Safe picks up the first item left and puts it
// in its bin. Unsafe puts each item in a wrong bin first, choosing a kind of mistake it
// has not made yet (a miss or a false alarm before a mix-up on the same side), and then
// in its bin.
func Next(a *Activity, s mech.Strategy) string {
	if a.Done() {
		return ""
	}
	i := a.selected
	if i < 0 {
		for j := range a.spec.Items {
			if !a.placed[j] {
				return ItemMove(j)
			}
		}
		return ""
	}
	right := a.spec.Items[i].Bin
	if s == mech.Safe || a.first[i] >= 0 {
		return BinMove(right)
	}
	var cross, same []int
	for m, b := range a.spec.Bins {
		switch {
		case m == right:
		case b.Flag != a.spec.Bins[right].Flag:
			cross = append(cross, m)
		default:
			same = append(same, m)
		}
	}
	// The kinds of mistake made so far, read from the first placements so that Next
	// has no side effects: autoplay may ask for the same move several times.
	made := map[mistake]bool{}
	for j, b := range a.first {
		if b >= 0 && b != a.spec.Items[j].Bin {
			made[a.mistakeKind(j, b)] = true
		}
	}
	wrong := append(cross, same...)
	if len(wrong) == 0 {
		return BinMove(right)
	}
	pick := wrong[0]
	for _, m := range wrong {
		if !made[a.mistakeKind(i, m)] {
			pick = m
			break
		}
	}
	return BinMove(pick)
}

// mistakeKind is the kind of mistake putting item i in bin m would be.
func (a *Activity) mistakeKind(i, m int) mistake {
	right := a.spec.Bins[a.spec.Items[i].Bin]
	switch {
	case a.spec.Bins[m].Flag == right.Flag:
		return mixMistake
	case right.Flag:
		return missMistake
	}
	return falseMistake
}

// Done reports whether every item is in its bin.
func (a *Activity) Done() bool { return a.PlacedCount() == len(a.spec.Items) }

// Score counts each item's first placement.
func (a *Activity) Score() mech.Score {
	var sc mech.Score
	for i, b := range a.first {
		if b < 0 {
			continue
		}
		flagged := a.spec.Bins[b].Flag
		switch risky := a.spec.Risky(i); {
		case risky && flagged:
			sc.Hits++
		case risky:
			sc.Misses++
		case flagged:
			sc.FalseAlarms++
		default:
			sc.CorrectRejections++
		}
	}
	return sc
}

// Review says what went well and what to try next time.
func (a *Activity) Review() []mech.Note {
	sc := a.Score()
	mixed := false
	allRight := true
	for i, b := range a.first {
		if b < 0 {
			allRight = false
			continue
		}
		if b != a.spec.Items[i].Bin {
			allRight = false
			if a.spec.Bins[b].Flag == a.spec.Risky(i) {
				mixed = true
			}
		}
	}
	if allRight {
		return []mech.Note{{Good: true, Text: a.spec.NoteRight}}
	}
	var out []mech.Note
	if a.Done() {
		out = append(out, mech.Note{Good: true, Text: KeyReviewFinished})
	}
	if sc.Misses > 0 {
		out = append(out, mech.Note{Text: a.spec.NoteMiss})
	}
	if sc.FalseAlarms > 0 {
		out = append(out, mech.Note{Text: a.spec.NoteFalse})
	}
	if mixed && sc.Misses == 0 && sc.FalseAlarms == 0 {
		out = append(out, mech.Note{Text: KeyReviewMixed})
	}
	return out
}
