package offer_test

import (
	"io/fs"
	"reflect"
	"slices"
	"strings"
	"testing"

	"sango/game/level"
	"sango/game/mech"
	"sango/game/mech/offer"
	"sango/game/mech/registry"
	"sango/levels"
)

// A 9to12 level with one unfair offer. Line numbers matter: the problem tests below
// point at them.
const good = `format = 1
id = "9to12-contract-test"
band = "9to12"
risk = "contract"
title = "t.title"
objective = "t.obj"
key_message = "t.key"
practice = ["ask"]

[[step]]
id = "shop"
kind = "offer"
prompt = "t.prompt"
title = "t.offer"
icon = "gem"
style = "shop"
countdown = 59

  [[step.detail]]
  text = "t.shiny"
  icon = "star"

  [[step.detail]]
  text = "t.money"
  icon = "coin"
  hidden = true
  catch = true
  reveal = "t.found_money"

  [[step.detail]]
  text = "t.odds"
  icon = "chest"
  hidden = true
  catch = true
  reveal = "t.found_odds"

  [[step.action]]
  id = "accept"
  text = "t.buy"
  icon = "cart"
  feedback = "t.fb_buy"

  [[step.action]]
  id = "ask"
  text = "t.ask"
  icon = "grown-up"
  feedback = "t.fb_ask"

  [[step.action]]
  id = "decline"
  text = "t.no"
  feedback = "t.fb_no"

[[step]]
id = "end"
kind = "end"
`

// fair turns the good level's offer into a genuinely free one.
func fair(src string) string {
	r := strings.NewReplacer(
		"countdown = 59\n", "fair = true\n",
		"  catch = true\n", "",
	)
	return r.Replace(src)
}

type anyKey struct{}

func (anyKey) Has(string) bool { return true }
func (anyKey) Source() string  { return "locales/en.toml" }
func catalogs() []level.KeySet { return []level.KeySet{anyKey{}} }

// parse decodes and validates a level, returning its problems as "file:line:col: msg".
func parse(t *testing.T, src string) (*level.Level, string) {
	t.Helper()
	l, ps := level.Parse("x.toml", []byte(src))
	if l != nil {
		ps = append(ps, level.Validate(l, catalogs())...)
	}
	var lines []string
	for _, p := range ps {
		lines = append(lines, p.String())
	}
	return l, strings.Join(lines, "\n")
}

func spec(t *testing.T, src string) *offer.Spec {
	t.Helper()
	l, problems := parse(t, src)
	if problems != "" {
		t.Fatalf("unexpected problems:\n%s", problems)
	}
	s, ok := l.Steps[0].Mech.(*offer.Spec)
	if !ok {
		t.Fatalf("step 0 decoded as %T, want *offer.Spec", l.Steps[0].Mech)
	}
	return s
}

func TestDecodeGood(t *testing.T) {
	s := spec(t, good)
	want := &offer.Spec{
		Title: "t.offer", Icon: "gem", Style: "shop", Countdown: 59,
		Details: []offer.Detail{
			{Text: "t.shiny", Icon: "star"},
			{Text: "t.money", Icon: "coin", Hidden: true, Catch: true, Reveal: "t.found_money"},
			{Text: "t.odds", Icon: "chest", Hidden: true, Catch: true, Reveal: "t.found_odds"},
		},
		Actions: []offer.Action{
			{ID: "accept", Text: "t.buy", Icon: "cart", Feedback: "t.fb_buy"},
			{ID: "ask", Text: "t.ask", Icon: "grown-up", Feedback: "t.fb_ask"},
			{ID: "decline", Text: "t.no", Icon: "cross", Feedback: "t.fb_no"}, // default picture
		},
	}
	if !reflect.DeepEqual(s, want) {
		t.Fatalf("decoded\n%+v\nwant\n%+v", s, want)
	}
	if s.Kind() != "offer" || s.CountdownLabel() != "00:59" || s.Catches() != 2 {
		t.Fatalf("kind %q, countdown %q, catches %d", s.Kind(), s.CountdownLabel(), s.Catches())
	}
	keys := s.TextKeys()
	for _, k := range []string{"t.offer", "t.shiny", "t.found_odds", "t.no", "t.fb_no", "mech_offer.look", "mech_offer.style_shop", "mech_offer.review_rush"} {
		if !slices.Contains(keys, k) {
			t.Errorf("TextKeys misses %q: %v", k, keys)
		}
	}
	if f := spec(t, fair(good)); !f.Fair || f.Countdown != 0 || f.Catches() != 0 || f.CountdownLabel() != "" {
		t.Fatalf("fair variant decoded as %+v", f)
	}
}

