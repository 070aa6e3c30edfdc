// Package classroom serves the web build to a room of devices from a teacher's laptop:
// precompressed files chosen by what each browser accepts, correct types, cache headers
// that let the service worker keep the game offline, and a strict Content-Security-Policy.
// It logs no personal data: no addresses, no user agents, only counts.
package classroom

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// CSP allows only this origin; blob: scripts are Ebitengine's audio worklet, and wasm
// compilation needs 'wasm-unsafe-eval'. frame-ancestors keeps the game out of others'
// frames, which a meta tag cannot say.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' blob:; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// Stats counts what was served, for the teacher's console. Nothing identifies anyone.
type Stats struct {
	Requests atomic.Int64
	Bytes    atomic.Int64
	Errors   atomic.Int64
}

// Handler serves a web build from fsys.
type Handler struct {
	fsys  fs.FS
	stats *Stats
	etags sync.Map // file name -> *etagEntry
}

// etagEntry computes one file's ETag once: when a whole class opens the game together,
// the first requests for sango.wasm arrive at the same moment, and hashing it once per
// request would spend the laptop's CPU on the same answer 40 times.
type etagEntry struct {
	once sync.Once
	tag  string
	err  error
}

// New returns a handler over fsys (the build/web folder or its embedded copy).
func New(fsys fs.FS, stats *Stats) *Handler {
	if stats == nil {
		stats = &Stats{}
	}
	return &Handler{fsys: fsys, stats: stats}
}

// securityHeaders are sent with every page: only this origin may be used, types are not
// guessed, and no address leaks to another site through the Referer header.
func securityHeaders(header http.Header) {
	header.Set("Content-Security-Policy", CSP)
	header.Set("X-Content-Type-Options", "nosniff")
	header.Set("Referrer-Policy", "no-referrer")
}

// contentType names a file's type; .wasm must be application/wasm for streaming compile.
func contentType(name string) string {
	switch path.Ext(name) {
	case ".wasm":
		return "application/wasm"
	case ".webmanifest":
		return "application/manifest+json"
	case ".js":
		return "text/javascript; charset=utf-8"
	case ".html":
		return "text/html; charset=utf-8"
	case ".mp3":
		return "audio/mpeg"
	case ".ttf":
		return "font/ttf"
	case ".otf":
		return "font/otf"
	case ".toml":
		return "text/plain; charset=utf-8"
	}
	if t := mime.TypeByExtension(path.Ext(name)); t != "" {
		return t
	}
	return "application/octet-stream"
}

// encodings lists the precompressed copies to try, best first, that the client accepts.
func encodings(r *http.Request) []string {
	accept := r.Header.Get("Accept-Encoding")
	var out []string
	for _, enc := range []string{"br", "gzip"} {
		for _, part := range strings.Split(accept, ",") {
			name, q, _ := strings.Cut(strings.TrimSpace(part), ";")
			if strings.TrimSpace(name) == enc && strings.TrimSpace(q) != "q=0" {
				out = append(out, enc)
				break
			}
		}
	}
	return out
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.stats.Requests.Add(1)
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
	if name == "" {
		name = "index.html"
	}
	if !fs.ValidPath(name) {
		http.NotFound(w, r)
		return
	}
	header := w.Header()
	securityHeaders(header)
	// Every file is revalidated: the URLs carry no version, and the service worker keeps
	// its own versioned copy for offline play, so a stale mix is never served.
	header.Set("Cache-Control", "no-cache")
	header.Set("Vary", "Accept-Encoding")
	header.Set("Content-Type", contentType(name))
	if name == "sw.js" {
		header.Set("Service-Worker-Allowed", "/")
	}
	file, encoding := name, ""
	for _, enc := range encodings(r) {
		suffix := map[string]string{"br": ".br", "gzip": ".gz"}[enc]
		if _, err := fs.Stat(h.fsys, name+suffix); err == nil {
			file, encoding = name+suffix, enc
			break
		}
	}
	f, err := h.fsys.Open(file)
	if err != nil {
		h.stats.Errors.Add(1)
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil || info.IsDir() {
		http.NotFound(w, r)
		return
	}
	if encoding != "" {
		header.Set("Content-Encoding", encoding)
	}
	// The ETag is a hash of the exact bytes sent, so revalidation is cheap and never
	// mixes versions or encodings (embedded files have no modification time to go by).
	if tag, err := h.etag(file); err == nil {
		header.Set("ETag", tag)
	}
	if seeker, ok := f.(io.ReadSeeker); ok {
		cw := &countingWriter{ResponseWriter: w}
		http.ServeContent(cw, r, name, info.ModTime(), seeker)
		h.stats.Bytes.Add(cw.n)
		return
	}
	header.Set("Content-Length", strconv.FormatInt(info.Size(), 10))
	if r.Method == http.MethodHead {
		return
	}
	n, _ := io.Copy(w, f)
	h.stats.Bytes.Add(n)
}

func (h *Handler) etag(file string) (string, error) {
	// The key includes size and modification time: a folder served from disk may be
	// rebuilt while the server runs, and its files must then get new tags, or browsers
	// would be told their old copy is current. (Embedded files never change.)
	key := file
	if info, err := fs.Stat(h.fsys, file); err == nil {
		key = fmt.Sprintf("%s|%d|%d", file, info.Size(), info.ModTime().UnixNano())
	}
	v, _ := h.etags.LoadOrStore(key, &etagEntry{})
	e := v.(*etagEntry)
	e.once.Do(func() { e.tag, e.err = hashFile(h.fsys, file) })
	return e.tag, e.err
}

// hashFile returns a quoted hash of a file's bytes, for use as an ETag.
func hashFile(fsys fs.FS, file string) (string, error) {
	f, err := fsys.Open(file)
	if err != nil {
		return "", fmt.Errorf("etag of %s: %w", file, err)
	}
	defer f.Close()
	sum := sha256.New()
	if _, err := io.Copy(sum, f); err != nil {
		return "", fmt.Errorf("etag of %s: %w", file, err)
	}
	return `"` + hex.EncodeToString(sum.Sum(nil)[:12]) + `"`, nil
}

type countingWriter struct {
	http.ResponseWriter
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.ResponseWriter.Write(p)
	c.n += int64(n)
	return n, err
}
