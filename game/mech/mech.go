// Package mech is what every mini-game mechanic shares: how a mechanic's step is decoded
// from a level file, how it is played, and how it is scored. Each mechanic (sort, spot,
// chat, settings, offer, ...) lives in its own package under game/mech and implements
// these interfaces; the level decoder, the runner and autoplay only ever see them, so a
// new mechanic is one new package and one line in game/mech/registry.
//
// Like the rest of the core, this package knows nothing of screens: text fields are
// locale keys, and moves are plain string ids that the presentation layer shows as
// buttons with the same ids.
package mech

// Kind names a mechanic. It is the step's kind in a level file: kind = "sort".
type Kind string

// Context is what a mechanic may need to know about the level while decoding a step.
type Context struct {
	Band string // the level's age band: under9, 9to12 or 13to18
}

// Table is one step's TOML table, as the level decoder offers it to a mechanic. Every
// accessor reports a wrong type at its key's line and column; Problemf reports anything
// else the mechanic finds wrong, at a key of this table ("" for the table itself).
type Table interface {
	Path() string // e.g. "step[3]" or "step[3].item[1]", for messages
	Has(key string) bool
	Str(key string, required bool) string
	Bool(key string, required bool) bool
	Int(key string, def int) int
	Strings(key string) []string
	// Tables reads an array of tables such as [[step.item]], each checked against known
	// so that a misspelt field is reported rather than ignored.
	Tables(key string, known ...string) []Table
	Problemf(key, format string, args ...any)
}

// Mechanic describes one mechanic to the level decoder.
type Mechanic struct {
	Kind Kind
	// Fields are the step fields the mechanic reads, beyond the ones every step has
	// (id, kind, who, pose, prompt, next).
	Fields []string
	// Decode reads and checks a step. It reports every problem through the table and
	// returns a spec even when there were problems, so that the rest of the level can
	// still be checked; a level with problems is never played.
	Decode func(t Table, c Context) Spec
}

// Spec is a mechanic step as written in the level file, decoded and checked.
type Spec interface {
	Kind() Kind
	// TextKeys lists every locale key the step uses, so levelcheck can check that each
	// language has them.
	TextKeys() []string
	// Start begins a fresh play of the step.
	Start() Activity
}

// Activity is one play of a mechanic step: a deterministic state machine. The
// presentation layer shows one button per move id that Moves lists, with that id, and
// sends the id back through Do when the child activates it.
type Activity interface {
	// Moves lists the ids of the moves the child can make now, in reading order.
	Moves() []string
	// Do makes a move and says how the game reacts. An id that is not a move now is an
	// error and changes nothing.
	Do(move string) (Reaction, error)
	// Done reports whether the step is finished; the child then continues.
	Done() bool
	// Score counts the child's judgements so far.
	Score() Score
	// Review says, for the result screen, what went well and what to try next time.
	Review() []Note
}

// Strategy is how autoplay plays. Each mechanic's package has a function
// Next(a *Activity, s Strategy) string, the move the strategy would make now, for
// autoplay and tests ("" when the activity is done); game/mech/registry.Next calls the
// right one. Safe makes the right call every time; Unsafe makes every kind of mistake
// the step allows first, then recovers, so that the step's guidance is exercised too.
//
// Next is a function rather than a method of Activity so that the web build, which has
// no autoplay, does not carry it: Ebitengine reflects on methods by name, which makes
// the linker keep every exported method of a type held in an interface.
type Strategy int

const (
	Safe Strategy = iota
	Unsafe
)

// Tone is how a reaction feels: it picks Sango's pose, the panel's tint and the sound.
type Tone int

const (
	Neutral Tone = iota // a move that is neither right nor wrong, such as picking up an item
	Good                // a right call
	Retry               // a mistake: gentle, never blaming, says what to try instead
)

// Reaction is what the game says after a move.
type Reaction struct {
	Text string // locale key of Sango's words, or "" to say nothing
	Tone Tone
}

// Note is one line of the result screen's review.
type Note struct {
	Good bool   // something the child got right, or else something to try next time
	Text string // locale key
}

// Score counts judgements where safe and unsafe things are mixed, as signal detection
// does, so that the game can tell good judgement from blanket suspicion:
//   - Hits: something risky, flagged or handled as risky;
//   - Misses: something risky, let through;
//   - FalseAlarms: something safe, treated as risky;
//   - CorrectRejections: something safe, rightly trusted.
type Score struct {
	Hits              int `json:"hits"`
	Misses            int `json:"misses"`
	FalseAlarms       int `json:"false_alarms"`
	CorrectRejections int `json:"correct_rejections"`
}

// Add returns the sum of two scores.
func (s Score) Add(o Score) Score {
	return Score{
		Hits:              s.Hits + o.Hits,
		Misses:            s.Misses + o.Misses,
		FalseAlarms:       s.FalseAlarms + o.FalseAlarms,
		CorrectRejections: s.CorrectRejections + o.CorrectRejections,
	}
}

// Judged is how many judgements were made.
func (s Score) Judged() int { return s.Hits + s.Misses + s.FalseAlarms + s.CorrectRejections }

// Right is how many judgements were right: risks caught and safe things trusted.
func (s Score) Right() int { return s.Hits + s.CorrectRejections }
