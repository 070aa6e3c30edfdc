package chat_test

import (
	"slices"
	"strings"
	"testing"

	"sango/game/level"
	"sango/game/mech"
	"sango/game/mech/chat"
	"sango/game/mech/registry"
)

// good is a 9to12 level with two chats: Kai's, with a red flag (a gift and a secret) where
// blocking and telling are right and reporting is not listed, and Ana's, a harmless chat
// with a friend.
const good = `format = 1
id = "9to12-contact-test"
band = "9to12"
risk = "contact"
title = "t.title"
objective = "t.obj"
key_message = "t.key"
practice = ["block", "tell"]

[[character]]
id = "kai"
name = "t.kai"

[[character]]
id = "ana"
name = "t.ana"

[[step]]
id = "kai-chat"
kind = "chat"
prompt = "t.prompt"
from = "kai"
avatar = "smile"
actions = ["block", "tell"]
report_feedback = "t.fb_report"

  [[step.turn]]
  id = "hello"
  messages = ["t.hi"]
  icon = "smile"

    [[step.turn.reply]]
    text = "t.r_hi"
    safe = true

    [[step.turn.reply]]
    text = "t.r_rude"
    safe = false
    feedback = "t.fb_rude"

  [[step.turn]]
  id = "secret"
  messages = ["t.gift", "t.secret"]
  redacted = ["t.secret"]
  red_flag = true

    [[step.turn.reply]]
    text = "t.r_ok"
    safe = false
    feedback = "t.fb_ok"

    [[step.turn.reply]]
    text = "t.r_no"
    safe = true
    feedback = "t.fb_no"
    next = "end"

    [[step.turn.reply]]
    text = "t.r_ask"
    safe = true
    action = "tell"
    next = "bye"

  [[step.turn]]
  id = "bye"
  messages = ["t.bye"]

[[step]]
id = "ana-chat"
kind = "chat"
from = "ana"

  [[step.turn]]
  messages = ["t.ana_hi"]
  from = "ana"

    [[step.turn.reply]]
    text = "t.r_hi"
    safe = true

[[step]]
id = "end"
kind = "end"
`

// anyKey is a catalog that has every key, so that tests see only the mechanic's problems.
type anyKey struct{}

func (anyKey) Has(string) bool { return true }
func (anyKey) Source() string  { return "locales/en.toml" }

// parse decodes and validates a level and returns it with its problems as strings.
func parse(t *testing.T, src string) (*level.Level, string) {
	t.Helper()
	l, ps := level.Parse("x.toml", []byte(src))
	if l != nil {
		ps = append(ps, level.Validate(l, []level.KeySet{anyKey{}})...)
	}
	var lines []string
	for _, p := range ps {
		lines = append(lines, p.String())
	}
	return l, strings.Join(lines, "\n")
}

func goodLevel(t *testing.T) *level.Level {
	t.Helper()
	l, problems := parse(t, good)
	if problems != "" {
		t.Fatalf("the good level has problems:\n%s", problems)
	}
	return l
}

func spec(t *testing.T, l *level.Level, step int) *chat.Spec {
	t.Helper()
	s, ok := l.Steps[step].Mech.(*chat.Spec)
	if !ok {
		t.Fatalf("step %d is not a chat: %T", step, l.Steps[step].Mech)
	}
	return s
}

func start(t *testing.T, step int) *chat.Activity {
	t.Helper()
	return spec(t, goodLevel(t), step).Start().(*chat.Activity)
}

