package progress

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"

	"sango/game/mech"
)

// decodeOld is Decode as it was when it read the JSON with encoding/json; the save
// format is defined by what that reads.
func decodeOld(data []byte) (Progress, error) {
	return decodeWith(data, func(b []byte, p *Progress) error { return json.Unmarshal(b, p) })
}

func fullProgress() Progress {
	return Progress{
		Version: Version,
		Levels: map[string]LevelRecord{
			"phishing-1": {Completed: true, Plays: 3, BestSafe: 4, Choices: 5, LastSafe: 2, FirstSafe: 1, FirstChoices: 6,
				FirstScore: mech.Score{Hits: 1, Misses: 2, FalseAlarms: 3, CorrectRejections: 4},
				LastScore:  mech.Score{Hits: 5, Misses: 6, FalseAlarms: 7, CorrectRejections: 8}},
			"élan-ü": {Plays: 1},
		},
		Badges:   map[string]bool{"9to12/contact": true, "6to8/content": false},
		Settings: Settings{Lang: "fr", Band: "9to12", Sound: &Sound{Music: 1, Effects: 2, Voice: 3, Muted: true}},
	}
}

func TestFullyPopulatedProgressRoundTrips(t *testing.T) {
	p := fullProgress()
	data, err := p.Encode()
	if err != nil {
		t.Fatal(err)
	}
	back, err := Decode(data)
	if err != nil {
		t.Fatalf("decoding our own output: %v\n%s", err, data)
	}
	if !reflect.DeepEqual(back, p) {
		t.Fatalf("round trip changed progress:\n got %+v\nwant %+v", back, p)
	}
}

// compatibilityCases are progress values of every shape a save can have.
func compatibilityCases() map[string]Progress {
	longs := New()
	longs.Levels["max"] = LevelRecord{Plays: math.MaxInt, BestSafe: math.MinInt}
	return map[string]Progress{
		"new":             New(),
		"zero value":      {},
		"full":            fullProgress(),
		"empty badges":    {Version: 1, Levels: map[string]LevelRecord{"a": {Completed: true}}, Badges: map[string]bool{}},
		"settings band":   {Version: 1, Levels: map[string]LevelRecord{}, Settings: Settings{Band: "6to8"}},
		"zero sound":      {Version: 1, Levels: map[string]LevelRecord{}, Settings: Settings{Sound: &Sound{}}},
		"unmuted sound":   {Version: 1, Levels: map[string]LevelRecord{}, Settings: Settings{Lang: "de", Sound: &Sound{Music: 2, Effects: 4, Voice: 5}}},
		"extreme numbers": longs,
		"awkward ids": {Version: 1, Levels: map[string]LevelRecord{
			"日本語": {Plays: 2}, "emoji-🦊": {Plays: 1}, `quote" back\ slash/`: {Plays: 1},
			"<script>&amp;": {Plays: 1}, "tab\tnew\nline\x00\x1f\x7f": {Plays: 1}, "\u2028\u2029": {Plays: 1},
			"bad utf8 \xff\xfe end": {Plays: 1}, "Z": {}, "a": {}, "ä": {}, "": {},
		}},
	}
}

