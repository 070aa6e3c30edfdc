package fonts

// File names the font file for a language and weight, or "" when the language is drawn
// with the Go fonts.
func File(lang string, bold bool) string {
	weight := "regular"
	if bold {
		weight = "bold"
	}
	switch lang {
	case "ar":
		return "ar-" + weight + ".ttf"
	case "zh":
		return "zh-" + weight + ".otf"
	}
	return ""
}

// Family is the CSS font family the web build gives a language's font once fetched.
func Family(lang string) string { return "Sango " + lang }