func TestDecodeGood(t *testing.T) {
	l := goodLevel(t)
	kai := spec(t, l, 0)
	if kai.From != "kai" || kai.Avatar != "smile" || !slices.Equal(kai.Right, []string{"block", "tell"}) ||
		!slices.Equal(kai.Required, []string{"block", "tell"}) || !kai.Risky() {
		t.Fatalf("kai chat decoded wrongly: %+v", kai)
	}
	if len(kai.Turns) != 3 {
		t.Fatalf("want 3 turns, got %d", len(kai.Turns))
	}
	secret := kai.Turns[1]
	if secret.ID != "secret" || !secret.RedFlag || secret.From != "kai" || !slices.Equal(secret.Messages, []string{"t.gift", "t.secret"}) ||
		!slices.Equal(secret.Redacted, []bool{false, true}) || len(secret.Replies) != 3 {
		t.Fatalf("secret turn decoded wrongly: %+v", secret)
	}
	if r := secret.Replies[2]; r.Text != "t.r_ask" || !r.Safe || r.Action != "tell" || r.Next != "bye" {
		t.Fatalf("reply decoded wrongly: %+v", r)
	}
	if !kai.IsRight("tell") || !kai.IsRight("block") || kai.IsRight("report") {
		t.Fatal("IsRight is wrong: tell is always right, report is not listed")
	}
	ana := spec(t, l, 1)
	if ana.Risky() || len(ana.Required) != 0 || ana.Turns[0].From != "ana" {
		t.Fatalf("ana chat decoded wrongly: %+v", ana)
	}
	if got := kai.Speakers(); got["from"] != "kai" || len(got) != 1 {
		t.Fatalf("speakers: %v", got)
	}
	keys := kai.TextKeys()
	for _, want := range []string{"t.hi", "t.gift", "t.secret", "t.bye", "t.r_ask", "t.fb_rude", "t.fb_report",
		"mech_chat.block_done", "mech_chat.tell_done", "mech_chat.block", "mech_chat.note_told", "mech_chat.review_missed"} {
		if !slices.Contains(keys, want) {
			t.Errorf("TextKeys lacks %q: %v", want, keys)
		}
	}
	if slices.Contains(keys, "mech_chat.report_not_needed") || slices.Contains(keys, "") {
		t.Errorf("TextKeys has a replaced default or an empty key: %v", keys)
	}
	if k := ana.TextKeys(); !slices.Contains(k, "mech_chat.block_not_needed") || !slices.Contains(k, "mech_chat.tell_friend") {
		t.Errorf("a harmless chat's defaults are missing: %v", k)
	}
	if m := chat.Mechanic(); m.Kind != "chat" || !slices.Contains(m.Fields, "turn") {
		t.Fatalf("mechanic: %+v", m)
	}
}

type edit struct{ from, to string }

