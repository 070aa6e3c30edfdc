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

// Decode returns what the TOML decoder gave for src when `make web` decoded it.
func Decode(file, src string) (map[string]any, *diag.Problem) {
	return decodeFrom(predecoded, file, src)
}
