package jsonlite

import (
	"bytes"
	"fmt"
	"strconv"
	"unicode/utf8"
)

// MaxDepth is how deeply objects and lists may nest, the same limit as encoding/json's,
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
// returns an *Error. It reads as json.Unmarshal reads into Go values:
//   - null where an int, bool, string or struct is wanted leaves it as it was;
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
// exactly, or differing only in case. field must be ASCII, as every field name here is;
// then the only other characters that fold to its letters are the Kelvin sign (k) and
// the long s (s), so this is strings.EqualFold without the Unicode tables.
func SameName(key, field string) bool {
	i := 0
	for _, r := range key {
		if i == len(field) {
			return false
		}
		switch r {
		case '\u212a': // Kelvin sign
			r = 'k'
		case '\u017f': // long s
			r = 's'
		}
		if lowerASCII(r) != lowerASCII(rune(field[i])) {
			return false
		}
		i++
	}
	return i == len(field)
}

func lowerASCII(r rune) rune {
	if 'A' <= r && r <= 'Z' {
		return r + 'a' - 'A'
	}
	return r
}

// End checks that nothing but white space follows the value read.
func (d *Decoder) End() error {
	d.next()
	if d.pos < len(d.data) {
		return d.unexpected("the data should end")
	}
	return nil
}

// Null reads null if it comes next, and reports whether it did.
func (d *Decoder) Null() (bool, error) {
	if d.next() != 'n' {
		return false, nil
	}
	return true, d.literal("null")
}

// Object reads an object, calling member for each key in order with the decoder at that
// key's value, which member must read (or Skip). null is read as no object at all.
func (d *Decoder) Object(member func(key string) error) error {
	if isNull, err := d.Null(); isNull || err != nil {
		return err
	}
	if d.next() != '{' {
		return d.wrongKind("an object")
	}
	return d.members('}', func() error {
		if d.next() != '"' {
			return d.unexpected("a quoted key should be")
		}
		key, err := d.readString()
		if err != nil {
			return err
		}
		if d.next() != ':' {
			return d.unexpected("':' should be after the key " + strconv.Quote(key))
		}
		d.pos++
		return member(key)
	})
}

// Int reads a whole number into *dst; null leaves *dst as it was.
func (d *Decoder) Int(dst *int) error {
	if isNull, err := d.Null(); isNull || err != nil {
		return err
	}
	if c := d.next(); c != '-' && (c < '0' || c > '9') {
		return d.wrongKind("a whole number")
	}
	start := d.pos
	whole, err := d.readNumber()
	if err != nil {
		return err
	}
	text := string(d.data[start:d.pos])
	n, err := strconv.ParseInt(text, 10, 0)
	if !whole || err != nil {
		return d.fail(start, text+" is not a whole number in range")
	}
	*dst = int(n)
	return nil
}

// Bool reads true or false into *dst; null leaves *dst as it was.
func (d *Decoder) Bool(dst *bool) error {
	if isNull, err := d.Null(); isNull || err != nil {
		return err
	}
	switch d.next() {
	case 't':
		*dst = true
		return d.literal("true")
	case 'f':
		*dst = false
		return d.literal("false")
	}
	return d.wrongKind("true or false")
}

// String reads a string into *dst; null leaves *dst as it was.
func (d *Decoder) String(dst *string) error {
	if isNull, err := d.Null(); isNull || err != nil {
		return err
	}
	if d.next() != '"' {
		return d.wrongKind("a string")
	}
	s, err := d.readString()
	if err == nil {
		*dst = s
	}
	return err
}

// Skip reads any one value and forgets it, as encoding/json passes over unknown fields.
func (d *Decoder) Skip() error {
	switch d.next() {
	case '{':
		return d.Object(func(string) error { return d.Skip() })
	case '[':
		return d.members(']', d.Skip)
	case '"':
		_, err := d.readString()
		return err
	case 't':
		return d.literal("true")
	case 'f':
		return d.literal("false")
	case 'n':
		return d.literal("null")
	}
	_, err := d.readNumber() // which reports anything else as no value
	return err
}

// members reads the members of an object or list (pos at its opening bracket) up to the
// closing bracket, calling member for each.
func (d *Decoder) members(closing byte, member func() error) error {
	if d.depth == MaxDepth {
		return d.fail(d.pos, "nested more than "+strconv.Itoa(MaxDepth)+" deep")
	}
	d.depth++
	d.pos++
	if d.next() == closing {
		d.pos++
		d.depth--
		return nil
	}
	for {
		if err := member(); err != nil {
			return err
		}
		switch d.next() {
		case ',':
			d.pos++
		case closing:
			d.pos++
			d.depth--
			return nil
		default:
			return d.unexpected("',' or '" + string(rune(closing)) + "' should be")
		}
	}
}

// wrongKind reports the value at pos as not the kind wanted, unless it is damaged, when
// the damage is reported instead (as encoding/json checks the whole text first).
func (d *Decoder) wrongKind(want string) error {
	start := d.pos
	if err := d.Skip(); err != nil {
		return err
	}
	found := "a number"
	switch d.data[start] {
	case '{':
		found = "an object"
	case '[':
		found = "a list"
	case '"':
		found = "a string"
	case 't', 'f':
		found = "true or false"
	case 'n':
		found = "null"
	}
	return d.fail(start, "found "+found+" where "+want+" should be")
}

