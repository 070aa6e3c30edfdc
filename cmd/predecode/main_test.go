package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sango/game/content"
	"sango/game/tomlpos"
)

func mustRead(t *testing.T, file string) []byte {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// names lists the files a predecoded file holds.
func names(t *testing.T, file string) []string {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	files, err := tomlpos.Files(data)
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return files
}

func countLevels(files []string) int {
	n := 0
	for _, f := range files {
		if strings.HasPrefix(f, "levels/") {
			n++
		}
	}
	return n
}

// Run from the repository's root, as `make web` runs it, so the names are levels/... and
// locales/en.toml.
func TestRunWritesOneFileOrTwo(t *testing.T) {
	t.Chdir("../..")
	dir := t.TempDir()
	all, first, later := filepath.Join(dir, "all.bin"), filepath.Join(dir, "first.bin"), filepath.Join(dir, "levels.bin")
	if err := run(all, "", []string{"levels", "locales/en.toml"}); err != nil {
		t.Fatal(err)
	}
	whole := names(t, all)
	if countLevels(whole) < 10 || !strings.Contains(strings.Join(whole, " "), "locales/en.toml") {
		t.Fatalf("one file holds %v; want every level and locales/en.toml", whole)
	}
	if err := run(first, later, []string{"levels", "locales/en.toml"}); err != nil {
		t.Fatal(err)
	}
	if got := names(t, first); countLevels(got) != 0 || len(got) != 1 || got[0] != "locales/en.toml" {
		t.Errorf("the built-in part holds %v; want locales/en.toml alone", got)
	}
	// The game reads the fetched part back (content's tests check what it holds).
	data, err := os.ReadFile(later)
	if err != nil {
		t.Fatal(err)
	}
	set := content.LoadDecoded(mustRead(t, first), func() ([]byte, error) { return data, nil })
	if got := len(set.BrokenLevels()) + len(set.Levels); got != countLevels(whole) || len(set.Broken) > 0 {
		t.Errorf("the fetched part gave %d levels and %v broken, want %d levels", len(set.Levels), set.Broken, countLevels(whole))
	}
	if _, err := os.Stat(first + ".tmp"); !os.IsNotExist(err) {
		t.Errorf("a temporary file was left behind: %v", err)
	}
	if err := run(filepath.Join(dir, "missing", "x.bin"), "", []string{"levels"}); err == nil {
		t.Errorf("writing into a folder that does not exist gave no error")
	}
}
