// Package chat is the "chat" mechanic: messages arrive from a contact, and the child picks
// a reply from a few offered ones (never free text) or, at any moment, uses one of three
// buttons that are always there: block, report, tell a grown-up.
//
// A chat step is a small script of turns. Each turn is one or more messages from the
// contact and the replies the child may pick. A turn can be a red flag (a request for
// secrecy, to move to another app, for personal details, a gift in exchange for
// something); the step says which of block, report and tell are right here. A chat with
// no red flags is a harmless chat, with a real friend: there, blocking or reporting is a
// false alarm, so that judgement is scored rather than blanket suspicion.
//
// Scoring counts each turn's first judgement: a red flag answered safely, or met with a
// right action, is a hit; a red flag answered unsafely is a miss; a harmless message met
// with an unsafe (over-careful, unkind) reply, or with a block or report that is not right
// here, is a false alarm; a friendly reply to a harmless message is a correct rejection.
// An unsafe reply is never sent: Sango stops it warmly and the child picks again.
package chat

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"sango/game/art"
	"sango/game/mech"
)

// Kind is the mechanic's step kind.
const Kind mech.Kind = "chat"

// The three actions, which are also their move ids.
const (
	Block  = "block"
	Report = "report"
	Tell   = "tell"
)

// Actions lists the actions in the order the buttons show them.
func Actions() []string { return []string{Block, Report, Tell} }

// EndTurn is the name a reply's next uses to end the conversation.
const EndTurn = "end"

// MaxReplies is the most replies a turn may offer; under9 turns offer at most two.
const (
	MaxReplies       = 3
	MaxRepliesUnder9 = 2
)

// Locale keys the mechanic uses when a level does not give its own. They live in the
// [mech_chat] table of every locale file.
const (
	keyBlockRight   = "mech_chat.block_done"
	keyReportRight  = "mech_chat.report_done"
	keyTellRight    = "mech_chat.tell_done"
	keyBlockWrong   = "mech_chat.block_not_needed"
	keyReportWrong  = "mech_chat.report_not_needed"
	keyTellFriend   = "mech_chat.tell_friend"
	keyNoteBlocked  = "mech_chat.note_blocked"
	keyNoteReported = "mech_chat.note_reported"
	keyNoteTold     = "mech_chat.note_told"
	keyReviewFlags  = "mech_chat.review_red_flags"
	keyReviewKind   = "mech_chat.review_kind"
	keyReviewActed  = "mech_chat.review_acted"
	keyReviewMissed = "mech_chat.review_missed"
	keyReviewAlarm  = "mech_chat.review_false_alarm"
)

// Locale keys of words the view shows: the label over a redacted bubble, the mark of a
// red flag the child has met, and the nudge once the messages stop but an action is
// still needed.
const (
	HiddenKey  = "mech_chat.hidden"
	RedFlagKey = "mech_chat.red_flag"
	OverKey    = "mech_chat.chat_over"
)

// LabelKey is the locale key of an action button's label.
func LabelKey(action string) string { return "mech_chat." + action }

// NoteKey is the locale key of the line the chat shows once an action is taken.
func NoteKey(action string) string {
	switch action {
	case Block:
		return keyNoteBlocked
	case Report:
		return keyNoteReported
	}
	return keyNoteTold
}

// Icon is the picture of an action's button.
func Icon(action string) string {
	if action == Tell {
		return "grown-up"
	}
	return action // "block" and "report" are pictures of their own
}

// Fields are the step fields the chat mechanic reads.
var Fields = []string{"from", "avatar", "actions", "required", "block_feedback", "report_feedback", "tell_feedback", "turn"}

var (
	turnFields  = []string{"id", "from", "messages", "redacted", "icon", "red_flag", "reply"}
	replyFields = []string{"text", "safe", "feedback", "icon", "action", "next"}
)

// Mechanic describes the chat mechanic to the level decoder.
func Mechanic() mech.Mechanic {
	return mech.Mechanic{Kind: Kind, Fields: Fields, Decode: decode}
}

// Spec is a decoded chat step.
type Spec struct {
	From     string   // the contact: a declared character id
	Avatar   string   // a picture for the contact, or ""
	Right    []string // the actions that are right here; empty in a harmless chat
	Required []string // the right actions the child must take before the chat is done
	Turns    []Turn
	feedback map[string]string // what Sango says after each action
	dist     []int             // safe replies needed from each turn to the end
	speakers map[string]string // field path in the step -> speaker id, for the validator
}

