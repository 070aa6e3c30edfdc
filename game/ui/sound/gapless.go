package sound

import "bytes"

// decoderDelay is the delay every MP3 decoder adds on top of the encoder's own (528
// samples of the filter bank, plus one): LAME's tag counts its padding with it.
const decoderDelay = 529

// GaplessRange finds, in an MP3 made by LAME, which of the samples go-mp3 decodes are the
// encoded sound: the first skip samples are the tag frame (which go-mp3 plays as
// silence), the encoder's delay and the decoder's, and the sound is then samples long;
// what follows is padding. Both are counted at the file's own sample rate, which comes
// back too. A loop that replays only that range joins without the 50 ms of silence the
// delay and padding would put between two turns. ok is false for a file with no LAME
// tag (a recording made by another encoder), which then loops whole.
func GaplessRange(mp3 []byte) (skip, samples int64, rate int, ok bool) {
	b := mp3
	if len(b) >= 10 && string(b[:3]) == "ID3" {
		size := int(b[6]&0x7f)<<21 | int(b[7]&0x7f)<<14 | int(b[8]&0x7f)<<7 | int(b[9]&0x7f)
		b = b[min(len(b), 10+size):]
	}
	if len(b) < 4 || b[0] != 0xff || b[1]&0xe0 != 0xe0 || b[1]&0x06 != 0x02 {
		return 0, 0, 0, false // not a Layer III frame where the data begins
	}
	version := b[1] >> 3 & 3 // 3 MPEG-1, 2 MPEG-2, 0 MPEG-2.5
	rates := map[byte][3]int{3: {44100, 48000, 32000}, 2: {22050, 24000, 16000}, 0: {11025, 12000, 8000}}
	r, known := rates[version]
	rateIndex := b[2] >> 2 & 3
	if !known || rateIndex == 3 {
		return 0, 0, 0, false
	}
	rate = r[rateIndex]
	frameSamples := int64(576)
	if version == 3 {
		frameSamples = 1152
	}
	// The Xing (or Info) tag sits after the first frame's side information: within its
	// first few dozen bytes.
	head := b[:min(len(b), 64)]
	at := bytes.Index(head, []byte("Xing"))
	if at < 0 {
		at = bytes.Index(head, []byte("Info"))
	}
	if at < 0 || len(b) < at+8 {
		return 0, 0, 0, false
	}
	flags := be32(b[at+4:])
	p := at + 8
	if flags&1 == 0 || len(b) < p+4 {
		return 0, 0, 0, false // no frame count
	}
	frames := int64(be32(b[p:]))
	p += 4
	if flags&2 != 0 {
		p += 4 // byte count
	}
	if flags&4 != 0 {
		p += 100 // seek table
	}
	if flags&8 != 0 {
		p += 4 // quality
	}
	// LAME's extension: its name, then at byte 21 the delay and padding, 12 bits each.
	if len(b) < p+24 || string(b[p:p+4]) != "LAME" {
		return 0, 0, 0, false
	}
	delay := int64(b[p+21])<<4 | int64(b[p+22])>>4
	padding := int64(b[p+22]&0x0f)<<8 | int64(b[p+23])
	samples = frames*frameSamples - delay - padding
	if samples <= 0 {
		return 0, 0, 0, false
	}
	return frameSamples + delay + decoderDelay, samples, rate, true
}

func be32(b []byte) uint32 {
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
}
