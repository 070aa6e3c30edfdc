package tomlpos

import (
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"

	"sango/game/diag"
)

// The web build carries no TOML: `make web` decodes the shipped level and language files
// beforehand (Predecode, run by cmd/predecode) and embeds the results, which the web build
// reads by file name (DecodeFrom, Files). That keeps the TOML decoder out of the download
// (about 80 KB compressed), and the TOML sources too (about 24 KB): the web build has no
// use for a file's text once it is decoded, because `make web` and the tests check every
// shipped file first. The desktop build, levelcheck and the tests keep decoding the TOML
// itself, so problems still come with their file, line and column.
//
// The data is a magic number, then a sequence of entries, each the file's name and a
// body, both preceded by their length: the decoded tree, or the problem Decode reported.
// Looking an entry up reads only names until it finds the one, and decodes only that
// body, so nothing is held between calls.
//
// The body is a small binary encoding of its own, with every value's Go type spelt out,
// so the web build gets exactly the types the TOML decoder gives: the level decoder
// tells a list of tables from a list, and a whole number from a decimal one. (Not JSON
// or gob: decoding the shipped files as JSON took about 60 ms of the web build's start,
// through reflection, and gob's decoder would add 150 KB to the download.)

// magic starts the data; it changes with the format, so a stale file is refused whole.
const magic = "STD2"

// Value kinds, one byte before each value.
const (
	kindString byte = iota
	kindInt         // int64
	kindFloat       // float64
	kindBool
	kindTable  // map[string]any
	kindList   // []any
	kindTables // []map[string]any, an array of tables
)

// A body starts with one of these.
const (
	bodyTree byte = iota
	bodyProblem
)

// maxDepth bounds the nesting decodeValue follows, so damaged data cannot exhaust the
// stack.
const maxDepth = 64

func appendString(out []byte, s string) []byte {
	out = binary.AppendUvarint(out, uint64(len(s)))
	return append(out, s...)
}

func appendValue(out []byte, v any) ([]byte, error) {
	switch v := v.(type) {
	case string:
		return appendString(append(out, kindString), v), nil
	case int64:
		return binary.AppendVarint(append(out, kindInt), v), nil
	case float64:
		return binary.BigEndian.AppendUint64(append(out, kindFloat), math.Float64bits(v)), nil
	case bool:
		b := byte(0)
		if v {
			b = 1
		}
		return append(out, kindBool, b), nil
	case map[string]any:
		out = binary.AppendUvarint(append(out, kindTable), uint64(len(v)))
		// Sorted, so that the same files always give the same bytes, and so the same
		// build version for the offline copy.
		for _, k := range slices.Sorted(maps.Keys(v)) {
			var err error
			if out, err = appendValue(appendString(out, k), v[k]); err != nil {
				return nil, fmt.Errorf("%s: %w", k, err)
			}
		}
		return out, nil
	case []any:
		out = binary.AppendUvarint(append(out, kindList), uint64(len(v)))
		for i, item := range v {
			var err error
			if out, err = appendValue(out, item); err != nil {
				return nil, fmt.Errorf("item %d: %w", i+1, err)
			}
		}
		return out, nil
	case []map[string]any:
		out = binary.AppendUvarint(append(out, kindTables), uint64(len(v)))
		for i, item := range v {
			var err error
			if out, err = appendValue(out, item); err != nil {
				return nil, fmt.Errorf("table %d: %w", i+1, err)
			}
		}
		return out, nil
	}
	// Dates and times: no level or language file has a use for them.
	return nil, fmt.Errorf("a %T cannot be carried into the web build", v)
}

// Decoded is one file as the TOML decoder gave it: its tree, or the problem found in it.
type Decoded struct {
	File    string
	Tree    map[string]any
	Problem *diag.Problem
}

// Encode writes decoded files, in the order given, in the form DecodeFrom and Files read.
func Encode(files []Decoded) ([]byte, error) {
	out := []byte(magic)
	for _, f := range files {
		var err error
		if out, err = appendDecoded(out, f.File, f.Tree, f.Problem); err != nil {
			return nil, fmt.Errorf("%s: %w", f.File, err)
		}
	}
	return out, nil
}

// appendDecoded appends one file's entry to out.
func appendDecoded(out []byte, file string, raw map[string]any, problem *diag.Problem) ([]byte, error) {
	var body []byte
	if problem != nil {
		body = append(body, bodyProblem)
		body = binary.AppendUvarint(body, uint64(max(problem.Line, 0)))
		body = binary.AppendUvarint(body, uint64(max(problem.Col, 0)))
		warning := byte(0)
		if problem.Warning {
			warning = 1
		}
		body = appendString(append(body, warning), problem.Msg)
	} else {
		if raw == nil {
			raw = map[string]any{}
		}
		var err error
		if body, err = appendValue(append(body, bodyTree), raw); err != nil {
			return nil, err
		}
	}
	out = appendString(out, file)
	return appendString(out, string(body)), nil
}

