// Package modelbin writes a Go value of the game's content model (levels already decoded
// and checked) to bytes and reads it back exactly, unexported fields included.
//
// It exists for the web build: the levels are checked when the build is made, and the
// game reads them back with this small codec instead of carrying the level decoder and
// all of its checks, which cost about 45 KB of the compressed download before the first
// frame. The format has no field names; each file starts with a fingerprint of the
// value's type, so a file written for another version of the model is refused with a
// message rather than read as nonsense.
//
// It handles what the model is made of: strings, booleans and integers (and named types
// of them), slices, maps keyed by strings or integers, pointers, structs, and interfaces
// holding one of the concrete types listed in the Codec. A struct field tagged
// `modelbin:"-"` is left out.
package modelbin

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"reflect"
	"slices"
	"strings"
	"unsafe"
)

// magic starts every file.
const magic = "sango-model\x00"

// maxDepth bounds nesting, so damaged data or a cyclic type cannot recurse for ever.
const maxDepth = 64

// Codec writes and reads values whose interface fields hold one of Types.
type Codec struct {
	types []reflect.Type
}

// New returns a codec for values whose interface fields hold values of the same dynamic
// types as the examples, such as each mechanic's *Spec.
func New(examples ...any) Codec {
	c := Codec{}
	for _, e := range examples {
		c.types = append(c.types, reflect.TypeOf(e))
	}
	return c
}

// Encode writes v, or what v points to, for Decode to read into a pointer.
func (c Codec) Encode(v any) ([]byte, error) {
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer && !rv.IsNil() {
		rv = rv.Elem()
	}
	out := append([]byte(magic), c.fingerprint(rv.Type())...)
	out, err := c.encode(out, rv, 0)
	if err != nil {
		return nil, fmt.Errorf("modelbin: writing %v: %w", rv.Type(), err)
	}
	return out, nil
}

// Decode reads data, written by Encode from a value of the same type, into the value
// ptr points to.
func (c Codec) Decode(data []byte, ptr any) error {
	rv := reflect.ValueOf(ptr)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return fmt.Errorf("modelbin: decoding needs a non-nil pointer, not %T", ptr)
	}
	want := c.fingerprint(rv.Elem().Type())
	head, ok := strings.CutPrefix(string(data[:min(len(data), len(magic)+len(want))]), magic)
	if !ok {
		return errors.New("modelbin: not a model file")
	}
	if head != string(want) {
		return errors.New("modelbin: the file was written for another version of the game")
	}
	r := &reader{data: data, off: len(magic) + len(want)}
	if err := c.decode(r, rv.Elem(), 0); err != nil {
		return fmt.Errorf("modelbin: reading %v at byte %d: %w", rv.Elem().Type(), r.off, err)
	}
	if r.off != len(data) {
		return fmt.Errorf("modelbin: %d bytes left over after the value", len(data)-r.off)
	}
	return nil
}

// fingerprint hashes the shape of t (field names, kinds and element types, and the
// interface types the codec knows), which is what both sides must agree on.
func (c Codec) fingerprint(t reflect.Type) []byte {
	var b strings.Builder
	seen := map[reflect.Type]bool{}
	var describe func(t reflect.Type)
	describe = func(t reflect.Type) {
		fmt.Fprintf(&b, "%s:%s(", t.String(), t.Kind())
		if !seen[t] {
			seen[t] = true
			switch t.Kind() {
			case reflect.Struct:
				for i := range t.NumField() {
					if f := t.Field(i); !skipped(f) {
						b.WriteString(f.Name + " ")
						describe(f.Type)
					}
				}
			case reflect.Slice, reflect.Pointer:
				describe(t.Elem())
			case reflect.Map:
				describe(t.Key())
				describe(t.Elem())
			case reflect.Interface:
				for _, ct := range c.types {
					if ct.Implements(t) {
						describe(ct)
					}
				}
			}
		}
		b.WriteString(")")
	}
	describe(t)
	h := fnv.New64a()
	h.Write([]byte(b.String()))
	return h.Sum(nil)
}

func skipped(f reflect.StructField) bool { return f.Tag.Get("modelbin") == "-" }