// TestDecodeProblems edits the good level and expects a positioned message.
func TestDecodeProblems(t *testing.T) {
	anaTurn := "  [[step.turn]]\n  messages = [\"t.ana_hi\"]\n  from = \"ana\"\n\n    [[step.turn.reply]]\n    text = \"t.r_hi\"\n    safe = true\n"
	cases := []struct {
		name  string
		edits []edit
		want  string
	}{
		{"missing from", []edit{{"from = \"kai\"\n", ""}}, `x.toml:18:1: missing field "from"`},
		{"unknown speaker", []edit{{`from = "kai"`, `from = "kim"`}}, `x.toml:22:1: unknown speaker "kim"; declare it with [[character]]`},
		{"unknown turn speaker", []edit{{`  from = "ana"`, `  from = "bo"`}}, `x.toml:75:3: unknown speaker "bo"`},
		{"bad avatar", []edit{{`avatar = "smile"`, `avatar = "dragon"`}}, `x.toml:23:1: unknown picture "dragon"`},
		{"unknown step field", []edit{{`avatar = "smile"`, "avatar = \"smile\"\ntimer = 10"}}, `x.toml:24:1: unknown field "timer"`},
		{"unknown action", []edit{{`actions = ["block", "tell"]`, `actions = ["block", "shout", "tell"]`}}, `x.toml:24:1: unknown action "shout"`},
		{"action twice", []edit{{`actions = ["block", "tell"]`, `actions = ["block", "block", "tell"]`}}, `x.toml:24:1: action "block" is listed twice`},
		{"actions not a list", []edit{{`actions = ["block", "tell"]`, `actions = "block"`}}, `x.toml:24:1: actions must be a list of strings`},
		{"required not right", []edit{{`actions = ["block", "tell"]`, "actions = [\"block\", \"tell\"]\nrequired = [\"report\"]"}}, `x.toml:25:1: action "report" is required but not right here`},
		{"required unknown", []edit{{`actions = ["block", "tell"]`, "actions = [\"block\", \"tell\"]\nrequired = [\"run\"]"}}, `x.toml:25:1: unknown action "run"`},
		{"required in a harmless chat", []edit{{"from = \"ana\"\n\n", "from = \"ana\"\nrequired = [\"tell\"]\n\n"}}, `x.toml:72:1: a harmless chat (no actions) requires no actions`},
		{"no turns", []edit{{anaTurn, ""}}, `x.toml:68:1: a chat needs at least one [[step.turn]]`},
		{"turn id twice", []edit{{`id = "bye"`, `id = "hello"`}}, `x.toml:65:3: turn id "hello" is used twice (first at turn 1)`},
		{"turn called end", []edit{{`id = "bye"`, `id = "end"`}}, `x.toml:65:3: a turn cannot be called "end"`},
		{"bad turn icon", []edit{{`icon = "smile"`, `icon = "unicorn"`}}, `x.toml:30:3: unknown picture "unicorn"`},
		{"unknown turn field", []edit{{`icon = "smile"`, "icon = \"smile\"\n  colour = \"red\""}}, `x.toml:31:3: unknown field "colour"`},
		{"missing messages", []edit{{"  messages = [\"t.bye\"]\n", ""}}, `x.toml:64:3: missing field "messages"`},
		{"no messages", []edit{{`messages = ["t.bye"]`, `messages = []`}}, `x.toml:66:3: a turn needs at least one message`},
		{"messages not a list", []edit{{`messages = ["t.hi"]`, `messages = "t.hi"`}}, `x.toml:29:3: messages must be a list of strings`},
		{"empty message", []edit{{`messages = ["t.bye"]`, `messages = [""]`}}, `x.toml:66:3: a message key must not be empty`},
		{"bad redacted", []edit{{`redacted = ["t.secret"]`, `redacted = ["t.secrets"]`}}, `x.toml:44:3: redacted names "t.secrets", which is not one of this turn's messages`},
		{"red flag not a bool", []edit{{`red_flag = true`, `red_flag = "yes"`}}, `x.toml:45:3: red_flag must be true or false, not a string`},
		{"reply without text", []edit{{"    text = \"t.r_rude\"\n", ""}}, `x.toml:36:5: missing field "text"`},
		{"reply without safe", []edit{{"text = \"t.r_ask\"\n    safe = true\n", "text = \"t.r_ask\"\n"}}, `x.toml:58:5: missing field "safe"`},
		{"unsafe reply without feedback", []edit{{"    feedback = \"t.fb_rude\"\n", ""}}, `x.toml:36:5: an unsafe reply needs feedback`},
		{"bad reply icon", []edit{{`text = "t.r_rude"`, "text = \"t.r_rude\"\n    icon = \"ghost\""}}, `x.toml:38:5: unknown picture "ghost"`},
		{"unknown reply action", []edit{{`action = "tell"`, `action = "hug"`}}, `x.toml:61:5: unknown action "hug"`},
		{"action on an unsafe reply", []edit{{`feedback = "t.fb_rude"`, "feedback = \"t.fb_rude\"\n    action = \"tell\""}}, `x.toml:40:5: only a safe reply can count as an action`},
		{"next on an unsafe reply", []edit{{`feedback = "t.fb_ok"`, "feedback = \"t.fb_ok\"\n    next = \"bye\""}}, `x.toml:51:5: an unsafe reply has no next`},
		{"unknown next", []edit{{`next = "bye"`, `next = "byebye"`}}, `x.toml:62:5: next names turn "byebye", which does not exist`},
		{"unreachable turn", []edit{{`next = "bye"`, `next = "end"`}}, `x.toml:64:3: turn 3 can never be reached`},
		{"four replies", []edit{{"    next = \"bye\"\n", "    next = \"bye\"\n\n    [[step.turn.reply]]\n    text = \"t.r_x\"\n    safe = true\n"}}, `x.toml:41:3: a turn has at most 3 replies, not 4`},
		{"no safe reply", []edit{{"text = \"t.r_hi\"\n    safe = true", "text = \"t.r_hi\"\n    safe = false\n    feedback = \"t.fb\""}}, `x.toml:27:3: no reply is marked safe = true`},
		{"no way to end", []edit{
			{"  messages = [\"t.ana_hi\"]\n", "  id = \"loop\"\n  messages = [\"t.ana_hi\"]\n"},
			{"safe = true\n\n[[step]]\nid = \"end\"", "safe = true\n    next = \"loop\"\n\n[[step]]\nid = \"end\""},
		}, `x.toml:73:3: from turn 1 the chat can never end`},
		{"red flag without actions", []edit{{"  from = \"ana\"\n", "  from = \"ana\"\n  red_flag = true\n"}}, `x.toml:68:1: a turn is a red flag, so say which actions are right here`},
		{"actions without a red flag", []edit{{`red_flag = true`, `red_flag = false`}}, `x.toml:24:1: the chat names actions [block tell] but no turn is a red flag`},
		{"every turn a red flag", []edit{
			{"from = \"ana\"\n\n", "from = \"ana\"\nactions = [\"block\"]\n\n"},
			{"  from = \"ana\"\n", "  from = \"ana\"\n  red_flag = true\n"},
		}, `x.toml:68:1: every turn is a red flag`},
		{"harmless chat without replies", []edit{{"  from = \"ana\"\n\n    [[step.turn.reply]]\n    text = \"t.r_hi\"\n    safe = true\n", "  from = \"ana\"\n"}}, `x.toml:68:1: a harmless chat needs a turn with replies`},
		{"nothing can be a mistake", []edit{
			{"from = \"ana\"\n\n", "from = \"ana\"\nactions = [\"block\", \"report\", \"tell\"]\n\n"},
			{"safe = true\n\n[[step]]\nid = \"end\"", "safe = true\n\n  [[step.turn]]\n  messages = [\"t.gift\"]\n  red_flag = true\n\n[[step]]\nid = \"end\""},
		}, `x.toml:68:1: nothing in this chat can be a mistake`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := good
			for _, e := range c.edits {
				next := strings.Replace(src, e.from, e.to, 1)
				if next == src {
					t.Fatalf("edit %q did not apply", e.from)
				}
				src = next
			}
			_, problems := parse(t, src)
			if !strings.Contains(problems, c.want) {
				t.Fatalf("want %q, got:\n%s", c.want, problems)
			}
		})
	}
}

