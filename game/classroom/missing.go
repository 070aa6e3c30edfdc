package classroom

import (
	"io/fs"
	"net/http"
	"strconv"
)

// MissingBuildMessage is what a sango-serve built without the web build says to every
// request, so a teacher who runs `go build` by hand learns the fix at once instead of
// seeing a blank page or a 404.
const MissingBuildMessage = "This sango-serve was built without the game: run make serve"

const missingPage = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sango is not in this server</title>
<style>
  body { margin: 0; padding: 8vmin; font-family: system-ui, sans-serif; font-size: clamp(1.2rem, 4vmin, 2.4rem); color: #1B2A41; background: #fff; }
</style>
</head>
<body>
<h1>Sango is not in this server</h1>
<p>` + MissingBuildMessage + ` (or start it with -web and the folder of a web build).</p>
</body>
</html>
`

// HasGame reports whether fsys holds a web build: its entry page is the one file every
// device asks for first.
func HasGame(fsys fs.FS) bool {
	if fsys == nil {
		return false
	}
	info, err := fs.Stat(fsys, "index.html")
	return err == nil && !info.IsDir()
}

// MissingBuild answers every request with a 503 page that says how to fix the build.
type MissingBuild struct{}

func (MissingBuild) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	header := w.Header()
	securityHeaders(header)
	// no-store: once the game is built in, no browser should still show this page.
	header.Set("Cache-Control", "no-store")
	header.Set("Content-Type", "text/html; charset=utf-8")
	header.Set("Content-Length", strconv.Itoa(len(missingPage)))
	w.WriteHeader(http.StatusServiceUnavailable)
	if r.Method == http.MethodHead {
		return
	}
	_, _ = w.Write([]byte(missingPage)) // nothing to do if the device went away
}
