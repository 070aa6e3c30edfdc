// Package level is the level model: what a level file says, decoded from TOML and checked
// against the rules in levels/README.md. It holds no words the child sees, only keys into
// the locale catalogs, and imports nothing from the presentation layer.
package level

import (
	"slices"

	"sango/game/mech"
	"sango/game/mech/registry"
	"sango/game/tomlpos"
)

// FormatVersion is the level format this package reads.
const FormatVersion = 1

// Band is an age band.
type Band string

// The three ITU age bands.
const (
	BandUnder9 Band = "under9"
	Band9to12  Band = "9to12"
	Band13to18 Band = "13to18"
)

// Bands lists the bands youngest first, the order the band picker shows them in.
func Bands() []Band { return []Band{BandUnder9, Band9to12, Band13to18} }

// Valid reports whether b is a known band.
func (b Band) Valid() bool { return slices.Contains(Bands(), b) }

// Risk is one of the 4Cs of online risk (CO:RE, 2021).
type Risk string

// The four risks.
const (
	RiskContent  Risk = "content"
	RiskContact  Risk = "contact"
	RiskConduct  Risk = "conduct"
	RiskContract Risk = "contract"
)

// Risks lists the four risks in the order the 4Cs are usually taught.
func Risks() []Risk { return []Risk{RiskContent, RiskContact, RiskConduct, RiskContract} }

// Valid reports whether r is a known risk.
func (r Risk) Valid() bool { return slices.Contains(Risks(), r) }

// Practice names an action a level makes the child rehearse.
type Practice string

// PracticeActions lists the actions a level may rehearse.
func PracticeActions() []Practice {
	return []Practice{"block", "report", "tell", "check", "say-no", "ask"}
}

// Topics lists the topic tags a level may carry. A teacher can look levels up by topic,
// and levelcheck uses them to keep sensitive subjects in the right band.
func Topics() []string {
	return []string{
		"secrets-and-gifts", "personal-info", "strangers", "screen-time", "uh-oh-content",
		"misinformation", "advertising", "ai-fakes", "feeds", "bullying", "exclusion",
		"consent", "digital-footprint", "privacy-settings", "passwords", "phishing",
		"in-game-purchases", "loot-boxes", "dark-patterns", "scams", "data-collection",
		"grooming", "sextortion", "self-harm", "extremism", "body-image",
	}
}

// SensitiveTopics are the topics that may appear only in 13to18 levels marked sensitive,
// which a facilitator can leave out (CONTENT.md, safeguarding rule 3).
func SensitiveTopics() []string {
	return []string{"grooming", "sextortion", "self-harm", "extremism", "body-image"}
}

// StepKind says what a step does.
type StepKind string

// The step kinds of format v1.
const (
	KindSay    StepKind = "say"
	KindChoice StepKind = "choice"
	KindEnd    StepKind = "end"
)

// PoseNames lists the poses Sango can take. The presentation layer draws them; the core
// only names them.
func PoseNames() []string { return []string{"idle", "talking", "happy", "concerned"} }

// ValidPose reports whether s names one of Sango's poses.
func ValidPose(s string) bool { return slices.Contains(PoseNames(), s) }

// SangoID is the speaker id of Sango, who needs no declaration.
const SangoID = "sango"

// Mechanics lists the mini-game step kinds (sort, spot, chat, ...) this version knows.
func Mechanics() []mech.Mechanic { return registry.All() }

func mechanicsByKind() map[StepKind]mech.Mechanic {
	out := map[StepKind]mech.Mechanic{}
	for _, m := range Mechanics() {
		out[StepKind(m.Kind)] = m
	}
	return out
}

// IsMechanic reports whether k is a mechanic's kind.
func IsMechanic(k StepKind) bool {
	_, ok := mechanicsByKind()[k]
	return ok
}

// Level is one decoded level.
type Level struct {
	File       string // where it was read from, for messages
	Format     int
	ID         string
	Band       Band
	Risk       Risk
	Title      string // locale keys from here on
	Objective  string
	KeyMessage string
	Sensitive  bool
	Topics     []string // what the level is about, from Topics(); some are sensitive
	Practice   []Practice
	Characters []Character
	Steps      []Step

	// pos finds keys in the source for the checks' messages. The web build reads levels
	// already checked (game/modelbin), so it needs none.
	pos tomlpos.Index `modelbin:"-"`
}

// Character is a named speaker other than Sango.
type Character struct {
	ID   string
	Name string // locale key
}

// Step is one beat of the level.
type Step struct {
	ID      string
	Kind    StepKind
	Who     string // speaker id; empty means Sango
	Pose    string // Sango's pose; empty means the kind's natural pose
	Text    string // say: the line
	Prompt  string // choice: the question
	Next    string // empty means the following step
	Options []Option
	Mech    mech.Spec // a mechanic step's own data; nil for say, choice and end
}

// Option is one answer of a choice step.
type Option struct {
	Text     string
	Safe     bool
	Feedback string
	Next     string // empty means the step after the choice
}

// StepIndex returns the index of the step with the given id, or -1.
func (l *Level) StepIndex(id string) int {
	for i, s := range l.Steps {
		if s.ID == id {
			return i
		}
	}
	return -1
}

// NextOf returns where a step goes when its line is done, or -1 if nowhere.
func (l *Level) NextOf(i int) int {
	return l.follow(l.Steps[i].Next, i)
}

// OptionNext returns where option o of step i leads, or -1 if nowhere.
func (l *Level) OptionNext(i, o int) int {
	return l.follow(l.Steps[i].Options[o].Next, i)
}

func (l *Level) follow(next string, from int) int {
	if next != "" {
		return l.StepIndex(next)
	}
	if from+1 < len(l.Steps) {
		return from + 1
	}
	return -1
}

// TextKeys lists every locale key the level uses, so callers can check a catalog has them.
func (l *Level) TextKeys() []string {
	keys := []string{l.Title, l.Objective, l.KeyMessage}
	for _, c := range l.Characters {
		keys = append(keys, c.Name)
	}
	for _, s := range l.Steps {
		keys = append(keys, s.Text, s.Prompt)
		for _, o := range s.Options {
			keys = append(keys, o.Text, o.Feedback)
		}
		if s.Mech != nil {
			keys = append(keys, s.Mech.TextKeys()...)
		}
	}
	out := keys[:0]
	for _, k := range keys {
		if k != "" {
			out = append(out, k)
		}
	}
	return out
}

// Speaker returns the locale key of the name shown for a speaker id, or "" for Sango.
func (l *Level) Speaker(who string) string {
	for _, c := range l.Characters {
		if c.ID == who {
			return c.Name
		}
	}
	return ""
}
