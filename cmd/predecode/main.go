// Command predecode decodes TOML files ahead of time for the web build: it writes, for
// every .toml file named or under the folders named, what the game's TOML decoder makes of it, in
// the form game/tomlpos reads back when built with the sangowebdata tag. `make web` runs
// it on levels/ and locales/, so the web build needs no TOML decoder of its own.
//
// With -later, the levels and the base language's level text go into a second file,
// which the web build fetches when a screen first needs a level (content.SplitForWeb);
// the first keeps what the start screen needs.
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
	first, rest := content.SplitForWeb(files)
	if err := write(out, first); err != nil {
		return err
	}
	return write(later, rest)
}

// write encodes files into out, written whole and then renamed, so a build never embeds
// half a file.
func write(out string, files []tomlpos.Decoded) error {
	data, err := tomlpos.Encode(files)
	if err != nil {
		return err
	}
	tmp := out + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, out); err != nil {
		return err
	}
	fmt.Printf("predecode: %d file(s), %d bytes in %s\n", len(files), len(data), out)
	return nil
}
