// Package tomlpos finds where each key of a TOML document stands. The TOML decoder reports
// positions only for syntax errors, but a level writer needs "line 12" for a bad step id
// too, so this scanner maps every key path to its line and column.
//
// Paths name array-of-tables elements by index: the "next" key of the third [[step]] is
// "step[2].next", and an option inside it is "step[2].option[0].text". The scanner expects
// a document the decoder has already accepted; on anything else it still returns what it
// could find and never fails.
package tomlpos

import (
	"strconv"
	"strings"
	"sync"

	"sango/game/diag"
)

// Pos is a 1-based line and column.
type Pos struct{ Line, Col int }

// Decoded is one file as the TOML decoder gave it: its tree, or the problem found in it.
type Decoded struct {
	File    string
	Tree    map[string]any
	Problem *diag.Problem
}

// Index maps key paths to positions. Positions are needed only to report a problem, and
// the shipped files have none, so the source is scanned the first time a position is
// asked for, not when it is indexed: the game then loads every level and language file
// without scanning one (in the browser that is a good part of its start). Copies of an
// Index share the scan. The zero Index knows no positions.
type Index struct {
	lazy *lazyIndex
}

type lazyIndex struct {
	once sync.Once // Find may be asked from more than one goroutine
	src  string
	pos  map[string]Pos
}

// at returns the position of exactly path.
func (ix Index) at(path string) (Pos, bool) {
	if ix.lazy == nil {
		return Pos{}, false
	}
	l := ix.lazy
	l.once.Do(func() {
		s := scanner{src: l.src, ix: map[string]Pos{}, arrays: map[string]int{}, line: 1, col: 1}
		s.run()
		l.pos, l.src = s.ix, ""
	})
	p, ok := l.pos[path]
	return p, ok
}

// Find returns the position of path in ix, falling back to its nearest enclosing table so
// that a problem with a missing key still points at the table it belongs in.
//
// It is a function, not a method, so that the web build, which has no sources to index,
// does not carry the scanner: Ebitengine reflects on methods by name, which makes the
// linker keep every exported method of a type that reflection can reach.
func Find(ix Index, path string) Pos {
	for path != "" {
		if p, ok := ix.at(path); ok {
			return p
		}
		cut := strings.LastIndexAny(path, ".[")
		if cut < 0 {
			break
		}
		path = path[:cut]
	}
	return Pos{Line: 1, Col: 1}
}

// Scan indexes src.
func Scan(src string) Index {
	return Index{lazy: &lazyIndex{src: src}}
}

type scanner struct {
	src       string
	i         int
	line, col int
	ix        map[string]Pos
	arrays    map[string]int // element count of each array of tables, by resolved path
	table     string         // resolved path of the current table
}

func (s *scanner) peek(n int) string {
	if s.i+n > len(s.src) {
		return s.src[s.i:]
	}
	return s.src[s.i : s.i+n]
}

func (s *scanner) advance(n int) {
	for k := 0; k < n && s.i < len(s.src); k++ {
		if s.src[s.i] == '\n' {
			s.line, s.col = s.line+1, 1
		} else if s.src[s.i]&0xC0 != 0x80 { // count runes, not bytes, for columns
			s.col++
		}
		s.i++
	}
}

func (s *scanner) skipSpace() {
	for s.i < len(s.src) && (s.src[s.i] == ' ' || s.src[s.i] == '\t' || s.src[s.i] == '\r') {
		s.advance(1)
	}
}

func (s *scanner) skipLine() {
	for s.i < len(s.src) && s.src[s.i] != '\n' {
		s.advance(1)
	}
	s.advance(1)
}

func (s *scanner) run() {
	for s.i < len(s.src) {
		s.skipSpace()
		if s.i >= len(s.src) {
			return
		}
		switch c := s.src[s.i]; {
		case c == '\n':
			s.advance(1)
		case c == '#':
			s.skipLine()
		case c == '[':
			s.header()
		default:
			s.keyValue()
		}
	}
}

