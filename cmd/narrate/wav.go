package main

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// pcm is 16-bit mono sound.
type pcm struct {
	Rate    int
	Samples []int16
}

// Millis is the sound's length in milliseconds, rounded down.
func (p pcm) Millis() int {
	if p.Rate <= 0 {
		return 0
	}
	return int(int64(len(p.Samples)) * 1000 / int64(p.Rate))
}

// parseWAV reads a RIFF WAVE file of 16-bit mono PCM, as espeak-ng writes. A data chunk
// whose size is larger than the file (a writer that never went back to fill it in) is
// read to the end of the file.
func parseWAV(b []byte) (pcm, error) {
	if len(b) < 12 || string(b[:4]) != "RIFF" || string(b[8:12]) != "WAVE" {
		return pcm{}, errors.New("not a WAV file")
	}
	var p pcm
	var haveFmt bool
	for rest := b[12:]; len(rest) >= 8; {
		id, size := string(rest[:4]), binary.LittleEndian.Uint32(rest[4:8])
		body := rest[8:]
		if uint64(size) > uint64(len(body)) {
			if id != "data" {
				return pcm{}, fmt.Errorf("WAV chunk %q is cut short", id)
			}
			size = uint32(len(body))
		}
		body = body[:size]
		switch id {
		case "fmt ":
			if len(body) < 16 {
				return pcm{}, errors.New("WAV format chunk is too short")
			}
			format, channels := binary.LittleEndian.Uint16(body), binary.LittleEndian.Uint16(body[2:])
			rate, bits := binary.LittleEndian.Uint32(body[4:]), binary.LittleEndian.Uint16(body[14:])
			if format != 1 || channels != 1 || bits != 16 || rate == 0 || rate > 384000 {
				return pcm{}, fmt.Errorf("WAV is format %d, %d channels, %d bits at %d Hz; want 16-bit mono PCM", format, channels, bits, rate)
			}
			p.Rate, haveFmt = int(rate), true
		case "data":
			if !haveFmt {
				return pcm{}, errors.New("WAV data comes before its format")
			}
			p.Samples = make([]int16, len(body)/2)
			for i := range p.Samples {
				p.Samples[i] = int16(binary.LittleEndian.Uint16(body[2*i:]))
			}
			return p, nil
		}
		rest = rest[8+size:]
		if size%2 == 1 && len(rest) > 0 {
			rest = rest[1:] // chunks are padded to an even size
		}
	}
	return pcm{}, errors.New("WAV has no data")
}

// encode writes p as a 16-bit mono WAV file.
func (p pcm) encode() []byte {
	n := 2 * len(p.Samples)
	b := make([]byte, 0, 44+n)
	b = append(b, "RIFF"...)
	b = binary.LittleEndian.AppendUint32(b, uint32(36+n))
	b = append(b, "WAVEfmt "...)
	b = binary.LittleEndian.AppendUint32(b, 16)
	b = binary.LittleEndian.AppendUint16(b, 1) // PCM
	b = binary.LittleEndian.AppendUint16(b, 1) // mono
	b = binary.LittleEndian.AppendUint32(b, uint32(p.Rate))
	b = binary.LittleEndian.AppendUint32(b, uint32(2*p.Rate))
	b = binary.LittleEndian.AppendUint16(b, 2)
	b = binary.LittleEndian.AppendUint16(b, 16)
	b = append(b, "data"...)
	b = binary.LittleEndian.AppendUint32(b, uint32(n))
	for _, s := range p.Samples {
		b = binary.LittleEndian.AppendUint16(b, uint16(s))
	}
	return b
}

// trim cuts the silence around the sound, keeping keepBeforeMs before the first sample
// louder than level and keepAfterMs after the last. All silence stays all silence.
func (p pcm) trim(level int, keepBeforeMs, keepAfterMs int) pcm {
	loud := func(s int16) bool { return int(s) >= level || int(s) <= -level }
	first, last := -1, -1
	for i, s := range p.Samples {
		if loud(s) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return p
	}
	start := max(0, first-keepBeforeMs*p.Rate/1000)
	end := min(len(p.Samples), last+1+keepAfterMs*p.Rate/1000)
	return pcm{Rate: p.Rate, Samples: p.Samples[start:end]}
}
