package tomlpos

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"maps"
	"slices"

	"sango/game/diag"
)

// The web build decodes no TOML: `make web` decodes the shipped level and language files
// beforehand (Predecode, run by cmd/predecode) and embeds the results, which Decode then
// looks up by the source's contents. That keeps the TOML decoder out of the download
// (about 80 KB compressed). The desktop build, levelcheck and the tests keep decoding
// the TOML itself, so problems still come with their file, line and column.
//
// The data is a sequence of entries, each a 16-byte header (an FNV-64a hash of the
// source, the source's length, the length of the JSON that follows) and the decoded value
// as JSON. (JSON rather than gob: the game links encoding/json anyway, for progress,
// while gob's decoder would add 150 KB.) Looking an entry up reads only the headers until it finds the one, and
// decodes only that entry, so nothing needs to be held between calls.

const headerSize = 16

// decoded is one source's result: a tree, or the problem Decode reported (without its
// file name, which is the caller's).
type decoded struct {
	Root    node          `json:"r"`
	Problem *diag.Problem `json:"p,omitempty"`
}

// node is one TOML value with its Go type spelt out, so that the web build gets exactly
// the types the TOML decoder gives: the level decoder tells a list of tables from a list,
// and a whole number from a decimal one.
type node struct {
	Kind  kind     `json:"k"`
	Str   string   `json:"s,omitempty"`
	Int   int64    `json:"i,omitempty"`
	Float float64  `json:"f,omitempty"`
	Bool  bool     `json:"b,omitempty"`
	Keys  []string `json:"n,omitempty"` // of a table
	Items []node   `json:"v,omitempty"` // of a table (in the order of Keys) or a list
}

type kind uint8

const (
	kindString kind = iota
	kindInt
	kindFloat
	kindBool
	kindTable  // map[string]any
	kindList   // []any
	kindTables // []map[string]any, an array of tables
)

func sourceKey(src string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(src))
	return h.Sum64()
}

func toNode(v any) (node, error) {
	switch v := v.(type) {
	case string:
		return node{Kind: kindString, Str: v}, nil
	case int64:
		return node{Kind: kindInt, Int: v}, nil
	case float64:
		return node{Kind: kindFloat, Float: v}, nil
	case bool:
		return node{Kind: kindBool, Bool: v}, nil
	case map[string]any:
		n := node{Kind: kindTable}
		// Sorted, so that the same files always give the same bytes, and so the same
		// build version for the offline copy.
		for _, k := range slices.Sorted(maps.Keys(v)) {
			c, err := toNode(v[k])
			if err != nil {
				return node{}, fmt.Errorf("%s: %w", k, err)
			}
			n.Keys = append(n.Keys, k)
			n.Items = append(n.Items, c)
		}
		return n, nil
	case []any:
		n := node{Kind: kindList}
		for i, item := range v {
			c, err := toNode(item)
			if err != nil {
				return node{}, fmt.Errorf("item %d: %w", i+1, err)
			}
			n.Items = append(n.Items, c)
		}
		return n, nil
	case []map[string]any:
		n := node{Kind: kindTables}
		for i, item := range v {
			c, err := toNode(item)
			if err != nil {
				return node{}, fmt.Errorf("table %d: %w", i+1, err)
			}
			n.Items = append(n.Items, c)
		}
		return n, nil
	}
	// Dates and times: no level or language file has a use for them.
	return node{}, fmt.Errorf("a %T cannot be carried into the web build", v)
}

func (n node) value() any {
	switch n.Kind {
	case kindString:
		return n.Str
	case kindInt:
		return n.Int
	case kindFloat:
		return n.Float
	case kindBool:
		return n.Bool
	case kindTable:
		return n.table()
	case kindList:
		out := make([]any, len(n.Items))
		for i, c := range n.Items {
			out[i] = c.value()
		}
		return out
	case kindTables:
		out := make([]map[string]any, len(n.Items))
		for i, c := range n.Items {
			out[i] = c.table()
		}
		return out
	}
	return nil
}

func (n node) table() map[string]any {
	out := make(map[string]any, len(n.Keys))
	for i, k := range n.Keys {
		out[k] = n.Items[i].value()
	}
	return out
}

// appendDecoded appends one source's entry to out.
func appendDecoded(out []byte, src string, raw map[string]any, problem *diag.Problem) ([]byte, error) {
	d := decoded{Problem: problem}
	if problem == nil {
		var err error
		if d.Root, err = toNode(raw); err != nil {
			return nil, err
		}
	}
	body, err := json.Marshal(d)
	if err != nil {
		return nil, err
	}
	out = binary.BigEndian.AppendUint64(out, sourceKey(src))
	out = binary.BigEndian.AppendUint32(out, uint32(len(src)))
	out = binary.BigEndian.AppendUint32(out, uint32(len(body)))
	return append(out, body...), nil
}

// decodeFrom is Decode for the web build: it finds src's entry in data.
func decodeFrom(data []byte, file, src string) (map[string]any, *diag.Problem) {
	key, size := sourceKey(src), uint32(len(src))
	for len(data) >= headerSize {
		n := binary.BigEndian.Uint32(data[12:16])
		if uint64(len(data)-headerSize) < uint64(n) {
			break
		}
		body := data[headerSize : headerSize+int(n)]
		if binary.BigEndian.Uint64(data[0:8]) == key && binary.BigEndian.Uint32(data[8:12]) == size {
			var d decoded
			if err := json.Unmarshal(body, &d); err != nil {
				return nil, &diag.Problem{File: file, Line: 1, Col: 1, Msg: "the web build's copy of this file is damaged: " + err.Error()}
			}
			if d.Problem != nil {
				p := *d.Problem
				p.File = file
				return nil, &p
			}
			return d.Root.table(), nil
		}
		data = data[headerSize+int(n):]
	}
	// Only a file changed after `make web` decoded it gets here: the build is stale.
	return nil, &diag.Problem{File: file, Line: 1, Col: 1,
		Msg: "this web build has no decoded copy of this file (it changed after the build decoded it); run make web again"}
}
