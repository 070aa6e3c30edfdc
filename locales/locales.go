// Package locales embeds the shipped string catalogs, one TOML file per language, and
// the stamps levelcheck uses to find strings whose English changed since translation.
// The web build embeds only the base language (locales_web.go); the others are files of
// the web build, fetched when a child picks one.
package locales

import "io/fs"

// FS returns the catalogs.
func FS() fs.FS { return files }
