package jsonlite

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// MaxDepth is how deeply objects and arrays may nest, the same limit as encoding/json's,
// so a file of ten thousand opening brackets is refused instead of exhausting the stack.
const MaxDepth = 10000

// Error is why the input cannot be read, and where.
type Error struct {
	Offset       int // bytes from the start of the input
	Line, Column int // both from 1; the column counts bytes
	Reason       string
}

func (e *Error) Error() string {
	return fmt.Sprintf("line %d, column %d (byte %d): %s", e.Line, e.Column, e.Offset, e.Reason)
}

// Decoder reads one JSON value from a byte slice, a piece at a time: the caller says
// what it expects next (an object, an integer, ...) and the Decoder either reads it or
// returns an *Error. It reads the way json.Unmarshal reads into Go values:
//   - null where an int, bool, string or struct-like object is wanted leaves the
//     destination as it was;
//   - a number meant for an int must be whole, with no fraction or exponent, and fit;
//   - strings may hold any \u escape: a surrogate pair joins into one character, a lone
//     surrogate and every byte that is not UTF-8 become U+FFFD;
//   - a repeated key is read again, so for a plain value the last one wins.
type Decoder struct {
	data  []byte
	pos   int
	depth int
}

// NewDecoder reads data.
func NewDecoder(data []byte) *Decoder { return &Decoder{data: data} }

// SameName reports whether an object's key names a field, as encoding/json matches them:
// exactly, or differing only in case.
func SameName(key, field string) bool { return strings.EqualFold(key, field) }

// End checks that nothing but white space follows the value read.
func (d *Decoder) End() error {
	d.skipSpace()
	if d.pos < len(d.data) {
		return d.errorf(d.pos, "%s after the end of the data", describe(d.data[d.pos]))
	}
	return nil
}

// Null reads null if it comes next, and reports whether it did.
func (d *Decoder) Null() (bool, error) {
	d.skipSpace()
	return d.null()
}

// Object reads an object, calling member for each key in order with the decoder at that
// key's value, which member must read (or Skip). null is read as no object at all.
func (d *Decoder) Object(member func(key string) error) error {
	d.skipSpace()
	if isNull, err := d.null(); isNull || err != nil {
		return err
	}
	if err := d.expectKind('{', "an object"); err != nil {
		return err
	}
	if err := d.enter(); err != nil {
		return err
	}
	d.pos++
	d.skipSpace()
	if d.pos < len(d.data) && d.data[d.pos] == '}' {
		d.pos++
		d.depth--
		return nil
	}
	for {
		d.skipSpace()
		if d.pos >= len(d.data) {
			return d.errorf(d.pos, "the data ends inside an object")
		}
		if d.data[d.pos] != '"' {
			return d.errorf(d.pos, "%s where a quoted key should begin", describe(d.data[d.pos]))
		}
		key, err := d.readString()
		if err != nil {
			return err
		}
		d.skipSpace()
		if err := d.punctuation(':', "after the key "+strconv.Quote(key)); err != nil {
			return err
		}
		if err := member(key); err != nil {
			return err
		}
		d.skipSpace()
		if d.pos >= len(d.data) {
			return d.errorf(d.pos, "the data ends inside an object")
		}
		switch d.data[d.pos] {
		case ',':
			d.pos++
		case '}':
			d.pos++
			d.depth--
			return nil
		default:
			return d.errorf(d.pos, "%s after the value of %q where ',' or '}' should be", describe(d.data[d.pos]), key)
		}
	}
}

// Int reads a whole number into *dst; null leaves *dst as it was.
func (d *Decoder) Int(dst *int) error {
	d.skipSpace()
	if isNull, err := d.null(); isNull || err != nil {
		return err
	}
	start := d.pos
	if err := d.expectKind('0', "a whole number"); err != nil {
		return err
	}
	whole, err := d.readNumber()
	if err != nil {
		return err
	}
	text := string(d.data[start:d.pos])
	if !whole {
		return d.errorf(start, "%s is not a whole number", text)
	}
	n, err := strconv.ParseInt(text, 10, 0)
	if err != nil {
		return d.errorf(start, "%s is too large a number", text)
	}
	*dst = int(n)
	return nil
}

// Bool reads true or false into *dst; null leaves *dst as it was.
func (d *Decoder) Bool(dst *bool) error {
	d.skipSpace()
	if isNull, err := d.null(); isNull || err != nil {
		return err
	}
	if err := d.expectKind('t', "true or false"); err != nil {
		return err
	}
	if d.data[d.pos] == 't' {
		*dst = true
		return d.literal("true")
	}
	*dst = false
	return d.literal("false")
}

// String reads a string into *dst; null leaves *dst as it was.
func (d *Decoder) String(dst *string) error {
	d.skipSpace()
	if isNull, err := d.null(); isNull || err != nil {
		return err
	}
	if err := d.expectKind('"', "a string"); err != nil {
		return err
	}
	s, err := d.readString()
	if err != nil {
		return err
	}
	*dst = s
	return nil
}

