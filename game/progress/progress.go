// Package progress records what a child has done: which levels they finished and how
// their choices went. It is a plain value encoded as JSON; where it is kept is the storage
// package's business. It records no name or anything else about the child.
package progress

import (
	"errors"
	"fmt"

	"sango/game/mech"
)

// Version is the encoding version written today.
const Version = 1

// Progress is everything remembered between plays.
type Progress struct {
	Version int                    `json:"version"`
	Levels  map[string]LevelRecord `json:"levels"`
	// Badges are earned per band and risk ("9to12/contact") when every level of that
	// place on the band's map is done. They are kept once earned, even if new levels
	// arrive later.
	Badges map[string]bool `json:"badges,omitempty"`
	// Settings are the child's choices about the game itself, kept with the progress so
	// that one file holds everything and a damaged file loses nothing twice.
	Settings Settings `json:"settings,omitzero"`
}

// Settings are choices that outlast a play.
type Settings struct {
	// Lang is the language picked on the first start or later; "" until one is picked.
	Lang string `json:"lang,omitempty"`
	// Band is the age band picked last, so narration meant for the youngest is not
	// fetched and read to an older child on every start; "" until one is picked.
	Band string `json:"band,omitempty"`
	// Sound is nil until the child changes a volume, so a file written before sound
	// settings existed, or by a child who never touched them, gets today's defaults.
	Sound *Sound `json:"sound,omitempty"`
}

// SoundSteps is the loudest step of each volume. Steps, not a slider: a young child
// presses "louder" and "quieter", and five bars are easy to count.
const SoundSteps = 5

// Sound is the volume of each kind of sound, from 0 (off) to SoundSteps, and whether all
// sound is off.
type Sound struct {
	Music   int  `json:"music"`
	Effects int  `json:"effects"`
	Voice   int  `json:"voice"`
	Muted   bool `json:"muted,omitempty"`
}

// DefaultSound is what a child starts with: the voice at full, so a pre-reader hears
// every word, effects nearly so, and music quiet under the voice.
func DefaultSound() Sound { return Sound{Music: 2, Effects: 4, Voice: SoundSteps} }

// SoundOrDefault is the sound settings in force.
func (s Settings) SoundOrDefault() Sound {
	if s.Sound == nil {
		return DefaultSound()
	}
	return *s.Sound
}

func (s Sound) valid() bool {
	for _, v := range []int{s.Music, s.Effects, s.Voice} {
		if v < 0 || v > SoundSteps {
			return false
		}
	}
	return true
}

// LevelRecord is one level's history.
type LevelRecord struct {
	Completed    bool `json:"completed"`
	Plays        int  `json:"plays"`
	BestSafe     int  `json:"best_safe"` // most choices safe first time in one play
	Choices      int  `json:"choices"`   // choices in the level, as last played
	LastSafe     int  `json:"last_safe"`
	FirstSafe    int  `json:"first_safe"` // the first play's score, to show change over time
	FirstChoices int  `json:"first_choices"`
	// The mechanics' judgements (hits, misses, false alarms, correct rejections) in the
	// first and the latest play, so a teacher can see judgement change, not just scores.
	FirstScore mech.Score `json:"first_score"`
	LastScore  mech.Score `json:"last_score"`
}

// Play is the outcome of one finished play of a level.
type Play struct {
	SafeFirstTry int // choices where the first pick was safe
	Choices      int
	Score        mech.Score
}

// New returns empty progress.
func New() Progress { return Progress{Version: Version, Levels: map[string]LevelRecord{}} }

// Record adds a finished play of a level.
func (p *Progress) Record(levelID string, play Play) {
	if p.Levels == nil {
		p.Levels = map[string]LevelRecord{}
	}
	r := p.Levels[levelID]
	if r.Plays == 0 {
		r.FirstSafe, r.FirstChoices, r.FirstScore = play.SafeFirstTry, play.Choices, play.Score
	}
	r.Completed = true
	r.Plays++
	r.LastSafe, r.Choices, r.LastScore = play.SafeFirstTry, play.Choices, play.Score
	r.BestSafe = max(r.BestSafe, play.SafeFirstTry)
	p.Levels[levelID] = r
}

// Unlocked reports whether the level at index i of a band's levels, in play order, is
// open: the first always is, and each later one opens when the one before it is done.
// A level done before (say, from an older version of the game) stays open.
func (p Progress) Unlocked(ordered []string, i int) bool {
	if i <= 0 || i >= len(ordered) {
		return i == 0
	}
	return p.Done(ordered[i]) || p.Done(ordered[i-1])
}

// BadgeKey names the badge of a band and risk.
func BadgeKey(band, risk string) string { return band + "/" + risk }

// HasBadge reports whether the badge of a band and risk was earned.
func (p Progress) HasBadge(band, risk string) bool { return p.Badges[BadgeKey(band, risk)] }

// AwardBadge earns the badge of a band and risk when every one of its levels is done. It
// reports whether the badge was earned just now.
func (p *Progress) AwardBadge(band, risk string, levelIDs []string) bool {
	if len(levelIDs) == 0 || p.HasBadge(band, risk) {
		return false
	}
	for _, id := range levelIDs {
		if !p.Done(id) {
			return false
		}
	}
	if p.Badges == nil {
		p.Badges = map[string]bool{}
	}
	p.Badges[BadgeKey(band, risk)] = true
	return true
}

// Done reports whether a level was ever completed.
func (p Progress) Done(levelID string) bool { return p.Levels[levelID].Completed }

// Encode serialises progress as indented JSON, laid out byte for byte as
// json.MarshalIndent(p, "", "  ") would lay it out with the struct tags above.
func (p Progress) Encode() ([]byte, error) {
	p.Version = Version
	return writeProgress(p), nil
}

// ErrCorrupt wraps every reason saved progress cannot be read.
var ErrCorrupt = errors.New("saved progress is damaged")

// Decode reads progress. Anything that is not progress we wrote is ErrCorrupt, so the
// caller can keep the bad copy and start fresh instead of guessing.
func Decode(data []byte) (Progress, error) { return decodeWith(data, readProgress) }

// decodeWith is Decode with the JSON read by read, so tests can hold readProgress to
// json.Unmarshal.
func decodeWith(data []byte, read func([]byte, *Progress) error) (Progress, error) {
	var p Progress
	if err := read(data, &p); err != nil {
		return New(), fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	if p.Version < 1 || p.Version > Version {
		return New(), fmt.Errorf("%w: unknown version %d", ErrCorrupt, p.Version)
	}
	if p.Levels == nil {
		p.Levels = map[string]LevelRecord{}
	}
	for id, r := range p.Levels {
		if id == "" || r.Plays < 0 || r.BestSafe < 0 || r.Choices < 0 || r.BestSafe > 1000 ||
			!plausible(r.FirstScore) || !plausible(r.LastScore) {
			return New(), fmt.Errorf("%w: implausible record %q", ErrCorrupt, id)
		}
	}
	for key := range p.Badges {
		if key == "" {
			return New(), fmt.Errorf("%w: a badge with no name", ErrCorrupt)
		}
	}
	// Volumes out of range lose only themselves: the levels played are worth more than
	// a volume, so the defaults come back and the progress is kept.
	if p.Settings.Sound != nil && !p.Settings.Sound.valid() {
		p.Settings.Sound = nil
	}
	return p, nil
}

func plausible(s mech.Score) bool {
	for _, n := range []int{s.Hits, s.Misses, s.FalseAlarms, s.CorrectRejections} {
		if n < 0 || n > 10000 {
			return false
		}
	}
	return true
}
