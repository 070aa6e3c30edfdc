// Package jsonlite reads and writes the small part of JSON that saved progress uses
// (objects, strings, integers, booleans and null) the way encoding/json does, but field
// by field instead of by reflection. encoding/json's reflective Unmarshal and
// MarshalIndent cost the web download about twice what this package does (brotli).
//
// The Writer lays out text byte for byte as json.MarshalIndent(v, "", "  ") does, and the
// Decoder accepts what json.Unmarshal accepts, so files move freely between this code and
// code that uses encoding/json.
package jsonlite

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// indent is what each level of nesting is indented by, as MarshalIndent(v, "", "  ").
const indent = "  "

// Writer builds indented JSON. Calls must make a well-formed document: Key only inside an
// object and followed by exactly one value. Its zero value is ready to use.
type Writer struct {
	buf []byte
	// filled has one entry per open object: whether it has a member yet, which decides
	// between a comma and none, and between "{}" and a brace on its own line.
	filled []bool
}

// Bytes is the text written so far.
func (w *Writer) Bytes() []byte { return w.buf }

// BeginObject opens an object.
func (w *Writer) BeginObject() {
	w.raw("{")
	w.filled = append(w.filled, false)
}

// EndObject closes the innermost open object.
func (w *Writer) EndObject() {
	top := len(w.filled) - 1
	if w.filled[top] {
		w.newline(top)
	}
	w.filled = w.filled[:top]
	w.raw("}")
}

// Key starts a member of the innermost open object; its value is written next.
func (w *Writer) Key(name string) {
	top := len(w.filled) - 1
	if w.filled[top] {
		w.raw(",")
	}
	w.filled[top] = true
	w.newline(len(w.filled))
	w.String(name)
	w.raw(": ")
}

// Int writes a whole number.
func (w *Writer) Int(n int) { w.raw(strconv.Itoa(n)) }

// Bool writes true or false.
func (w *Writer) Bool(b bool) {
	if b {
		w.raw("true")
	} else {
		w.raw("false")
	}
}

// String writes a quoted string, escaped as encoding/json escapes it by default: besides
// the quote, the backslash and control characters, <, > and & (so the text is safe
// inside HTML) and U+2028 and U+2029 (line breaks to JavaScript); each byte that is not
// UTF-8 is written as \ufffd.
func (w *Writer) String(s string) {
	w.raw(`"`)
	for i, r := range s {
		if esc := escape(r, s[i:]); esc != "" {
			w.raw(esc)
		} else {
			w.buf = utf8.AppendRune(w.buf, r)
		}
	}
	w.raw(`"`)
}

// Null writes null.
func (w *Writer) Null() { w.raw("null") }

func (w *Writer) newline(depth int) {
	w.raw("\n")
	for range depth {
		w.raw(indent)
	}
}

// raw appends text as it is; every write goes through here, which keeps the code small.
func (w *Writer) raw(s string) { w.buf = append(w.buf, s...) }

// escape is how encoding/json writes the character r that starts rest, or "" if as it is.
func escape(r rune, rest string) string {
	if i := strings.IndexRune("\"\\\b\f\n\r\t", r); i >= 0 {
		return `\` + `"\bfnrt`[i:i+1]
	}
	if r < 0x20 || r == '<' || r == '>' || r == '&' || r == '\u2028' || r == '\u2029' ||
		r == utf8.RuneError && !strings.HasPrefix(rest, "\uFFFD") { // a byte that is not UTF-8
		const hex = "0123456789abcdef"
		u := [6]byte{'\\', 'u', hex[r>>12&0xF], hex[r>>8&0xF], hex[r>>4&0xF], hex[r&0xF]}
		return string(u[:])
	}
	return ""
}
