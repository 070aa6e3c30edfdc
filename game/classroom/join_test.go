package classroom

import (
	"net/http"
	"regexp"
	"strings"
	"testing"
)

// foreignReferences lists everything in an HTML page that could make a browser contact
// another origin: attributes that load or link somewhere other than this origin, CSS
// url() and @import, and addresses anywhere but the text of the .url paragraphs (which
// are written out for people to read, not linked, and the code's spoken label).
func foreignReferences(page string) []string {
	var found []string
	attr := regexp.MustCompile(`(?i)\b(src|href|srcset|action|formaction|poster|data|xlink:href|ping|manifest)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)`)
	for _, m := range attr.FindAllStringSubmatch(page, -1) {
		v := strings.Trim(m[2], `"'`)
		if !strings.HasPrefix(v, "/") || strings.HasPrefix(v, "//") {
			found = append(found, m[0])
		}
	}
	for _, bad := range []string{"url(", "@import", "<link", "<img", "<iframe", "<object", "<embed", "<base"} {
		if strings.Contains(strings.ToLower(page), bad) {
			found = append(found, bad)
		}
	}
	text := regexp.MustCompile(`<p class="url">[^<]*</p>|aria-label="[^"]*"`).ReplaceAllString(page, "")
	if strings.Contains(text, "://") {
		found = append(found, "an address outside the .url text")
	}
	return found
}

func TestJoinPage(t *testing.T) {
	urls := []string{testURL, "http://10.0.0.5:8080"}
	code, err := EncodeQR(urls[0])
	if err != nil {
		t.Fatal(err)
	}
	join, err := NewJoinPage(urls, true, code)
	if err != nil {
		t.Fatal(err)
	}
	h := NewSite(Config{Web: build(), Join: join})
	w := get(t, h, "/join", "br")
	page := w.Body.String()
	if w.Code != http.StatusOK || w.Header().Get("Content-Type") != "text/html; charset=utf-8" {
		t.Fatalf("%d %v", w.Code, w.Header())
	}
	if w.Header().Get("Content-Security-Policy") != CSP || w.Header().Get("Cache-Control") != "no-cache" {
		t.Fatalf("headers %v", w.Header())
	}
	for _, want := range []string{`<p class="url">` + testURL + `</p>`, `<p class="url">http://10.0.0.5:8080</p>`, "<svg", SVG(code, "QR code for "+testURL), "Open the camera, scan, tap the link", "<style>"} {
		if !strings.Contains(page, want) {
			t.Errorf("join page lacks %.80q", want)
		}
	}
	// CSP forbids inline script in every form: elements, event attributes, javascript: URLs.
	if regexp.MustCompile(`(?i)<script|\son[a-z]+\s*=|javascript:`).MatchString(page) {
		t.Error("join page has script, which CSP forbids")
	}
	if refs := foreignReferences(page); len(refs) > 0 {
		t.Errorf("join page references other origins: %q", refs)
	}

	// The check above can fail: it finds a foreign reference when there is one.
	if refs := foreignReferences(strings.Replace(page, "<style>", `<style>@import "https://example.org/x.css";`, 1) + `<a href="https://example.org">x</a>`); len(refs) < 2 {
		t.Errorf("foreignReferences missed planted references: %q", refs)
	}

	// Other paths still reach the game.
	if w := get(t, h, "/", "br"); w.Code != http.StatusOK || w.Body.String() != "BR" {
		t.Fatalf("/ gave %d %q", w.Code, w.Body.String())
	}
	if w := get(t, h, "/join", "", "X-Method", ""); w.Code != http.StatusOK {
		t.Fatalf("/join without encodings gave %d", w.Code)
	}
}

func TestJoinPageWithoutNetwork(t *testing.T) {
	join, err := NewJoinPage([]string{"http://localhost:8080"}, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	w := get(t, join, "/join", "")
	page := w.Body.String()
	if w.Code != http.StatusOK || !strings.Contains(page, "No network found") || strings.Contains(page, "<svg") {
		t.Fatalf("%d:\n%s", w.Code, page)
	}
}
