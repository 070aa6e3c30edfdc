// Package levels embeds the shipped level scripts. It lives beside them because go:embed
// cannot reach up a folder.
package levels

import (
	"embed"
	"io/fs"
)

//go:embed */*.toml
var files embed.FS

// FS returns the levels, one folder per age band.
func FS() fs.FS { return files }
