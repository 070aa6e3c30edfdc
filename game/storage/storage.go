// Package storage keeps the child's progress on the device: a file written atomically on
// the desktop, localStorage in the browser. It never sends anything anywhere. Damaged
// data is kept aside, never overwritten, and the game starts fresh with a gentle notice.
package storage

import (
	"errors"
	"fmt"

	"sango/game/progress"
)

// Backend reads and writes one blob.
type Backend interface {
	Read() ([]byte, error) // ErrNotFound when nothing was saved yet
	Write(data []byte) error
	KeepDamaged(data []byte) (where string, err error)
}

// ErrNotFound means nothing was saved yet: a first start.
var ErrNotFound = errors.New("no saved progress")

// Store loads and saves progress through a backend.
type Store struct{ b Backend }

// New returns a store over b.
func New(b Backend) *Store { return &Store{b: b} }

// Notice explains, for the player, something that happened while loading.
type Notice struct {
	Fresh   bool   // nothing was saved yet: a first start on this device
	Damaged bool   // saved progress could not be read and was set aside
	KeptAt  string // where the damaged copy was kept
	Err     error  // the technical reason, for logs
}

// Load returns the saved progress. Damaged data is kept aside first so it can never be
// lost by the next save; a notice says so.
func (s *Store) Load() (progress.Progress, *Notice) {
	data, err := s.b.Read()
	if errors.Is(err, ErrNotFound) {
		return progress.New(), &Notice{Fresh: true}
	}
	if err != nil {
		return progress.New(), &Notice{Err: fmt.Errorf("reading progress: %w", err)}
	}
	p, err := progress.Decode(data)
	if err == nil {
		return p, nil
	}
	where, keepErr := s.b.KeepDamaged(data)
	if keepErr != nil {
		return progress.New(), &Notice{Damaged: true, Err: fmt.Errorf("%v; keeping a copy also failed: %w", err, keepErr)}
	}
	return progress.New(), &Notice{Damaged: true, KeptAt: where, Err: err}
}

// Save writes progress.
func (s *Store) Save(p progress.Progress) error {
	data, err := p.Encode()
	if err != nil {
		return fmt.Errorf("encoding progress: %w", err)
	}
	if err := s.b.Write(data); err != nil {
		return fmt.Errorf("saving progress: %w", err)
	}
	return nil
}

// Memory is a backend that keeps progress in memory only, for tests and for when the
// device refuses storage: the game still plays, it just forgets on exit.
type Memory struct {
	Data    []byte
	Damaged [][]byte
	Fail    error // when set, Write fails with it (a full disk, a refusing browser)
}

func (m *Memory) Read() ([]byte, error) {
	if m.Data == nil {
		return nil, ErrNotFound
	}
	return m.Data, nil
}

func (m *Memory) Write(data []byte) error {
	if m.Fail != nil {
		return m.Fail
	}
	m.Data = append([]byte(nil), data...)
	return nil
}

func (m *Memory) KeepDamaged(data []byte) (string, error) {
	m.Damaged = append(m.Damaged, append([]byte(nil), data...))
	return "memory", nil
}