// literal reads the word true, false or null.
func (d *Decoder) literal(word string) error {
	if !bytes.HasPrefix(d.data[d.pos:], []byte(word)) {
		return d.fail(d.pos, "not the word "+word)
	}
	d.pos += len(word)
	return nil
}

// readNumber reads a number as JSON spells it, -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?,
// and reports whether it was written as a whole number.
func (d *Decoder) readNumber() (whole bool, err error) {
	start := d.pos
	if d.at('-') {
		d.pos++
	}
	if d.at('0') {
		d.pos++
	} else if d.digits() == 0 {
		if d.pos == start {
			return false, d.unexpected("a value should be")
		}
		return false, d.unexpected("a digit should be")
	}
	whole = true
	if d.at('.') {
		d.pos++
		if d.digits() == 0 {
			return false, d.unexpected("a digit should be after the decimal point")
		}
		whole = false
	}
	if d.at('e') || d.at('E') {
		d.pos++
		if d.at('+') || d.at('-') {
			d.pos++
		}
		if d.digits() == 0 {
			return false, d.unexpected("a digit should be in the exponent")
		}
		whole = false
	}
	return whole, nil
}

func (d *Decoder) at(c byte) bool { return d.pos < len(d.data) && d.data[d.pos] == c }

func (d *Decoder) digits() int {
	start := d.pos
	for d.pos < len(d.data) && '0' <= d.data[d.pos] && d.data[d.pos] <= '9' {
		d.pos++
	}
	return d.pos - start
}

// readString reads a quoted string (pos at its opening quote).
func (d *Decoder) readString() (string, error) {
	open := d.pos
	d.pos++
	var out []byte
	for d.pos < len(d.data) {
		c := d.data[d.pos]
		switch {
		case c == '"':
			d.pos++
			return string(out), nil
		case c < 0x20:
			return "", d.unexpected("a string's text should be (control characters must be escaped)")
		case c == '\\':
			r, err := d.readEscape()
			if err != nil {
				return "", err
			}
			out = utf8.AppendRune(out, r)
		default:
			// A byte that is not UTF-8 decodes as U+FFFD, size 1, as in encoding/json.
			r, size := utf8.DecodeRune(d.data[d.pos:])
			out = utf8.AppendRune(out, r)
			d.pos += size
		}
	}
	return "", d.fail(open, "a string that is never closed")
}

// readEscape reads one escape (pos at its backslash).
func (d *Decoder) readEscape() (rune, error) {
	at := d.pos
	d.pos += 2
	if d.pos > len(d.data) {
		return 0, d.fail(at, "the data ends inside an escape")
	}
	switch c := d.data[d.pos-1]; c {
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
		r := d.hex4()
		if r < 0 {
			return 0, d.fail(at, `a \u escape without four hex digits`)
		}
		if r < 0xD800 || r > 0xDFFF {
			return r, nil
		}
		// A high surrogate followed by an escaped low one is one character; any other
		// surrogate is U+FFFD, as in encoding/json.
		if after := d.pos; r < 0xDC00 && bytes.HasPrefix(d.data[after:], []byte(`\u`)) {
			d.pos += 2
			if low := d.hex4(); 0xDC00 <= low && low <= 0xDFFF {
				return 0x10000 + (r-0xD800)<<10 + (low - 0xDC00), nil
			}
			d.pos = after // the escape after is read on its own
		}
		return utf8.RuneError, nil
	}
	return 0, d.fail(at, "an unknown escape")
}

// hex4 reads four hex digits, or returns -1 and reads nothing.
func (d *Decoder) hex4() rune {
	if len(d.data)-d.pos < 4 {
		return -1
	}
	var r rune
	for _, c := range d.data[d.pos : d.pos+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return -1
		}
		r = r<<4 | rune(c)
	}
	d.pos += 4
	return r
}

// next skips white space and returns the byte after it, or 0 at the end (0 is damage
// wherever it stands outside a string, so the two need no telling apart here).
func (d *Decoder) next() byte {
	for ; d.pos < len(d.data); d.pos++ {
		switch c := d.data[d.pos]; c {
		case ' ', '\t', '\n', '\r':
		default:
			return c
		}
	}
	return 0
}

// unexpected reports that what stands at pos is not what should be there.
func (d *Decoder) unexpected(where string) error {
	found := "the end of the data"
	if d.pos < len(d.data) {
		c := d.data[d.pos]
		found = "byte 0x" + strconv.FormatUint(uint64(c), 16)
		if ' ' < c && c < utf8.RuneSelf {
			found = "'" + string(rune(c)) + "'"
		}
	}
	return d.fail(d.pos, "found "+found+" where "+where)
}

// fail makes an *Error at a byte offset, with its line and column.
func (d *Decoder) fail(offset int, reason string) error {
	before := d.data[:offset]
	line := 1 + bytes.Count(before, []byte{'\n'})
	column := offset - bytes.LastIndexByte(before, '\n')
	return &Error{Offset: offset, Line: line, Column: column, Reason: reason}
}
