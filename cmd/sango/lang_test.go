package main

import (
	"bytes"
	"strings"
	"testing"

	"sango/game/content"
	"sango/levels"
	"sango/locales"
)

func TestFlagLang(t *testing.T) {
	set := content.Load(levels.FS(), "levels", locales.FS(), "locales")
	cases := []struct{ flag, want, warn string }{
		{"", "", ""},
		{"en", "en", ""},
		{"EN-gb", "en", ""},
		{"zh", "zh", ""},
		{"ru_RU.UTF-8", "ru", ""},
		{"xx", "", `no language file for "xx"`},
		{"de", "", `no language file for "de"`},
	}
	for _, c := range cases {
		var errOut bytes.Buffer
		got := flagLang(c.flag, set, &errOut)
		if got != c.want || (c.warn == "") != (errOut.Len() == 0) || !strings.Contains(errOut.String(), c.warn) {
			t.Errorf("%+v: got %q, stderr %q", c, got, errOut.String())
		}
	}
}

func TestSystemLanguagesComeFromTheEnvironment(t *testing.T) {
	t.Setenv("LANGUAGE", "")
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "ar_EG.UTF-8")
	if got := strings.Join(systemLanguages(), ","); got != "ar_EG.UTF-8" {
		t.Errorf("LANG: %q", got)
	}
	t.Setenv("LC_ALL", "zh_CN.UTF-8")
	if got := strings.Join(systemLanguages(), ","); got != "zh_CN.UTF-8" {
		t.Errorf("LC_ALL wins: %q", got)
	}
}
