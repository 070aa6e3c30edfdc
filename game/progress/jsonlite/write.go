// Package jsonlite reads and writes the small part of JSON that saved progress uses
// (objects, strings, integers, booleans and null) the way encoding/json does, but field
// by field instead of by reflection. encoding/json's reflective Marshal and Unmarshal
// cost the web download about 22 KB (brotli), which is more than this whole package.
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
	w.buf = append(w.buf, '{')
	w.filled = append(w.filled, false)
}

// EndObject closes the innermost open object.
func (w *Writer) EndObject() {
	top := len(w.filled) - 1
	if w.filled[top] {
		w.newline(top)
	}
	w.filled = w.filled[:top]
	w.buf = append(w.buf, '}')
}

// Key starts a member of the innermost open object; its value is written next.
func (w *Writer) Key(name string) {
	top := len(w.filled) - 1
	if w.filled[top] {
		w.buf = append(w.buf, ',')
	}
	w.filled[top] = true
	w.newline(len(w.filled))
	w.buf = appendString(w.buf, name)
	w.buf = append(w.buf, ':', ' ')
}

// Int writes a whole number.
func (w *Writer) Int(n int) { w.buf = strconv.AppendInt(w.buf, int64(n), 10) }

// Bool writes true or false.
func (w *Writer) Bool(b bool) { w.buf = strconv.AppendBool(w.buf, b) }

// String writes a quoted string.
func (w *Writer) String(s string) { w.buf = appendString(w.buf, s) }

// Null writes null.
func (w *Writer) Null() { w.buf = append(w.buf, "null"...) }

func (w *Writer) newline(depth int) {
	w.buf = append(w.buf, '\n')
	for range depth {
		w.buf = append(w.buf, indent...)
	}
}

const hexDigits = "0123456789abcdef"

// appendString quotes s as encoding/json does by default: besides the quote, the
// backslash and control characters it escapes <, > and & (so the text is safe inside
// HTML), U+2028 and U+2029 (line breaks to JavaScript), and writes each byte that is not
// UTF-8 as \ufffd.
func appendString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	for i, r := range s {
		switch {
		case r == '"' || r == '\\':
			dst = append(dst, '\\', byte(r))
		case r < 0x20 || r == '<' || r == '>' || r == '&' || r == '\u2028' || r == '\u2029' ||
			r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"): // not UTF-8
			dst = appendEscape(dst, r)
		default:
			dst = utf8.AppendRune(dst, r)
		}
	}
	return append(dst, '"')
}

// appendEscape writes a character as encoding/json escapes it.
func appendEscape(dst []byte, r rune) []byte {
	switch r {
	case '\b':
		return append(dst, `\b`...)
	case '\f':
		return append(dst, `\f`...)
	case '\n':
		return append(dst, `\n`...)
	case '\r':
		return append(dst, `\r`...)
	case '\t':
		return append(dst, `\t`...)
	}
	return append(dst, '\\', 'u', hexDigits[r>>12&0xF], hexDigits[r>>8&0xF], hexDigits[r>>4&0xF], hexDigits[r&0xF])
}
