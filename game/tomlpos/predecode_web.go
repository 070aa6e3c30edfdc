//go:build sangowebdata

package tomlpos

import (
	_ "embed"

	"sango/game/diag"
)

// predecoded is written by `make web` (cmd/predecode) just before it builds with the
// sangowebdata tag; it is not committed.
//
//go:embed predecoded.bin
var predecoded []byte

// Embedded is the decoded level and language files `make web` built in.
func Embedded() []byte { return predecoded }

// Decode returns what the TOML decoder gave for file when `make web` decoded it. The web
// build carries no sources: src is not read.
func Decode(file, _ string) (map[string]any, *diag.Problem) {
	return DecodeFrom(predecoded, file)
}
