//go:build !js

package storage

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// File keeps progress in a folder on disk.
type File struct{ Dir string }

const fileName = "progress.json"

func (f File) path() string { return filepath.Join(f.Dir, fileName) }

func (f File) Read() ([]byte, error) {
	data, err := os.ReadFile(f.path())
	if errors.Is(err, fs.ErrNotExist) {
		return nil, ErrNotFound
	}
	return data, err
}

// Write replaces the file atomically: the data goes to a temporary file in the same
// folder, is synced, and is renamed over the old one, so a crash or a full disk leaves
// either the old progress or the new, never half of one.
func (f File) Write(data []byte) error {
	if err := os.MkdirAll(f.Dir, 0o755); err != nil {
		return fmt.Errorf("creating %s: %w", f.Dir, err)
	}
	tmp, err := os.CreateTemp(f.Dir, fileName+".tmp-*")
	if err != nil {
		return fmt.Errorf("creating a temporary file in %s: %w", f.Dir, err)
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", tmp.Name(), err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("syncing %s: %w", tmp.Name(), err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("closing %s: %w", tmp.Name(), err)
	}
	if err := os.Rename(tmp.Name(), f.path()); err != nil {
		return fmt.Errorf("replacing %s: %w", f.path(), err)
	}
	return nil
}

// KeepDamaged copies unreadable progress beside the original under a dated name.
func (f File) KeepDamaged(data []byte) (string, error) {
	name := filepath.Join(f.Dir, fmt.Sprintf("progress.damaged-%s.json", time.Now().UTC().Format("20060102-150405")))
	if err := os.WriteFile(name, data, 0o644); err != nil {
		return "", fmt.Errorf("keeping a copy of damaged progress: %w", err)
	}
	return name, nil
}
