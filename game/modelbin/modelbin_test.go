package modelbin

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// A model shaped like the game's: named string types, a private derived field, an
// interface with two implementations, nil and empty collections.
type (
	kind  string
	shape interface{ area() int }
	box   struct {
		W, H int
		hint string
	}
	ring struct {
		R     uint8
		Holes []int
	}
	step struct {
		Kind  kind
		Shape shape
		Tags  map[string]bool
		next  int
	}
	model struct {
		Name    string
		Neg     int64
		Steps   []step
		Empty   []string
		Nil     []string
		Parent  *model
		Index   map[int]string
		private map[string][]bool
		Cache   string `modelbin:"-"`
	}
)

func (b *box) area() int { return b.W * b.H }
func (r ring) area() int { return 3 * int(r.R) * int(r.R) }

func sample() *model {
	return &model{
		Name: "levels – نص – 文字",
		Neg:  -1 << 40,
		Steps: []step{
			{Kind: "sort", Shape: &box{W: 3, H: -4, hint: "private"}, Tags: map[string]bool{"b": true, "a": false}, next: 2},
			{Kind: "spot", Shape: ring{R: 200, Holes: []int{}}, next: -1},
			{Kind: "end"},
		},
		Empty:   []string{},
		Parent:  &model{Name: "inner", Index: map[int]string{}},
		Index:   map[int]string{-3: "x", 7: "y"},
		private: map[string][]bool{"k": {true, false}},
		Cache:   "not written",
	}
}

func codec() Codec { return New(&box{}, ring{}) }

func TestRoundTripKeepsEverythingButSkippedFields(t *testing.T) {
	in := sample()
	data, err := codec().Encode(in)
	if err != nil {
		t.Fatal(err)
	}
	var out model
	if err := codec().Decode(data, &out); err != nil {
		t.Fatal(err)
	}
	if out.Cache != "" {
		t.Errorf("a field tagged modelbin:\"-\" was written: %q", out.Cache)
	}
	in.Cache = ""
	if !reflect.DeepEqual(&out, in) {
		t.Errorf("read back\n%#v\nwant\n%#v", out, *in)
	}
	if out.Nil != nil || out.Empty == nil || out.Steps[1].Shape.(ring).Holes == nil || out.Steps[2].Tags != nil {
		t.Errorf("nil and empty collections were not kept apart: %#v", out)
	}
	again, err := codec().Encode(&out)
	if err != nil || string(again) != string(data) {
		t.Errorf("encoding the copy gave different bytes (err %v)", err)
	}
}

func TestSameModelSameBytes(t *testing.T) {
	a, err := codec().Encode(sample())
	if err != nil {
		t.Fatal(err)
	}
	for range 20 { // map order differs from run to run
		b, err := codec().Encode(sample())
		if err != nil || string(a) != string(b) {
			t.Fatalf("the same model gave different bytes (err %v)", err)
		}
	}
}

// Damaged data is an error, never a panic, and never a silently wrong value: every
// truncation is refused, and so is every flipped byte that the reader can detect.
func TestDamageIsAnErrorNotAPanic(t *testing.T) {
	data, err := codec().Encode(sample())
	if err != nil {
		t.Fatal(err)
	}
	for n := range len(data) {
		var out model
		if err := codec().Decode(data[:n], &out); err == nil {
			t.Fatalf("the first %d of %d bytes read without error", n, len(data))
		}
	}
	var out model
	if err := codec().Decode(append(data[:len(data):len(data)], 0), &out); err == nil || !strings.Contains(err.Error(), "left over") {
		t.Errorf("a trailing byte gave %v", err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		bad := append([]byte(nil), data...)
		for range 1 + rng.IntN(4) {
			bad[len(magic)+8+rng.IntN(len(bad)-len(magic)-8)] = byte(rng.IntN(256))
		}
		var out model
		_ = codec().Decode(bad, &out) // must not panic or hang
	}
}

func TestRefusesOtherFiles(t *testing.T) {
	data, err := codec().Encode(sample())
	if err != nil {
		t.Fatal(err)
	}
	var other struct{ Name string }
	if err := codec().Decode(data, &other); err == nil || !strings.Contains(err.Error(), "another version") {
		t.Errorf("a file for another type gave %v", err)
	}
	var out model
	if err := codec().Decode([]byte("<html>404</html>"), &out); err == nil || !strings.Contains(err.Error(), "not a model file") {
		t.Errorf("a web page gave %v", err)
	}
	// A codec that knows fewer types reads a different model.
	if err := New(&box{}).Decode(data, &out); err == nil {
		t.Errorf("a codec without ring read a file with rings")
	}
	if err := codec().Decode(data, out); err == nil {
		t.Errorf("decoding into a non-pointer gave no error")
	}
}

func TestUnknownInterfaceTypeIsAnError(t *testing.T) {
	m := &model{Steps: []step{{Shape: ring{}}}}
	if _, err := New(&box{}).Encode(m); err == nil || !strings.Contains(err.Error(), "ring") {
		t.Errorf("writing a type the codec does not list gave %v", err)
	}
	type cyclic struct{ Next *cyclic }
	deep := &cyclic{}
	for range maxDepth {
		deep = &cyclic{Next: deep}
	}
	if _, err := New().Encode(deep); err == nil {
		t.Errorf("a value nested past maxDepth was written")
	}
}
