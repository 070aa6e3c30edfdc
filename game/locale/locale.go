// Package locale holds the words of the game. Each language is one TOML file of tables of
// strings; a string is named by its table and key ("ui.play"). Levels refer to keys only,
// so a language can be added without touching a level.
package locale

import (
	"fmt"
	"path"
	"sort"
	"strings"

	"sango/game/diag"
	"sango/game/tomlpos"
)

// Direction is a writing direction.
type Direction string

// Writing directions. Layout mirrors for RTL, so Arabic is a setting, not a rewrite.
const (
	LTR Direction = "ltr"
	RTL Direction = "rtl"
)

// Catalog is one language's strings.
type Catalog struct {
	Lang      string // the file's base name: "en", "ar", "zh"
	Name      string // the language's name in its own script
	Direction Direction
	file      string
	strings   map[string]string
	pos       tomlpos.Index
}

// Source names the file the catalog came from.
func (c *Catalog) Source() string { return c.file }

// Has reports whether key has a string.
func (c *Catalog) Has(key string) bool {
	_, ok := c.strings[key]
	return ok
}

// Keys lists every key, sorted.
func (c *Catalog) Keys() []string {
	keys := make([]string, 0, len(c.strings))
	for k := range c.strings {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Pos returns where key is defined.
func (c *Catalog) Pos(key string) tomlpos.Pos { return c.pos.Find(key) }

// Parse reads a catalog. The language code is taken from the file name (en.toml is "en").
// It never panics; problems come back positioned.
func Parse(file string, data []byte) (*Catalog, []diag.Problem) {
	if ps := diag.CheckSource(file, data); ps != nil {
		return nil, ps
	}
	raw, syntax := tomlpos.Decode(file, string(data))
	if syntax != nil {
		return nil, []diag.Problem{*syntax}
	}
	c := &Catalog{
		Lang:      strings.TrimSuffix(path.Base(file), path.Ext(file)),
		Direction: LTR,
		file:      file,
		strings:   map[string]string{},
		pos:       tomlpos.Scan(string(data)),
	}
	var problems []diag.Problem
	addf := func(key, format string, args ...any) {
		p := c.pos.Find(key)
		problems = append(problems, diag.Problem{File: file, Line: p.Line, Col: p.Col, Msg: fmt.Sprintf(format, args...)})
	}
	for key, v := range raw {
		switch key {
		case "language":
			s, ok := v.(string)
			if !ok || s == "" {
				addf(key, "language must be the language's name in its own script, in quotes")
			}
			c.Name = s
			continue
		case "direction":
			s, _ := v.(string)
			switch Direction(s) {
			case LTR, RTL:
				c.Direction = Direction(s)
			default:
				addf(key, "direction must be \"ltr\" or \"rtl\", not %v", v)
			}
			continue
		}
		c.flatten(key, v, addf)
	}
	if _, ok := raw["language"]; !ok {
		addf("", "missing field \"language\": the language's name in its own script")
	}
	diag.Sort(problems)
	return c, problems
}

func (c *Catalog) flatten(key string, v any, addf func(string, string, ...any)) {
	switch t := v.(type) {
	case string:
		c.strings[key] = t
	case map[string]any:
		for k, sub := range t {
			c.flatten(key+"."+k, sub, addf)
		}
	default:
		addf(key, "%s must be a string in quotes or a [table] of strings", key)
	}
}

// Text returns the string for key, or the key itself in brackets so a missing string is
// visible on screen instead of silently blank.
func (c *Catalog) Text(key string) string {
	if s, ok := c.strings[key]; ok {
		return s
	}
	return "[" + key + "]"
}

// Format returns the string for key with {name} placeholders filled from args, given as
// name, value pairs.
func (c *Catalog) Format(key string, args ...string) string {
	s := c.Text(key)
	for i := 0; i+1 < len(args); i += 2 {
		s = strings.ReplaceAll(s, "{"+args[i]+"}", args[i+1])
	}
	return s
}
