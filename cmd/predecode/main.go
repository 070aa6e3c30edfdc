// Command predecode decodes TOML files ahead of time for the web build: it writes, for
// every .toml file named or under the folders named, what the game's TOML decoder makes of it, in
// the form game/tomlpos reads back when built with the sangowebdata tag. `make web` runs
// it on levels/ and locales/, so the web build needs no TOML decoder of its own.
//
//	predecode -o game/tomlpos/predecoded.bin levels locales/en.toml
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"sango/game/tomlpos"
)

func main() {
	out := flag.String("o", "", "write the decoded files here")
	flag.Parse()
	if *out == "" || flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: predecode -o FILE DIR_OR_FILE...")
		os.Exit(2)
	}
	if err := run(*out, flag.Args()); err != nil {
		fmt.Fprintf(os.Stderr, "predecode: %v\n", err)
		os.Exit(1)
	}
}

func run(out string, dirs []string) error {
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
	data, err := tomlpos.Predecode(srcs)
	if err != nil {
		return err
	}
	// Written whole, then renamed, so a build never embeds half a file.
	tmp := out + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, out); err != nil {
		return err
	}
	fmt.Printf("predecode: %d file(s), %d bytes in %s\n", len(srcs), len(data), out)
	return nil
}
