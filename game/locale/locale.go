// Package locale holds the words of the game. Each language is one TOML file of tables of
// strings; a string is named by its table and key ("ui.play"). Levels refer to keys only,
// so a language can be added without touching a level.
package locale

import (
	"fmt"
	"maps"
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
	plurals   map[string]Plural
	review    []string // keys and table names marked as awaiting a native speaker; "*" is all
	// pos finds keys in the source for messages. The web build reads catalogs already
	// checked (game/modelbin), so it needs none.
	pos tomlpos.Index `modelbin:"-"`
}

// Split divides the catalog c in two by key: part holds the strings whose keys in
// accepts, rest the others and the file's review marks. The web build carries rest and
// fetches part later, with the levels whose text it is; Add puts them back together.
//
// Split, Keys, PluralOf, NeedsReview, ReviewMarks, KeyPos and SourceHash are functions,
// not methods, because only the tools use
// them: Ebitengine reflects on methods by name, which makes the linker keep every
// exported method of a type that is ever held in an interface, used or not, and the web
// download would carry them.
func Split(c *Catalog, in func(key string) bool) (rest, part *Catalog) {
	rest, part = c.empty(), c.empty()
	rest.review = c.review
	for k, v := range c.strings {
		if in(k) {
			part.strings[k] = v
		} else {
			rest.strings[k] = v
		}
	}
	for k, v := range c.plurals {
		if in(k) {
			part.plurals[k] = v
		} else {
			rest.plurals[k] = v
		}
	}
	return rest, part
}

func (c *Catalog) empty() *Catalog {
	return &Catalog{Lang: c.Lang, Name: c.Name, Direction: c.Direction, file: c.file,
		strings: map[string]string{}, plurals: map[string]Plural{}, pos: c.pos}
}

// Add puts the strings of part, split off by Split, back into c, in place: a screen
// drawn in c goes on using it.
func (c *Catalog) Add(part *Catalog) {
	if c.strings == nil {
		c.strings = map[string]string{}
	}
	if c.plurals == nil {
		c.plurals = map[string]Plural{}
	}
	maps.Copy(c.strings, part.strings)
	maps.Copy(c.plurals, part.plurals)
}

// Plural is a string whose wording depends on a number: one form per CLDR plural category
// the language has ("one", "few", "other"...). Count names the placeholder whose number
// picks the form.
type Plural struct {
	Count string
	Forms map[string]string
}

// Source names the file the catalog came from.
func (c *Catalog) Source() string { return c.file }

// Has reports whether key has a string, plain or plural.
func (c *Catalog) Has(key string) bool {
	if _, ok := c.strings[key]; ok {
		return true
	}
	_, ok := c.plurals[key]
	return ok
}

// PluralOf returns the plural string for key in c, if key is one.
func PluralOf(c *Catalog, key string) (Plural, bool) {
	p, ok := c.plurals[key]
	return p, ok
}

// Keys lists every key of c, plain and plural, sorted.
func Keys(c *Catalog) []string {
	keys := make([]string, 0, len(c.strings)+len(c.plurals))
	for k := range c.strings {
		keys = append(keys, k)
	}
	for k := range c.plurals {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// NeedsReview reports whether key is marked in c as awaiting review by a native speaker,
// by itself, by its table or by the whole file ("*").
func NeedsReview(c *Catalog, key string) bool {
	for _, m := range c.review {
		if m == "*" || m == key || strings.HasPrefix(key, m+".") {
			return true
		}
	}
	return false
}

// ReviewMarks lists c's needs_review entries as written.
func ReviewMarks(c *Catalog) []string { return append([]string(nil), c.review...) }

// KeyPos returns where key is defined in c's file.
func KeyPos(c *Catalog, key string) tomlpos.Pos { return tomlpos.Find(c.pos, key) }

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
	return fromTree(file, raw, tomlpos.Scan(string(data)))
}

// FromTree builds a catalog from its file's decoded TOML, as cmd/predecode has it for the
// web build. With no source to find keys in, its problems point at the
// file's first line; `make web` and the tests have checked the shipped files already.
func FromTree(file string, raw map[string]any) (*Catalog, []diag.Problem) {
	return fromTree(file, raw, tomlpos.Scan(""))
}

func fromTree(file string, raw map[string]any, ix tomlpos.Index) (*Catalog, []diag.Problem) {
	c := &Catalog{
		Lang:      strings.TrimSuffix(path.Base(file), path.Ext(file)),
		Direction: LTR,
		file:      file,
		strings:   map[string]string{},
		plurals:   map[string]Plural{},
		pos:       ix,
	}
	var problems []diag.Problem
	addf := func(key, format string, args ...any) {
		p := tomlpos.Find(c.pos, key)
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
		case "needs_review":
			c.review = c.parseReview(key, v, addf)
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

func (c *Catalog) parseReview(key string, v any, addf func(string, string, ...any)) []string {
	list, ok := v.([]any)
	if !ok {
		addf(key, "needs_review must be a list of keys or table names, or [\"*\"] for the whole file")
		return nil
	}
	var marks []string
	for _, item := range list {
		s, ok := item.(string)
		if !ok || s == "" {
			addf(key, "needs_review must list keys or table names in quotes, not %v", item)
			continue
		}
		marks = append(marks, s)
	}
	return marks
}

func (c *Catalog) flatten(key string, v any, addf func(string, string, ...any)) {
	switch t := v.(type) {
	case string:
		c.strings[key] = t
	case map[string]any:
		if _, plural := t["count"]; plural {
			c.parsePlural(key, t, addf)
			return
		}
		for k, sub := range t {
			c.flatten(key+"."+k, sub, addf)
		}
	default:
		addf(key, "%s must be a string in quotes or a [table] of strings", key)
	}
}

// parsePlural reads { count = "n", one = "...", other = "..." }. Which categories a
// language needs is levelcheck's business; here every form must be a string and "other",
// the form every language has, must be there.
func (c *Catalog) parsePlural(key string, t map[string]any, addf func(string, string, ...any)) {
	p := Plural{Forms: map[string]string{}}
	for k, v := range t {
		s, ok := v.(string)
		if !ok {
			addf(key, "%s.%s must be a string in quotes", key, k)
			continue
		}
		if k == "count" {
			p.Count = s
			continue
		}
		if !IsPluralCategory(k) {
			addf(key, "%s: %q is not a plural category; use zero, one, two, few, many or other", key, k)
			continue
		}
		p.Forms[k] = s
	}
	if _, ok := p.Forms["other"]; !ok {
		addf(key, "%s needs an \"other\" form, which every language uses", key)
	}
	c.plurals[key] = p
}

// Text returns the string for key, or the key itself in brackets so a missing string is
// visible on screen instead of silently blank. A plural string gives its "other" form.
func (c *Catalog) Text(key string) string {
	if s, ok := c.strings[key]; ok {
		return s
	}
	if p, ok := c.plurals[key]; ok {
		return p.Forms["other"]
	}
	return "[" + key + "]"
}

// Format returns the string for key with {name} placeholders filled from args, given as
// name, value pairs. For a plural string, the value of its count placeholder picks the
// form by the language's plural rules.
func (c *Catalog) Format(key string, args ...string) string {
	s := c.Text(key)
	if p, ok := c.plurals[key]; ok {
		s = p.pick(c.Lang, args)
	}
	for i := 0; i+1 < len(args); i += 2 {
		s = strings.ReplaceAll(s, "{"+args[i]+"}", args[i+1])
	}
	return s
}
