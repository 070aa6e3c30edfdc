package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"sango/game/classroom"
)

// syncBuffer is stderr for run while the test reads it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestRunServesFolderAndStops runs the command as a teacher would with -web, on loopback
// only, reads the address from its banner, loads the game and the join page, then stops
// it the way Ctrl+C does.
func TestRunServesFolderAndStops(t *testing.T) {
	dir := t.TempDir()
	for name, data := range map[string]string{
		"index.html":    "<!DOCTYPE html><p>Sango",
		"index.html.br": "BR-PAGE",
		"sango.wasm":    "\x00asm",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	stop, stopRun := context.WithCancel(ctx)
	banner, bannerW := io.Pipe()
	var stderr syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(stop, []string{"-addr", "127.0.0.1:0", "-web", dir}, bannerW, &stderr, false)
		bannerW.Close()
	}()

	var base, printed string
	lines := bufio.NewScanner(banner)
	for lines.Scan() {
		printed += lines.Text() + "\n"
		if u, ok := strings.CutPrefix(lines.Text(), "On this computer: "); ok {
			base = u
			break
		}
	}
	go func() { _, _ = io.Copy(io.Discard, banner) }()
	if !strings.HasPrefix(base, "http://127.0.0.1:") {
		t.Fatalf("no local address in the banner:\n%s\nstderr: %s", printed, stderr.String())
	}
	if !strings.Contains(printed, "other devices cannot reach") {
		t.Errorf("banner does not say loopback is unreachable from the room:\n%s", printed)
	}

	client := &http.Client{Transport: &http.Transport{DisableCompression: true}, Timeout: 10 * time.Second}
	check := func(path, accept string, status int, body string) {
		t.Helper()
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+path, nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Accept-Encoding", accept)
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil || resp.StatusCode != status || !strings.Contains(string(got), body) {
			t.Errorf("%s: %d %q %v; want %d with %q", path, resp.StatusCode, got, err, status, body)
		}
	}
	check("/", "br", 200, "BR-PAGE")
	check("/index.html", "", 200, "<p>Sango")
	check("/sango.wasm", "gzip", 200, "\x00asm")
	check("/join", "", 200, "Play Sango")

	stopRun()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("run: %v", err)
		}
	case <-ctx.Done():
		t.Fatal("run did not stop")
	}
	if log := stderr.String(); !strings.Contains(log, "stopped; served 4 requests") || strings.Contains(log, "127.0.0.1") {
		t.Fatalf("log:\n%s", log)
	}
}

func TestRunRejectsBadInput(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for _, args := range [][]string{
		{"-nope"},
		{"extra"},
		{"-web", filepath.Join(t.TempDir(), "missing")},
		{"-addr", "127.0.0.1:99999"},
	} {
		var out, errOut bytes.Buffer
		if err := run(ctx, args, &out, &errOut, false); err == nil {
			t.Errorf("run %q: no error", args)
		}
	}
	if err := run(ctx, []string{"-help"}, io.Discard, io.Discard, false); err != nil {
		t.Errorf("-help: %v", err)
	}
}

// TestEmbeddedBuild checks what go:embed holds: always the placeholder README (so the
// command compiles from a fresh clone), and either a whole build or none of it.
func TestEmbeddedBuild(t *testing.T) {
	web, err := webBuild("")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := fs.Stat(web, "README.md"); err != nil {
		t.Fatalf("placeholder missing: %v", err)
	}
	if classroom.HasGame(web) {
		for _, name := range []string{"sango.wasm", "wasm_exec.js", "start.js"} {
			if _, err := fs.Stat(web, name); err != nil {
				t.Errorf("embedded build has index.html but not %s", name)
			}
		}
		t.Log("the game is embedded (built by make sango-serve)")
	} else {
		t.Log("no game embedded: this binary would answer with the 503 page")
	}
}
