//go:build sangowebdata

package tomlpos

import "sango/game/diag"

// Decode is not for the web build: it carries no TOML files, and takes its languages and
// levels decoded and checked (content.ForWeb). Linking the TOML decoder for nothing
// would cost about 80 KB of download.
func Decode(file, _ string) (map[string]any, *diag.Problem) {
	return nil, &diag.Problem{File: file, Line: 1, Col: 1, Msg: "the web build reads no TOML files; make web decodes them"}
}
