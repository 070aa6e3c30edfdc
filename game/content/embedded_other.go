//go:build !sangowebdata

package content

// Embedded is the languages the web build carries; builds without the sangowebdata tag
// read the language files themselves and carry none.
func Embedded() []byte { return nil }
