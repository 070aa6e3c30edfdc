//go:build !js

package locale

import "golang.org/x/text/language"

// Match picks the best of the shipped languages for the user's preferences, most
// preferred first, given as BCP 47 tags ("fr-CA", "zh-Hans-CN") or POSIX locale names
// ("ar_EG.UTF-8"). With no usable preference, or none close enough, it gives fallback.
// x/text/language knows, for example, that "es-419" is Spanish and that Cantonese in Hong
// Kong is not served by Simplified Chinese.
//
// The web build asks matchTable instead (match_js.go): the matcher's tables cost about
// 90 KB of compressed download, and a test keeps the two in agreement.
func Match(prefs []string, fallback string) string {
	return matchLive(prefs, Codes(), fallback)
}

func matchLive(prefs []string, supported []string, fallback string) string {
	var want []language.Tag
	for _, p := range prefs {
		if n := normalizeTag(p); n != "" {
			if t, err := language.Parse(n); err == nil {
				want = append(want, t)
			}
		}
	}
	if len(want) == 0 {
		return fallback
	}
	// The fallback goes first: the matcher answers with the first supported tag when
	// nothing matches with any confidence.
	tags := []language.Tag{language.Make(fallback)}
	codes := []string{fallback}
	for _, s := range supported {
		if s != fallback {
			tags = append(tags, language.Make(s))
			codes = append(codes, s)
		}
	}
	_, index, conf := language.NewMatcher(tags).Match(want...)
	if conf == language.No {
		return fallback
	}
	return codes[index]
}
