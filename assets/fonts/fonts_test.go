package fonts

import (
	"io/fs"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/image/font/sfnt"

	"sango/locales"
)

// Every character a language's file uses must be in its subset fonts, in both weights,
// or the child sees empty boxes: after changing a translation, run `make fonts`.
func TestSubsetsCoverEveryCharacterTheirLanguageUses(t *testing.T) {
	for _, lang := range []string{"ar", "zh"} {
		src, err := fs.ReadFile(locales.FS(), lang+".toml")
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		for _, bold := range []bool{false, true} {
			name := File(lang, bold)
			data, err := Data(name)
			if err != nil {
				t.Fatal(err)
			}
			f, err := sfnt.Parse(data)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			var buf sfnt.Buffer
			var missing []string
			seen := map[rune]bool{}
			for _, line := range strings.Split(string(src), "\n") {
				if strings.HasPrefix(strings.TrimSpace(line), "#") {
					continue // comments are for translators, never drawn
				}
				for _, r := range line {
					if seen[r] || !unicode.IsGraphic(r) || unicode.IsSpace(r) {
						continue
					}
					seen[r] = true
					if gi, err := f.GlyphIndex(&buf, r); err != nil || gi == 0 {
						missing = append(missing, string(r))
					}
				}
			}
			if len(missing) > 0 {
				t.Errorf("%s lacks %d characters used in locales/%s.toml: %s\nrun make fonts", name, len(missing), lang, strings.Join(missing, " "))
			}
			if len(seen) < 20 {
				t.Errorf("%s: only %d characters checked", lang, len(seen))
			}
		}
	}
}
