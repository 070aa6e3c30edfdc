package level

import (
	"regexp"
	"strings"
	"testing"
)

type keys map[string]bool

func (k keys) Has(key string) bool { return k[key] }
func (k keys) Source() string      { return "locales/en.toml" }

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

[[step]]
id = "intro"
kind = "say"
who = "kai"
text = "t.hello"

[[step]]
id = "decide"
kind = "choice"
pose = "concerned"
prompt = "t.what"
  [[step.option]]
  text = "t.block"
  safe = true
  feedback = "t.fb_block"
  [[step.option]]
  text = "t.reply"
  safe = false
  feedback = "t.fb_reply"
  next = "decide"

[[step]]
id = "end"
kind = "end"
`

func allKeys() keys {
	k := keys{}
	for _, s := range []string{"t.title", "t.obj", "t.key", "t.kai", "t.hello", "t.what", "t.block", "t.fb_block", "t.reply", "t.fb_reply"} {
		k[s] = true
	}
	return k
}

func TestGoodLevel(t *testing.T) {
	l, ps := Parse("good.toml", []byte(good))
	ps = append(ps, Validate(l, []KeySet{allKeys()})...)
	if len(ps) != 0 {
		t.Fatalf("unexpected problems: %v", ps)
	}
	if l.ID != "9to12-contact-test" || l.Band != Band9to12 || l.Risk != RiskContact || len(l.Steps) != 3 {
		t.Fatalf("decoded wrongly: %+v", l)
	}
	if got := l.Steps[1].Options[1].Next; got != "decide" {
		t.Fatalf("option next = %q", got)
	}
	if l.NextOf(0) != 1 || l.OptionNext(1, 0) != 2 || l.OptionNext(1, 1) != 1 {
		t.Fatal("next resolution is wrong")
	}
}

// TestProblems edits the good level one way at a time and expects one positioned message.
func TestProblems(t *testing.T) {
	cases := []struct {
		name, from, to, want string
	}{
		{"bad band", `band = "9to12"`, `band = "teens"`, `x.toml:3:1: unknown band "teens"`},
		{"bad risk", `risk = "contact"`, `risk = "cash"`, `x.toml:4:1: unknown risk "cash"`},
		{"wrong type", `band = "9to12"`, `band = 9`, `x.toml:3:1: band must be a string in quotes, not a whole number`},
		{"wrong bool", `safe = true`, `safe = "yes"`, `x.toml:27:3: safe must be true or false, not a string`},
		{"unknown field", `kind = "end"`, "kind = \"end\"\ncolour = \"red\"", `x.toml:38:1: unknown field "colour"`},
		{"unknown next", `next = "decide"`, `next = "decidee"`, `x.toml:33:3: next names step "decidee", which does not exist`},
		{"duplicate id", `id = "end"`, `id = "intro"`, `x.toml:36:1: step id "intro" is used twice`},
		{"unknown speaker", `who = "kai"`, `who = "mo"`, `x.toml:17:1: unknown speaker "mo"`},
		{"bad pose", `pose = "concerned"`, `pose = "angry"`, `x.toml:23:1: unknown pose "angry"`},
		{"sensitive band", `practice = ["block", "tell"]`, "practice = [\"block\", \"tell\"]\nsensitive = true", `x.toml:9:1: only 13to18 levels may be marked sensitive`},
		{"no practice", `practice = ["block", "tell"]`, `practice = []`, `x.toml:8:1: practice must name at least one action`},
		{"bad practice", `practice = ["block", "tell"]`, `practice = ["run"]`, `unknown practice action "run"`},
		{"missing key", `text = "t.hello"`, `text = "t.hullo"`, `x.toml:18:1: text key "t.hullo" is missing from locales/en.toml`},
		{"no safe option", `safe = true`, `safe = false`, `x.toml:20:1: no option is marked safe`},
		{"missing field", `title = "t.title"`, ``, `x.toml:1:1: missing field "title"`},
		{"bad id", `id = "9to12-contact-test"`, `id = "Nine To Twelve"`, `x.toml:2:1: id "Nine To Twelve" must be lowercase`},
		{"syntax", `band = "9to12"`, `band = "9to12`, `x.toml:3:14: TOML syntax`},
		{"bad kind", `kind = "say"`, `kind = "sing"`, `x.toml:16:1: unknown step kind "sing"`},
		{"no way out", "  next = \"decide\"\n", "  next = \"intro\"\n", ""},
		{"unknown topic", `practice = ["block", "tell"]`, "practice = [\"block\", \"tell\"]\ntopics = [\"cats\"]", `x.toml:9:1: unknown topic "cats"`},
		{"sensitive topic outside 13to18", `practice = ["block", "tell"]`, "practice = [\"block\", \"tell\"]\ntopics = [\"grooming\"]", `x.toml:9:1: topic "grooming" is sensitive`},
		{"known topic", `practice = ["block", "tell"]`, "practice = [\"block\", \"tell\"]\ntopics = [\"secrets-and-gifts\"]", ""},
		{"three options under9", "  next = \"decide\"\n", "  next = \"decide\"\n  [[step.option]]\n  text = \"t.reply\"\n  safe = false\n  feedback = \"t.fb_reply\"\n  next = \"decide\"\n", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := strings.Replace(good, c.from, c.to, 1)
			if src == good {
				t.Fatalf("edit %q did not apply", c.from)
			}
			l, ps := Parse("x.toml", []byte(src))
			if l != nil {
				ps = append(ps, Validate(l, []KeySet{allKeys()})...)
			}
			var lines []string
			for _, p := range ps {
				lines = append(lines, p.String())
			}
			all := strings.Join(lines, "\n")
			if c.want == "" {
				if len(ps) != 0 {
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

func TestGraphProblems(t *testing.T) {
	src := `id = "g"
band = "under9"
risk = "content"
title = "t.title"
objective = "t.obj"
key_message = "t.key"
practice = ["tell"]

[[step]]
id = "a"
kind = "say"
text = "t.hello"
next = "loop"

[[step]]
id = "orphan"
kind = "say"
text = "t.hello"
next = "end"

[[step]]
id = "loop"
kind = "say"
text = "t.hello"
next = "a"

[[step]]
id = "end"
kind = "end"
`
	l, ps := Parse("g.toml", []byte(src))
	ps = append(ps, Validate(l, []KeySet{allKeys()})...)
	var lines []string
	for _, p := range ps {
		lines = append(lines, p.String())
	}
	all := strings.Join(lines, "\n")
	for _, want := range []string{
		`g.toml:15:1: step "orphan" can never be reached`,
		`g.toml:9:1: step "a" has no way out`,
		`g.toml:21:1: step "loop" has no way out`,
		`g.toml:27:1: step "end" can never be reached`,
	} {
		if !strings.Contains(all, want) {
			t.Errorf("want %q in:\n%s", want, all)
		}
	}
}

func TestLastStepMustEnd(t *testing.T) {
	src := strings.Replace(good, "[[step]]\nid = \"end\"\nkind = \"end\"\n", "", 1)
	l, ps := Parse("x.toml", []byte(src))
	ps = append(ps, Validate(l, []KeySet{allKeys()})...)
	var all []string
	for _, p := range ps {
		all = append(all, p.String())
	}
	if !strings.Contains(strings.Join(all, "\n"), "the level has no end step") {
		t.Fatalf("got %v", all)
	}
}

// FuzzParse feeds arbitrary bytes to the decoder and validator: they must never panic.
func FuzzParse(f *testing.F) {
	f.Add([]byte(good))
	f.Add([]byte("[[step]]\n[[step.option]]\n"))
	f.Add([]byte("step = 3\ncharacter = [1]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		l, _ := Parse("f.toml", data)
		if l != nil {
			Validate(l, []KeySet{allKeys()})
		}
	})
}

func TestUnder9ChoicesHaveTwoOptions(t *testing.T) {
	third := "  next = \"decide\"\n  [[step.option]]\n  text = \"t.reply\"\n  safe = false\n  feedback = \"t.fb_reply\"\n  next = \"decide\"\n"
	src := strings.Replace(good, "  next = \"decide\"\n", third, 1)
	src = strings.Replace(src, `band = "9to12"`, `band = "under9"`, 1)
	l, ps := Parse("x.toml", []byte(src))
	ps = append(ps, Validate(l, []KeySet{allKeys()})...)
	if len(ps) != 1 || !strings.Contains(ps[0].String(), "x.toml:20:1: an under9 choice has at most two big options, not 3") {
		t.Fatalf("got %v", ps)
	}
}

func TestSensitiveTopicNeedsTheSensitiveMark(t *testing.T) {
	src := strings.Replace(good, `band = "9to12"`, `band = "13to18"`, 1)
	src = strings.Replace(src, `practice = ["block", "tell"]`, "practice = [\"block\", \"tell\"]\ntopics = [\"sextortion\"]", 1)
	l, ps := Parse("x.toml", []byte(src))
	ps = append(ps, Validate(l, []KeySet{allKeys()})...)
	if len(ps) != 1 || !strings.Contains(ps[0].String(), `topic "sextortion" is sensitive`) {
		t.Fatalf("unmarked: got %v", ps)
	}
	src = strings.Replace(src, "topics =", "sensitive = true\ntopics =", 1)
	l, ps = Parse("x.toml", []byte(src))
	ps = append(ps, Validate(l, []KeySet{allKeys()})...)
	if len(ps) != 0 || !l.Sensitive || len(l.Topics) != 1 {
		t.Fatalf("marked: got %v %+v", ps, l)
	}
}

// validID must accept exactly what the id pattern it replaced accepted.
func TestValidIDMatchesThePattern(t *testing.T) {
	pattern := regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	for _, id := range []string{
		"", "a", "9to12-content-edited-photo", "abc-def", "-abc", "abc-", "a--b", "A", "ab_c",
		"ab c", "é", "a-b-c-9", "-", "--", "a.b", "0", "under9-conduct-kind-words", "x-Y",
	} {
		if got, want := validID(id), pattern.MatchString(id); got != want {
			t.Errorf("validID(%q) = %v, the pattern says %v", id, got, want)
		}
	}
}