func TestUnder9Rules(t *testing.T) {
	src := strings.Replace(good, `band = "9to12"`, `band = "under9"`, 1)
	_, problems := parse(t, src)
	for _, want := range []string{
		`x.toml:41:3: an under9 turn has at most 2 replies, not 3: young children choose between two`,
		`x.toml:41:3: an under9 turn needs an icon`,
		`x.toml:64:3: an under9 turn needs an icon`,
		`x.toml:32:5: an under9 reply needs an icon`,
		`x.toml:77:5: an under9 reply needs an icon`,
	} {
		if !strings.Contains(problems, want) {
			t.Errorf("want %q, got:\n%s", want, problems)
		}
	}
	if strings.Contains(problems, "x.toml:27:3: an under9 turn needs an icon") {
		t.Errorf("the turn with an icon was reported:\n%s", problems)
	}
}

// play makes moves and checks each one is allowed and reacts with the given tone.
func play(t *testing.T, a *chat.Activity, moves ...string) []mech.Reaction {
	t.Helper()
	var out []mech.Reaction
	for _, m := range moves {
		re, err := a.Do(m)
		if err != nil {
			t.Fatalf("move %q: %v", m, err)
		}
		out = append(out, re)
	}
	return out
}

func TestMovesAndReactions(t *testing.T) {
	a := start(t, 0)
	if got := a.Moves(); !slices.Equal(got, []string{"reply:0", "reply:1", "block", "report", "tell"}) {
		t.Fatalf("first moves: %v", got)
	}
	if h := a.History(); len(h) != 1 || h[0].Kind != chat.Message || h[0].Text != "t.hi" || h[0].From != "kai" || h[0].Icon != "smile" {
		t.Fatalf("first history: %+v", h)
	}
	for _, bad := range []string{"reply:2", "reply:x", "hug", "", "next"} {
		if _, err := a.Do(bad); err == nil {
			t.Fatalf("move %q should be refused", bad)
		}
	}
	// Reporting is not right in this chat: a false alarm on a harmless message, warmly
	// answered, and nothing changes.
	re := play(t, a, "report")[0]
	if re.Tone != mech.Retry || re.Text != "t.fb_report" {
		t.Fatalf("report: %+v", re)
	}
	if sc := a.Score(); sc != (mech.Score{FalseAlarms: 1}) {
		t.Fatalf("score after report: %+v", sc)
	}
	if a.Taken("report") || !slices.Contains(a.Moves(), "report") {
		t.Fatal("a report that is not right must not be taken")
	}
	// The rude reply is stopped and never sent; the turn was already judged.
	re = play(t, a, "reply:1")[0]
	if re.Tone != mech.Retry || re.Text != "t.fb_rude" || len(a.History()) != 1 {
		t.Fatalf("rude reply: %+v, history %+v", re, a.History())
	}
	if r := a.Replies(); len(r) != 2 || !r[1].Tried || r[0].Tried || r[0].Move != "reply:0" {
		t.Fatalf("replies: %+v", r)
	}
	// A safe reply with no feedback is sent and the next turn arrives.
	re = play(t, a, "reply:0")[0]
	if re.Tone != mech.Neutral || re.Text != "" {
		t.Fatalf("safe reply: %+v", re)
	}
	h := a.History()
	if len(h) != 4 || h[1].Kind != chat.Sent || h[1].Text != "t.r_hi" || h[2].Text != "t.gift" || h[3].Text != "t.secret" || !h[3].Redacted || h[2].Redacted {
		t.Fatalf("history after reply: %+v", h)
	}
	if h[2].Flagged {
		t.Fatal("a red flag must not be marked before the child judges it")
	}
	if got := a.Moves(); !slices.Equal(got, []string{"reply:0", "reply:1", "reply:2", "block", "report", "tell"}) {
		t.Fatalf("moves at the red flag: %v", got)
	}
	// Telling at the red flag is a hit, and the chat goes on.
	re = play(t, a, "tell")[0]
	if re.Tone != mech.Good || re.Text != "mech_chat.tell_done" {
		t.Fatalf("tell: %+v", re)
	}
	if sc := a.Score(); sc != (mech.Score{Hits: 1, FalseAlarms: 1}) {
		t.Fatalf("score after tell: %+v", sc)
	}
	if !a.Taken("tell") || slices.Contains(a.Moves(), "tell") || a.Done() {
		t.Fatal("tell must be taken, and the chat not done")
	}
	if h := a.History(); !h[2].Flagged || !h[3].Flagged || h[len(h)-1].Kind != chat.Note || h[len(h)-1].Text != "mech_chat.note_told" {
		t.Fatalf("history after tell: %+v", h)
	}
	// An unsafe reply now is not scored again.
	play(t, a, "reply:0")
	if sc := a.Score(); sc != (mech.Score{Hits: 1, FalseAlarms: 1}) {
		t.Fatalf("a second judgement of a turn was scored: %+v", sc)
	}
	// Blocking ends the conversation; the chat is done, as block and tell are taken.
	re = play(t, a, "block")[0]
	if re.Tone != mech.Good || re.Text != "mech_chat.block_done" {
		t.Fatalf("block: %+v", re)
	}
	if !a.Blocked() || !a.Over() || !a.Done() || a.Moves() != nil || a.Replies() != nil || registry.Next(a, mech.Safe) != "" {
		t.Fatalf("after block: done %v moves %v", a.Done(), a.Moves())
	}
	if _, err := a.Do("report"); err == nil {
		t.Fatal("no move is allowed once the chat is done")
	}
}

