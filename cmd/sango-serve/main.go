// Command sango-serve lets a teacher's laptop serve Sango to a whole class: the web build
// is inside the binary, devices join by scanning the QR code it prints, and it logs only
// counts. Run `sango-serve -help` for the flags.
package main

import (
	"context"
	"embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log"
	"net"
	"os"
	"os/signal"
	"syscall"

	"rsc.io/qr"

	"sango/game/classroom"
)

// The web build, copied here by `make sango-serve`; "all:" keeps files such as
// .well-known that a build might hold.
//
//go:embed all:web
var embedded embed.FS

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr, colourTerminal(os.Stdout))
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "sango-serve:", err)
		pauseBeforeExit()
		os.Exit(1)
	}
}

// run serves until ctx is done. colour says whether stdout understands ANSI colours.
func run(ctx context.Context, args []string, stdout, stderr io.Writer, colour bool) error {
	flags := flag.NewFlagSet("sango-serve", flag.ContinueOnError)
	flags.SetOutput(stderr)
	addr := flags.String("addr", ":8080", "`host:port` to listen on; the default lets every device on the network join")
	webDir := flags.String("web", "", "serve the web build in `folder` instead of the one built in")
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	if flags.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q (see -help)", flags.Arg(0))
	}
	web, err := webBuild(*webDir)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen on %s (is sango-serve already running? try -addr :8081): %w", *addr, err)
	}
	listen := ln.Addr().(*net.TCPAddr).AddrPort()
	ifaces, err := classroom.Interfaces()
	if err != nil {
		// Still serve this computer; the banner says no network was found.
		fmt.Fprintln(stderr, "sango-serve:", err)
	}
	urls, lan := classroom.JoinURLs(listen, ifaces)
	var code *qr.Code
	if lan {
		if code, err = classroom.EncodeQR(urls[0]); err != nil {
			ln.Close()
			return err
		}
	}
	join, err := classroom.NewJoinPage(urls, lan, code)
	if err != nil {
		ln.Close()
		return err
	}
	banner := classroom.Banner{Listen: listen, URLs: urls, LAN: lan, Code: code, Colour: colour, HasGame: classroom.HasGame(web)}
	if _, err := banner.WriteTo(stdout); err != nil {
		ln.Close()
		return err
	}
	logger := log.New(stderr, "", log.LstdFlags)
	return classroom.Serve(ctx, ln, classroom.Config{Web: web, Join: join, Log: logger})
}

// webBuild is the folder given with -web, or else the build embedded at compile time.
func webBuild(dir string) (fs.FS, error) {
	if dir == "" {
		web, err := fs.Sub(embedded, "web")
		if err != nil {
			return nil, fmt.Errorf("open the built-in web build: %w", err)
		}
		return web, nil
	}
	info, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("web build folder: %w", err)
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("web build folder %s is not a folder", dir)
	}
	return os.DirFS(dir), nil
}
