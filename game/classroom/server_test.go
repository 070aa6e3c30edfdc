package classroom

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"
)

func TestMissingBuild(t *testing.T) {
	withoutGame := fstest.MapFS{"README.md": {Data: []byte("make fills this folder")}}
	for _, web := range []fstest.MapFS{withoutGame, nil, {"index.html/x": {Data: []byte("a folder, not a page")}}} {
		if HasGame(web) {
			t.Fatalf("HasGame(%v) = true", web)
		}
		h := NewSite(Config{Web: web})
		for _, p := range []string{"/", "/index.html", "/sango.wasm", "/join", "/README.md", "/x?y=1"} {
			w := get(t, h, p, "br, gzip")
			if w.Code != http.StatusServiceUnavailable || !strings.Contains(w.Body.String(), MissingBuildMessage) {
				t.Fatalf("%s: %d %q", p, w.Code, w.Body.String())
			}
			if w.Header().Get("Content-Type") != "text/html; charset=utf-8" || w.Header().Get("Cache-Control") != "no-store" || w.Header().Get("Content-Security-Policy") != CSP {
				t.Fatalf("%s: headers %v", p, w.Header())
			}
		}
	}
	if !HasGame(build()) {
		t.Fatal("HasGame(build()) = false")
	}
}

// lockedBuffer is a log destination that tests may read while the server writes.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// startServer runs Serve on a loopback port and returns its base URL and a stop
// function that reports an error unless Serve returns nil promptly.
func startServer(t *testing.T, cfg Config) (base string, stop func() error) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, ln, cfg) }()
	return "http://" + ln.Addr().String(), func() error {
		cancel()
		select {
		case err := <-done:
			return err
		case <-time.After(30 * time.Second):
			return errors.New("Serve did not stop within 30 s")
		}
	}
}

func TestLogsNoPersonalData(t *testing.T) {
	var out lockedBuffer
	logger := log.New(&out, "", log.LstdFlags)
	// A stray log.Printf would reach the teacher's console too: catch it in the same buffer.
	defer log.SetOutput(log.Writer())
	log.SetOutput(&out)
	code, err := EncodeQR(testURL)
	if err != nil {
		t.Fatal(err)
	}
	join, err := NewJoinPage([]string{testURL}, true, code)
	if err != nil {
		t.Fatal(err)
	}
	base, stop := startServer(t, Config{Web: build(), Join: join, Log: logger, SummaryEvery: 20 * time.Millisecond})
	client := &http.Client{Timeout: 10 * time.Second}
	paths := []string{"/", "/index.html?child=Amina&school=Kibera", "/sango.wasm?v=1;token=secret", "/nope?name=Amina", "/join?class=5B", "/icons/icon.png#frag"}
	for _, p := range paths {
		req, err := http.NewRequest(http.MethodGet, base+p, nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("User-Agent", "Mozilla/5.0 (Linux; Android 10; SM-A105F) Chrome/120.0 Mobile Safari/537.36")
		req.Header.Set("Referer", base+"/?secret=1")
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	deadline := time.Now().Add(10 * time.Second)
	// Requests may land in more than one summary; the running total reaches 6.
	for !strings.Contains(out.String(), "(6 requests, ") && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	// What net/http itself would log about a failing connection goes through Redact.
	log.New(redactWriter{logger}, "", 0).Printf("http: panic serving %s: boom", strings.TrimPrefix(base, "http://"))
	if err := stop(); err != nil {
		t.Fatal(err)
	}

	text := out.String()
	t.Logf("log:\n%s", text)
	if !strings.Contains(text, "(6 requests, ") || !strings.Contains(text, "stopped; served 6 requests") || !strings.Contains(text, "[device]") {
		t.Fatalf("log lacks the summary, the final count or the redacted panic:\n%s", text)
	}
	for _, bad := range []string{"127.0.0.1", "Mozilla", "Android", "?", "Amina", "Kibera", "secret", "5B", "index.html", "sango.wasm", "nope", "icon"} {
		if strings.Contains(text, bad) {
			t.Errorf("log contains %q", bad)
		}
	}
}

func TestRedact(t *testing.T) {
	for in, want := range map[string]string{
		"http: panic serving 10.1.2.3:51234: boom":               "http: panic serving [device]: boom",
		"http: TLS handshake error from 192.168.0.9:443: EOF":    "http: TLS handshake error from [device]: EOF",
		"http: panic serving [fe80::1%wlan0]:5555: boom":         "http: panic serving [device]: boom",
		"http: panic serving [2001:db8::7]:80: index [3] with 3": "http: panic serving [device]: index [3] with 3",
		"served 12 requests, 3.4 MB in the last 30s":             "served 12 requests, 3.4 MB in the last 30s",
	} {
		if got := Redact(in); got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestServeReportsListenerErrors(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ln.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := Serve(ctx, ln, Config{Web: build()}); err == nil || ctx.Err() != nil {
		t.Fatalf("Serve on a closed listener: %v (ctx %v)", err, ctx.Err())
	}
}
