package tomlpos

import "testing"

func TestScan(t *testing.T) {
	src := `# comment
id = "x"   # trailing
band = "9to12"
practice = [
  "block",   # [not a header]
  "tell",
]
note = """
[[step]]
not = "a key"
"""

[[step]]
id = "a"
  [[step.option]]
  text = "k1"
  [[step.option]]
    text = 'k2'
[[step]]
id = "b"
  [[step.option]]
  "quoted key" = 1
[ui]
play = "Play"
ü = 1
dotted.key = 2
`
	ix := Scan(src)
	want := map[string]Pos{
		"id":                           {2, 1},
		"band":                         {3, 1},
		"practice":                     {4, 1},
		"note":                         {8, 1},
		"step[0]":                      {13, 1},
		"step[0].id":                   {14, 1},
		"step[0].option[0].text":       {16, 3},
		"step[0].option[1]":            {17, 3},
		"step[0].option[1].text":       {18, 5},
		"step[1].id":                   {20, 1},
		"step[1].option[0].quoted key": {22, 3},
		"ui.play":                      {24, 1},
		"ui.dotted.key":                {26, 1},
	}
	for path, p := range want {
		if got, ok := ix.at(path); !ok || got != p {
			t.Errorf("%s: got %v (found %v), want %v", path, got, ok, p)
		}
	}
	if _, ok := ix.at("step[0].not"); ok {
		t.Error("a key inside a multi-line string was indexed")
	}
	if _, ok := ix.at("step[2]"); ok {
		t.Error("a header inside a multi-line string was indexed")
	}
}

func TestFindFallsBackToTable(t *testing.T) {
	ix := Scan("[[step]]\nid = \"a\"\n[[step]]\nkind = \"say\"\n")
	if got := Find(ix, "step[1].text"); got != (Pos{3, 1}) {
		t.Fatalf("got %v", got)
	}
	if got := Find(ix, "nothing.here"); got != (Pos{1, 1}) {
		t.Fatalf("got %v", got)
	}
	// A copy shares the scan, and an index of nothing points at the start.
	cp := ix
	if got := Find(cp, "step[1].kind"); got != (Pos{4, 1}) {
		t.Fatalf("copy: got %v", got)
	}
	if got := Find(Index{}, "step[0]"); got != (Pos{1, 1}) {
		t.Fatalf("zero index: got %v", got)
	}
}

func TestScanNeverPanicsOnGarbage(t *testing.T) {
	for _, src := range []string{"", "[", "[[", "a = \"", "a = '''", "= 1", "[a.\"b", "\"", "a.b.c = [[[", "x = {a = [1, {b = 2}]}\ny = 1"} {
		Scan(src)
	}
	ix := Scan("x = {a = [1, {b = 2}]}\ny = 1")
	if p, _ := ix.at("y"); p != (Pos{2, 1}) {
		t.Fatalf("inline table confused the scanner: y at %v", p)
	}
}
