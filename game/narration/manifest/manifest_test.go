package manifest

import (
	"reflect"
	"strings"
	"testing"
)

func TestManifestRoundTrip(t *testing.T) {
	in := []Entry{
		{Key: "ui.play", Input: InputHash("Play", "en-gb", "140"), Text: TextHash("Play"), MP3: FileHash([]byte("b")), Millis: 612},
		{Key: "a.first", Input: Recorded, Text: TextHash("Hi"), MP3: FileHash([]byte("a")), Millis: 1},
	}
	data := Format(in)
	if !strings.HasPrefix(string(data), "#") || !strings.Contains(string(data), "\na.first recorded ") {
		t.Fatalf("manifest:\n%s", data)
	}
	out, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if want := []Entry{in[1], in[0]}; !reflect.DeepEqual(out, want) {
		t.Fatalf("got %+v\nwant %+v", out, want)
	}
	if !out[0].IsRecorded() || out[1].IsRecorded() {
		t.Fatal("recorded flag lost")
	}
	if string(Format(out)) != string(data) {
		t.Fatal("not stable")
	}
}

func TestManifestErrors(t *testing.T) {
	for src, want := range map[string]string{
		"a b c d\n":            "line 1: want 5 fields",
		"# x\na b c d e\n":     "line 2: duration \"e\"",
		"a b c d -4\n":         "duration \"-4\"",
		"a b c d 1\na b c d 2": "line 2: a is listed twice",
	} {
		if _, err := Parse([]byte(src)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: got %v, want %q", src, err, want)
		}
	}
}

func TestHashesTellInputsApart(t *testing.T) {
	if InputHash("ab", "c") == InputHash("a", "bc") {
		t.Error("input parts run together")
	}
	if TextHash("Play") == TextHash("Play!") || len(TextHash("x")) != 32 || len(FileHash(nil)) != 64 {
		t.Error("hashes")
	}
}

func TestIsRecording(t *testing.T) {
	mp3 := []byte("generated")
	e := Entry{Key: "k", Input: InputHash("x"), MP3: FileHash(mp3)}
	if IsRecording(e, true, mp3) {
		t.Error("the generated file is taken for a recording")
	}
	if !IsRecording(e, true, []byte("a person")) {
		t.Error("a replaced file is not taken for a recording")
	}
	if !IsRecording(e, false, mp3) {
		t.Error("a file the manifest does not list is not taken for a recording")
	}
	e.Input = Recorded
	if !IsRecording(e, true, mp3) {
		t.Error("an entry marked recorded is not a recording")
	}
}
