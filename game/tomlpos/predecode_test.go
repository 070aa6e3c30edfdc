//go:build !sangowebdata

package tomlpos

import (
	"encoding/binary"
	"io/fs"
	"reflect"
	"strings"
	"testing"

	"sango/levels"
	"sango/locales"
)

// The web build must see exactly what the TOML decoder gives, types included, and the
// same problems at the same places.
func TestPredecodedIsWhatTheDecoderGives(t *testing.T) {
	srcs := map[string]string{
		"types.toml": `s = "text"
n = 42
f = 1.0
neg = -0.5
b = false
list = ["a", "b"]
nested = [[1, 2], ["x"]]
empty_list = []
inline = { a = 1, b = { c = "d" } }
tables_inline = [{ a = 1 }, { b = 2 }]
[t]
x = "y"
[[step]]
id = "a"
  [[step.option]]
  text = "k"
[[step]]
id = "b"
`,
		"empty.toml":   "",
		"comment.toml": "# nothing but a comment\n",
		"syntax.toml":  "id = \"x\"\nband = \n",
		"dup.toml":     "id = 1\nid = 2\n",
	}
	for _, dir := range []fs.FS{levels.FS(), locales.FS()} {
		err := fs.WalkDir(dir, ".", func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".toml") {
				return err
			}
			data, err := fs.ReadFile(dir, path)
			srcs[path] = string(data)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	data, err := Predecode(srcs)
	if err != nil {
		t.Fatal(err)
	}
	for name, src := range srcs {
		wantRaw, wantProblem := Decode(name, src)
		gotRaw, gotProblem := decodeFrom(data, name, src)
		if !reflect.DeepEqual(gotProblem, wantProblem) {
			t.Errorf("%s: problem %v, want %v", name, gotProblem, wantProblem)
		}
		if !reflect.DeepEqual(gotRaw, wantRaw) {
			t.Errorf("%s: decoded\n%#v\nwant\n%#v", name, gotRaw, wantRaw)
		}
	}
	if again, _ := Predecode(srcs); string(again) != string(data) {
		t.Error("the same files gave different bytes: the web build's version would change with nothing changed")
	}
}

func TestPredecodedRefusesAChangedFile(t *testing.T) {
	data, err := Predecode(map[string]string{"a.toml": `id = "a"`})
	if err != nil {
		t.Fatal(err)
	}
	raw, p := decodeFrom(data, "levels/a.toml", `id = "b"`)
	if raw != nil || p == nil || p.File != "levels/a.toml" || !strings.Contains(p.Msg, "make web") {
		t.Fatalf("a changed file gave %v, %v; want a problem saying to run make web", raw, p)
	}
	if _, p := decodeFrom(data[:len(data)-3], "a.toml", `id = "a"`); p == nil {
		t.Error("a cut-off file decoded without a problem")
	}
}

func TestPredecodeRejectsDates(t *testing.T) {
	if _, err := Predecode(map[string]string{"d.toml": "when = 2026-11-22\n"}); err == nil || !strings.Contains(err.Error(), "d.toml") {
		t.Fatalf("a date gave %v; want an error naming the file", err)
	}
}

// Damaged data gives a problem, never a panic or a wrong tree passed off as good.
func TestPredecodedDamageIsAProblem(t *testing.T) {
	src := "id = \"a\"\nn = 3\nf = 0.5\nlist = [\"x\", [true]]\n[[step]]\nid = \"s\"\n"
	data, err := Predecode(map[string]string{"a.toml": src})
	if err != nil {
		t.Fatal(err)
	}
	for i := headerSize; i < len(data); i++ {
		for _, b := range []byte{0, 0x7f, 0xff} {
			bad := append([]byte(nil), data...)
			bad[i] = b
			decodeFrom(bad, "a.toml", src) // must not panic
		}
		short := append([]byte(nil), data[:i]...)
		// Keep the header's length honest so the body itself is what is cut short.
		binary.BigEndian.PutUint32(short[12:16], uint32(i-headerSize))
		if raw, p := decodeFrom(short, "a.toml", src); p == nil {
			t.Fatalf("a body cut at %d decoded without a problem: %v", i, raw)
		}
	}
}
