package narration

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"reflect"
	"strings"
	"testing"
)

func samplePack() map[string][]byte {
	return map[string][]byte{
		"ui.play":           []byte("\xff\xfbplay-mp3"),
		"uh_oh_cloud.intro": bytes.Repeat([]byte{0xff, 0xfb, 1, 2}, 300),
		"who.sango":         {},
		"中文.键":              []byte("x"),
	}
}

func TestPackRoundTrip(t *testing.T) {
	for _, clips := range []map[string][]byte{samplePack(), {}, {"a": []byte("b")}} {
		data := EncodePack(clips)
		got, err := DecodePack(data)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(clips) {
			t.Fatalf("%d clips, want %d", len(got), len(clips))
		}
		for k, v := range clips {
			if !bytes.Equal(got[k], v) {
				t.Errorf("%s: got %q, want %q", k, got[k], v)
			}
		}
		if !bytes.Equal(EncodePack(got), data) {
			t.Error("encoding is not deterministic")
		}
	}
}

func TestPackLeavesOutWhatCannotBeStored(t *testing.T) {
	got, err := DecodePack(EncodePack(map[string][]byte{"": []byte("x"), strings.Repeat("k", 70000): nil, "ok": nil}))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, map[string][]byte{"ok": {}}) {
		t.Fatalf("got %v", got)
	}
}

// Every way of damaging a pack is an error, never a panic or a wrong clip.
func TestPackDamage(t *testing.T) {
	data := EncodePack(samplePack())
	for n := range len(data) {
		if _, err := DecodePack(data[:n]); err == nil {
			t.Fatalf("truncated to %d of %d bytes: no error", n, len(data))
		}
	}
	for i := range data {
		bad := bytes.Clone(data)
		bad[i] ^= 0x10
		if _, err := DecodePack(bad); err == nil {
			t.Fatalf("byte %d changed: no error", i)
		}
	}
	if _, err := DecodePack(append(bytes.Clone(data), 0)); err == nil {
		t.Fatal("trailing byte: no error")
	}
	for _, c := range []struct {
		data []byte
		want string
	}{
		{nil, "not a Sango voice pack"},
		{[]byte("ID3\x04 an mp3"), "not a Sango voice pack"},
		{[]byte("SGVP\x01"), "truncated"},
		{withCRC([]byte("SGVP\x02\x00\x00\x00\x00\x00")), "version 2"},
		{withCRC([]byte("SGVP\x01\x00\xff\xff\xff\xff")), "claims 4294967295 clips"},
		{withCRC([]byte("SGVP\x01\x00\x01\x00\x00\x00\x01\x00a\x05\x00\x00\x00abc")), "lists 5 bytes of audio, the file holds 3"},
		{withCRC([]byte("SGVP\x01\x00\x02\x00\x00\x00\x01\x00b\x00\x00\x00\x00\x01\x00a\x00\x00\x00\x00")), "out of order"},
		{withCRC([]byte("SGVP\x01\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00")), "empty key"},
		{withCRC([]byte("SGVP\x01\x00\x01\x00\x00\x00\x01\x00\xff\x00\x00\x00\x00")), "not UTF-8"},
		{append(EncodePack(samplePack())[:20], 0, 0, 0, 0), "damaged or truncated"},
	} {
		_, err := DecodePack(c.data)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: got %v, want %q", c.data, err, c.want)
		}
	}
	if _, err := DecodePack([]byte("RIFF")); !errors.Is(err, ErrNotPack) {
		t.Errorf("foreign data: %v is not ErrNotPack", err)
	}
}

// withCRC gives hand-made bytes a valid checksum, so the checks behind it are reached.
func withCRC(b []byte) []byte { return appendCRC(b) }

func FuzzDecodePack(f *testing.F) {
	f.Add(EncodePack(samplePack()))
	f.Add(EncodePack(nil))
	f.Add(EncodePack(map[string][]byte{"a": []byte("b")}))
	f.Add([]byte("SGVP\x01\x00\xff\xff\xff\xff"))
	f.Add(appendCRC([]byte("SGVP\x01\x00\x01\x00\x00\x00\x01\x00a\x05\x00\x00\x00abc")))
	f.Add(appendCRC([]byte("SGVP\x01\x00\x02\x00\x00\x00\x01\x00a\x00\x00\x00\x00\x01\x00a\x00\x00\x00\x00")))
	f.Fuzz(func(t *testing.T, data []byte) {
		clips, err := DecodePack(data)
		if err != nil {
			if clips != nil {
				t.Fatal("clips with an error")
			}
			return
		}
		// Whatever decodes encodes back to the same bytes: the format has one spelling.
		if again := EncodePack(clips); !bytes.Equal(again, data) {
			t.Fatalf("decoded pack re-encodes differently:\n%q\n%q", data, again)
		}
	})
}

func appendCRC(b []byte) []byte {
	return binary.LittleEndian.AppendUint32(bytes.Clone(b), crc32.ChecksumIEEE(b))
}
