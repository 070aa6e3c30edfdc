package locale

import "strings"

// Info describes a shipped language before its strings are loaded: enough to offer it in
// the language picker, in its own script, and to lay the picker out.
type Info struct {
	Code      string    // the locale file's base name and BCP 47 tag: "ar", "zh"
	Name      string    // the language's name in its own script
	Direction Direction // writing direction
}

// Languages lists the six official UN languages the game ships, in the UN's order (by
// their English names). Each locale file's `language` field must match the name here.
func Languages() []Info {
	return []Info{
		{Code: "ar", Name: "العربية", Direction: RTL},
		{Code: "zh", Name: "中文", Direction: LTR},
		{Code: "en", Name: "English", Direction: LTR},
		{Code: "fr", Name: "Français", Direction: LTR},
		{Code: "ru", Name: "Русский", Direction: LTR},
		{Code: "es", Name: "Español", Direction: LTR},
	}
}

// LanguageInfo returns the Info for code.
func LanguageInfo(code string) (Info, bool) {
	for _, l := range Languages() {
		if l.Code == code {
			return l, true
		}
	}
	return Info{}, false
}

// Codes lists the codes of the shipped languages.
func Codes() []string {
	var codes []string
	for _, l := range Languages() {
		codes = append(codes, l.Code)
	}
	return codes
}

// normalizeTag turns a POSIX locale name or a BCP 47 tag into a lower-case BCP 47 tag:
// "pt_BR.UTF-8@euro" becomes "pt-br". "C" and "POSIX" say nothing about a language.
func normalizeTag(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, ".@"); i >= 0 {
		s = s[:i]
	}
	if s == "C" || s == "POSIX" {
		return ""
	}
	return strings.ToLower(strings.ReplaceAll(s, "_", "-"))
}

// FromEnvironment lists the language preferences a POSIX desktop states, most important
// first: LC_ALL overrides LC_MESSAGES, which overrides LANG; LANGUAGE is GNU's list of
// preferences, which counts unless the locale is plain "C". getenv is os.Getenv, passed
// in so tests need not change the environment.
func FromEnvironment(getenv func(string) string) []string {
	var prefs []string
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" {
			prefs = append(prefs, v)
			break
		}
	}
	if list := getenv("LANGUAGE"); list != "" && (len(prefs) == 0 || normalizeTag(prefs[0]) != "") {
		prefs = append(strings.Split(list, ":"), prefs...)
	}
	return prefs
}
