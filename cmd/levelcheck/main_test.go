package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Every message must look like path:line:col: message so editors can jump to it.
var problemLine = regexp.MustCompile(`^[^:]+:\d+:\d+: .+$`)

func TestShippedContentIsClean(t *testing.T) {
	for _, args := range [][]string{nil, {"../../levels", "../../locales"}} {
		var out, errOut bytes.Buffer
		if code := run(args, &out, &errOut); code != 0 {
			t.Fatalf("levelcheck %v: exit %d\n%s%s", args, code, out.String(), errOut.String())
		}
		if !strings.Contains(errOut.String(), "0 errors") {
			t.Fatalf("summary: %s", errOut.String())
		}
	}
}

func TestShippedLevelsExist(t *testing.T) {
	var out, errOut bytes.Buffer
	run(nil, &out, &errOut)
	var files, errs, warns int
	_, err := fmt.Sscanf(errOut.String(), "levelcheck: %d files, %d errors, %d warnings", &files, &errs, &warns)
	if err != nil || files < 5 {
		t.Fatalf("expected at least 4 levels and 1 language, got %q", errOut.String())
	}
}

func TestBadInput(t *testing.T) {
	good, err := os.ReadFile("../../levels/9to12/contact-free-skins.toml")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"broken.toml", []byte("id = \"x\"\n[[step]\n"), "broken.toml:2:7: TOML syntax"},
		{"types.toml", regexp.MustCompile(`(?m)^band\s*=.*$`).ReplaceAll(good, []byte(`band = [1, 2]`)), "band must be a string in quotes, not a list"},
		{"truncated.toml", good[:len(good)*2/3], ""},
		{"utf8.toml", append([]byte("id = \"caf\xe9\"\n"), good...), "utf8.toml:1:10: invalid UTF-8"},
		{"empty.toml", nil, "empty.toml:1:1: the file is empty"},
		{"huge.toml", bytes.Repeat([]byte("# padding line\n"), 10<<20/15), "huge.toml:1:1: the file is 10.5 MB"},
		{"binary.toml", []byte{0, 1, 2, 3, 0xff, 0xfe}, "binary.toml:1:5: invalid UTF-8"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := filepath.Join(dir, c.name)
			if err := os.WriteFile(p, c.data, 0o644); err != nil {
				t.Fatal(err)
			}
			var out, errOut bytes.Buffer
			code := run([]string{p}, &out, &errOut)
			if code != 1 {
				t.Fatalf("exit %d, want 1\n%s", code, out.String())
			}
			lines := strings.Split(strings.TrimSpace(out.String()), "\n")
			for _, l := range lines {
				if !problemLine.MatchString(l) {
					t.Errorf("not path:line:col: message: %q", l)
				}
			}
			if !strings.Contains(out.String(), c.want) {
				t.Errorf("want %q in:\n%s", c.want, out.String())
			}
		})
	}
}

func TestMissingPathAndUsage(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"/no/such/file.toml"}, &out, &errOut); code != 1 {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(out.String(), "/no/such/file.toml:1:1: cannot open") {
		t.Fatalf("got %q", out.String())
	}
	if code := run([]string{"-nope"}, &out, &errOut); code != 2 {
		t.Fatalf("bad flag: exit %d, want 2", code)
	}
}

func TestLocaleProblems(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "locales")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "en.toml"), []byte("language = \"English\"\n[ui]\nplay = 3\n"), 0o644)
	var out, errOut bytes.Buffer
	if code := run([]string{dir}, &out, &errOut); code != 1 {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(out.String(), "en.toml:3:1: ui.play must be a string") {
		t.Fatalf("got %q", out.String())
	}
}