// TestEncodingJSONCompatibility holds the hand-written format to encoding/json: our
// output is byte for byte MarshalIndent's, saves made by encoding/json read back the
// same, and what we write reads back in encoding/json the same.
func TestEncodingJSONCompatibility(t *testing.T) {
	for name, p := range compatibilityCases() {
		t.Run(name, func(t *testing.T) {
			written := p
			written.Version = Version // as Encode writes it
			old, err := json.MarshalIndent(written, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			ours, err := p.Encode()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(ours, old) {
				t.Errorf("Encode differs from json.MarshalIndent:\n ours %s\n json %s", ours, old)
			}

			var viaJSON Progress
			if err := json.Unmarshal(ours, &viaJSON); err != nil {
				t.Fatalf("encoding/json cannot read our output: %v", err)
			}
			var want Progress
			if err := json.Unmarshal(old, &want); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(viaJSON, want) {
				t.Errorf("encoding/json reads our output as %+v, want %+v", viaJSON, want)
			}

			gotNew, errNew := Decode(old)
			gotOld, errOld := decodeOld(old)
			if (errNew == nil) != (errOld == nil) || !reflect.DeepEqual(gotNew, gotOld) {
				t.Errorf("a save from encoding/json reads as\n %+v, %v\nwant %+v, %v", gotNew, errNew, gotOld, errOld)
			}
		})
	}
}

// readingCases are saves that encoding/json reads in ways worth copying: every one must
// read exactly as it did with encoding/json, accepted or not.
var readingCases = []string{
	`{"version":1,"levels":{}}`,
	" \t\r\n{\"version\":1}\n ",
	`{"version":1,"levels":null,"badges":null,"settings":null}`,
	`{"version":1,"levels":{"a":null,"b":{"plays":null,"first_score":null}}}`,
	`{"version":1,"levels":{"a":{"plays":3}},"levels":{"b":{"plays":1}}}`,
	`{"version":1,"levels":{"a":{"plays":3}},"levels":null}`,
	`{"version":1,"levels":{"a":{"plays":3,"choices":4},"a":{"plays":5}}}`,
	`{"version":1,"settings":{"lang":"fr"},"settings":{"band":"6to8"}}`,
	`{"version":1,"settings":{"sound":{"music":1}},"settings":{"sound":{"voice":2}}}`,
	`{"version":1,"settings":{"sound":{"music":1}, "sound":null}}`,
	`{"version":1,"badges":{"x":true,"x":null,"y":true}}`,
	`{"VERSION":1,"Levels":{"a":{"Plays":2,"FIRST_SCORE":{"HITS":1}}},"ſettings":{"LANG":"en"}}`,
	`{"vers\u0069on":1,"levels":{"\u00e9t\u00E9":{"plays":1}}}`,
	`{"version":1,"levels":{"\ud83e\udd8a":{},"\ud83e":{},"\udd8a\ud83e":{},"\ud83e\u0041":{},"a\/b\b\f\n\r\t\"\\":{}}}`,
	"{\"version\":1,\"levels\":{\"\xff\xc3(\xe2\x82\":{}}}",
	`{"version":1,"unknown":[1,2.5e-3,{"deep":[[{}]]},"s",true,false,null],"levels":{"a":{"extra":{}}}}`,
	`{"version":-0,"levels":{}}`,
	`{"version":1.0}`,
	`{"version":1e0}`,
	`{"version":"1"}`,
	`{"version":true}`,
	`{"version":9223372036854775807}`,
	`{"version":1,"levels":{"a":{"plays":9223372036854775808}}}`,
	`{"version":1,"levels":{"a":{"plays":-9223372036854775808}}}`,
	`{"version":1,"levels":{"a":{"completed":1}}}`,
	`{"version":1,"levels":{"a":[]}}`,
	`{"version":1,"levels":[]}`,
	`{"version":1,"badges":{"x":"yes"}}`,
	`{"version":1,"settings":{"sound":5}}`,
	`{"version":1,"settings":{"lang":7}}`,
	`{"version":1,"levels":{}} x`,
	`{"version":1,"levels":{}}{}`,
	`{"version":1,}`,
	`{"version" 1}`,
	`{version:1}`,
	`{"version":01}`,
	`{"version":1.}`,
	`{"version":-}`,
	`{"version":1e}`,
	`{"version":nul}`,
	`{"version":1,"x":tru}`,
	`{"version":1,"x":"\x"}`,
	`{"version":1,"x":"\u12"}`,
	`{"version":1,"x":"\ud800\u12"}`,
	"{\"version\":1,\"x\":\"a\tb\"}",
	"\xef\xbb\xbf{\"version\":1}",
	`{"version":1,"x":[1,]}`,
	`{"version":1,"x":[1 2]}`,
	`{"version":1`,
	`{"version":1,"levels":{"a":{}`,
	`"version"`,
	`1`,
	`true`,
	`null`,
	`[]`,
	``,
	` `,
}

func TestReadsLikeEncodingJSON(t *testing.T) {
	for _, in := range readingCases {
		checkReadsLikeEncodingJSON(t, []byte(in))
	}
}

// TestNestingLimitIsEncodingJSONs: an unknown field may nest as deep as encoding/json
// allows and no deeper. (Not a fuzz seed: inputs this long slow the fuzzer down.)
func TestNestingLimitIsEncodingJSONs(t *testing.T) {
	for _, depth := range []int{9999, 10000} { // the object around counts as one level
		for _, open := range []string{"[", `{"a":`} {
			close := map[string]string{"[": "]", `{"a":`: "}"}[open]
			in := `{"version":1,"x":` + strings.Repeat(open, depth) + strings.Repeat(close, depth) + "}"
			checkReadsLikeEncodingJSON(t, []byte(in))
		}
	}
}

func checkReadsLikeEncodingJSON(t *testing.T, data []byte) {
	t.Helper()
	got, err := Decode(data)
	want, wantErr := decodeOld(data)
	if (err == nil) != (wantErr == nil) {
		t.Fatalf("%q: Decode error %v, encoding/json error %v", data, err, wantErr)
	}
	if err != nil && !errors.Is(err, ErrCorrupt) {
		t.Fatalf("%q: error %v is not ErrCorrupt", data, err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%q: read as\n %#v\nencoding/json read\n %#v", data, got, want)
	}
}

// FuzzDecode holds Decode to what encoding/json made of the same bytes: the same
// acceptance, the same progress, and for accepted progress an encoding that is
// MarshalIndent's and reads back unchanged. `go test` runs only the seeds; search further
// with go test -fuzz FuzzDecode ./game/progress/.
func FuzzDecode(f *testing.F) {
	for _, in := range readingCases {
		f.Add([]byte(in))
	}
	for _, p := range compatibilityCases() {
		data, err := p.Encode()
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkReadsLikeEncodingJSON(t, data)
		p, err := Decode(data)
		if err != nil {
			return
		}
		ours, err := p.Encode()
		if err != nil {
			t.Fatal(err)
		}
		old, err := json.MarshalIndent(p, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(ours, old) {
			t.Fatalf("Encode differs from json.MarshalIndent:\n ours %s\n json %s", ours, old)
		}
		back, err := Decode(ours)
		if err != nil {
			t.Fatalf("our own output does not read back: %v\n%s", err, ours)
		}
		if len(p.Badges) == 0 {
			p.Badges = nil // omitempty: no badges are written as none, not as {}
		}
		if !reflect.DeepEqual(back, p) {
			t.Fatalf("round trip changed progress:\n got %#v\nwant %#v", back, p)
		}
	})
}

func TestDamageIsReportedWithItsPlace(t *testing.T) {
	for in, where := range map[string]string{
		"{\n  \"version\": 1,\n  \"levels\": {\n    \"a\": {\"plays\": 1.5}\n  }\n}": "line 4, column 20",
		"{\n  \"version\": 1,\n  \"levels\": {}\n  \"badges\": {}\n}":                "line 4, column 3",
		"{\"version\": 1, \"x\": \"\\q\"}":                                           "column 22",
		strings.Repeat(`{"a":`, 10001):                                               "nested more than",
		`{"version":1,"levels":{"a":{"plays":99999999999999999999}}}`:                "line 1, column 37",
	} {
		_, err := Decode([]byte(in))
		if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), where) {
			t.Errorf("%q: error %v, want ErrCorrupt mentioning %q", in, err, where)
		}
	}
}
