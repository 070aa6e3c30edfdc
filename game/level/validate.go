package level

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"sango/game/diag"
	"sango/game/tomlpos"
)

// KeySet is a locale catalog as the validator sees it.
type KeySet interface {
	Has(key string) bool
	Source() string // the file it came from, named in messages
}

// validID reports whether id is lowercase letters and digits in runs joined by single
// dashes (^[a-z0-9]+(-[a-z0-9]+)*$), which keeps ids usable in file names, URLs and flags.
// It is a loop rather than a regular expression because every level is checked at every
// start, and compiling the expression for each was about 7 % of loading the shipped files.
func validID(id string) bool {
	if id == "" || id[0] == '-' || id[len(id)-1] == '-' || strings.Contains(id, "--") {
		return false
	}
	for i := 0; i < len(id); i++ {
		if c := id[i]; c != '-' && (c < 'a' || c > 'z') && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// Validate checks a decoded level against the format's rules and the given catalogs and
// returns every problem found, each at the key it concerns.
func Validate(l *Level, catalogs []KeySet) []diag.Problem {
	v := validator{l: l}
	v.header()
	v.characters()
	v.steps()
	if len(v.problems) == 0 || v.stepsUsable {
		v.graph()
	}
	v.keys(catalogs)
	return v.problems
}

// MissingKeys reports only the text keys of l that catalogs lack, for checking a
// translation without repeating the rest of the validation.
func MissingKeys(l *Level, catalogs []KeySet) []diag.Problem {
	v := validator{l: l}
	v.keys(catalogs)
	return v.problems
}

type validator struct {
	l           *Level
	problems    []diag.Problem
	stepsUsable bool // ids are unique and every next resolves, so the graph can be walked
}

func (v *validator) addf(path, format string, args ...any) {
	p := tomlpos.Find(v.l.pos, path)
	v.problems = append(v.problems, diag.Problem{File: v.l.File, Line: p.Line, Col: p.Col,
		Msg: fmt.Sprintf(format, args...)})
}

func stepPath(i int) string { return "step[" + strconv.Itoa(i) + "]" }

func optionPath(i, j int) string { return stepPath(i) + ".option[" + strconv.Itoa(j) + "]" }

func (v *validator) header() {
	l := v.l
	if l.Format != FormatVersion {
		v.addf("format", "format %d is not supported; this version reads format %d", l.Format, FormatVersion)
	}
	if l.ID != "" && !validID(l.ID) {
		v.addf("id", "id %q must be lowercase letters, digits and single dashes", l.ID)
	}
	if l.Band != "" && !l.Band.Valid() {
		v.addf("band", "unknown band %q; use one of %v", l.Band, Bands())
	}
	if l.Risk != "" && !l.Risk.Valid() {
		v.addf("risk", "unknown risk %q; use one of %v", l.Risk, Risks())
	}
	if l.Sensitive && l.Band != Band13to18 {
		v.addf("sensitive", "only 13to18 levels may be marked sensitive; this level is %s", l.Band)
	}
	for _, topic := range l.Topics {
		switch {
		case !slices.Contains(Topics(), topic):
			v.addf("topics", "unknown topic %q; use %v", topic, Topics())
		case slices.Contains(SensitiveTopics(), topic) && (l.Band != Band13to18 || !l.Sensitive):
			v.addf("topics", "topic %q is sensitive: only a 13to18 level marked sensitive = true may carry it", topic)
		}
	}
	if len(l.Practice) == 0 {
		v.addf("practice", "practice must name at least one action the child rehearses: %v", PracticeActions())
	}
	for _, p := range l.Practice {
		if !validPractice(p) {
			v.addf("practice", "unknown practice action %q; use %v", p, PracticeActions())
		}
	}
}

func validPractice(p Practice) bool { return slices.Contains(PracticeActions(), p) }

func (v *validator) characters() {
	seen := map[string]bool{SangoID: true}
	for i, c := range v.l.Characters {
		path := "character[" + strconv.Itoa(i) + "].id"
		if c.ID == "" {
			continue // already reported as missing
		}
		if seen[c.ID] {
			v.addf(path, "character id %q is used twice", c.ID)
		}
		seen[c.ID] = true
	}
}

func (v *validator) knownSpeaker(who string) bool {
	if who == "" || who == SangoID {
		return true
	}
	for _, c := range v.l.Characters {
		if c.ID == who {
			return true
		}
	}
	return false
}

func (v *validator) steps() {
	l := v.l
	if len(l.Steps) == 0 {
		v.addf("", "the level has no steps; add [[step]] tables")
		return
	}
	usable := true
	first := map[string]int{}
	for i, s := range l.Steps {
		path := stepPath(i)
		if s.ID != "" {
			if j, dup := first[s.ID]; dup {
				v.addf(path+".id", "step id %q is used twice (first at step %d)", s.ID, j+1)
				usable = false
			} else {
				first[s.ID] = i
			}
		} else {
			usable = false
		}
		if !v.knownSpeaker(s.Who) {
			v.addf(path+".who", "unknown speaker %q; declare it with [[character]]", s.Who)
		}
		if s.Pose != "" && !ValidPose(s.Pose) {
			v.addf(path+".pose", "unknown pose %q; use one of %v", s.Pose, PoseNames())
		}
		if s.Pose != "" && s.Who != "" && s.Who != SangoID {
			v.addf(path+".pose", "pose is for Sango; %q has no poses", s.Who)
		}
		switch s.Kind {
		case KindSay:
			if s.Text == "" {
				v.addf(path, "a say step needs text")
			}
			v.noField(path, "prompt", s.Prompt != "", s.Kind)
			v.noField(path, "option", len(s.Options) > 0, s.Kind)
		case KindChoice:
			if s.Prompt == "" {
				v.addf(path, "a choice step needs a prompt")
			}
			v.noField(path, "text", s.Text != "", s.Kind)
			v.noField(path, "next", s.Next != "", s.Kind)
			if n := len(s.Options); n < 2 || n > 4 {
				v.addf(path, "a choice needs 2 to 4 options, not %d", n)
			} else if l.Band == BandUnder9 && n > 2 {
				v.addf(path, "an under9 choice has at most two big options, not %d: young children choose between two", n)
			}
			anySafe := false
			for _, o := range s.Options {
				anySafe = anySafe || o.Safe
			}
			if len(s.Options) > 0 && !anySafe {
				v.addf(path, "no option is marked safe = true; the child must be able to practise the safe action")
			}
		case KindEnd:
			for _, f := range []struct {
				name string
				set  bool
			}{{"text", s.Text != ""}, {"prompt", s.Prompt != ""}, {"next", s.Next != ""}, {"option", len(s.Options) > 0}} {
				v.noField(path, f.name, f.set, s.Kind)
			}
		case "":
		default:
			if IsMechanic(s.Kind) {
				v.noField(path, "text", s.Text != "", s.Kind)
				v.noField(path, "option", len(s.Options) > 0, s.Kind)
				v.mechSpeakers(path, s.Mech)
				break
			}
			v.addf(path+".kind", "unknown step kind %q; use say, choice, end or a mechanic: %v", s.Kind, mechanicKinds())
			usable = false
		}
	}
	for i, s := range l.Steps {
		if s.Next != "" && l.StepIndex(s.Next) < 0 {
			v.addf(stepPath(i)+".next", "next names step %q, which does not exist", s.Next)
			usable = false
		}
		for j, o := range s.Options {
			if o.Next != "" && l.StepIndex(o.Next) < 0 {
				v.addf(optionPath(i, j)+".next", "next names step %q, which does not exist", o.Next)
				usable = false
			}
		}
	}
	v.stepsUsable = usable
}

// speakerSpec is a mechanic step that names speakers in fields of its own (the chat
// mechanic's from): each must be declared like a step's who. Speakers maps the field's
// path inside the step, such as "from" or "turn[2].from", to the id it names.
type speakerSpec interface{ Speakers() map[string]string }

func (v *validator) mechSpeakers(path string, spec any) {
	sp, ok := spec.(speakerSpec)
	if !ok {
		return
	}
	m := sp.Speakers()
	fields := make([]string, 0, len(m))
	for f := range m {
		fields = append(fields, f)
	}
	slices.Sort(fields)
	for _, f := range fields {
		if who := m[f]; !v.knownSpeaker(who) {
			v.addf(path+"."+f, "unknown speaker %q; declare it with [[character]]", who)
		}
	}
}

func (v *validator) noField(path, field string, set bool, kind StepKind) {
	if set {
		v.addf(path+"."+field, "a %s step has no %s", kind, field)
	}
}

// successors lists the steps reachable in one move from step i.
func (v *validator) successors(i int) []int {
	l := v.l
	s := l.Steps[i]
	var out []int
	switch s.Kind {
	case KindEnd:
	case KindChoice:
		for j := range s.Options {
			if n := l.OptionNext(i, j); n >= 0 {
				out = append(out, n)
			}
		}
	default:
		if n := l.NextOf(i); n >= 0 {
			out = append(out, n)
		}
	}
	return out
}

// graph finds steps nobody reaches, steps that lead nowhere, and steps from which the
// level can never end, so a child is never stuck.
func (v *validator) graph() {
	l := v.l
	n := len(l.Steps)
	if n == 0 {
		return
	}
	hasEnd := false
	for _, s := range l.Steps {
		hasEnd = hasEnd || s.Kind == KindEnd
	}
	if !hasEnd {
		v.addf(stepPath(n-1), "the level has no end step; add one with kind = \"end\"")
	}
	reached := make([]bool, n)
	stack := []int{0}
	reached[0] = true
	for len(stack) > 0 {
		i := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, j := range v.successors(i) {
			if !reached[j] {
				reached[j] = true
				stack = append(stack, j)
			}
		}
	}
	// A step can finish if it is an end or any successor can finish: iterate to a fixpoint.
	canFinish := make([]bool, n)
	for changed := true; changed; {
		changed = false
		for i := range l.Steps {
			if canFinish[i] {
				continue
			}
			if l.Steps[i].Kind == KindEnd {
				canFinish[i] = true
				changed = true
				continue
			}
			for _, j := range v.successors(i) {
				if canFinish[j] {
					canFinish[i] = true
					changed = true
					break
				}
			}
		}
	}
	for i, s := range l.Steps {
		path := stepPath(i)
		switch {
		case !reached[i]:
			v.addf(path, "step %q can never be reached from the first step", s.ID)
		case s.Kind != KindEnd && len(v.successors(i)) == 0:
			v.addf(path, "step %q is the last step but not an end; add next or an end step after it", s.ID)
		case !canFinish[i] && hasEnd:
			v.addf(path, "step %q has no way out: from here the level can never reach an end", s.ID)
		}
	}
}

// keys checks that every text key exists in every catalog.
func (v *validator) keys(catalogs []KeySet) {
	l := v.l
	check := func(path, key string) {
		if key == "" {
			return
		}
		for _, c := range catalogs {
			if !c.Has(key) {
				v.addf(path, "text key %q is missing from %s", key, c.Source())
			}
		}
	}
	check("title", l.Title)
	check("objective", l.Objective)
	check("key_message", l.KeyMessage)
	for i, c := range l.Characters {
		check("character["+strconv.Itoa(i)+"].name", c.Name)
	}
	for i, s := range l.Steps {
		check(stepPath(i)+".text", s.Text)
		check(stepPath(i)+".prompt", s.Prompt)
		for j, o := range s.Options {
			check(optionPath(i, j)+".text", o.Text)
			check(optionPath(i, j)+".feedback", o.Feedback)
		}
		if s.Mech != nil {
			for _, key := range s.Mech.TextKeys() {
				check(stepPath(i), key)
			}
		}
	}
}

func mechanicKinds() []string {
	var out []string
	for _, m := range Mechanics() {
		out = append(out, string(m.Kind))
	}
	return out
}
