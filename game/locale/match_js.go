//go:build js

package locale

// Match picks the best of the shipped languages for the browser's preferences
// (navigator.languages), from matchTable: the answers golang.org/x/text/language's matcher
// gives, worked out ahead of time (see matchtable.go), since the matcher itself would add
// about 90 KB to the compressed download. A preference whose full tag is not in the table
// is tried with its last subtag cut off, down to the bare language.
func Match(prefs []string, fallback string) string {
	return lookupMatch(matchTable, prefs, fallback)
}