// header reads [table] or [[array]] and makes it the current table.
func (s *scanner) header() {
	pos := Pos{s.line, s.col}
	array := s.peek(2) == "[["
	if array {
		s.advance(2)
	} else {
		s.advance(1)
	}
	parts := s.keyParts()
	resolved := s.resolve(parts)
	if array {
		n := s.arrays[resolved]
		s.arrays[resolved] = n + 1
		resolved += "[" + strconv.Itoa(n) + "]"
	}
	s.table = resolved
	s.ix[resolved] = pos
	s.skipLine()
}

// resolve turns a dotted header name into a path, entering the last element of every array
// of tables along the way, as TOML does.
func (s *scanner) resolve(parts []string) string {
	path := ""
	for i, p := range parts {
		if path == "" {
			path = p
		} else {
			path += "." + p
		}
		if n, ok := s.arrays[path]; ok && i < len(parts)-1 {
			path += "[" + strconv.Itoa(n-1) + "]"
		}
	}
	return path
}

// keyParts reads a possibly dotted, possibly quoted key and stops after it.
func (s *scanner) keyParts() []string {
	var parts []string
	for s.i < len(s.src) {
		s.skipSpace()
		if s.i >= len(s.src) {
			break
		}
		c := s.src[s.i]
		var part string
		switch c {
		case '"', '\'':
			s.advance(1)
			start := s.i
			for s.i < len(s.src) && s.src[s.i] != c && s.src[s.i] != '\n' {
				if c == '"' && s.src[s.i] == '\\' {
					s.advance(1)
				}
				s.advance(1)
			}
			part = s.src[start:s.i]
			if c == '"' {
				if u, err := strconv.Unquote(`"` + part + `"`); err == nil {
					part = u
				}
			}
			s.advance(1)
		default:
			start := s.i
			for s.i < len(s.src) && isBareKeyByte(s.src[s.i]) {
				s.advance(1)
			}
			part = s.src[start:s.i]
			if part == "" {
				return parts
			}
		}
		parts = append(parts, part)
		s.skipSpace()
		if s.i < len(s.src) && s.src[s.i] == '.' {
			s.advance(1)
			continue
		}
		break
	}
	return parts
}

func isBareKeyByte(c byte) bool {
	return c == '_' || c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// keyValue records the key and skips its value, which may span lines.
func (s *scanner) keyValue() {
	pos := Pos{s.line, s.col}
	parts := s.keyParts()
	if len(parts) == 0 {
		s.skipLine()
		return
	}
	path := strings.Join(parts, ".")
	if s.table != "" {
		path = s.table + "." + path
	}
	s.ix[path] = pos
	s.skipSpace()
	if s.i < len(s.src) && s.src[s.i] == '=' {
		s.advance(1)
	}
	s.skipValue()
}

// skipValue moves past a value, its strings, nested brackets and a trailing comment.
func (s *scanner) skipValue() {
	depth := 0
	for s.i < len(s.src) {
		switch c := s.src[s.i]; {
		case s.peek(3) == `"""` || s.peek(3) == `'''`:
			s.skipString(s.peek(3))
		case c == '"' || c == '\'':
			s.skipString(string(c))
		case c == '[' || c == '{':
			depth++
			s.advance(1)
		case c == ']' || c == '}':
			depth--
			s.advance(1)
		case c == '#':
			for s.i < len(s.src) && s.src[s.i] != '\n' {
				s.advance(1)
			}
		case c == '\n':
			s.advance(1)
			if depth <= 0 {
				return
			}
		default:
			s.advance(1)
		}
	}
}

func (s *scanner) skipString(quote string) {
	s.advance(len(quote))
	basic := quote[0] == '"'
	for s.i < len(s.src) {
		if basic && s.src[s.i] == '\\' {
			s.advance(2)
			continue
		}
		if s.peek(len(quote)) == quote {
			s.advance(len(quote))
			// A multi-line string may end with up to two extra quotes ("""a"""").
			for len(quote) == 3 && s.peek(1) == quote[:1] {
				s.advance(1)
			}
			return
		}
		if len(quote) == 1 && s.src[s.i] == '\n' {
			return
		}
		s.advance(1)
	}
}
