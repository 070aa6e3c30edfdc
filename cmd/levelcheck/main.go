// Command levelcheck validates Sango level and language files and prints every problem as
// path:line:col: message, so writers and translators can fix them from any editor.
//
//	levelcheck                   check the shipped levels and languages
//	levelcheck levels locales    the same, read from those folders
//	levelcheck FILE_OR_DIR...    check what is named
//
// A file inside a folder named "locales" is a language file; any other .toml is a level.
// Exit status: 0 when there are no errors (warnings allowed), 1 on errors, 2 on misuse.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"sango/game/check"
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
	if err := fl.Parse(args); err != nil {
		return 2
	}
	var report check.Report
	if fl.NArg() == 0 {
		report = check.Embedded(levels.FS(), locales.FS())
	} else {
		report = check.Paths(fl.Args(), locales.FS())
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