func (c Codec) encode(out []byte, v reflect.Value, depth int) ([]byte, error) {
	if depth > maxDepth {
		return nil, errors.New("nested too deep")
	}
	var err error
	switch v.Kind() {
	case reflect.String:
		out = binary.AppendUvarint(out, uint64(v.Len()))
		out = append(out, v.String()...)
	case reflect.Bool:
		b := byte(0)
		if v.Bool() {
			b = 1
		}
		out = append(out, b)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		out = binary.AppendVarint(out, v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		out = binary.AppendUvarint(out, v.Uint())
	case reflect.Slice:
		// 0 is nil, n+1 is n elements: a nil slice and an empty one read back as they were.
		if v.IsNil() {
			return append(out, 0), nil
		}
		out = binary.AppendUvarint(out, uint64(v.Len())+1)
		for i := range v.Len() {
			if out, err = c.encode(out, v.Index(i), depth+1); err != nil {
				return nil, err
			}
		}
	case reflect.Map:
		if v.IsNil() {
			return append(out, 0), nil
		}
		out = binary.AppendUvarint(out, uint64(v.Len())+1)
		// In key order, so the same model always gives the same bytes.
		keys := v.MapKeys()
		slices.SortFunc(keys, compareKeys)
		for _, k := range keys {
			if out, err = c.encode(out, k, depth+1); err != nil {
				return nil, err
			}
			if out, err = c.encode(out, v.MapIndex(k), depth+1); err != nil {
				return nil, err
			}
		}
	case reflect.Pointer:
		if v.IsNil() {
			return append(out, 0), nil
		}
		return c.encode(append(out, 1), v.Elem(), depth+1)
	case reflect.Interface:
		if v.IsNil() {
			return append(out, 0), nil
		}
		i := slices.Index(c.types, v.Elem().Type())
		if i < 0 {
			return nil, fmt.Errorf("%v is not among the codec's types", v.Elem().Type())
		}
		return c.encode(binary.AppendUvarint(out, uint64(i)+1), v.Elem(), depth+1)
	case reflect.Struct:
		for i := range v.NumField() {
			if skipped(v.Type().Field(i)) {
				continue
			}
			if out, err = c.encode(out, v.Field(i), depth+1); err != nil {
				return nil, fmt.Errorf("%s: %w", v.Type().Field(i).Name, err)
			}
		}
	default:
		return nil, fmt.Errorf("cannot write a %v", v.Type())
	}
	return out, nil
}

func compareKeys(a, b reflect.Value) int {
	switch a.Kind() {
	case reflect.String:
		return strings.Compare(a.String(), b.String())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return int(min(max(a.Int()-b.Int(), -1), 1))
	}
	return 0
}

// reader reads data from off on; every read checks that the bytes are there.
type reader struct {
	data []byte
	off  int
}

var errShort = errors.New("the data ends early")

func (r *reader) uvarint() (uint64, error) {
	n, size := binary.Uvarint(r.data[r.off:])
	if size <= 0 {
		return 0, errShort
	}
	r.off += size
	return n, nil
}

// count reads a length written as n+1 (0 for nil). Each element of the model takes at
// least one byte (no struct in it is empty), so a count beyond the bytes left is damage,
// caught before anything is allocated.
func (r *reader) count() (n int, isNil bool, err error) {
	u, err := r.uvarint()
	if err != nil || u == 0 {
		return 0, true, err
	}
	if u-1 > uint64(len(r.data)-r.off) {
		return 0, false, fmt.Errorf("%w: %d items promised, %d bytes left", errShort, u-1, len(r.data)-r.off)
	}
	return int(u - 1), false, nil
}

// settable returns v in a form that can be set even when it is an unexported field:
// the model keeps some state private (resolved step indexes, for instance), and a value
// read back must be exactly the one that was checked.
func settable(v reflect.Value) reflect.Value {
	if v.CanSet() {
		return v
	}
	return reflect.NewAt(v.Type(), unsafe.Pointer(v.UnsafeAddr())).Elem()
}

func (c Codec) decode(r *reader, v reflect.Value, depth int) error {
	if depth > maxDepth {
		return errors.New("nested too deep")
	}
	v = settable(v)
	switch v.Kind() {
	case reflect.String:
		n, err := r.uvarint()
		if err != nil {
			return err
		}
		if n > uint64(len(r.data)-r.off) {
			return errShort
		}
		v.SetString(string(r.data[r.off : r.off+int(n)]))
		r.off += int(n)
	case reflect.Bool:
		if r.off >= len(r.data) || r.data[r.off] > 1 {
			return errors.New("a damaged true/false")
		}
		v.SetBool(r.data[r.off] == 1)
		r.off++
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, size := binary.Varint(r.data[r.off:])
		if size <= 0 || v.OverflowInt(n) {
			return errors.New("a damaged number")
		}
		r.off += size
		v.SetInt(n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, err := r.uvarint()
		if err != nil || v.OverflowUint(n) {
			return errors.New("a damaged number")
		}
		v.SetUint(n)
	case reflect.Slice:
		n, isNil, err := r.count()
		if err != nil || isNil {
			return err
		}
		s := reflect.MakeSlice(v.Type(), n, n)
		for i := range n {
			if err := c.decode(r, s.Index(i), depth+1); err != nil {
				return err
			}
		}
		v.Set(s)
	case reflect.Map:
		n, isNil, err := r.count()
		if err != nil || isNil {
			return err
		}
		m := reflect.MakeMapWithSize(v.Type(), n)
		for range n {
			k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
			if err := c.decode(r, k, depth+1); err != nil {
				return err
			}
			if err := c.decode(r, e, depth+1); err != nil {
				return err
			}
			m.SetMapIndex(k, e)
		}
		v.Set(m)
	case reflect.Pointer:
		present, err := r.uvarint()
		if err != nil || present == 0 {
			return err
		}
		p := reflect.New(v.Type().Elem())
		if err := c.decode(r, p.Elem(), depth+1); err != nil {
			return err
		}
		v.Set(p)
	case reflect.Interface:
		i, err := r.uvarint()
		if err != nil || i == 0 {
			return err
		}
		if i > uint64(len(c.types)) || !c.types[i-1].Implements(v.Type()) {
			return fmt.Errorf("an unknown type %d for a %v", i, v.Type())
		}
		e := reflect.New(c.types[i-1]).Elem()
		if err := c.decode(r, e, depth+1); err != nil {
			return err
		}
		v.Set(e)
	case reflect.Struct:
		for i := range v.NumField() {
			if skipped(v.Type().Field(i)) {
				continue
			}
			if err := c.decode(r, v.Field(i), depth+1); err != nil {
				return fmt.Errorf("%s: %w", v.Type().Field(i).Name, err)
			}
		}
	default:
		return fmt.Errorf("cannot read a %v", v.Type())
	}
	return nil
}