// entries calls fn with each entry's file name and body, in order, until fn returns
// false. It reports data that is not predecoded files, or ends inside an entry.
func entries(data []byte, fn func(file string, body []byte) bool) error {
	if len(data) < len(magic) || string(data[:len(magic)]) != magic {
		return errors.New("not the web build's decoded files (or from another version of the game)")
	}
	r := &reader{b: data[len(magic):]}
	for len(r.b) > 0 {
		file := r.str()
		n := r.count()
		if r.err != nil {
			return r.err
		}
		body := r.b[:n]
		r.b = r.b[n:]
		if !fn(file, body) {
			return nil
		}
	}
	return nil
}

// Files lists the files in data, in the order they were written.
func Files(data []byte) ([]string, error) {
	var files []string
	err := entries(data, func(file string, _ []byte) bool {
		files = append(files, file)
		return true
	})
	return files, err
}

// DecodeFrom returns what cmd/predecode recorded in data for file, as Decode gave it for
// the file's text: its tree, or the problem found in it.
func DecodeFrom(data []byte, file string) (map[string]any, *diag.Problem) {
	var body []byte
	found := false
	err := entries(data, func(name string, b []byte) bool {
		if name == file {
			body, found = b, true
		}
		return !found
	})
	if err == nil && !found {
		return nil, &diag.Problem{File: file, Line: 1, Col: 1,
			Msg: "this web build has no decoded copy of this file; run make web again"}
	}
	var raw map[string]any
	var p *diag.Problem
	if err == nil {
		raw, p, err = decodeBody(body)
	}
	if err != nil {
		return nil, &diag.Problem{File: file, Line: 1, Col: 1, Msg: "the web build's copy of this file is damaged: " + err.Error()}
	}
	if p != nil {
		p.File = file
	}
	return raw, p
}

var errShort = errors.New("data ends early")

// reader decodes a body; the first error sticks and ends the work.
type reader struct {
	b   []byte
	err error
}

func (r *reader) byte() byte {
	if r.err != nil || len(r.b) == 0 {
		r.err = errShort
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = errShort
		return 0
	}
	r.b = r.b[n:]
	return v
}

// count reads a length, which can never exceed the bytes left (each item takes one).
func (r *reader) count() int {
	n := r.uvarint()
	if r.err == nil && n > uint64(len(r.b)) {
		r.err = errShort
		return 0
	}
	return int(n)
}

func (r *reader) str() string {
	n := r.count()
	if r.err != nil {
		return ""
	}
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

func (r *reader) value(depth int) any {
	if depth > maxDepth {
		r.err = errors.New("nested too deep")
	}
	switch k := r.byte(); {
	case r.err != nil:
		return nil
	case k == kindString:
		return r.str()
	case k == kindInt:
		v, n := binary.Varint(r.b)
		if n <= 0 {
			r.err = errShort
			return nil
		}
		r.b = r.b[n:]
		return v
	case k == kindFloat:
		if len(r.b) < 8 {
			r.err = errShort
			return nil
		}
		v := math.Float64frombits(binary.BigEndian.Uint64(r.b))
		r.b = r.b[8:]
		return v
	case k == kindBool:
		return r.byte() == 1
	case k == kindTable:
		return r.table(depth)
	case k == kindList:
		out := make([]any, r.count())
		for i := range out {
			out[i] = r.value(depth + 1)
		}
		return out
	case k == kindTables:
		out := make([]map[string]any, r.count())
		for i := range out {
			if r.byte() != kindTable && r.err == nil {
				r.err = errors.New("an array of tables holds something else")
			}
			out[i] = r.table(depth + 1)
		}
		return out
	default:
		r.err = fmt.Errorf("unknown kind %d", k)
		return nil
	}
}

// table reads a table's contents, after its kind byte.
func (r *reader) table(depth int) map[string]any {
	n := r.count()
	out := make(map[string]any, n)
	for range n {
		k := r.str()
		out[k] = r.value(depth + 1)
	}
	return out
}

func decodeBody(body []byte) (map[string]any, *diag.Problem, error) {
	r := &reader{b: body}
	switch r.byte() {
	case bodyTree:
		if r.byte() != kindTable && r.err == nil {
			return nil, nil, errors.New("the file is not a table")
		}
		raw := r.table(0)
		if r.err == nil && len(r.b) > 0 {
			r.err = errors.New("data left over")
		}
		return raw, nil, r.err
	case bodyProblem:
		p := &diag.Problem{Line: int(r.uvarint()), Col: int(r.uvarint())}
		p.Warning = r.byte() == 1
		p.Msg = r.str()
		return nil, p, r.err
	}
	if r.err == nil {
		r.err = errors.New("unknown entry")
	}
	return nil, nil, r.err
}
