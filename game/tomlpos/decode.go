package tomlpos

import (
	"unicode/utf8"
)

// OffsetPos converts a byte offset into a 1-based line and a column counted in characters.
func OffsetPos(src string, off int) (line, col int) {
	line, col = 1, 1
	for i := 0; i < off && i < len(src); {
		r, size := utf8.DecodeRuneInString(src[i:])
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += size
	}
	return line, col
}
