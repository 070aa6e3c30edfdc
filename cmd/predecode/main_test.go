package main

import (
	"os"
	"path/filepath"
	"testing"

	"sango/game/content"
)

func mustRead(t *testing.T, file string) []byte {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// Run from the repository's root, as `make web` runs it, so the names are levels/... and
// locales/en.toml.
func TestRunWritesOneFileOrTwo(t *testing.T) {
	t.Chdir("../..")
	dir := t.TempDir()
	first, later, fr := filepath.Join(dir, "first.bin"), filepath.Join(dir, "levels.bin"), filepath.Join(dir, "fr.bin")
	if err := run(first, later, []string{"levels", "locales/en.toml"}); err != nil {
		t.Fatal(err)
	}
	// The game reads both back (content's tests check what they hold).
	levelsData := mustRead(t, later)
	set := content.LoadDecoded(mustRead(t, first), func() ([]byte, error) { return levelsData, nil })
	if set.Catalog("en") == nil || set.Catalog("en").Text("ui.play") == "[ui.play]" {
		t.Errorf("the built-in part has no English")
	}
	if len(set.BrokenLevels()) > 0 || len(set.Levels) < 10 {
		t.Errorf("the fetched part gave %d levels and %v broken", len(set.Levels), set.Broken)
	}
	if _, err := os.Stat(first + ".tmp"); !os.IsNotExist(err) {
		t.Errorf("a temporary file was left behind: %v", err)
	}
	// One language alone, as fetched when it is picked.
	if err := run(fr, "", []string{"locales/fr.toml"}); err != nil {
		t.Fatal(err)
	}
	if c, err := content.LanguageFromWeb(mustRead(t, fr), "fr"); err != nil || c.Text("ui.play") == "[ui.play]" {
		t.Errorf("fr.bin gave %v, %v", c, err)
	}
	if err := run(fr, "", []string{"levels"}); err == nil {
		t.Errorf("levels were written as a language file")
	}
	if err := run(filepath.Join(dir, "missing", "x.bin"), "", []string{"locales/fr.toml"}); err == nil {
		t.Errorf("writing into a folder that does not exist gave no error")
	}
}
