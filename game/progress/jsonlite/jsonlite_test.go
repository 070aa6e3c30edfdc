package jsonlite

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestSameNameIsEqualFold: for ASCII field names, SameName must match exactly the keys
// strings.EqualFold (and so encoding/json) matches. Every rune is tried, inside a name,
// against each ASCII character it folds to and against one it does not.
func TestSameNameIsEqualFold(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue // not a character; never in a decoded key
		}
		fields := []rune{'a'}
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f < utf8.RuneSelf {
				fields = append(fields, f)
			}
		}
		if r < utf8.RuneSelf {
			fields = append(fields, r)
		}
		key := "X" + string(r) + "_y"
		for _, f := range fields {
			field := "x" + string(f) + "_Y"
			if got, want := SameName(key, field), strings.EqualFold(key, field); got != want {
				t.Fatalf("SameName(%q, %q) = %v, strings.EqualFold says %v", key, field, got, want)
			}
		}
	}
	for _, c := range [][2]string{{"", ""}, {"a", ""}, {"", "a"}, {"ab", "a"}, {"a", "ab"}, {"\xff", "a"}, {"\u212a", "K"}} {
		if got, want := SameName(c[0], c[1]), strings.EqualFold(c[0], c[1]); got != want {
			t.Errorf("SameName(%q, %q) = %v, want %v", c[0], c[1], got, want)
		}
	}
}

func TestWriterLaysOutLikeMarshalIndent(t *testing.T) {
	var w Writer
	w.BeginObject()
	w.Key("a<&>")
	w.BeginObject()
	w.Key("n")
	w.Int(-12)
	w.Key("s")
	w.String("é\u2028\x01\"\\")
	w.Key("t")
	w.Bool(true)
	w.Key("z")
	w.Null()
	w.EndObject()
	w.Key("b")
	w.BeginObject()
	w.EndObject()
	w.EndObject()
	want, err := json.MarshalIndent(map[string]any{ // whose keys come out sorted, as written above
		"a<&>": map[string]any{"n": -12, "t": true, "s": "é\u2028\x01\"\\", "z": nil},
		"b":    map[string]any{},
	}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if got := w.Bytes(); !bytes.Equal(got, want) {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

func FuzzQuoteLikeEncodingJSON(f *testing.F) {
	for _, s := range []string{"", "plain", "<a href='x'>&amp;</a>", "\x00\x1f\x7f\b\f\n\r\t", "\u2028\u2029\ufffd",
		"\xff\xfe", "\xed\xa0\x80", "\"\\/", "日本語 🦊"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		var w Writer
		if w.String(s); !bytes.Equal(w.Bytes(), want) {
			t.Fatalf("%q quoted as %s, encoding/json quotes %s", s, w.Bytes(), want)
		}
	})
}

// FuzzSkipAcceptsWhatEncodingJSONAccepts: Skip then End accepts exactly json.Valid's
// texts, so an unknown field is passed over or refused as encoding/json would.
func FuzzSkipAcceptsWhatEncodingJSONAccepts(f *testing.F) {
	for _, s := range []string{`{"a":[1,-2.5e+3,true,false,null,"\u00e9\ud83e\udd8a"],"b":{}}`, `[]`, ` 0 `, `-0.0E-0`,
		`01`, `1.`, `.5`, `-`, `1e`, `"\x"`, `"\u12g4"`, "\"\x01\"", `[1,]`, `{"a" 1}`, `{"a":1,}`, `nul`, `truex`,
		`{} {}`, "\"\xff\"", `[[[]]]`, ``} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d := NewDecoder(data)
		err := d.Skip()
		if err == nil {
			err = d.End()
		}
		if valid := json.Valid(data); (err == nil) != valid {
			t.Fatalf("%q: Skip says %v, json.Valid says %v", data, err, valid)
		}
	})
}

func TestStringsReadLikeEncodingJSON(t *testing.T) {
	for _, in := range []string{`"plain"`, `"\ud83e\udd8a"`, `"\ud83e"`, `"\udd8a"`, `"\ud83e\ud83e\udd8a"`,
		`"\ud83ex"`, `"\ud83e\u0041"`, `"\uD83E\uDD8A"`, "\"\xff\xc3(\"", `"\u0000\/"`, `"\ud83e\`} {
		var want string
		wantErr := json.Unmarshal([]byte(in), &want)
		var got string
		err := NewDecoder([]byte(in)).String(&got)
		if (err == nil) != (wantErr == nil) || got != want {
			t.Errorf("%s: read %q, %v; encoding/json read %q, %v", in, got, err, want, wantErr)
		}
	}
}
