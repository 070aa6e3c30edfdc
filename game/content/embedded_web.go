//go:build sangowebdata

package content

import _ "embed"

// builtInLanguages is written by `make web` (cmd/predecode, ForWeb) just before it builds
// with the sangowebdata tag; it is not committed.
//
//go:embed web-languages.bin
var builtInLanguages []byte

// Embedded is the languages the web build carries, for LoadDecoded.
func Embedded() []byte { return builtInLanguages }
