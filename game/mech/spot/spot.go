// Package spot is the "spot the clues" mechanic: a mock screen (a message, a profile, a
// web page, a post or a login screen) made of parts, some of them warning signs and some
// of them genuine, fine details. The child taps the parts they think are warning signs
// and then says "I've found them". Tapping a fine part is a false alarm that Sango
// gently explains; signs still unfound when the child is done are missed, and are then
// shown with what makes them a sign, so the step always ends.
//
// A level writes the step like this (see levels/mechanics/spot.md):
//
//	[[step]]
//	id     = "spot-page"
//	kind   = "spot"
//	prompt = "news.spot_prompt"
//	scene  = "page"                # message | profile | page | post | login
//	title  = "news.page_title"     # optional: the caption of the mock screen
//
//	  [[step.clue]]
//	  text     = "news.clue_caps"
//	  icon     = "megaphone"       # optional; required in under9
//	  region   = "body"            # where it sits: see Regions
//	  sign     = true              # a warning sign; false for a fine detail
//	  feedback = "news.fb_caps"    # said when it is tapped
//	  missed   = "news.miss_caps"  # optional: said when it is shown as missed
package spot

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"sango/game/art"
	"sango/game/mech"
)

// Kind is the step kind in level files.
const Kind mech.Kind = "spot"

// Limits on the number of parts: enough to mix signs with fine details, few enough to
// fit a phone screen. Young children get fewer, bigger parts.
const (
	MaxClues       = 8
	MaxCluesUnder9 = 4
)

// Default reaction keys, used when the step does not name its own.
const (
	DefaultFoundAll = "mech_spot.found_all"
	DefaultReveal   = "mech_spot.reveal"
)

// Review note keys.
const (
	NoteAllFound  = "mech_spot.note_all_found"
	NoteMissed    = "mech_spot.note_missed"
	NoteNoFalse   = "mech_spot.note_no_false_alarm"
	NoteFalseAlrm = "mech_spot.note_false_alarm"
)

// Scenes lists the mock screens a step can show.
func Scenes() []string { return []string{"message", "profile", "page", "post", "login"} }

// Regions lists where a part can sit on the mock screen, top to bottom. The view draws
// the regions in this order; parts that share a region keep the order of the file.
//
//   - address: the web address bar at the very top (page and login only);
//   - header: the top bar: the chat's, the site's or the profile's name;
//   - sender: who it comes from: the sender, the author, the account, a byline;
//   - body: the main content: messages, paragraphs, a bio;
//   - box: a framed box inside the content: an advert, a pop-up, a shared item;
//   - link: a web link;
//   - button: something to press: Log in, Follow, Claim;
//   - footer: small print at the bottom: a date, a note, the terms.
func Regions() []string {
	return []string{"address", "header", "sender", "body", "box", "link", "button", "footer"}
}

// single regions hold at most one part: a screen has one address bar and one top bar.
func single(region string) bool { return region == "address" || region == "header" }

// addressScenes are the scenes that have a web address bar.
func addressScenes() []string { return []string{"page", "login"} }

// Clue is one part of the mock screen.
type Clue struct {
	Text     string // locale key of the words on the part
	Icon     string // picture name from game/art, or ""
	Region   string
	Sign     bool   // a warning sign, or else a genuine, fine detail
	Feedback string // locale key: why it is (or is not) a sign, said when tapped
	Missed   string // locale key said when a missed sign is shown; "" uses Feedback
}

// Spec is a decoded spot step.
type Spec struct {
	Scene    string
	Title    string // locale key, or ""
	FoundAll string // locale key said when done with every sign found
	Reveal   string // locale key said when done with signs still unfound
	Clues    []Clue
	// Pictures says that the parts' pictures carry their meaning (under9, where many
	// children cannot read yet), so a view must never leave them out to save room.
	Pictures bool
	order    []int // clue indexes in reading order: by region, then by file order
}

