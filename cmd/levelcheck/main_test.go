package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"sango/game/content"
	"sango/game/locale"
	"sango/game/narration"
	"sango/game/narration/manifest"
	"sango/levels"
	"sango/locales"
)

// Every message must look like path:line:col: message so editors can jump to it.
var problemLine = regexp.MustCompile(`^[^:]+:\d+:\d+: .+$`)

func TestShippedContentIsClean(t *testing.T) {
	for _, args := range [][]string{{"-voice", "../../assets/voice"}, {"-voice", "../../assets/voice", "../../levels", "../../locales"}} {
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

// fakeVoice writes a voice folder with a file for every narrated key in every language,
// as cmd/narrate would, with made-up sound.
func fakeVoice(t *testing.T) (dir string, keys []string, cats map[string]*locale.Catalog) {
	t.Helper()
	s := content.Load(levels.FS(), "levels", locales.FS(), "locales")
	keys = narration.Keys(s.Levels, s.Catalogs[content.BaseLang])
	dir = filepath.Join(t.TempDir(), "voice")
	for _, lang := range locale.Codes() {
		var entries []manifest.Entry
		os.MkdirAll(filepath.Join(dir, lang), 0o755)
		for _, key := range keys {
			clip := []byte("mp3 " + lang + " " + key)
			os.WriteFile(filepath.Join(dir, lang, key+".mp3"), clip, 0o644)
			entries = append(entries, manifest.Entry{Key: key, Input: manifest.InputHash(key), MP3: manifest.FileHash(clip),
				Text: manifest.TextHash(s.Catalogs[lang].Text(key)), Millis: 100})
		}
		os.WriteFile(filepath.Join(dir, lang, manifest.FileName), manifest.Format(entries), 0o644)
	}
	return dir, keys, s.Catalogs
}

func TestNarration(t *testing.T) {
	dir, keys, cats := fakeVoice(t)
	check := func(wantCode int) string {
		t.Helper()
		var out, errOut bytes.Buffer
		if code := run([]string{"-voice", dir}, &out, &errOut); code != wantCode {
			t.Fatalf("exit %d, want %d\n%s%s", code, wantCode, out.String(), errOut.String())
		}
		for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
			if !problemLine.MatchString(l) {
				t.Errorf("not path:line:col: message: %q", l)
			}
		}
		return out.String()
	}
	out := check(0)
	if !strings.Contains(out, "locales/en.toml:") || !strings.Contains(out, "warning: mech_spot.found_count cannot be narrated (it is a plural") {
		t.Errorf("a plural an under9 level uses is not reported:\n%s", out)
	}

	// A missing file is an error, named as the file it should be.
	key := keys[len(keys)/2]
	os.Remove(filepath.Join(dir, "fr", key+".mp3"))
	out = check(1)
	want := fmt.Sprintf("%s:1:1: no narration for %q (run make voice)", filepath.ToSlash(filepath.Join(dir, "fr", key+".mp3")), key)
	if !strings.Contains(out, want) || strings.Count(out, "no narration") != 1 {
		t.Fatalf("want %q once in:\n%s", want, out)
	}
	os.WriteFile(filepath.Join(dir, "fr", key+".mp3"), []byte("back"), 0o644)

	// A file whose text changed since: made again by make voice, recorded again by a person.
	manifestPath := filepath.Join(dir, "ar", manifest.FileName)
	data, _ := os.ReadFile(manifestPath)
	entries, _ := manifest.Parse(data)
	for i := range entries[:2] {
		entries[i].Text = manifest.TextHash("an older text")
	}
	os.WriteFile(manifestPath, manifest.Format(entries), 0o644)
	os.WriteFile(filepath.Join(dir, "ar", entries[1].Key+".mp3"), []byte("a person's voice"), 0o644)
	out = check(0)
	for _, want := range []string{
		entries[0].Key + ".mp3:1:1: warning: says an older text of " + entries[0].Key + " (run make voice)",
		entries[1].Key + ".mp3:1:1: warning: a recording of an older text of " + entries[1].Key +
			fmt.Sprintf(": record it again, saying %q", cats["ar"].Text(entries[1].Key)),
	} {
		if !strings.Contains(out, want) {
			t.Errorf("want %q in:\n%s", want, out)
		}
	}

	os.WriteFile(manifestPath, []byte("broken line\n"), 0o644)
	if out := check(1); !strings.Contains(out, "ar/manifest.txt:1:1: line 1: want 5 fields") {
		t.Errorf("a broken manifest:\n%s", out)
	}
	var o, e bytes.Buffer
	if code := run([]string{"-voice", filepath.Join(dir, "nowhere")}, &o, &e); code != 1 || !strings.Contains(o.String(), "no narration folder (run make voice") {
		t.Errorf("no folder: exit %d\n%s", code, o.String())
	}
	if code := run([]string{"-voice", ""}, &o, &e); code != 0 {
		t.Errorf("-voice \"\" must skip the check: exit %d", code)
	}
}
