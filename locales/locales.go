// Package locales embeds the shipped string catalogs, one TOML file per language, and
// the stamps levelcheck uses to find strings whose English changed since translation.
// The web build carries none of them: `make web` decodes them ahead of time
// (cmd/predecode), builds the base language's in, and makes each other language a file
// fetched when a child picks it.
package locales

import "io/fs"

// FS returns the catalogs.
func FS() fs.FS { return files }
