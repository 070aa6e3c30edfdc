// Package locales embeds the shipped string catalogs, one TOML file per language.
package locales

import (
	"embed"
	"io/fs"
)

//go:embed *.toml *.stamps
var files embed.FS

// FS returns the catalogs.
func FS() fs.FS { return files }
