package level

import (
	"fmt"
	"sort"
	"strconv"

	"sango/game/diag"
	"sango/game/mech"
	"sango/game/tomlpos"
)

// Parse decodes a level file. It never panics: whatever is wrong with data comes back as
// problems with positions, and the level is nil when nothing usable could be read.
//
// The TOML is decoded into a generic map first and typed by hand, because the decoder's
// type errors carry a line but no column and stop at the first one; reading the map lets
// every wrong field be reported, each at its own key.
func Parse(file string, data []byte) (*Level, []diag.Problem) {
	if ps := diag.CheckSource(file, data); ps != nil {
		return nil, ps
	}
	raw, syntax := tomlpos.Decode(file, string(data))
	if syntax != nil {
		return nil, []diag.Problem{*syntax}
	}
	return fromTree(file, raw, tomlpos.Scan(string(data)))
}

// FromTree builds a level from its file's decoded TOML, as cmd/predecode has it for the
// web build. With no source to find keys in, its problems point at the
// file's first line; `make web` and the tests have checked the shipped files already.
func FromTree(file string, raw map[string]any) (*Level, []diag.Problem) {
	return fromTree(file, raw, tomlpos.Scan(""))
}

func fromTree(file string, raw map[string]any, ix tomlpos.Index) (*Level, []diag.Problem) {
	d := decoder{file: file, ix: ix, mechanics: mechanicsByKind()}
	l := d.level(raw)
	l.File = file
	l.pos = d.ix
	return l, d.problems
}

type decoder struct {
	mechanics map[StepKind]mech.Mechanic
	file      string
	ix        tomlpos.Index
	problems  []diag.Problem
}

func (d *decoder) addf(path, format string, args ...any) {
	p := tomlpos.Find(d.ix, path)
	d.problems = append(d.problems, diag.Problem{File: d.file, Line: p.Line, Col: p.Col,
		Msg: fmt.Sprintf(format, args...)})
}

// fields reads a table, reporting keys that are not in known so typos do not pass silently.
type fields struct {
	d     *decoder
	path  string
	table map[string]any
}

func (d *decoder) fields(path string, table map[string]any, known ...string) fields {
	allowed := map[string]bool{}
	for _, k := range known {
		allowed[k] = true
	}
	var unknown []string
	for k := range table {
		if !allowed[k] {
			unknown = append(unknown, k)
		}
	}
	sort.Strings(unknown)
	for _, k := range unknown {
		d.addf(join(path, k), "unknown field %q (known fields: %v)", k, known)
	}
	return fields{d: d, path: path, table: table}
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func typeName(v any) string {
	switch v.(type) {
	case string:
		return "a string"
	case int64:
		return "a whole number"
	case float64:
		return "a decimal number"
	case bool:
		return "true or false"
	case []map[string]any:
		return "a list of tables"
	case []any:
		return "a list"
	case map[string]any:
		return "a table"
	}
	return fmt.Sprintf("a %T", v)
}

func (f fields) str(key string, required bool) string {
	v, ok := f.table[key]
	if !ok {
		if required {
			f.d.addf(f.path, "missing field %q", key)
		}
		return ""
	}
	s, ok := v.(string)
	if !ok {
		f.d.addf(join(f.path, key), "%s must be a string in quotes, not %s", key, typeName(v))
		return ""
	}
	if required && s == "" {
		f.d.addf(join(f.path, key), "%s must not be empty", key)
	}
	return s
}

func (f fields) boolean(key string, required bool) bool {
	v, ok := f.table[key]
	if !ok {
		if required {
			f.d.addf(f.path, "missing field %q (true or false)", key)
		}
		return false
	}
	b, ok := v.(bool)
	if !ok {
		f.d.addf(join(f.path, key), "%s must be true or false, not %s", key, typeName(v))
	}
	return b
}

func (f fields) integer(key string, def int) int {
	v, ok := f.table[key]
	if !ok {
		return def
	}
	n, ok := v.(int64)
	if !ok {
		f.d.addf(join(f.path, key), "%s must be a whole number, not %s", key, typeName(v))
		return def
	}
	return int(n)
}

func (f fields) strings(key string) []string {
	v, ok := f.table[key]
	if !ok {
		return nil
	}
	list, ok := v.([]any)
	if !ok {
		f.d.addf(join(f.path, key), "%s must be a list of strings, like [\"a\", \"b\"], not %s", key, typeName(v))
		return nil
	}
	out := make([]string, 0, len(list))
	for i, item := range list {
		s, ok := item.(string)
		if !ok {
			f.d.addf(join(f.path, key), "%s item %d must be a string, not %s", key, i+1, typeName(item))
			continue
		}
		out = append(out, s)
	}
	return out
}

// tables reads an array of tables such as [[step]].
func (f fields) tables(key string) []map[string]any {
	v, ok := f.table[key]
	if !ok {
		return nil
	}
	list, ok := v.([]map[string]any)
	if !ok {
		f.d.addf(join(f.path, key), "%s must be written as [[%s]] tables, not %s", key, key, typeName(v))
		return nil
	}
	return list
}

func (d *decoder) level(raw map[string]any) *Level {
	f := d.fields("", raw, "format", "id", "band", "risk", "title", "objective",
		"key_message", "sensitive", "topics", "practice", "character", "step")
	l := &Level{
		Format:     f.integer("format", FormatVersion),
		ID:         f.str("id", true),
		Band:       Band(f.str("band", true)),
		Risk:       Risk(f.str("risk", true)),
		Title:      f.str("title", true),
		Objective:  f.str("objective", true),
		KeyMessage: f.str("key_message", true),
		Sensitive:  f.boolean("sensitive", false),
	}
	l.Topics = f.strings("topics")
	for _, p := range f.strings("practice") {
		l.Practice = append(l.Practice, Practice(p))
	}
	for i, t := range f.tables("character") {
		path := "character[" + strconv.Itoa(i) + "]"
		cf := d.fields(path, t, "id", "name")
		l.Characters = append(l.Characters, Character{ID: cf.str("id", true), Name: cf.str("name", true)})
	}
	for i, t := range f.tables("step") {
		path := "step[" + strconv.Itoa(i) + "]"
		known := []string{"id", "kind", "who", "pose", "text", "prompt", "next", "option"}
		m, isMech := d.mechanics[StepKind(fmt.Sprint(t["kind"]))]
		if isMech {
			known = append([]string{"id", "kind", "who", "pose", "prompt", "next"}, m.Fields...)
		}
		sf := d.fields(path, t, known...)
		s := Step{
			ID:     sf.str("id", true),
			Kind:   StepKind(sf.str("kind", true)),
			Who:    sf.str("who", false),
			Pose:   sf.str("pose", false),
			Text:   sf.str("text", false),
			Prompt: sf.str("prompt", false),
			Next:   sf.str("next", false),
		}
		if isMech {
			s.Mech = m.Decode(mechTable{f: sf}, mech.Context{Band: string(l.Band)})
		}
		for j, ot := range sf.tables("option") {
			opath := path + ".option[" + strconv.Itoa(j) + "]"
			of := d.fields(opath, ot, "text", "safe", "feedback", "next")
			s.Options = append(s.Options, Option{
				Text:     of.str("text", true),
				Safe:     of.boolean("safe", true),
				Feedback: of.str("feedback", true),
				Next:     of.str("next", false),
			})
		}
		l.Steps = append(l.Steps, s)
	}
	return l
}