func TestReplyActionAndEnding(t *testing.T) {
	a := start(t, 0)
	play(t, a, "reply:0")
	// "Ask my grown-up" is a safe reply that also tells, and leads to the last turn.
	re := play(t, a, "reply:2")[0]
	if re.Tone != mech.Neutral || !a.Taken("tell") {
		t.Fatalf("ask reply: %+v taken %v", re, a.Taken("tell"))
	}
	h := a.History()
	if last := h[len(h)-1]; last.Text != "t.bye" || h[len(h)-2].Kind != chat.Note {
		t.Fatalf("history: %+v", h)
	}
	// The last turn has no replies: the conversation is over, but block is still needed.
	if !a.Over() || a.Done() || !slices.Equal(a.Moves(), []string{"block", "report"}) {
		t.Fatalf("over %v done %v moves %v", a.Over(), a.Done(), a.Moves())
	}
	if registry.Next(a, mech.Safe) != "block" {
		t.Fatalf("safe next: %q", registry.Next(a, mech.Safe))
	}
	play(t, a, "block")
	if !a.Done() || a.Score() != (mech.Score{Hits: 1, CorrectRejections: 1}) {
		t.Fatalf("done %v score %+v", a.Done(), a.Score())
	}
}

func TestHarmlessChat(t *testing.T) {
	a := start(t, 1)
	re := play(t, a, "block")[0]
	if re.Tone != mech.Retry || re.Text != "mech_chat.block_not_needed" || a.Blocked() {
		t.Fatalf("block a friend: %+v blocked %v", re, a.Blocked())
	}
	re = play(t, a, "tell")[0]
	if re.Tone != mech.Neutral || re.Text != "mech_chat.tell_friend" {
		t.Fatalf("tell about a friend: %+v", re)
	}
	play(t, a, "reply:0")
	if !a.Done() || a.Score() != (mech.Score{FalseAlarms: 1}) {
		t.Fatalf("done %v score %+v", a.Done(), a.Score())
	}
	notes := a.Review()
	if len(notes) != 1 || notes[0].Good || notes[0].Text != "mech_chat.review_false_alarm" {
		t.Fatalf("review: %+v", notes)
	}
}

