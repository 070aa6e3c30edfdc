//go:build !js

package storage

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"sango/game/progress"
)

func TestFileRoundTripAndRestart(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	s := New(File{Dir: dir})
	p, notice := s.Load()
	if notice == nil || !notice.Fresh || notice.Damaged || len(p.Levels) != 0 {
		t.Fatalf("first start: %+v %+v", p, notice)
	}
	p.Record("lvl", progress.Play{SafeFirstTry: 2, Choices: 3})
	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
	// A new store over the same folder is a restart.
	q, notice := New(File{Dir: dir}).Load()
	if notice != nil || !q.Done("lvl") {
		t.Fatalf("after restart: %+v %+v", q, notice)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("temporary files left behind: %v", entries)
	}
}

func TestDamagedFileIsKeptAndNotOverwritten(t *testing.T) {
	dir := t.TempDir()
	bad := []byte("{ this is not progress")
	os.WriteFile(filepath.Join(dir, "progress.json"), bad, 0o644)
	s := New(File{Dir: dir})
	p, notice := s.Load()
	if notice == nil || !notice.Damaged || notice.KeptAt == "" || len(p.Levels) != 0 {
		t.Fatalf("notice %+v", notice)
	}
	kept, err := os.ReadFile(notice.KeptAt)
	if err != nil || string(kept) != string(bad) {
		t.Fatalf("the damaged copy must be kept byte for byte: %q %v", kept, err)
	}
	p.Record("x", progress.Play{SafeFirstTry: 1, Choices: 1})
	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
	if kept2, _ := os.ReadFile(notice.KeptAt); string(kept2) != string(bad) {
		t.Fatal("saving must not touch the kept copy")
	}
}

func TestWriteFailureKeepsOldProgress(t *testing.T) {
	dir := t.TempDir()
	s := New(File{Dir: dir})
	p := progress.New()
	p.Record("old", progress.Play{SafeFirstTry: 1, Choices: 1})
	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
	// Make the folder unwritable: the temporary file cannot be created, as on a full disk.
	if os.Geteuid() == 0 {
		// root ignores permissions; use a backend that fails instead.
		m := &Memory{}
		ms := New(m)
		ms.Save(p)
		m.Fail = errors.New("no space left on device")
		p.Record("new", progress.Play{SafeFirstTry: 1, Choices: 1})
		if err := ms.Save(p); err == nil {
			t.Fatal("a failed write must be reported")
		}
		q, _ := ms.Load()
		if !q.Done("old") || q.Done("new") {
			t.Fatalf("a failed write must leave the old progress: %+v", q)
		}
		return
	}
	os.Chmod(dir, 0o500)
	defer os.Chmod(dir, 0o755)
	p.Record("new", progress.Play{SafeFirstTry: 1, Choices: 1})
	if err := s.Save(p); err == nil {
		t.Fatal("a failed write must be reported")
	}
	q, _ := s.Load()
	if !q.Done("old") || q.Done("new") {
		t.Fatalf("a failed write must leave the old progress: %+v", q)
	}
}

func TestFileWriteFailsCleanlyWhenFolderIsAFile(t *testing.T) {
	dir := t.TempDir()
	blocker := filepath.Join(dir, "data")
	os.WriteFile(blocker, []byte("x"), 0o644)
	if err := New(File{Dir: blocker}).Save(progress.New()); err == nil {
		t.Fatal("saving into a path that is a file must fail with an error")
	}
}
