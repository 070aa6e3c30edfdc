package locale

import "strings"

// lookupMatch answers as the live matcher would, from a table worked out ahead of time:
// the first preference whose tag, or whose nearest parent tag, is in the table decides.
// An empty answer in the table means "no shipped language fits", and the next preference
// is tried.
func lookupMatch(table map[string]string, prefs []string, fallback string) string {
	for _, p := range prefs {
		for tag := normalizeTag(p); tag != ""; tag = parentTag(tag) {
			if code, ok := table[tag]; ok {
				if code != "" {
					return code
				}
				break
			}
		}
	}
	return fallback
}

// parentTag cuts the last subtag: "zh-hant-tw" gives "zh-hant", "fr" gives "".
func parentTag(tag string) string {
	if i := strings.LastIndexByte(tag, '-'); i >= 0 {
		return tag[:i]
	}
	return ""
}
