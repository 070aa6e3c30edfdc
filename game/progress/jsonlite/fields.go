package jsonlite

import "slices"

// Field is one member of an object, described once for both reading and writing so the
// two cannot drift apart: its name, where its value lives (exactly one of Int, Bool,
// String, Custom, or else Object), and whether writing leaves it out.
type Field struct {
	Name   string
	Int    *int
	Bool   *bool
	String *string
	Custom Value   // a value of another kind: a map, a pointer
	Object []Field // a nested struct, by its own fields
	// Omit leaves the member out when writing, as omitempty or omitzero would; the
	// caller decides, as only it knows the value's zero. Reading ignores it.
	Omit bool
}

// Value is a value that reads and writes itself.
type Value interface {
	Read(*Decoder) error
	Write(*Writer)
}

// Fields reads an object into its fields as encoding/json reads into a struct: keys
// matched by SameName, unknown keys skipped, null read as no object.
func (d *Decoder) Fields(fields []Field) error {
	return d.Object(func(key string) error {
		for _, f := range fields {
			if SameName(key, f.Name) {
				return d.value(f)
			}
		}
		return d.Skip()
	})
}

func (d *Decoder) value(f Field) error {
	switch {
	case f.Int != nil:
		return d.Int(f.Int)
	case f.Bool != nil:
		return d.Bool(f.Bool)
	case f.String != nil:
		return d.String(f.String)
	case f.Custom != nil:
		return f.Custom.Read(d)
	}
	return d.Fields(f.Object)
}

// Fields writes an object of the fields not omitted, in their order.
func (w *Writer) Fields(fields []Field) {
	w.BeginObject()
	for _, f := range fields {
		if !f.Omit {
			w.Key(f.Name)
			w.value(f)
		}
	}
	w.EndObject()
}

func (w *Writer) value(f Field) {
	switch {
	case f.Int != nil:
		w.Int(*f.Int)
	case f.Bool != nil:
		w.Bool(*f.Bool)
	case f.String != nil:
		w.String(*f.String)
	case f.Custom != nil:
		f.Custom.Write(w)
	default:
		w.Fields(f.Object)
	}
}

// Map is a map from strings, written as an object with its keys in byte order (as
// encoding/json orders them) and null when nil. Elem describes one value (its Name and
// Omit are not used).
type Map[V any] struct {
	M    *map[string]V
	Elem func(*V) Field
}

// Read reads an object into the map, as encoding/json reads into a map: null makes it
// nil, and otherwise each key's value is read afresh and added to the map there is.
func (m Map[V]) Read(d *Decoder) error {
	if isNull, err := d.Null(); isNull || err != nil {
		*m.M = nil
		return err
	}
	if *m.M == nil {
		*m.M = map[string]V{}
	}
	return d.Object(func(key string) error {
		var v V
		if err := d.value(m.Elem(&v)); err != nil {
			return err
		}
		(*m.M)[key] = v
		return nil
	})
}

// Write writes the map.
func (m Map[V]) Write(w *Writer) {
	if *m.M == nil {
		w.Null()
		return
	}
	keys := make([]string, 0, len(*m.M))
	for k := range *m.M {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	members := make([]Field, len(keys))
	for i, k := range keys {
		v := (*m.M)[k]
		members[i] = m.Elem(&v)
		members[i].Name, members[i].Omit = k, false
	}
	w.Fields(members)
}

// Pointer is a pointer to a struct, written as null when nil.
type Pointer[V any] struct {
	P      **V
	Fields func(*V) []Field
}

// Read reads as encoding/json reads into a pointer: null makes it nil, and otherwise
// the object is read into the struct pointed to, made first if there is none.
func (p Pointer[V]) Read(d *Decoder) error {
	if isNull, err := d.Null(); isNull || err != nil {
		*p.P = nil
		return err
	}
	if *p.P == nil {
		*p.P = new(V)
	}
	return d.Fields(p.Fields(*p.P))
}

// Write writes the struct pointed to.
func (p Pointer[V]) Write(w *Writer) {
	if *p.P == nil {
		w.Null()
		return
	}
	w.Fields(p.Fields(*p.P))
}
