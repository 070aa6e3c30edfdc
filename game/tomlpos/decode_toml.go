//go:build !sangowebdata

package tomlpos

import (
	"errors"
	"maps"
	"slices"

	"github.com/BurntSushi/toml"

	"sango/game/diag"
)

// Decode parses src into a generic map. A syntax error comes back as a problem whose
// line and column are computed from the error's byte offset: the decoder's own line number
// is one too high when the error sits on a line break.
//
// The web build, made with the sangowebdata tag, reads no TOML (predecode_web.go).
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

// DecodeAll decodes each source (by file name) as Decode does, in name order, for
// cmd/predecode.
func DecodeAll(srcs map[string]string) []Decoded {
	files := make([]Decoded, 0, len(srcs))
	for _, name := range slices.Sorted(maps.Keys(srcs)) {
		tree, problem := Decode(name, srcs[name])
		files = append(files, Decoded{File: name, Tree: tree, Problem: problem})
	}
	return files
}
