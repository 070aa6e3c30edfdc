//go:build sangowebdata

package locales

import "embed"

// Only English travels inside the web build: every other language is a file of the
// build, fetched when it is picked (cmd/sango/lang_js.go), so the first download carries
// one language, not six.
//
//go:embed en.toml
var files embed.FS