func TestCountdownLabel(t *testing.T) {
	for n, want := range map[int]string{0: "", 5: "00:05", 59: "00:59", 600: "10:00", 5999: "99:59"} {
		if got := (&offer.Spec{Countdown: n}).CountdownLabel(); got != want {
			t.Errorf("countdown %d shows %q, want %q", n, got, want)
		}
	}
}

// TestDecodeProblems edits the good level one way at a time and expects the message at
// its line and column.
func TestDecodeProblems(t *testing.T) {
	cases := []struct {
		name, from, to, want string
	}{
		{"missing title", "title = \"t.offer\"\n", "", `x.toml:10:1: missing field "title"`},
		{"bad icon", `icon = "gem"`, `icon = "diamond"`, `x.toml:15:1: unknown picture "diamond"`},
		{"bad detail icon", `icon = "coin"`, `icon = "money"`, `x.toml:25:3: unknown picture "money"`},
		{"bad style", `style = "shop"`, `style = "mall"`, `x.toml:16:1: unknown style "mall"`},
		{"missing style", "style = \"shop\"\n", "", `x.toml:10:1: missing field "style"`},
		{"countdown type", `countdown = 59`, `countdown = "00:59"`, `x.toml:17:1: countdown must be a whole number, not a string`},
		{"countdown range", `countdown = 59`, `countdown = 0`, `x.toml:17:1: countdown is the seconds shown on the card, from 1 to 5999`},
		{"countdown on fair", `countdown = 59`, "countdown = 59\nfair = true", `x.toml:17:1: a countdown is a pressure trick, so a fair offer has none`},
		{"fair type", `countdown = 59`, `fair = "yes"`, `x.toml:17:1: fair must be true or false, not a string`},
		{"catch on fair", "countdown = 59\n", "fair = true\n", `x.toml:27:3: a fair offer has no catches`},
		{"unknown field", `style = "shop"`, "style = \"shop\"\nprice = 5", `x.toml:17:1: unknown field "price"`},
		{"unknown detail field", `text = "t.shiny"`, "text = \"t.shiny\"\n  secret = true", `x.toml:21:3: unknown field "secret"`},
		{"missing detail text", "  text = \"t.shiny\"\n", "", `x.toml:19:3: missing field "text"`},
		{"hidden catch without reveal", "  reveal = \"t.found_money\"\n", "", `x.toml:23:3: a hidden catch needs reveal`},
		{"reveal on shown detail", "  icon = \"star\"\n", "  icon = \"star\"\n  reveal = \"t.why\"\n", `x.toml:22:3: reveal is said when a hidden detail is found`},
		{"no fair point", "  text = \"t.shiny\"\n  icon = \"star\"\n", "  text = \"t.shiny\"\n  icon = \"star\"\n  catch = true\n", `x.toml:19:3: add a genuine fair point`},
		{"hidden fair point", "  catch = true\n  reveal = \"t.found_money\"", "  reveal = \"t.found_money\"", ``},
		{"unknown action", `id = "decline"`, `id = "run"`, `x.toml:50:3: unknown action "run"`},
		{"duplicate action", `id = "decline"`, `id = "ask"`, `x.toml:50:3: action "ask" is listed twice`},
		{"no accept", `id = "accept"`, `id = "compare"`, `x.toml:37:3: an offer needs the tempting action`},
		{"only accept", "id = \"ask\"", "id = \"accept\"", `action "accept" is listed twice`},
		{"missing feedback", "  feedback = \"t.fb_ask\"\n", "", `x.toml:43:3: missing field "feedback"`},
		{"bad action icon", `icon = "grown-up"`, `icon = "adult"`, `x.toml:46:3: unknown picture "adult"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := strings.Replace(good, c.from, c.to, 1)
			if src == good {
				t.Fatalf("edit %q did not apply", c.from)
			}
			_, all := parse(t, src)
			if c.want == "" {
				if all != "" {
					t.Fatalf("want no problem, got:\n%s", all)
				}
				return
			}
			if !strings.Contains(all, c.want) {
				t.Fatalf("want %q, got:\n%s", c.want, all)
			}
		})
	}
}

// TestDecodeNeedsBothKinds checks the rules that make judgement, not blanket suspicion,
// what is scored: an unfair offer needs a hidden catch, and every offer a way to say no.
func TestDecodeNeedsBothKinds(t *testing.T) {
	// Only one catch, and it stays visible: nothing risky to find.
	src := strings.Replace(good, "  hidden = true\n  catch = true\n  reveal = \"t.found_odds\"\n", "  hidden = true\n", 1)
	src = strings.Replace(src, "  hidden = true\n  catch = true\n  reveal = \"t.found_money\"\n", "  catch = true\n", 1)
	if _, all := parse(t, src); !strings.Contains(all, "x.toml:19:3: an offer that is not fair needs a hidden catch") {
		t.Fatalf("want the hidden catch rule, got:\n%s", all)
	}
	// Only accept: no way to choose.
	src = strings.Replace(good, "  [[step.action]]\n  id = \"ask\"\n  text = \"t.ask\"\n  icon = \"grown-up\"\n  feedback = \"t.fb_ask\"\n", "", 1)
	src = strings.Replace(src, "  [[step.action]]\n  id = \"decline\"\n  text = \"t.no\"\n  feedback = \"t.fb_no\"\n", "", 1)
	if _, all := parse(t, src); !strings.Contains(all, "x.toml:37:3: add an action other than \"accept\"") {
		t.Fatalf("want the choose-between rule, got:\n%s", all)
	}
	// No details at all.
	src = strings.ReplaceAll(good, "[[step.detail]]", "[[step.info]]")
	if _, all := parse(t, src); !strings.Contains(all, "x.toml:10:1: an offer needs its details") {
		t.Fatalf("want the details rule, got:\n%s", all)
	}
	// Nothing hidden to look closer at.
	src = strings.ReplaceAll(good, "  hidden = true\n", "")
	if _, all := parse(t, src); !strings.Contains(all, "x.toml:19:3: no detail is hidden = true") {
		t.Fatalf("want the nothing-hidden rule, got:\n%s", all)
	}
	// No actions at all.
	src = good[:strings.Index(good, "  [[step.action]]")] + "[[step]]\nid = \"end\"\nkind = \"end\"\n"
	if _, all := parse(t, src); !strings.Contains(all, "x.toml:10:1: an offer needs its actions") {
		t.Fatalf("want the actions rule, got:\n%s", all)
	}
}

func TestUnder9Rules(t *testing.T) {
	under9 := strings.Replace(good, `band = "9to12"`, `band = "under9"`, 1)
	under9 = strings.Replace(under9, `id = "9to12-contract-test"`, `id = "under9-contract-test"`, 1)
	_, all := parse(t, under9)
	for _, want := range []string{
		`x.toml:17:1: no countdowns in under9`,
		`x.toml:49:3: under9 offers have at most two actions (two big choices), not 3`,
		`x.toml:49:3: under9 needs a picture here`, // the decline action has no icon
	} {
		if !strings.Contains(all, want) {
			t.Errorf("want %q, got:\n%s", want, all)
		}
	}
	// Fixed: no countdown, two actions with pictures. A detail without a picture is
	// then the only problem.
	ok := strings.Replace(under9, "countdown = 59\n", "", 1)
	ok = strings.Replace(ok, "  [[step.action]]\n  id = \"decline\"\n  text = \"t.no\"\n  feedback = \"t.fb_no\"\n", "", 1)
	if _, all := parse(t, ok); all != "" {
		t.Fatalf("a good under9 offer has problems:\n%s", all)
	}
	_, all = parse(t, strings.Replace(ok, "  icon = \"star\"\n", "", 1))
	if !strings.Contains(all, "x.toml:18:3: under9 needs a picture here") || strings.Count(all, "\n") != 0 {
		t.Fatalf("want one missing-picture problem, got:\n%s", all)
	}
	// Too many details for a small child's card.
	more := strings.Replace(ok, "  [[step.action]]", "  [[step.detail]]\n  text = \"t.extra\"\n  icon = \"heart\"\n\n  [[step.action]]", 1)
	if _, all := parse(t, more); !strings.Contains(all, "at most 3 details in this band") {
		t.Fatalf("want the detail limit, got:\n%s", all)
	}
}

func TestMovesAndReactions(t *testing.T) {
	a := spec(t, good).Play()
	if got, want := a.Moves(), []string{"look:1", "look:2", "accept", "ask", "decline"}; !slices.Equal(got, want) {
		t.Fatalf("moves %v, want %v", got, want)
	}
	for _, bad := range []string{"look:0", "look:3", "look:x", "buy", "compare", ""} {
		if _, err := a.Do(bad); err == nil {
			t.Errorf("Do(%q) is not a move, want an error", bad)
		}
	}
	if a.Score() != (mech.Score{}) {
		t.Fatalf("bad moves changed the score: %+v", a.Score())
	}
	check := func(move string, want mech.Reaction) {
		t.Helper()
		got, err := a.Do(move)
		if err != nil || got != want {
			t.Fatalf("Do(%q) = %+v, %v; want %+v", move, got, err, want)
		}
	}
	if a.Visible(1) || !a.Visible(0) {
		t.Fatal("a hidden detail shows before the child looks")
	}
	check("look:1", mech.Reaction{Text: "t.found_money", Tone: mech.Good})
	if !a.Revealed(1) || !a.Visible(1) || a.Visible(2) {
		t.Fatal("look:1 did not reveal exactly detail 1")
	}
	if _, err := a.Do("look:1"); err == nil {
		t.Fatal("a revealed detail can be revealed again")
	}
	check("accept", mech.Reaction{Text: "t.fb_buy", Tone: mech.Retry})
	check("accept", mech.Reaction{Text: "t.fb_buy", Tone: mech.Retry}) // tried again: no dead end, no new score
	if a.Done() || !a.Tried("accept") || a.Tried("ask") {
		t.Fatal("accepting an unfair offer must not end the step")
	}
	if got := a.Moves(); !slices.Equal(got, []string{"look:2", "accept", "ask", "decline"}) {
		t.Fatalf("moves after a retry %v", got)
	}
	check("ask", mech.Reaction{Text: "t.fb_ask", Tone: mech.Good})
	if !a.Done() || a.Chosen() != "ask" || len(a.Moves()) != 0 || registry.Next(a, mech.Safe) != "" {
		t.Fatalf("done %v, chosen %q, moves %v", a.Done(), a.Chosen(), a.Moves())
	}
	if !a.Visible(2) {
		t.Fatal("a finished card shows every detail")
	}
	if _, err := a.Do("decline"); err == nil {
		t.Fatal("a move after the step is done must be an error")
	}
	if got, want := a.Score(), (mech.Score{Hits: 1, Misses: 1}); got != want {
		t.Fatalf("score %+v, want %+v", got, want)
	}
	want := []mech.Note{{Good: true, Text: offer.KeyReviewFound}, {Good: false, Text: offer.KeyReviewRush}}
	if got := a.Review(); !reflect.DeepEqual(got, want) {
		t.Fatalf("review %+v, want %+v", got, want)
	}
}

func TestFairOffer(t *testing.T) {
	a := spec(t, fair(good)).Play()
	if r, _ := a.Do("look:1"); r.Tone != mech.Neutral || a.Score() != (mech.Score{}) {
		t.Fatalf("revealing a fair point: %+v, score %+v", r, a.Score())
	}
	if r, _ := a.Do("decline"); r.Tone != mech.Retry || a.Done() {
		t.Fatalf("turning down a fair offer: %+v, done %v", r, a.Done())
	}
	if r, _ := a.Do("ask"); r.Tone != mech.Retry || a.Done() {
		t.Fatalf("asking about a fair offer: %+v", r)
	}
	if r, _ := a.Do("accept"); r.Tone != mech.Good || !a.Done() {
		t.Fatalf("taking a fair offer: %+v, done %v", r, a.Done())
	}
	if got, want := a.Score(), (mech.Score{FalseAlarms: 1}); got != want {
		t.Fatalf("score %+v, want %+v", got, want)
	}
	if got := a.Review(); !reflect.DeepEqual(got, []mech.Note{{Good: false, Text: offer.KeyReviewDoubt}}) {
		t.Fatalf("review %+v", got)
	}
}

// play runs a strategy to the end, returning the moves it made.
func play(t *testing.T, a *offer.Activity, s mech.Strategy) []string {
	t.Helper()
	var moves []string
	for !a.Done() {
		m := registry.Next(a, s)
		if m == "" || len(moves) > 50 {
			t.Fatalf("strategy stuck after %v", moves)
		}
		if _, err := a.Do(m); err != nil {
			t.Fatal(err)
		}
		moves = append(moves, m)
	}
	return moves
}

func TestStrategies(t *testing.T) {
	cases := []struct {
		name  string
		src   string
		s     mech.Strategy
		moves []string
		score mech.Score
		notes []mech.Note
	}{
		{"unfair safe", good, mech.Safe, []string{"look:1", "look:2", "ask"}, mech.Score{Hits: 3},
			[]mech.Note{{Good: true, Text: offer.KeyReviewFound}, {Good: true, Text: offer.KeyReviewSafe}}},
		{"unfair unsafe", good, mech.Unsafe, []string{"accept", "look:1", "look:2", "ask"}, mech.Score{Hits: 2, Misses: 1},
			[]mech.Note{{Good: true, Text: offer.KeyReviewFound}, {Good: false, Text: offer.KeyReviewRush}}},
		{"fair safe", fair(good), mech.Safe, []string{"look:1", "look:2", "accept"}, mech.Score{CorrectRejections: 1},
			[]mech.Note{{Good: true, Text: offer.KeyReviewTook}}},
		{"fair unsafe", fair(good), mech.Unsafe, []string{"ask", "look:1", "look:2", "accept"}, mech.Score{FalseAlarms: 1},
			[]mech.Note{{Good: false, Text: offer.KeyReviewDoubt}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := spec(t, c.src).Start().(*offer.Activity)
			if got := play(t, a, c.s); !slices.Equal(got, c.moves) {
				t.Errorf("moves %v, want %v", got, c.moves)
			}
			if a.Score() != c.score {
				t.Errorf("score %+v, want %+v", a.Score(), c.score)
			}
			if got := a.Review(); !reflect.DeepEqual(got, c.notes) {
				t.Errorf("review %+v, want %+v", got, c.notes)
			}
			sc := a.Score()
			if c.s == mech.Safe && sc.Misses+sc.FalseAlarms != 0 {
				t.Errorf("safe play made mistakes: %+v", sc)
			}
			if c.s == mech.Unsafe && sc.Misses+sc.FalseAlarms == 0 {
				t.Errorf("unsafe play made no mistake: %+v", sc)
			}
		})
	}
}

// TestShippedOfferLevelsMixFairAndUnfair holds the shipped levels to the rule the docs
// give level writers: a level with offers has a fair one and an unfair one, so a child
// who refuses everything does not score full marks.
func TestShippedOfferLevelsMixFairAndUnfair(t *testing.T) {
	found := 0
	err := fs.WalkDir(levels.FS(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".toml") {
			return err
		}
		data, err := fs.ReadFile(levels.FS(), path)
		if err != nil {
			return err
		}
		l, _ := level.Parse(path, data)
		if l == nil {
			return nil
		}
		fairN, unfairN := 0, 0
		for _, s := range l.Steps {
			if o, ok := s.Mech.(*offer.Spec); ok {
				if o.Fair {
					fairN++
				} else {
					unfairN++
				}
			}
		}
		if fairN+unfairN == 0 {
			return nil
		}
		found++
		if fairN == 0 || unfairN == 0 {
			t.Errorf("%s: %d fair and %d unfair offers; mix both", path, fairN, unfairN)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if found < 2 {
		t.Errorf("found %d shipped levels with offers, want at least 2", found)
	}
}