// Skip reads any one value and forgets it, as encoding/json passes over unknown fields.
func (d *Decoder) Skip() error {
	d.skipSpace()
	if d.pos >= len(d.data) {
		return d.errorf(d.pos, "the data ends where a value should be")
	}
	switch kindOf(d.data[d.pos]) {
	case '{':
		return d.Object(func(string) error { return d.Skip() })
	case '[':
		return d.skipArray()
	case '"':
		_, err := d.readString()
		return err
	case '0':
		_, err := d.readNumber()
		return err
	case 't':
		if d.data[d.pos] == 't' {
			return d.literal("true")
		}
		return d.literal("false")
	case 'n':
		return d.literal("null")
	}
	return d.errorf(d.pos, "%s where a value should begin", describe(d.data[d.pos]))
}

func (d *Decoder) skipArray() error {
	if err := d.enter(); err != nil {
		return err
	}
	d.pos++
	d.skipSpace()
	if d.pos < len(d.data) && d.data[d.pos] == ']' {
		d.pos++
		d.depth--
		return nil
	}
	for {
		if err := d.Skip(); err != nil {
			return err
		}
		d.skipSpace()
		if d.pos >= len(d.data) {
			return d.errorf(d.pos, "the data ends inside a list")
		}
		switch d.data[d.pos] {
		case ',':
			d.pos++
		case ']':
			d.pos++
			d.depth--
			return nil
		default:
			return d.errorf(d.pos, "%s in a list where ',' or ']' should be", describe(d.data[d.pos]))
		}
	}
}

func (d *Decoder) enter() error {
	if d.depth >= MaxDepth {
		return d.errorf(d.pos, "nested more than %d deep", MaxDepth)
	}
	d.depth++
	return nil
}

// null reads null if it comes next (the caller has skipped space).
func (d *Decoder) null() (bool, error) {
	if d.pos >= len(d.data) || d.data[d.pos] != 'n' {
		return false, nil
	}
	return true, d.literal("null")
}

// expectKind checks that the value at pos is of the kind (as kindOf names it) wanted,
// and says what was found instead.
func (d *Decoder) expectKind(kind byte, want string) error {
	if d.pos >= len(d.data) {
		return d.errorf(d.pos, "the data ends where %s should be", want)
	}
	found := kindOf(d.data[d.pos])
	if found == kind {
		return nil
	}
	if found == 0 {
		return d.errorf(d.pos, "%s where %s should begin", describe(d.data[d.pos]), want)
	}
	// The value is of the wrong kind; make sure it is at least well formed, so that
	// damage is reported as damage rather than as a wrong kind.
	start := d.pos
	if err := d.Skip(); err != nil {
		return err
	}
	return d.errorf(start, "found %s where %s should be", kindName(found), want)
}

// kindOf names a value's kind by the byte it starts with, one of "{[\"0tn", or 0 if no
// value starts so. 't' stands for both booleans.
func kindOf(c byte) byte {
	switch {
	case c == '{' || c == '[' || c == '"' || c == 'n':
		return c
	case c == 't' || c == 'f':
		return 't'
	case c == '-' || '0' <= c && c <= '9':
		return '0'
	}
	return 0
}

func kindName(kind byte) string {
	switch kind {
	case '{':
		return "an object"
	case '[':
		return "a list"
	case '"':
		return "a string"
	case '0':
		return "a number"
	case 't':
		return "true or false"
	}
	return "null"
}

// literal reads the word true, false or null.
func (d *Decoder) literal(word string) error {
	if !bytes.HasPrefix(d.data[d.pos:], []byte(word)) {
		return d.errorf(d.pos, "not the word %s", word)
	}
	d.pos += len(word)
	return nil
}

func (d *Decoder) punctuation(c byte, where string) error {
	if d.pos >= len(d.data) {
		return d.errorf(d.pos, "the data ends where %q should be %s", c, where)
	}
	if d.data[d.pos] != c {
		return d.errorf(d.pos, "%s where %q should be %s", describe(d.data[d.pos]), c, where)
	}
	d.pos++
	return nil
}