// run plays an activity with a strategy to its end and returns the moves made.
func run(t *testing.T, a *chat.Activity, s mech.Strategy) []string {
	t.Helper()
	var moves []string
	for i := 0; !a.Done(); i++ {
		if i > 100 {
			t.Fatalf("no end after %v", moves)
		}
		m := registry.Next(a, s)
		if m == "" {
			t.Fatalf("not done, but no next move after %v", moves)
		}
		play(t, a, m)
		moves = append(moves, m)
	}
	return moves
}

func TestStrategies(t *testing.T) {
	cases := []struct {
		step  int
		s     mech.Strategy
		moves []string
		score mech.Score
		notes []mech.Note
	}{
		{0, mech.Safe, []string{"reply:0", "reply:1", "block", "tell"}, mech.Score{Hits: 1, CorrectRejections: 1},
			[]mech.Note{{Good: true, Text: "mech_chat.review_red_flags"}, {Good: true, Text: "mech_chat.review_kind"}, {Good: true, Text: "mech_chat.review_acted"}}},
		{0, mech.Unsafe, []string{"report", "reply:1", "reply:0", "reply:0", "reply:1", "block", "tell"}, mech.Score{Misses: 1, FalseAlarms: 1},
			[]mech.Note{{Good: true, Text: "mech_chat.review_acted"}, {Good: false, Text: "mech_chat.review_missed"}, {Good: false, Text: "mech_chat.review_false_alarm"}}},
		{1, mech.Safe, []string{"reply:0"}, mech.Score{CorrectRejections: 1},
			[]mech.Note{{Good: true, Text: "mech_chat.review_kind"}}},
		{1, mech.Unsafe, []string{"block", "report", "reply:0"}, mech.Score{FalseAlarms: 1},
			[]mech.Note{{Good: false, Text: "mech_chat.review_false_alarm"}}},
	}
	for _, c := range cases {
		a := start(t, c.step)
		moves := run(t, a, c.s)
		if !slices.Equal(moves, c.moves) {
			t.Errorf("step %d strategy %d: moves %v, want %v", c.step, c.s, moves, c.moves)
		}
		if a.Score() != c.score {
			t.Errorf("step %d strategy %d: score %+v, want %+v", c.step, c.s, a.Score(), c.score)
		}
		if got := a.Review(); !slices.Equal(got, c.notes) {
			t.Errorf("step %d strategy %d: review %+v, want %+v", c.step, c.s, got, c.notes)
		}
	}
}

// TestSafeStrategyTakesTheShortestWay checks that safe play never loops: a safe reply
// that leads back is passed over for one that ends the chat.
func TestSafeStrategyTakesTheShortestWay(t *testing.T) {
	src := strings.Replace(good, "    text = \"t.r_hi\"\n    safe = true\n\n    [[step.turn.reply]]\n    text = \"t.r_rude\"",
		"    text = \"t.r_hi\"\n    safe = true\n    next = \"hello\"\n\n    [[step.turn.reply]]\n    text = \"t.r_hi2\"\n    safe = true\n\n    [[step.turn.reply]]\n    text = \"t.r_rude\"", 1)
	l, problems := parse(t, src)
	if problems != "" {
		t.Fatal(problems)
	}
	a := spec(t, l, 0).Start().(*chat.Activity)
	if m := run(t, a, mech.Safe); !slices.Equal(m, []string{"reply:1", "reply:1", "block", "tell"}) {
		t.Fatalf("moves %v", m)
	}
}
