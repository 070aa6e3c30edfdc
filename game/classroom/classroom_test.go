package classroom

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

func build() fstest.MapFS {
	return fstest.MapFS{
		"index.html":           {Data: []byte("<html>raw</html>")},
		"index.html.br":        {Data: []byte("BR")},
		"index.html.gz":        {Data: []byte("GZ")},
		"sango.wasm":           {Data: []byte("\x00asm-raw")},
		"sango.wasm.gz":        {Data: []byte("GZWASM")},
		"sw.js":                {Data: []byte("// sw")},
		"icons/icon.png":       {Data: []byte("PNG")},
		"manifest.webmanifest": {Data: []byte("{}")},
	}
}

func get(t *testing.T, h http.Handler, path, accept string, extra ...string) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest(http.MethodGet, path, nil)
	if accept != "" {
		r.Header.Set("Accept-Encoding", accept)
	}
	for i := 0; i+1 < len(extra); i += 2 {
		r.Header.Set(extra[i], extra[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func TestPrecompressedChoice(t *testing.T) {
	var stats Stats
	h := New(build(), &stats)
	cases := []struct {
		path, accept, body, encoding, ctype string
	}{
		{"/", "gzip, deflate, br", "BR", "br", "text/html; charset=utf-8"},
		{"/index.html", "gzip", "GZ", "gzip", "text/html; charset=utf-8"},
		{"/index.html", "", "<html>raw</html>", "", "text/html; charset=utf-8"},
		{"/index.html", "br;q=0, gzip", "GZ", "gzip", "text/html; charset=utf-8"},
		{"/sango.wasm", "br, gzip", "GZWASM", "gzip", "application/wasm"},
		{"/sango.wasm", "identity", "\x00asm-raw", "", "application/wasm"},
		{"/sw.js", "br", "// sw", "", "text/javascript; charset=utf-8"},
		{"/manifest.webmanifest", "", "{}", "", "application/manifest+json"},
		{"/icons/icon.png", "", "PNG", "", "image/png"},
	}
	for _, c := range cases {
		w := get(t, h, c.path, c.accept)
		if w.Code != 200 || w.Body.String() != c.body || w.Header().Get("Content-Encoding") != c.encoding || w.Header().Get("Content-Type") != c.ctype {
			t.Errorf("%s (%q): %d %q enc=%q type=%q", c.path, c.accept, w.Code, w.Body.String(), w.Header().Get("Content-Encoding"), w.Header().Get("Content-Type"))
		}
		if w.Header().Get("Vary") != "Accept-Encoding" || !strings.Contains(w.Header().Get("Content-Security-Policy"), "default-src 'self'") {
			t.Errorf("%s: missing Vary or CSP: %v", c.path, w.Header())
		}
	}
	if stats.Requests.Load() != int64(len(cases)) || stats.Bytes.Load() == 0 {
		t.Fatalf("stats %d requests %d bytes", stats.Requests.Load(), stats.Bytes.Load())
	}
}

func TestRevalidationAndErrors(t *testing.T) {
	h := New(build(), nil)
	first := get(t, h, "/sango.wasm", "gzip")
	tag := first.Header().Get("ETag")
	if tag == "" || first.Header().Get("Cache-Control") != "no-cache" {
		t.Fatalf("headers %v", first.Header())
	}
	if w := get(t, h, "/sango.wasm", "gzip", "If-None-Match", tag); w.Code != http.StatusNotModified {
		t.Fatalf("revalidation gave %d", w.Code)
	}
	if w := get(t, h, "/sango.wasm", "", "If-None-Match", tag); w.Code != 200 {
		t.Fatalf("a different encoding must not match the ETag: %d", w.Code)
	}
	for _, p := range []string{"/nope.js", "/../../etc/passwd", "/icons"} {
		if w := get(t, h, p, ""); w.Code != http.StatusNotFound {
			t.Errorf("%s: %d, want 404", p, w.Code)
		}
	}
	r := httptest.NewRequest(http.MethodPost, "/", nil)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	if w.Code != http.StatusMethodNotAllowed {
		t.Fatalf("POST gave %d", w.Code)
	}
}

// TestRebuiltFileGetsANewETag: a folder rebuilt under a running server must not keep
// answering 304 for the old tag, or the service worker would never see a new version.
func TestRebuiltFileGetsANewETag(t *testing.T) {
	files := build()
	h := New(files, nil)
	old := get(t, h, "/sw.js", "").Header().Get("ETag")
	files["sw.js"] = &fstest.MapFile{Data: []byte("// sw v2, a new build"), ModTime: time.Unix(2000, 0)}
	w := get(t, h, "/sw.js", "", "If-None-Match", old)
	if w.Code != http.StatusOK || w.Body.String() != "// sw v2, a new build" || w.Header().Get("ETag") == old {
		t.Fatalf("after a rebuild: %d %q etag %s (old %s)", w.Code, w.Body.String(), w.Header().Get("ETag"), old)
	}
}
