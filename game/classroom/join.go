package classroom

import (
	"bytes"
	"fmt"
	"html/template"
	"net/http"
	"strconv"

	"rsc.io/qr"
)

// joinTemplate is the page a teacher puts on the projector so the class can join by
// scanning. It is built for the back row: the code fills most of the screen and the
// address is written out large for devices without a camera. It has no script and loads
// nothing, so it passes CSP as is (inline <style> is allowed there).
const joinTemplate = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Join Sango</title>
<style>
  html, body { margin: 0; background: #fff; color: #1B2A41; font-family: system-ui, sans-serif; }
  main { display: flex; flex-wrap: wrap; align-items: center; justify-content: center; gap: 4vmin; min-height: 100vh; padding: 3vmin; box-sizing: border-box; }
  .qr { flex: 0 0 auto; }
  .qr svg { display: block; width: min(82vmin, 92vw); height: auto; }
  /* A basis small enough to sit beside the code on a landscape projector. */
  .text { flex: 1 1 18rem; max-width: 44rem; }
  h1 { font-size: clamp(2rem, 7vmin, 5rem); margin: 0 0 0.3em; }
  .how { font-size: clamp(1.5rem, 5vmin, 3.5rem); margin: 0 0 0.8em; }
  .url { font-size: clamp(1.6rem, 5.5vmin, 4rem); font-weight: 700; font-family: ui-monospace, Menlo, Consolas, monospace; overflow-wrap: anywhere; margin: 0.15em 0; }
  .note { font-size: clamp(1rem, 2.6vmin, 1.7rem); }
  a { color: #0B6E7F; }
</style>
</head>
<body>
<main>
{{- if .SVG}}
<div class="qr">{{.SVG}}</div>
{{- end}}
<div class="text">
<h1>Play Sango</h1>
{{- if .LAN}}
<p class="how">Open the camera, scan, tap the link.</p>
<p class="note">Or type this address in the browser:</p>
{{- range .URLs}}
<p class="url">{{.}}</p>
{{- end}}
<p class="note">Phones, tablets and computers must be on the same network (Wi-Fi) as this computer.</p>
{{- else}}
<p class="url">No network found</p>
<p class="note">Other devices cannot join yet: connect this computer to the classroom Wi-Fi (or turn on its hotspot), then restart sango-serve.</p>
{{- end}}
<p class="note"><a href="/">Play on this computer</a></p>
</div>
</main>
</body>
</html>
`

// JoinPage serves the /join page. It is rendered once: the addresses do not change while
// the server runs.
type JoinPage struct {
	page []byte
}

// NewJoinPage renders the page for the URLs from JoinURLs. code is the QR code of the
// first URL, or nil when there is no network to join (a code for localhost would send
// each phone to itself).
func NewJoinPage(urls []string, lan bool, code *qr.Code) (*JoinPage, error) {
	tmpl, err := template.New("join").Parse(joinTemplate)
	if err != nil {
		return nil, fmt.Errorf("parse join page: %w", err)
	}
	data := struct {
		URLs []string
		LAN  bool
		SVG  template.HTML
	}{URLs: urls, LAN: lan}
	if code != nil && lan && len(urls) > 0 {
		// Safe as HTML: SVG writes only numbers and the escaped label.
		data.SVG = template.HTML(SVG(code, "QR code for "+urls[0]))
	}
	var buf bytes.Buffer
	if err := tmpl.Execute(&buf, data); err != nil {
		return nil, fmt.Errorf("render join page: %w", err)
	}
	return &JoinPage{page: buf.Bytes()}, nil
}

func (j *JoinPage) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	securityHeaders(w.Header())
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(j.page)))
	if r.Method == http.MethodHead {
		return
	}
	_, _ = w.Write(j.page) // a device that went away mid-page needs no reply
}
