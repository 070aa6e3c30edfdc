package classroom

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"
)

// classBuild is a fake web build shaped like the real one: a page, scripts, a ~2 MB
// WebAssembly file and their precompressed copies (the bytes need not really be brotli
// or gzip: the clients below do not decode, they compare).
func classBuild() fstest.MapFS {
	random := func(seed uint64, n int) []byte {
		r := rand.NewChaCha8([32]byte{byte(seed)})
		b := make([]byte, n)
		_, _ = r.Read(b)
		return b
	}
	return fstest.MapFS{
		"index.html":           {Data: []byte("<!DOCTYPE html><title>Sango</title>" + strings.Repeat("<p>page</p>", 100))},
		"index.html.br":        {Data: random(1, 700)},
		"index.html.gz":        {Data: random(2, 800)},
		"start.js":             {Data: []byte(strings.Repeat("// start\n", 300))},
		"start.js.br":          {Data: random(3, 600)},
		"start.js.gz":          {Data: random(4, 650)},
		"wasm_exec.js":         {Data: []byte(strings.Repeat("// go\n", 3000))},
		"wasm_exec.js.br":      {Data: random(5, 4100)},
		"wasm_exec.js.gz":      {Data: random(6, 4400)},
		"sango.wasm":           {Data: random(7, 2_000_000)},
		"sango.wasm.br":        {Data: random(8, 600_000)},
		"sango.wasm.gz":        {Data: random(9, 750_000)},
		"sw.js":                {Data: []byte("// sw")},
		"manifest.webmanifest": {Data: []byte(`{"name":"Sango"}`)},
		"icons/icon-192.png":   {Data: random(10, 9000)},
	}
}

// expected is what a client accepting accept must receive for name.
func expected(web fstest.MapFS, name, accept string) (body []byte, encoding string) {
	for _, enc := range []struct{ name, suffix string }{{"br", ".br"}, {"gzip", ".gz"}} {
		if f, ok := web[name+enc.suffix]; ok && strings.Contains(accept, enc.name) {
			return f.Data, enc.name
		}
	}
	return web[name].Data, ""
}

// TestFortyDevicesAtOnce starts the real server on loopback and has 40 devices load the
// whole build at the same moment, each over its own connections like a browser (up to 6),
// then revalidate the game as a reload would. Every response must be complete and in the
// encoding that device accepts. Bounded: 40 devices, one pass, 60 s at most.
func TestFortyDevicesAtOnce(t *testing.T) {
	const devices = 40
	web := classBuild()
	var files []string
	for name := range web {
		if !strings.HasSuffix(name, ".br") && !strings.HasSuffix(name, ".gz") {
			files = append(files, name)
		}
	}
	var stats Stats
	base, stop := startServer(t, Config{Web: web, Stats: &stats})
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()

	// Browsers send "gzip, deflate, br"; some old ones only gzip; some proxies strip it.
	accepts := []string{"gzip, deflate, br", "gzip, deflate, br", "gzip", ""}
	start := make(chan struct{})
	errs := make(chan error, devices*(len(files)+1))
	var wg sync.WaitGroup
	began := time.Now()
	for d := range devices {
		accept := accepts[d%len(accepts)]
		transport := &http.Transport{MaxConnsPerHost: 6, DisableCompression: true}
		client := &http.Client{Transport: transport}
		defer transport.CloseIdleConnections()
		for _, name := range files {
			wg.Go(func() {
				<-start
				want, enc := expected(web, name, accept)
				got, header, status, err := fetch(ctx, client, base+"/"+name, accept, "")
				switch {
				case err != nil:
					errs <- fmt.Errorf("device %d %s: %w", d, name, err)
				case status != http.StatusOK || !bytes.Equal(got, want) || header.Get("Content-Encoding") != enc:
					errs <- fmt.Errorf("device %d %s (%q): %d, %d bytes enc %q; want 200, %d bytes enc %q",
						d, name, accept, status, len(got), header.Get("Content-Encoding"), len(want), enc)
				case name == "sango.wasm" && header.Get("Content-Type") != "application/wasm":
					errs <- fmt.Errorf("device %d: sango.wasm type %q", d, header.Get("Content-Type"))
				case name == "sango.wasm":
					// A reload: the same device revalidates, and nothing is sent again.
					_, _, status, err := fetch(ctx, client, base+"/"+name, accept, header.Get("ETag"))
					if err != nil || status != http.StatusNotModified {
						errs <- fmt.Errorf("device %d: revalidation gave %d, %v", d, status, err)
					}
				}
			})
		}
	}
	close(start)
	wg.Wait()
	elapsed := time.Since(began)
	close(errs)
	failures := 0
	for err := range errs {
		if failures++; failures <= 10 {
			t.Error(err)
		}
	}
	if failures > 0 {
		t.Fatalf("%d of %d requests failed", failures, devices*(len(files)+1))
	}
	if ctx.Err() != nil {
		t.Fatalf("not done within the time bound: %v", ctx.Err())
	}
	requests, sent := stats.Requests.Load(), stats.Bytes.Load()
	if want := int64(devices * (len(files) + 1)); requests != want {
		t.Fatalf("server counted %d requests, want %d", requests, want)
	}
	t.Logf("%d devices, %d requests, %.1f MB in %v: %.0f requests/s, %.1f MB/s",
		devices, requests, float64(sent)/1e6, elapsed.Round(time.Millisecond),
		float64(requests)/elapsed.Seconds(), float64(sent)/1e6/elapsed.Seconds())
	if err := stop(); err != nil {
		t.Fatal(err)
	}
}

// fetch GETs url as a browser accepting accept would, revalidating etag if given.
func fetch(ctx context.Context, client *http.Client, url, accept, etag string) ([]byte, http.Header, int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, nil, 0, err
	}
	if accept != "" {
		req.Header.Set("Accept-Encoding", accept)
	}
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, nil, 0, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, nil, 0, errors.Join(errors.New("read body"), err)
	}
	return body, resp.Header, resp.StatusCode, nil
}
