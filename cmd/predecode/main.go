// Command predecode decodes and checks level and language files ahead of time for the
// web build, as the desktop game checks them, and writes them as the model the game uses
// (content.ForWeb, game/modelbin): the web build carries no TOML files, no decoder and no
// checks. It reads every .toml file named, or under the folders named.
//
// With -later, the files are levels and languages: the languages (but for the base
// language's level text) go into -o, built into the game, and the levels with that text
// into the -later file, which the game fetches when a screen first needs a level.
// Without it, the files are languages, one file fetched when a language is picked.
//
//	predecode -o game/content/web-languages.bin -later build/web/levels.bin levels locales/en.toml
//	predecode -o build/web/locales/fr.bin locales/fr.toml
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"sango/game/content"
	"sango/game/tomlpos"
)

func main() {
	out := flag.String("o", "", "write the decoded files here")
	later := flag.String("later", "", "write the levels and their base-language text here instead, for the web build to fetch")
	flag.Parse()
	if *out == "" || flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: predecode -o FILE [-later FILE] DIR_OR_FILE...")
		os.Exit(2)
	}
	if err := run(*out, *later, flag.Args()); err != nil {
		fmt.Fprintf(os.Stderr, "predecode: %v\n", err)
		os.Exit(1)
	}
}

func run(out, later string, dirs []string) error {
	srcs := map[string]string{}
	for _, dir := range dirs {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".toml") {
				return err
			}
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			srcs[path] = string(data)
			return nil
		})
		if err != nil {
			return err
		}
	}
	files := tomlpos.DecodeAll(srcs)
	if later == "" {
		data, err := content.LanguagesForWeb(files)
		if err != nil {
			return err
		}
		return writeWhole(out, data, fmt.Sprintf("%d language(s)", len(files)))
	}
	builtIn, levels, err := content.ForWeb(files)
	if err != nil {
		return err
	}
	if err := writeWhole(out, builtIn, "the languages"); err != nil {
		return err
	}
	return writeWhole(later, levels, "the levels")
}

// writeWhole writes data to a temporary file and then renames it, so a build never
// embeds half a file.
func writeWhole(out string, data []byte, what string) error {
	tmp := out + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, out); err != nil {
		return err
	}
	fmt.Printf("predecode: %s, %d bytes in %s\n", what, len(data), out)
	return nil
}