// Mechanic describes the spot mechanic to the level decoder.
func Mechanic() mech.Mechanic {
	return mech.Mechanic{
		Kind:   Kind,
		Fields: []string{"scene", "title", "found_all", "reveal", "clue"},
		Decode: decode,
	}
}

func decode(t mech.Table, c mech.Context) mech.Spec {
	s := &Spec{
		Scene:    t.Str("scene", true),
		Title:    t.Str("title", false),
		FoundAll: t.Str("found_all", false),
		Reveal:   t.Str("reveal", false),
	}
	if s.FoundAll == "" {
		s.FoundAll = DefaultFoundAll
	}
	if s.Reveal == "" {
		s.Reveal = DefaultReveal
	}
	if s.Scene != "" && !slices.Contains(Scenes(), s.Scene) {
		t.Problemf("scene", "unknown scene %q; use one of %v", s.Scene, Scenes())
	}
	under9 := c.Band == "under9"
	s.Pictures = under9
	tables := t.Tables("clue", "text", "icon", "region", "sign", "feedback", "missed")
	if len(tables) == 0 {
		t.Problemf("", "a spot step needs parts to tap: add [[step.clue]] tables, at least one warning sign (sign = true) and one fine detail (sign = false)")
	}
	limit := MaxClues
	if under9 {
		limit = MaxCluesUnder9
	}
	perRegion := map[string]int{}
	signs, fine := 0, 0
	for i, ct := range tables {
		cl := Clue{
			Text:     ct.Str("text", true),
			Icon:     ct.Str("icon", false),
			Region:   ct.Str("region", true),
			Sign:     ct.Bool("sign", true),
			Feedback: ct.Str("feedback", true),
			Missed:   ct.Str("missed", false),
		}
		if i == limit {
			if under9 {
				ct.Problemf("", "an under9 spot step has at most %d parts, so each can be big; this is part %d", limit, i+1)
			} else {
				ct.Problemf("", "a spot step has at most %d parts, so the screen fits a phone; this is part %d", limit, i+1)
			}
		}
		switch {
		case cl.Icon != "" && !art.Valid(cl.Icon):
			ct.Problemf("icon", "unknown picture %q; use one of %v", cl.Icon, art.Icons())
		case cl.Icon == "" && under9:
			ct.Problemf("", "under9 parts need an icon: children who cannot read yet judge by the picture")
		}
		if cl.Region != "" {
			switch {
			case !slices.Contains(Regions(), cl.Region):
				ct.Problemf("region", "unknown region %q; use one of %v", cl.Region, Regions())
			case cl.Region == "address" && slices.Contains(Scenes(), s.Scene) && !slices.Contains(addressScenes(), s.Scene):
				ct.Problemf("region", "a %s has no web address bar; the address region is for %v", s.Scene, addressScenes())
			case single(cl.Region) && perRegion[cl.Region] > 0:
				ct.Problemf("region", "a screen has one %s; only one part can sit there", cl.Region)
			}
			perRegion[cl.Region]++
		}
		if cl.Sign {
			signs++
		} else if ct.Has("sign") {
			fine++
		}
		if cl.Missed != "" && !cl.Sign {
			ct.Problemf("missed", "missed is said when a warning sign was not found; this part is fine (sign = false), so it is never missed")
		}
		s.Clues = append(s.Clues, cl)
	}
	if len(tables) > 0 && signs == 0 {
		t.Problemf("", "no part is a warning sign (sign = true): give the child something to find")
	}
	if len(tables) > 0 && fine == 0 && signs == len(tables) {
		t.Problemf("", "every part is a warning sign: mix in at least one fine detail (sign = false), so good judgement is scored, not suspicion of everything")
	}
	s.order = readingOrder(s.Clues)
	return s
}

