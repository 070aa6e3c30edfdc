// Command predecode decodes TOML files ahead of time for the web build: it writes, for
// every .toml file named or under the folders named, what the game's TOML decoder makes of it, in
// the form game/tomlpos reads back when built with the sangowebdata tag. `make web` runs
// it on levels/ and locales/, so the web build needs no TOML decoder of its own.
//
// With -later, the levels and the base language's level text go into a second file,
// which the web build fetches when a screen first needs a level; the first keeps what the
// start screen needs. The levels in it are checked here, as the desktop game checks its
// files, and written as the model the game plays (content.ForWeb), so the web build
// carries neither a level decoder nor the checks.
//
//	predecode -o game/tomlpos/predecoded.bin -later build/web/levels.bin levels locales/en.toml
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
		return write(out, files)
	}
	builtIn, levels, err := content.ForWeb(files)
	if err != nil {
		return err
	}
	if err := write(out, builtIn); err != nil {
		return err
	}
	return writeWhole(later, levels, "the levels")
}

// write encodes files into out.
func write(out string, files []tomlpos.Decoded) error {
	data, err := tomlpos.Encode(files)
	if err != nil {
		return err
	}
	return writeWhole(out, data, fmt.Sprintf("%d file(s)", len(files)))
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
