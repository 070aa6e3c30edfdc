package narration

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"slices"
	"strings"
	"unicode/utf8"
)

// A voice pack holds one language's narration in one file, so the web build fetches and
// caches a single file per language. Its layout, little-endian:
//
//	"SGVP"           magic
//	uint16           version (PackVersion)
//	uint32           number of clips
//	per clip:        uint16 key length, key (UTF-8), uint32 clip size
//	clip bytes       the MP3 files, concatenated in index order
//	uint32           CRC-32 (IEEE) of everything before it
//
// Keys are sorted and unique, so the same clips always make the same bytes.
const (
	packMagic   = "SGVP"
	PackVersion = 1
	packHeader  = 4 + 2 + 4
	packTrailer = 4
	maxKeyLen   = 1<<16 - 1
)

// EncodePack writes clips, named by narration key, as a voice pack. Empty keys and keys
// longer than 65535 bytes cannot be stored and are left out.
func EncodePack(clips map[string][]byte) []byte {
	keys := make([]string, 0, len(clips))
	size := packHeader + packTrailer
	for k, c := range clips {
		if k == "" || len(k) > maxKeyLen || len(c) > 1<<32-1 {
			continue
		}
		keys = append(keys, k)
		size += 2 + len(k) + 4 + len(c)
	}
	slices.Sort(keys)
	out := make([]byte, 0, size)
	out = append(out, packMagic...)
	out = binary.LittleEndian.AppendUint16(out, PackVersion)
	out = binary.LittleEndian.AppendUint32(out, uint32(len(keys)))
	for _, k := range keys {
		out = binary.LittleEndian.AppendUint16(out, uint16(len(k)))
		out = append(out, k...)
		out = binary.LittleEndian.AppendUint32(out, uint32(len(clips[k])))
	}
	for _, k := range keys {
		out = append(out, clips[k]...)
	}
	return binary.LittleEndian.AppendUint32(out, crc32.ChecksumIEEE(out))
}

// ErrNotPack is returned (wrapped) for data that is not a voice pack at all.
var ErrNotPack = errors.New("not a Sango voice pack")

// DecodePack reads a voice pack. The clips share memory with data. Damaged, truncated or
// foreign data gives an error saying what is wrong; it never panics.
func DecodePack(data []byte) (map[string][]byte, error) {
	if len(data) < len(packMagic) || string(data[:len(packMagic)]) != packMagic {
		return nil, fmt.Errorf("voice pack: %w (it does not start with %q)", ErrNotPack, packMagic)
	}
	if len(data) < packHeader+packTrailer {
		return nil, fmt.Errorf("voice pack: truncated: %d bytes, shorter than the %d-byte header", len(data), packHeader+packTrailer)
	}
	if v := binary.LittleEndian.Uint16(data[4:]); v != PackVersion {
		return nil, fmt.Errorf("voice pack: version %d; this game reads version %d", v, PackVersion)
	}
	body, sum := data[:len(data)-packTrailer], binary.LittleEndian.Uint32(data[len(data)-packTrailer:])
	if got := crc32.ChecksumIEEE(body); got != sum {
		return nil, fmt.Errorf("voice pack: damaged or truncated: checksum %08x, want %08x", got, sum)
	}
	n := binary.LittleEndian.Uint32(body[6:])
	rest := body[packHeader:]
	// Each index entry takes at least 7 bytes (a one-byte key), which bounds n before
	// anything is allocated for it.
	if uint64(n)*7 > uint64(len(rest)) {
		return nil, fmt.Errorf("voice pack: the index claims %d clips, more than %d bytes can hold", n, len(rest))
	}
	type item struct {
		key  string
		size uint32
	}
	index := make([]item, 0, n)
	for i := range n {
		if len(rest) < 2 {
			return nil, fmt.Errorf("voice pack: index entry %d is cut short", i)
		}
		kl := int(binary.LittleEndian.Uint16(rest))
		rest = rest[2:]
		if kl == 0 || len(rest) < kl+4 {
			return nil, fmt.Errorf("voice pack: index entry %d is cut short or has an empty key", i)
		}
		key := string(rest[:kl])
		if !utf8.ValidString(key) {
			return nil, fmt.Errorf("voice pack: index entry %d: key is not UTF-8", i)
		}
		if i > 0 && strings.Compare(index[i-1].key, key) >= 0 {
			return nil, fmt.Errorf("voice pack: index entry %d: key %q is out of order or repeated", i, key)
		}
		index = append(index, item{key, binary.LittleEndian.Uint32(rest[kl:])})
		rest = rest[kl+4:]
	}
	var total uint64
	for _, it := range index {
		total += uint64(it.size)
	}
	if total != uint64(len(rest)) {
		return nil, fmt.Errorf("voice pack: the index lists %d bytes of audio, the file holds %d", total, len(rest))
	}
	clips := make(map[string][]byte, len(index))
	for _, it := range index {
		clips[it.key] = rest[:it.size:it.size]
		rest = rest[it.size:]
	}
	return clips, nil
}
