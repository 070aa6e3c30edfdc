//go:build !sangowebdata

package tomlpos

import (
	"io/fs"
	"reflect"
	"slices"
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
		gotRaw, gotProblem := DecodeFrom(data, name)
		if wantProblem != nil {
			wantProblem.File = name
		}
		if !reflect.DeepEqual(gotProblem, wantProblem) {
			t.Errorf("%s: problem %v, want %v", name, gotProblem, wantProblem)
		}
		if !reflect.DeepEqual(gotRaw, wantRaw) {
			t.Errorf("%s: decoded\n%#v\nwant\n%#v", name, gotRaw, wantRaw)
		}
	}
	files, err := Files(data)
	if err != nil || len(files) != len(srcs) || !slices.IsSorted(files) {
		t.Errorf("Files gave %d files (sorted: %v, error %v), want the %d written, by name", len(files), slices.IsSorted(files), err, len(srcs))
	}
	if again, _ := Predecode(srcs); string(again) != string(data) {
		t.Error("the same files gave different bytes: the web build's version would change with nothing changed")
	}
}

func TestPredecodedMissingFileIsAProblem(t *testing.T) {
	data, err := Predecode(map[string]string{"levels/a.toml": `id = "a"`})
	if err != nil {
		t.Fatal(err)
	}
	raw, p := DecodeFrom(data, "levels/b.toml")
	if raw != nil || p == nil || p.File != "levels/b.toml" || !strings.Contains(p.Msg, "make web") {
		t.Fatalf("a file not in the data gave %v, %v; want a problem saying to run make web", raw, p)
	}
	if raw, p := DecodeFrom(data, "levels/a.toml"); p != nil || raw["id"] != "a" {
		t.Fatalf("the file in the data gave %v, %v", raw, p)
	}
	for _, bad := range [][]byte{nil, []byte("id = \"a\""), data[len(magic)-1:]} {
		if _, p := DecodeFrom(bad, "levels/a.toml"); p == nil || !strings.Contains(p.Msg, "damaged") {
			t.Errorf("data %q gave problem %v; want one saying the copy is damaged", bad, p)
		}
		if _, err := Files(bad); err == nil {
			t.Errorf("Files(%q) gave no error", bad)
		}
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
	for i := len(magic); i < len(data); i++ {
		for _, b := range []byte{0, 0x7f, 0xff} {
			bad := append([]byte(nil), data...)
			bad[i] = b
			DecodeFrom(bad, "a.toml") // must not panic
			Files(bad)
		}
		if raw, p := DecodeFrom(data[:i], "a.toml"); p == nil {
			t.Fatalf("data cut at %d decoded without a problem: %v", i, raw)
		}
	}
}