// Turn is one exchange: the contact's messages and the replies the child may pick.
type Turn struct {
	ID       string
	From     string // the sender; the step's contact unless the turn names another
	Messages []string
	Redacted []bool // per message: shown as a redacted bubble
	Icon     string
	RedFlag  bool
	Replies  []Reply
	next     int // the turn after this one, -1 for the end
}

// Reply is one reply the child may pick.
type Reply struct {
	Text     string
	Safe     bool
	Feedback string
	Icon     string
	Action   string // a safe reply that is also an action, such as "ask my grown-up"
	Next     string
	next     int // resolved: a turn index, or -1 for the end
}

// Risky reports whether the chat has red flags, so that actions are called for.
func (s *Spec) Risky() bool { return len(s.Right) > 0 }

// IsRight reports whether an action is right in this chat. Telling a grown-up always is.
func (s *Spec) IsRight(action string) bool {
	return action == Tell || slices.Contains(s.Right, action)
}

// Kind implements mech.Spec.
func (s *Spec) Kind() mech.Kind { return Kind }

// Speakers maps each field of the step that names a speaker (relative to the step, such
// as "from" or "turn[2].from") to the id it names, so that the level validator can check
// each is a declared character.
func (s *Spec) Speakers() map[string]string { return s.speakers }

// TextKeys implements mech.Spec.
func (s *Spec) TextKeys() []string {
	var keys []string
	for _, t := range s.Turns {
		keys = append(keys, t.Messages...)
		for _, r := range t.Replies {
			keys = append(keys, r.Text, r.Feedback)
		}
	}
	for _, a := range Actions() {
		keys = append(keys, s.feedback[a], LabelKey(a), NoteKey(a))
	}
	keys = append(keys, HiddenKey, RedFlagKey, OverKey, keyReviewFlags, keyReviewKind, keyReviewActed, keyReviewMissed, keyReviewAlarm)
	out := keys[:0]
	seen := map[string]bool{}
	for _, k := range keys {
		if k != "" && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

// Start implements mech.Spec.
func (s *Spec) Start() mech.Activity {
	a := &Activity{spec: s, judged: make([]bool, len(s.Turns)), tried: make([][]bool, len(s.Turns)),
		taken: map[string]bool{}, wrongTried: map[string]bool{}}
	for i, t := range s.Turns {
		a.tried[i] = make([]bool, len(t.Replies))
	}
	a.enter(0)
	if len(s.Turns) == 0 {
		a.cur = -1
	}
	return a
}

func decode(t mech.Table, c mech.Context) mech.Spec {
	s := &Spec{speakers: map[string]string{}, feedback: map[string]string{}}
	under9 := c.Band == "under9"
	s.From = t.Str("from", true)
	if s.From != "" {
		s.speakers["from"] = s.From
	}
	s.Avatar = t.Str("avatar", false)
	if s.Avatar != "" && !art.Valid(s.Avatar) {
		t.Problemf("avatar", "unknown picture %q; use one of %v", s.Avatar, art.Icons())
	}
	for _, a := range t.Strings("actions") {
		switch {
		case !slices.Contains(Actions(), a):
			t.Problemf("actions", "unknown action %q; use %v", a, Actions())
		case slices.Contains(s.Right, a):
			t.Problemf("actions", "action %q is listed twice", a)
		default:
			s.Right = append(s.Right, a)
		}
	}
	if t.Has("required") {
		for _, a := range t.Strings("required") {
			switch {
			case !slices.Contains(Actions(), a):
				t.Problemf("required", "unknown action %q; use %v", a, Actions())
			case !s.IsRight(a):
				t.Problemf("required", "action %q is required but not right here: list it in actions too", a)
			case slices.Contains(s.Required, a):
				t.Problemf("required", "action %q is listed twice", a)
			default:
				s.Required = append(s.Required, a)
			}
		}
		if !s.Risky() && len(s.Required) > 0 {
			t.Problemf("required", "a harmless chat (no actions) requires no actions")
		}
	} else {
		s.Required = s.Right
	}
	for _, a := range Actions() {
		s.feedback[a] = t.Str(a+"_feedback", false)
		if s.feedback[a] == "" {
			s.feedback[a] = defaultFeedback(a, s.IsRight(a), s.Risky())
		}
	}

	tables := t.Tables("turn", turnFields...)
	if len(tables) == 0 {
		t.Problemf("", "a chat needs at least one [[step.turn]]: the contact's messages and the replies to pick from")
	}
	ids := map[string]int{}
	replyTables := make([][]mech.Table, len(tables))
	for i, tt := range tables {
		turn := Turn{ID: tt.Str("id", false), From: tt.Str("from", false), Icon: tt.Str("icon", false),
			RedFlag: tt.Bool("red_flag", false), next: i + 1}
		if turn.next >= len(tables) {
			turn.next = -1
		}
		if turn.ID != "" {
			switch {
			case turn.ID == EndTurn:
				tt.Problemf("id", "a turn cannot be called %q: next = %q already means the end of the chat", EndTurn, EndTurn)
			case ids[turn.ID] > 0:
				tt.Problemf("id", "turn id %q is used twice (first at turn %d)", turn.ID, ids[turn.ID])
			default:
				ids[turn.ID] = i + 1
			}
		}
		if turn.From != "" {
			s.speakers["turn["+strconv.Itoa(i)+"].from"] = turn.From
		} else {
			turn.From = s.From
		}
		if turn.Icon != "" && !art.Valid(turn.Icon) {
			tt.Problemf("icon", "unknown picture %q; use one of %v", turn.Icon, art.Icons())
		}
		if under9 && turn.Icon == "" {
			tt.Problemf("", "an under9 turn needs an icon: a picture of what the message is about, for children who cannot read yet")
		}
		if !tt.Has("messages") {
			tt.Problemf("", "missing field %q: the contact's messages, as a list of text keys", "messages")
		}
		for _, m := range tt.Strings("messages") {
			if m == "" {
				tt.Problemf("messages", "a message key must not be empty")
				continue
			}
			turn.Messages = append(turn.Messages, m)
		}
		if tt.Has("messages") && len(turn.Messages) == 0 {
			tt.Problemf("messages", "a turn needs at least one message")
		}
		turn.Redacted = make([]bool, len(turn.Messages))
		for _, r := range tt.Strings("redacted") {
			j := slices.Index(turn.Messages, r)
			if j < 0 {
				tt.Problemf("redacted", "redacted names %q, which is not one of this turn's messages", r)
				continue
			}
			turn.Redacted[j] = true
		}
		turn.Replies, replyTables[i] = decodeReplies(tt, under9)
		s.Turns = append(s.Turns, turn)
	}
	// Resolve where each safe reply leads.
	for i := range s.Turns {
		for j := range s.Turns[i].Replies {
			r := &s.Turns[i].Replies[j]
			r.next = s.Turns[i].next
			switch {
			case r.Next == EndTurn:
				r.next = -1
			case r.Next != "":
				if k, ok := ids[r.Next]; ok {
					r.next = k - 1
				} else {
					replyTables[i][j].Problemf("next", "next names turn %q, which does not exist; use a turn id or %q", r.Next, EndTurn)
					r.next = -1
				}
			}
		}
	}
	s.checkFlow(t, tables)
	return s
}

func defaultFeedback(action string, right, risky bool) string {
	switch {
	case action == Tell && !risky:
		return keyTellFriend
	case action == Tell:
		return keyTellRight
	case action == Block && right:
		return keyBlockRight
	case action == Block:
		return keyBlockWrong
	case right:
		return keyReportRight
	}
	return keyReportWrong
}

func decodeReplies(tt mech.Table, under9 bool) ([]Reply, []mech.Table) {
	var out []Reply
	tables := tt.Tables("reply", replyFields...)
	anySafe := false
	for _, rt := range tables {
		r := Reply{Text: rt.Str("text", true), Safe: rt.Bool("safe", true), Feedback: rt.Str("feedback", false),
			Icon: rt.Str("icon", false), Action: rt.Str("action", false), Next: rt.Str("next", false)}
		anySafe = anySafe || r.Safe
		if !r.Safe && r.Feedback == "" {
			rt.Problemf("", "an unsafe reply needs feedback: Sango's warm words saying what to do instead")
		}
		if r.Icon != "" && !art.Valid(r.Icon) {
			rt.Problemf("icon", "unknown picture %q; use one of %v", r.Icon, art.Icons())
		}
		if under9 && r.Icon == "" {
			rt.Problemf("", "an under9 reply needs an icon, for children who cannot read yet")
		}
		if r.Action != "" {
			switch {
			case !slices.Contains(Actions(), r.Action):
				rt.Problemf("action", "unknown action %q; use %v", r.Action, Actions())
			case !r.Safe:
				rt.Problemf("action", "only a safe reply can count as an action")
			}
		}
		if !r.Safe && r.Next != "" {
			rt.Problemf("next", "an unsafe reply has no next: it is never sent, and the child picks again")
		}
		out = append(out, r)
	}
	limit := MaxReplies
	if under9 {
		limit = MaxRepliesUnder9
	}
	if len(tables) > limit {
		if under9 {
			tt.Problemf("", "an under9 turn has at most %d replies, not %d: young children choose between two", limit, len(tables))
		} else {
			tt.Problemf("", "a turn has at most %d replies, not %d", limit, len(tables))
		}
	}
	if len(tables) > 0 && !anySafe {
		tt.Problemf("", "no reply is marked safe = true; the child must always have a safe reply to pick")
	}
	return out, tables
}

// checkFlow checks the chat as a whole: that every turn is reached, that the chat can
// always end, that red flags and the right actions agree, and that there is a mistake to
// be made, so that judgement is scored.
func (s *Spec) checkFlow(t mech.Table, tables []mech.Table) {
	n := len(s.Turns)
	if n == 0 {
		return
	}
	// Safe replies needed from each turn to the end; a turn with no replies ends the chat.
	const far = 1 << 30
	s.dist = make([]int, n)
	for i, turn := range s.Turns {
		s.dist[i] = far
		if len(turn.Replies) == 0 {
			s.dist[i] = 0
		}
	}
	for changed := true; changed; {
		changed = false
		for i, turn := range s.Turns {
			for _, r := range turn.Replies {
				if !r.Safe {
					continue
				}
				d := 1
				if r.next >= 0 {
					d = s.dist[r.next] + 1
				}
				if d < s.dist[i] {
					s.dist[i], changed = d, true
				}
			}
		}
	}
	reached := make([]bool, n)
	stack := []int{0}
	reached[0] = true
	for len(stack) > 0 {
		i := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, r := range s.Turns[i].Replies {
			if r.Safe && r.next >= 0 && !reached[r.next] {
				reached[r.next] = true
				stack = append(stack, r.next)
			}
		}
	}
	redFlags, ordinary, replies := 0, 0, 0
	mistake := false
	for i, turn := range s.Turns {
		switch {
		case !reached[i]:
			tables[i].Problemf("", "turn %d can never be reached: no safe reply leads to it", i+1)
		case s.dist[i] >= far:
			tables[i].Problemf("", "from turn %d the chat can never end: give it a safe reply that leads on", i+1)
		}
		if turn.RedFlag {
			redFlags++
		} else {
			ordinary++
		}
		replies += len(turn.Replies)
		for _, r := range turn.Replies {
			mistake = mistake || !r.Safe
		}
		if !turn.RedFlag {
			for _, a := range []string{Block, Report} {
				mistake = mistake || !s.IsRight(a)
			}
		}
	}
	switch {
	case s.Risky() && redFlags == 0:
		t.Problemf("actions", "the chat names actions %v but no turn is a red flag: mark the risky turn red_flag = true, or leave actions out for a harmless chat", s.Right)
	case !s.Risky() && redFlags > 0:
		t.Problemf("", "a turn is a red flag, so say which actions are right here: actions = [\"block\", \"report\", \"tell\"] (or some of them)")
	case s.Risky() && ordinary == 0:
		t.Problemf("", "every turn is a red flag: add an ordinary turn too, so that the child judges rather than suspects everything")
	case !s.Risky() && replies == 0:
		t.Problemf("", "a harmless chat needs a turn with replies, so the child can answer a friend")
	case !mistake:
		t.Problemf("", "nothing in this chat can be a mistake: add an unsafe reply, or leave block or report out of actions, so that judgement is scored")
	}
}

// Activity is one play of a chat step.
type Activity struct {
	spec       *Spec
	cur        int // the turn showing, -1 once the chat has ended
	blocked    bool
	judged     []bool   // each turn's first judgement is made
	tried      [][]bool // replies picked, per turn
	taken      map[string]bool
	wrongTried map[string]bool // block or report pressed where it is not right
	history    []Entry
	score      mech.Score
}

// EntryKind says what a line of the chat history is.
type EntryKind int

const (
	Message EntryKind = iota // from the contact (or another sender in a group)
	Sent                     // a reply the child sent
	Note                     // an action the child took: blocked, reported, told
)

// Entry is one line of the chat as the view shows it.
type Entry struct {
	Kind     EntryKind
	From     string // the sender's id, for a message
	Text     string // locale key
	Icon     string // a picture: the turn's or the reply's; the action's, for a note
	Redacted bool   // shown as a redacted bubble
	Flagged  bool   // a red flag the child has met, marked once judged
	Turn     int    // the turn it belongs to, -1 for a note
}

// Spec returns the step the activity plays.
func (a *Activity) Spec() *Spec { return a.spec }

func (a *Activity) enter(i int) {
	a.cur = i
	if i < 0 || i >= len(a.spec.Turns) {
		a.cur = -1
		return
	}
	t := a.spec.Turns[i]
	for j, m := range t.Messages {
		a.history = append(a.history, Entry{Kind: Message, From: t.From, Text: m, Icon: t.Icon, Redacted: t.Redacted[j], Turn: i})
	}
}

// turn returns the turn showing, or nil once the chat has ended or the contact is blocked.
func (a *Activity) turn() *Turn {
	if a.cur < 0 || a.blocked {
		return nil
	}
	return &a.spec.Turns[a.cur]
}

// Over reports whether the conversation is over: ended, blocked, or waiting on no reply.
func (a *Activity) Over() bool {
	t := a.turn()
	return t == nil || len(t.Replies) == 0
}

// Blocked reports whether the child has blocked the contact.
func (a *Activity) Blocked() bool { return a.blocked }

// Taken reports whether an action has been taken.
func (a *Activity) Taken(action string) bool { return a.taken[action] }

// History returns the chat so far, oldest first.
func (a *Activity) History() []Entry {
	out := append([]Entry(nil), a.history...)
	for i := range out {
		if e := &out[i]; e.Kind == Message && a.spec.Turns[e.Turn].RedFlag && a.judged[e.Turn] {
			e.Flagged = true
		}
	}
	return out
}

// ReplyOption is a reply the child can pick now, as the view shows it.
type ReplyOption struct {
	Move  string // "reply:N"
	Text  string
	Icon  string
	Tried bool // picked already: an unsafe reply Sango stopped
}

// Replies lists the replies the child can pick now.
func (a *Activity) Replies() []ReplyOption {
	if a.Over() || a.Done() {
		return nil
	}
	var out []ReplyOption
	for i, r := range a.turn().Replies {
		out = append(out, ReplyOption{Move: "reply:" + strconv.Itoa(i), Text: r.Text, Icon: r.Icon, Tried: a.tried[a.cur][i]})
	}
	return out
}

// Done implements mech.Activity: the conversation is over and every required action
// taken.
func (a *Activity) Done() bool {
	if !a.Over() {
		return false
	}
	for _, r := range a.spec.Required {
		if !a.taken[r] {
			return false
		}
	}
	return true
}

// Moves implements mech.Activity: the replies of the turn showing, then the actions not
// yet taken.
func (a *Activity) Moves() []string {
	if a.Done() {
		return nil
	}
	var out []string
	for _, r := range a.Replies() {
		out = append(out, r.Move)
	}
	for _, act := range Actions() {
		if !a.taken[act] {
			out = append(out, act)
		}
	}
	return out
}

// Do implements mech.Activity.
func (a *Activity) Do(move string) (mech.Reaction, error) {
	if !slices.Contains(a.Moves(), move) {
		return mech.Reaction{}, fmt.Errorf("chat: %q is not a move now (moves: %v)", move, a.Moves())
	}
	if n, ok := strings.CutPrefix(move, "reply:"); ok {
		i, _ := strconv.Atoi(n)
		return a.reply(i), nil
	}
	return a.act(move), nil
}

func (a *Activity) reply(i int) mech.Reaction {
	t := a.turn()
	r := t.Replies[i]
	first := !a.judged[a.cur]
	a.judged[a.cur] = true
	a.tried[a.cur][i] = true
	if !r.Safe {
		// Never sent: Sango stops it, and the child picks again.
		if first {
			if t.RedFlag {
				a.score.Misses++
			} else {
				a.score.FalseAlarms++
			}
		}
		return mech.Reaction{Text: r.Feedback, Tone: mech.Retry}
	}
	if first {
		if t.RedFlag {
			a.score.Hits++
		} else {
			a.score.CorrectRejections++
		}
	}
	a.history = append(a.history, Entry{Kind: Sent, Text: r.Text, Icon: r.Icon, Turn: a.cur})
	if r.Action != "" && !a.taken[r.Action] {
		a.take(r.Action)
	}
	a.enter(r.next)
	if r.Feedback == "" {
		return mech.Reaction{Tone: mech.Neutral}
	}
	return mech.Reaction{Text: r.Feedback, Tone: mech.Good}
}

func (a *Activity) take(action string) {
	a.taken[action] = true
	a.history = append(a.history, Entry{Kind: Note, Text: NoteKey(action), Icon: Icon(action), Turn: -1})
	if action == Block {
		a.blocked = true
	}
}

func (a *Activity) act(action string) mech.Reaction {
	t := a.turn()
	unjudged := t != nil && !a.judged[a.cur]
	text := a.spec.feedback[action]
	if !a.spec.IsRight(action) {
		// Blocking or reporting where it is not called for: a false alarm on a harmless
		// message; the contact stays, and the child can carry on.
		a.wrongTried[action] = true
		if unjudged && !t.RedFlag {
			a.score.FalseAlarms++
			a.judged[a.cur] = true
		}
		return mech.Reaction{Text: text, Tone: mech.Retry}
	}
	if unjudged && t.RedFlag {
		a.score.Hits++
		a.judged[a.cur] = true
	}
	a.take(action)
	if action == Tell && !a.spec.Risky() {
		return mech.Reaction{Text: text, Tone: mech.Neutral}
	}
	return mech.Reaction{Text: text, Tone: mech.Good}
}

// bestReply is the safe reply of the turn showing that ends the chat soonest.
func (a *Activity) bestReply() string {
	t := a.turn()
	best, bestDist := -1, 0
	for i, r := range t.Replies {
		if !r.Safe {
			continue
		}
		d := 0
		if r.next >= 0 && r.next < len(a.spec.dist) {
			d = a.spec.dist[r.next]
		}
		if best < 0 || d < bestDist {
			best, bestDist = i, d
		}
	}
	if best < 0 {
		return ""
	}
	return "reply:" + strconv.Itoa(best)
}

// Next is the move a strategy makes now in a (see mech.Strategy). Safe answers every turn with a safe reply and then takes
// the right actions; Unsafe first presses block and report where they are not right, on
// a harmless message, and tries every unsafe reply, then recovers.
func Next(a *Activity, s mech.Strategy) string {
	if a.Done() {
		return ""
	}
	t := a.turn()
	if s == mech.Unsafe {
		var wrong []string
		for _, act := range []string{Block, Report} {
			if !a.spec.IsRight(act) && !a.wrongTried[act] {
				wrong = append(wrong, act)
			}
		}
		if len(wrong) > 0 && (a.Over() || !t.RedFlag) {
			return wrong[0]
		}
		if !a.Over() {
			for i, r := range t.Replies {
				if !r.Safe && !a.tried[a.cur][i] {
					return "reply:" + strconv.Itoa(i)
				}
			}
		}
	}
	if !a.Over() {
		if m := a.bestReply(); m != "" {
			return m
		}
	}
	for _, r := range a.spec.Required {
		if !a.taken[r] {
			return r
		}
	}
	return ""
}

// Score implements mech.Activity.
func (a *Activity) Score() mech.Score { return a.score }

// Review implements mech.Activity.
func (a *Activity) Review() []mech.Note {
	var out []mech.Note
	sc := a.score
	if sc.Hits > 0 && sc.Misses == 0 {
		out = append(out, mech.Note{Good: true, Text: keyReviewFlags})
	}
	if sc.CorrectRejections > 0 && sc.FalseAlarms == 0 {
		out = append(out, mech.Note{Good: true, Text: keyReviewKind})
	}
	if a.spec.Risky() && a.Done() {
		out = append(out, mech.Note{Good: true, Text: keyReviewActed})
	}
	if sc.Misses > 0 {
		out = append(out, mech.Note{Good: false, Text: keyReviewMissed})
	}
	if sc.FalseAlarms > 0 {
		out = append(out, mech.Note{Good: false, Text: keyReviewAlarm})
	}
	return out
}
