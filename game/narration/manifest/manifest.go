// Package manifest reads and writes the record kept beside each language's narration
// files: what made each file, so cmd/narrate regenerates only what changed and tells a
// person's recording from its own output. It is apart from package narration because the
// game itself never reads a manifest, and its hashing should not reach the web download.
package manifest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// FileName is the manifest's file name in each voice/<lang> folder. It records, for
// every narration file, what made it, so cmd/narrate regenerates only what changed and
// knows a person's recording (a file whose hash no longer matches) from its own output.
const FileName = "manifest.txt"

// Recorded is the Input of an entry whose file is a person's recording.
const Recorded = "recorded"

// Entry is one line of a manifest.
type Entry struct {
	Key    string
	Input  string // InputHash of what generated the file, or Recorded
	Text   string // TextHash of the catalog text the file says
	MP3    string // FileHash of the file as last seen
	Millis int    // its length in milliseconds
}

// IsRecorded reports whether the entry's file is a person's recording.
func (e Entry) IsRecorded() bool { return e.Input == Recorded }

// TextHash identifies a catalog text, to tell when a file says something outdated.
func TextHash(text string) string { return shortHash(text) }

// InputHash identifies everything that makes a generated file: the text as given to the
// synthesizer and each setting (voice, speed, encoder...), in order.
func InputHash(parts ...string) string { return shortHash(strings.Join(parts, "\x00")) }

func shortHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:16])
}

// FileHash is the SHA-256 of a file's bytes, in hex.
func FileHash(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

const manifestHeader = "# Narration files, written by cmd/narrate (make voice); see README, \"Narration\".\n" +
	"# key input-hash|recorded text-hash mp3-sha256 duration-ms\n"

// Format writes entries sorted by key, one a line, after a comment that names the
// fields.
func Format(entries []Entry) []byte {
	sorted := slices.Clone(entries)
	slices.SortFunc(sorted, func(a, b Entry) int { return strings.Compare(a.Key, b.Key) })
	var b strings.Builder
	b.WriteString(manifestHeader)
	for _, e := range sorted {
		fmt.Fprintf(&b, "%s %s %s %s %d\n", e.Key, e.Input, e.Text, e.MP3, e.Millis)
	}
	return []byte(b.String())
}

// Parse reads a manifest. Lines starting with # and blank lines are ignored;
// any other line must have the five fields, and a key may appear once.
func Parse(data []byte) ([]Entry, error) {
	var out []Entry
	seen := map[string]bool{}
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 5 {
			return nil, fmt.Errorf("line %d: want 5 fields (key input-hash text-hash mp3-sha256 duration-ms), got %d", i+1, len(f))
		}
		ms, err := strconv.Atoi(f[4])
		if err != nil || ms < 0 {
			return nil, fmt.Errorf("line %d: duration %q is not a number of milliseconds", i+1, f[4])
		}
		if seen[f[0]] {
			return nil, fmt.Errorf("line %d: %s is listed twice", i+1, f[0])
		}
		seen[f[0]] = true
		out = append(out, Entry{Key: f[0], Input: f[1], Text: f[2], MP3: f[3], Millis: ms})
	}
	slices.SortFunc(out, func(a, b Entry) int { return strings.Compare(a.Key, b.Key) })
	return out, nil
}

// IsRecording reports whether data, the file at a key's path, is a person's recording
// rather than cmd/narrate's output: the manifest has no entry for it (listed is false),
// marks it recorded, or holds another hash (someone replaced the file since).
func IsRecording(e Entry, listed bool, data []byte) bool {
	return !listed || e.IsRecorded() || FileHash(data) != e.MP3
}