// readNumber reads a number as JSON spells it, -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?,
// and reports whether it was written as a whole number.
func (d *Decoder) readNumber() (whole bool, err error) {
	if d.pos < len(d.data) && d.data[d.pos] == '-' {
		d.pos++
	}
	switch {
	case d.pos >= len(d.data):
		return false, d.errorf(d.pos, "the data ends inside a number")
	case d.data[d.pos] == '0':
		d.pos++
	case '1' <= d.data[d.pos] && d.data[d.pos] <= '9':
		d.digits()
	default:
		return false, d.errorf(d.pos, "%s in a number", describe(d.data[d.pos]))
	}
	whole = true
	if d.pos < len(d.data) && d.data[d.pos] == '.' {
		d.pos++
		if d.digits() == 0 {
			return false, d.numberEnds("after the decimal point")
		}
		whole = false
	}
	if d.pos < len(d.data) && (d.data[d.pos] == 'e' || d.data[d.pos] == 'E') {
		d.pos++
		if d.pos < len(d.data) && (d.data[d.pos] == '+' || d.data[d.pos] == '-') {
			d.pos++
		}
		if d.digits() == 0 {
			return false, d.numberEnds("in the exponent")
		}
		whole = false
	}
	return whole, nil
}

func (d *Decoder) numberEnds(where string) error {
	if d.pos >= len(d.data) {
		return d.errorf(d.pos, "the data ends where a digit should be %s", where)
	}
	return d.errorf(d.pos, "%s where a digit should be %s", describe(d.data[d.pos]), where)
}

func (d *Decoder) digits() int {
	start := d.pos
	for d.pos < len(d.data) && '0' <= d.data[d.pos] && d.data[d.pos] <= '9' {
		d.pos++
	}
	return d.pos - start
}

// readString reads a quoted string (pos is at its opening quote).
func (d *Decoder) readString() (string, error) {
	open := d.pos
	d.pos++
	var out []byte
	rewritten := false // whether out holds the string so far, up to unread
	unread := d.pos    // start of the bytes not yet copied to out
	for d.pos < len(d.data) {
		c := d.data[d.pos]
		switch {
		case c == '"':
			d.pos++
			if !rewritten {
				return string(d.data[unread : d.pos-1]), nil
			}
			return string(append(out, d.data[unread:d.pos-1]...)), nil
		case c < 0x20:
			return "", d.errorf(d.pos, "control character 0x%02x inside a string (write it as an escape)", c)
		case c == '\\':
			out, rewritten = append(out, d.data[unread:d.pos]...), true
			r, err := d.readEscape()
			if err != nil {
				return "", err
			}
			out = utf8.AppendRune(out, r)
			unread = d.pos
		case c < utf8.RuneSelf:
			d.pos++
		default:
			r, size := utf8.DecodeRune(d.data[d.pos:])
			if r == utf8.RuneError && size == 1 {
				out, rewritten = append(out, d.data[unread:d.pos]...), true
				out = utf8.AppendRune(out, utf8.RuneError)
				d.pos++
				unread = d.pos
				continue
			}
			d.pos += size
		}
	}
	return "", d.errorf(open, "a string that is never closed")
}

// readEscape reads one escape (pos at its backslash). A \u escape of a high surrogate
// takes the \u escape after it along if the two make a pair; a surrogate that does not
// pair is U+FFFD, as in encoding/json.
func (d *Decoder) readEscape() (rune, error) {
	at := d.pos
	d.pos++
	if d.pos >= len(d.data) {
		return 0, d.errorf(at, "the data ends inside an escape")
	}
	c := d.data[d.pos]
	d.pos++
	switch c {
	case '"', '\\', '/':
		return rune(c), nil
	case 'b':
		return '\b', nil
	case 'f':
		return '\f', nil
	case 'n':
		return '\n', nil
	case 'r':
		return '\r', nil
	case 't':
		return '\t', nil
	case 'u':
		r, ok := hex4(d.data[d.pos:])
		if !ok {
			return 0, d.errorf(at, "a \\u escape without four hex digits")
		}
		d.pos += 4
		if !utf16.IsSurrogate(r) {
			return r, nil
		}
		if rest := d.data[d.pos:]; len(rest) >= 2 && rest[0] == '\\' && rest[1] == 'u' {
			if low, ok := hex4(rest[2:]); ok {
				if pair := utf16.DecodeRune(r, low); pair != utf8.RuneError {
					d.pos += 6
					return pair, nil
				}
			}
		}
		return utf8.RuneError, nil
	}
	return 0, d.errorf(at, "unknown escape \\%s", printable(c))
}

func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

func (d *Decoder) skipSpace() {
	for d.pos < len(d.data) {
		switch d.data[d.pos] {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
			return
		}
	}
}

// errorf makes an *Error at a byte offset, with its line and column.
func (d *Decoder) errorf(offset int, format string, args ...any) error {
	before := d.data[:offset]
	line := 1 + bytes.Count(before, []byte{'\n'})
	column := offset - bytes.LastIndexByte(before, '\n')
	return &Error{Offset: offset, Line: line, Column: column, Reason: fmt.Sprintf(format, args...)}
}

// describe names an unexpected byte for an error message.
func describe(c byte) string { return "the character " + printable(c) }

func printable(c byte) string {
	if c >= 0x20 && c < utf8.RuneSelf {
		return strconv.QuoteRune(rune(c))
	}
	return fmt.Sprintf("byte 0x%02x", c)
}
