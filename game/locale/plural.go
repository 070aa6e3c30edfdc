package locale

import (
	"slices"
	"strconv"
)

// The CLDR plural categories, in CLDR's order.
var pluralCategories = [...]string{"zero", "one", "two", "few", "many", "other"}

// IsPluralCategory reports whether s names a CLDR plural category.
func IsPluralCategory(s string) bool { return slices.Contains(pluralCategories[:], s) }

// PluralCategories lists the cardinal categories a language's plural strings must give,
// following CLDR (plurals.xml, version 46). Languages the game does not know get "one"
// and "other", the commonest pair.
func PluralCategories(lang string) []string {
	switch lang {
	case "zh", "ja", "ko":
		return []string{"other"}
	case "fr", "es", "it", "pt":
		return []string{"one", "many", "other"}
	case "ru", "uk":
		return []string{"one", "few", "many", "other"}
	case "ar":
		return []string{"zero", "one", "two", "few", "many", "other"}
	default:
		return []string{"one", "other"}
	}
}

// PluralCategory is the CLDR cardinal category of the whole number n in lang. Counts in
// the game are whole numbers, so the rules' fraction operands (v, f, t) are all zero.
func PluralCategory(lang string, n int) string {
	if n < 0 {
		n = -n
	}
	mod10, mod100 := n%10, n%100
	switch lang {
	case "zh", "ja", "ko":
		return "other"
	case "fr":
		// one: i = 0,1; many: e = 0 and i != 0 and i % 1000000 = 0.
		switch {
		case n == 0 || n == 1:
			return "one"
		case n%1000000 == 0:
			return "many"
		}
		return "other"
	case "es", "it", "pt":
		switch {
		case n == 1:
			return "one"
		case n != 0 && n%1000000 == 0:
			return "many"
		}
		return "other"
	case "ru", "uk":
		switch {
		case mod10 == 1 && mod100 != 11:
			return "one"
		case mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14):
			return "few"
		}
		return "many"
	case "ar":
		switch {
		case n == 0:
			return "zero"
		case n == 1:
			return "one"
		case n == 2:
			return "two"
		case mod100 >= 3 && mod100 <= 10:
			return "few"
		case mod100 >= 11 && mod100 <= 99:
			return "many"
		}
		return "other"
	default:
		if n == 1 {
			return "one"
		}
		return "other"
	}
}

// pick chooses the form for the count found in args (name, value pairs). A count that is
// missing or not a number, or a form the file lacks, falls back to "other", so a gap in a
// translation shows imperfect grammar rather than nothing.
func (p Plural) pick(lang string, args []string) string {
	for i := 0; i+1 < len(args); i += 2 {
		if args[i] != p.Count {
			continue
		}
		n, err := strconv.Atoi(args[i+1])
		if err != nil {
			break
		}
		if s, ok := p.Forms[PluralCategory(lang, n)]; ok {
			return s
		}
		break
	}
	return p.Forms["other"]
}
