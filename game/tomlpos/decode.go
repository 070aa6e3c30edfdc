package tomlpos

import (
	"errors"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"sango/game/diag"
)

// Decode parses src into a generic map. A syntax error comes back as a problem whose
// line and column are computed from the error's byte offset: the decoder's own line number
// is one too high when the error sits on a line break.
func Decode(file, src string) (map[string]any, *diag.Problem) {
	var raw map[string]any
	_, err := toml.Decode(src, &raw)
	if err == nil {
		return raw, nil
	}
	var pe toml.ParseError
	if !errors.As(err, &pe) {
		return nil, &diag.Problem{File: file, Line: 1, Col: 1, Msg: "TOML: " + err.Error()}
	}
	p := diag.Problem{File: file, Line: pe.Position.Line, Col: pe.Position.Col, Msg: "TOML syntax: " + pe.Message}
	if off := pe.Position.Start; off >= 0 && off <= len(src) {
		p.Line, p.Col = OffsetPos(src, off)
	}
	return nil, &p
}

// OffsetPos converts a byte offset into a 1-based line and a column counted in characters.
func OffsetPos(src string, off int) (line, col int) {
	line, col = 1, 1
	for i := 0; i < off && i < len(src); {
		r, size := utf8.DecodeRuneInString(src[i:])
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += size
	}
	return line, col
}
