// Command levelcheck validates Sango level and language files and prints every problem as
// path:line:col: message, so writers and translators can fix them from any editor.
//
//	levelcheck                   check the shipped levels and languages
//	levelcheck levels locales    the same, read from those folders
//	levelcheck FILE_OR_DIR...    check what is named
//	levelcheck -stamp fr         record that locales/fr.toml is up to date with the English
//	levelcheck -voice DIR        look for the narration in DIR (default assets/voice; "" skips it)
//
// A file inside a folder named "locales" is a language file; any other .toml is a level.
// Exit status: 0 when there are no errors (warnings allowed), 1 on errors, 2 on misuse.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"sango/game/check"
	"sango/game/content"
	"sango/game/diag"
	"sango/game/locale"
	"sango/levels"
	"sango/locales"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("levelcheck", flag.ContinueOnError)
	fl.SetOutput(stderr)
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: levelcheck [FILE_OR_DIR...]\nWith no arguments, checks the shipped levels and languages.")
	}
	stamp := fl.String("stamp", "", "record, in locales/`LANG`.stamps, the English each string of locales/LANG.toml was translated from; run it once a translation is up to date")
	localesDir := fl.String("locales", "locales", "the folder of language files, for -stamp")
	voiceDir := fl.String("voice", filepath.Join("assets", "voice"), "the narration `folder`: every narrated line needs its file in every language there (\"\" skips the check)")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if *stamp != "" {
		if err := writeStamps(*localesDir, *stamp); err != nil {
			fmt.Fprintln(stderr, "levelcheck:", err)
			return 1
		}
		fmt.Fprintf(stderr, "levelcheck: wrote %s\n", filepath.Join(*localesDir, *stamp+check.StampsExt))
		return 0
	}
	var report check.Report
	if fl.NArg() == 0 {
		report = check.Embedded(levels.FS(), locales.FS(), locales.Stamps())
	} else {
		report = check.Paths(fl.Args(), locales.FS())
	}
	if *voiceDir != "" {
		report.Problems = append(report.Problems, check.Voice(os.DirFS(*voiceDir), filepath.ToSlash(*voiceDir), report.Levels, report.Catalogs)...)
		diag.Sort(report.Problems)
	}
	for _, p := range report.Problems {
		fmt.Fprintln(stdout, p.String())
	}
	fmt.Fprintf(stderr, "levelcheck: %d files, %d errors, %d warnings\n", report.Files, report.Errors(), report.Warnings())
	if report.Errors() > 0 {
		return 1
	}
	return 0
}

// writeStamps records the base text behind every string of one translation. It refuses
// files with errors, so a stamp never vouches for a broken translation.
func writeStamps(dir, lang string) error {
	load := func(code string) (*locale.Catalog, error) {
		file := filepath.Join(dir, code+".toml")
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", file, err)
		}
		c, ps := locale.Parse(filepath.ToSlash(file), data)
		if len(ps) > 0 {
			return nil, fmt.Errorf("%s has problems; fix them first: %s", file, ps[0])
		}
		return c, nil
	}
	base, err := load(content.BaseLang)
	if err != nil {
		return err
	}
	if lang == content.BaseLang {
		return fmt.Errorf("%s is the base language: it is what the others are stamped against", lang)
	}
	tr, err := load(lang)
	if err != nil {
		return err
	}
	out := filepath.Join(dir, lang+check.StampsExt)
	tmp := out + ".tmp"
	if err := os.WriteFile(tmp, locale.StampsFor(base, tr), 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", out, err)
	}
	if err := os.Rename(tmp, out); err != nil {
		return fmt.Errorf("writing %s: %w", out, err)
	}
	return nil
}
