// Package diag carries the problems found in content files, printed the way editors and
// compilers do (path:line:col: message) so a level writer can jump straight to the spot.
package diag

import (
	"fmt"
	"sort"
	"unicode/utf8"
)

// Problem is one thing wrong with a file. Line and Col start at 1.
type Problem struct {
	File    string
	Line    int
	Col     int
	Msg     string
	Warning bool // a warning does not make a file invalid
}

func (p Problem) String() string {
	line, col := p.Line, p.Col
	if line < 1 {
		line = 1
	}
	if col < 1 {
		col = 1
	}
	prefix := ""
	if p.Warning {
		prefix = "warning: "
	}
	return fmt.Sprintf("%s:%d:%d: %s%s", p.File, line, col, prefix, p.Msg)
}

// Error lets a single problem travel as an error.
func (p Problem) Error() string { return p.String() }

// Errors counts the problems that are not warnings.
func Errors(ps []Problem) int {
	n := 0
	for _, p := range ps {
		if !p.Warning {
			n++
		}
	}
	return n
}

// Sort orders problems by file and position so output is stable and reads top to bottom.
func Sort(ps []Problem) {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}

// MaxFileBytes bounds content files. Levels and locales are a few kilobytes; anything far
// larger is a mistake (a wrong file, a paste accident) and must not stall the game.
const MaxFileBytes = 1 << 20

// CheckSource rejects input that no TOML parser should be asked to read: empty files,
// oversized files and invalid UTF-8. It returns nil when the bytes are fit to parse.
func CheckSource(file string, data []byte) []Problem {
	if len(data) == 0 {
		return []Problem{{File: file, Line: 1, Col: 1, Msg: "the file is empty"}}
	}
	if len(data) > MaxFileBytes {
		return []Problem{{File: file, Line: 1, Col: 1, Msg: fmt.Sprintf(
			"the file is %.1f MB; a content file may be at most %d KB", float64(len(data))/1e6, MaxFileBytes>>10)}}
	}
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return []Problem{{File: file, Line: line, Col: col, Msg: fmt.Sprintf(
				"invalid UTF-8 (byte 0x%02x); save the file as UTF-8", data[i])}}
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += size
	}
	return nil
}
