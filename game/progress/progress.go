// Package progress records what a child has done: which levels they finished and how
// their choices went. It is a plain value encoded as JSON; where it is kept is the storage
// package's business. It records no name or anything else about the child.
package progress

import (
	"encoding/json"
	"errors"
	"fmt"
)

// Version is the encoding version written today.
const Version = 1

// Progress is everything remembered between plays.
type Progress struct {
	Version int                    `json:"version"`
	Levels  map[string]LevelRecord `json:"levels"`
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
}

// New returns empty progress.
func New() Progress { return Progress{Version: Version, Levels: map[string]LevelRecord{}} }

// Record adds a finished play of a level.
func (p *Progress) Record(levelID string, safeFirstTry, choices int) {
	if p.Levels == nil {
		p.Levels = map[string]LevelRecord{}
	}
	r := p.Levels[levelID]
	if r.Plays == 0 {
		r.FirstSafe, r.FirstChoices = safeFirstTry, choices
	}
	r.Completed = true
	r.Plays++
	r.LastSafe, r.Choices = safeFirstTry, choices
	r.BestSafe = max(r.BestSafe, safeFirstTry)
	p.Levels[levelID] = r
}

// Done reports whether a level was ever completed.
func (p Progress) Done(levelID string) bool { return p.Levels[levelID].Completed }

// Encode serialises progress.
func (p Progress) Encode() ([]byte, error) {
	p.Version = Version
	return json.MarshalIndent(p, "", "  ")
}

// ErrCorrupt wraps every reason saved progress cannot be read.
var ErrCorrupt = errors.New("saved progress is damaged")

// Decode reads progress. Anything that is not progress we wrote is ErrCorrupt, so the
// caller can keep the bad copy and start fresh instead of guessing.
func Decode(data []byte) (Progress, error) {
	var p Progress
	if err := json.Unmarshal(data, &p); err != nil {
		return New(), fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	if p.Version < 1 || p.Version > Version {
		return New(), fmt.Errorf("%w: unknown version %d", ErrCorrupt, p.Version)
	}
	if p.Levels == nil {
		p.Levels = map[string]LevelRecord{}
	}
	for id, r := range p.Levels {
		if id == "" || r.Plays < 0 || r.BestSafe < 0 || r.Choices < 0 || r.BestSafe > 1000 {
			return New(), fmt.Errorf("%w: implausible record %q", ErrCorrupt, id)
		}
	}
	return p, nil
}
