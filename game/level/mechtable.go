package level

import (
	"fmt"
	"strconv"

	"sango/game/mech"
)

// mechTable offers a step's table to a mechanic's decoder, reporting every problem at its
// own key through the level decoder.
type mechTable struct{ f fields }

func (t mechTable) Path() string                         { return t.f.path }
func (t mechTable) Has(key string) bool                  { _, ok := t.f.table[key]; return ok }
func (t mechTable) Str(key string, required bool) string { return t.f.str(key, required) }
func (t mechTable) Bool(key string, required bool) bool  { return t.f.boolean(key, required) }
func (t mechTable) Int(key string, def int) int          { return t.f.integer(key, def) }
func (t mechTable) Strings(key string) []string          { return t.f.strings(key) }

func (t mechTable) Tables(key string, known ...string) []mech.Table {
	var out []mech.Table
	for i, raw := range t.f.tables(key) {
		path := join(t.f.path, key) + "[" + strconv.Itoa(i) + "]"
		out = append(out, mechTable{f: t.f.d.fields(path, raw, known...)})
	}
	return out
}

func (t mechTable) Problemf(key, format string, args ...any) {
	path := t.f.path
	if key != "" {
		path = join(path, key)
	}
	t.f.d.addf(path, "%s", fmt.Sprintf(format, args...))
}
