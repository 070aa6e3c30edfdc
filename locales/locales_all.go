package locales

import (
	"embed"
	"io/fs"
)

//go:embed *.toml
var files embed.FS

//go:embed *.stamps
var stampFiles embed.FS

// Stamps returns the stamps files (fr.stamps...), which only levelcheck reads.
func Stamps() fs.FS { return stampFiles }