// readingOrder sorts clue indexes by region, keeping the file order within a region.
func readingOrder(clues []Clue) []int {
	rank := func(region string) int {
		if i := slices.Index(Regions(), region); i >= 0 {
			return i
		}
		return len(Regions())
	}
	order := make([]int, len(clues))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return rank(clues[a].Region) - rank(clues[b].Region) })
	return order
}

// Kind implements mech.Spec.
func (s *Spec) Kind() mech.Kind { return Kind }

// TextKeys lists every locale key the step uses, including the view's own words.
func (s *Spec) TextKeys() []string {
	keys := []string{s.FoundAll, s.Reveal, NoteAllFound, NoteMissed, NoteNoFalse, NoteFalseAlrm}
	keys = append(keys, ViewKeys()...)
	if s.Title != "" {
		keys = append(keys, s.Title)
	}
	for _, c := range s.Clues {
		keys = append(keys, c.Text, c.Feedback)
		if c.Missed != "" {
			keys = append(keys, c.Missed)
		}
	}
	var out []string
	for _, k := range keys {
		if k != "" && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// ViewKeys are the words the spot view draws itself.
func ViewKeys() []string {
	return []string{"mech_spot.done", "mech_spot.tag_sign", "mech_spot.tag_fine", "mech_spot.tag_missed", "mech_spot.found_count"}
}

// Start implements mech.Spec.
func (s *Spec) Start() mech.Activity {
	return &Activity{spec: s, state: make([]State, len(s.Clues)), last: -1}
}

// State is how a part shows.
type State int

const (
	Untouched  State = iota // not tapped yet
	Found                   // a warning sign, tapped: a hit
	FalseAlarm              // a fine part, tapped: shown as fine
	Missed                  // a warning sign still unfound when the child was done
	Trusted                 // a fine part left alone until the child was done
)

// Part is one part of the mock screen as the view shows it.
type Part struct {
	Move   string // the move that taps it: "clue:N"
	Text   string // locale key
	Icon   string
	Region string
	State  State
}

// Activity is one play of a spot step.
type Activity struct {
	spec   *Spec
	state  []State
	done   bool
	tapped int
	last   int // the clue tapped last, or -1 before any tap
	score  mech.Score
}

// Scene is the mock screen to draw: message, profile, page, post or login.
func (a *Activity) Scene() string { return a.spec.Scene }

// Pictures reports whether the parts' pictures carry their meaning and must be shown.
func (a *Activity) Pictures() bool { return a.spec.Pictures }

// Title is the mock screen's caption, a locale key or "".
func (a *Activity) Title() string { return a.spec.Title }

// Parts lists the parts in reading order.
func (a *Activity) Parts() []Part {
	var out []Part
	for _, i := range a.spec.order {
		c := a.spec.Clues[i]
		out = append(out, Part{Move: move(i), Text: c.Text, Icon: c.Icon, Region: c.Region, State: a.state[i]})
	}
	return out
}

// Last is the move of the part tapped last, or "".
func (a *Activity) Last() string {
	if a.tapped == 0 || a.last < 0 {
		return ""
	}
	return move(a.last)
}

// Found reports how many warning signs the child found, and how many there were.
func (a *Activity) Found() (found, signs int) {
	for i, c := range a.spec.Clues {
		if c.Sign {
			signs++
			if a.state[i] == Found {
				found++
			}
		}
	}
	return found, signs
}

func move(i int) string { return "clue:" + strconv.Itoa(i) }

// Moves lists a tap on every part, in reading order, and "done" once at least one part
// has been tapped. Parts stay tappable after they are marked, and after the step is
// done, so the child can hear again why a part is or is not a sign.
func (a *Activity) Moves() []string {
	var out []string
	for _, i := range a.spec.order {
		out = append(out, move(i))
	}
	if !a.done && a.tapped > 0 {
		out = append(out, "done")
	}
	return out
}

// Do makes a move.
func (a *Activity) Do(m string) (mech.Reaction, error) {
	if m == "done" {
		if a.done || a.tapped == 0 {
			return mech.Reaction{}, fmt.Errorf("spot: %q is not a move now: tap at least one part first", m)
		}
		return a.finish(), nil
	}
	rest, ok := strings.CutPrefix(m, "clue:")
	i, err := strconv.Atoi(rest)
	if !ok || err != nil || i < 0 || i >= len(a.spec.Clues) || rest != strconv.Itoa(i) {
		return mech.Reaction{}, fmt.Errorf("spot: %q is not a move now", m)
	}
	c := a.spec.Clues[i]
	a.last = i
	if a.state[i] != Untouched || a.done {
		// Hearing again why a part is or is not a sign changes nothing.
		text := c.Feedback
		if a.state[i] == Missed && c.Missed != "" {
			text = c.Missed
		}
		return mech.Reaction{Text: text, Tone: mech.Neutral}, nil
	}
	a.tapped++
	if c.Sign {
		a.state[i] = Found
		a.score.Hits++
		return mech.Reaction{Text: c.Feedback, Tone: mech.Good}, nil
	}
	a.state[i] = FalseAlarm
	a.score.FalseAlarms++
	return mech.Reaction{Text: c.Feedback, Tone: mech.Retry}, nil
}

// finish ends the step: unfound signs are missed and shown, untapped fine parts were
// rightly trusted.
func (a *Activity) finish() mech.Reaction {
	a.done = true
	missed := 0
	for i, c := range a.spec.Clues {
		if a.state[i] != Untouched {
			continue
		}
		if c.Sign {
			a.state[i] = Missed
			a.score.Misses++
			missed++
		} else {
			a.state[i] = Trusted
			a.score.CorrectRejections++
		}
	}
	a.last = -1
	if missed > 0 {
		return mech.Reaction{Text: a.spec.Reveal, Tone: mech.Retry}
	}
	return mech.Reaction{Text: a.spec.FoundAll, Tone: mech.Good}
}

// Next is the move a strategy makes now in a (see mech.Strategy). Safe taps exactly the warning signs, then is
// done. Unsafe first taps a fine part (a false alarm), then, when there are several
// signs, finds one of them, and is done while at least one sign is still unfound (a
// miss), so both kinds of mistake and the reveal are played.
func Next(a *Activity, s mech.Strategy) string {
	if a.done {
		return ""
	}
	firstUntouched := func(sign bool) string {
		for _, i := range a.spec.order {
			if a.state[i] == Untouched && a.spec.Clues[i].Sign == sign {
				return move(i)
			}
		}
		return ""
	}
	if s == mech.Safe {
		if m := firstUntouched(true); m != "" {
			return m
		}
		return "done"
	}
	if a.score.FalseAlarms == 0 {
		if m := firstUntouched(false); m != "" {
			return m
		}
	}
	if found, signs := a.Found(); found == 0 && signs > 1 {
		return firstUntouched(true)
	}
	if a.tapped == 0 {
		// Only reachable in a step with no fine part, which decoding refuses; a tap on a
		// sign keeps the strategy able to finish.
		return firstUntouched(true)
	}
	return "done"
}

// Done reports whether the child has said they have found the signs.
func (a *Activity) Done() bool { return a.done }

// Score counts each part's first judgement.
func (a *Activity) Score() mech.Score { return a.score }

// Review says what went well and what to try next time.
func (a *Activity) Review() []mech.Note {
	if !a.done {
		return nil
	}
	var out []mech.Note
	if a.score.Misses == 0 {
		out = append(out, mech.Note{Good: true, Text: NoteAllFound})
	} else {
		out = append(out, mech.Note{Good: false, Text: NoteMissed})
	}
	if a.score.FalseAlarms == 0 {
		out = append(out, mech.Note{Good: true, Text: NoteNoFalse})
	} else {
		out = append(out, mech.Note{Good: false, Text: NoteFalseAlrm})
	}
	return out
}
