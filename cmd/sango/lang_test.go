package main

import (
	"bytes"
	"strings"
	"testing"

	"sango/game/content"
	"sango/levels"
	"sango/locales"
)

func TestPickLang(t *testing.T) {
	set := content.Load(levels.FS(), "levels", locales.FS(), "locales")
	cases := []struct {
		flag, lcAll, lang, want, warn string
	}{
		{"en", "", "", "en", ""},
		{"EN-gb", "", "", "en", ""},
		{"", "en_US.UTF-8", "", "en", ""},
		{"", "", "en_GB.UTF-8", "en", ""},
		{"", "", "C.UTF-8", "en", ""},
		{"xx", "", "", "en", `no language file for "xx"`},
	}
	for _, c := range cases {
		t.Setenv("LC_ALL", c.lcAll)
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANG", c.lang)
		var errOut bytes.Buffer
		got := pickLang(c.flag, set, &errOut)
		if got != c.want || (c.warn == "") != (errOut.Len() == 0) || !strings.Contains(errOut.String(), c.warn) {
			t.Errorf("%+v: got %q, stderr %q", c, got, errOut.String())
		}
	}
}
