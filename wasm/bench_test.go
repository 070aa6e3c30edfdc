package wasm_test

// BenchmarkWebFirstFrame answers issue 4's question "how much does Sango cost to open, next
// to Ebitengine itself?". In one run it builds a bare Ebitengine program (wasm/bare) the way
// `make web` builds Sango, precompresses it with the same script, serves both builds with
// the classroom server, and opens each several times in a fresh headless Chromium. It
// prints what each page transferred before its first frame and how long that frame took,
// with the ratios and the goals. It reports; it fails only on errors, never on the numbers.
//
// Every name here starts with "bench": browser_test.go shares this package.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"sango/game/classroom"
)

const (
	// Runs per build; the median of an odd count is one real run, not an average. Five,
	// because on two busy cores one start-up can take a third longer than the next.
	benchRuns = 5
	// How often the page is asked whether it has drawn. The answer is read in the page
	// (performance.now()), so the polling adds at most this much to a time.
	benchPollEvery = 20 * time.Millisecond
	// Software WebGL on two cores; a first frame has taken up to 5 s here, so this only
	// stops a page that will never draw.
	benchFirstFrameTimeout = 2 * time.Minute
	// Starting Chromium and setting the viewport.
	benchStepTimeout = 30 * time.Second
	// Issue 4, item 3: Sango may cost at most this much more than a bare Ebitengine page.
	benchBytesGoal = 1.15
	benchTimeGoal  = 1.3
)

// benchBarePage is the page of the bare program: Ebitengine's documented loader, with
// the script in a file because the classroom server's Content-Security-Policy forbids
// inline scripts. The empty icon keeps Chromium from asking for /favicon.ico, as Sango's
// page does.
const benchBarePage = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>bare Ebitengine</title>
</head>
<body>
<script src="wasm_exec.js"></script>
<script src="bare.js"></script>
</body>
</html>
`

const benchBareLoader = `const go = new Go();
WebAssembly.instantiateStreaming(fetch('bare.wasm'), go.importObject).then((result) => {
  go.run(result.instance);
});
`

// benchBuild is one web build under test.
type benchBuild struct {
	name string
	dir  string
	wasm string // the wasm file's name in dir
	// drawn is a JavaScript expression that is true once the first frame is drawn.
	drawn string
	stats *classroom.Stats
	url   string
}

// benchSample is one page load.
type benchSample struct {
	bytes  int64            // encodedDataLength of the page's requests finished before the first frame
	served int64            // bytes the server sent meanwhile, to any requester (a service worker too)
	ms     float64          // performance.now() when the first frame was seen
	wallMs float64          // wall clock from Page.navigate to the same moment, as a cross-check
	wasmMs float64          // when the wasm had been downloaded (its responseEnd), -1 if unknown
	files  map[string]int64 // bytes per path
	encs   map[string]string
}

func BenchmarkWebFirstFrame(b *testing.B) {
	sangoDir := benchWebDir(b)
	// A copy, so that a `make web` run meanwhile (as by another terminal) cannot swap
	// files under the browser halfway through the runs.
	snapshot := filepath.Join(b.TempDir(), "web")
	if err := os.CopyFS(snapshot, os.DirFS(sangoDir)); err != nil {
		b.Fatalf("copying the web build %s: %v", sangoDir, err)
	}
	if err := benchCheckBuild(snapshot); err != nil {
		b.Fatalf("copying the web build: %v (was it being rebuilt?)", err)
	}
	sangoDir = snapshot
	bareDir, err := benchBuildBare(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	builds := []*benchBuild{
		{name: "bare", dir: bareDir, wasm: "bare.wasm", drawn: `globalThis.bareDrawn === true`},
		{name: "sango", dir: sangoDir, wasm: "sango.wasm", drawn: `(globalThis.sangoState?.draws ?? 0) > 0`},
	}
	for _, bb := range builds {
		bb.stats = &classroom.Stats{}
		srv := httptest.NewServer(classroom.New(os.DirFS(bb.dir), bb.stats))
		b.Cleanup(srv.Close)
		bb.url = srv.URL
	}

	// Two cores: anything else running (another test's Chromium) slows both builds, but
	// not equally, so the load is printed with the numbers.
	if load, err := os.ReadFile("/proc/loadavg"); err == nil {
		if f := strings.Fields(string(load)); len(f) >= 3 {
			fmt.Printf("load average before the runs: %s\n", strings.Join(f[:3], " "))
		}
	}
	samples := map[string][]benchSample{}
	for b.Loop() {
		// One load first, not counted: the first Chromium start of a run reads its files
		// from disk and would make whichever build goes first look slow.
		if _, err := benchLoad(b, builds[0]); err != nil {
			b.Fatalf("warm-up: %v", err)
		}
		// Alternating the builds spreads any drift of the machine over both.
		for run := 1; run <= benchRuns; run++ {
			for _, bb := range builds {
				s, err := benchLoad(b, bb)
				if err != nil {
					b.Fatalf("run %d: %v", run, err)
				}
				fmt.Printf("  run %d %-6s %12s bytes  %6.2f s  (wasm downloaded at %.2f s; wall clock %.2f s)\n",
					run, bb.name, benchThousands(s.bytes), s.ms/1000, s.wasmMs/1000, s.wallMs/1000)
				samples[bb.name] = append(samples[bb.name], s)
			}
		}
	}
	benchReport(b, builds, samples)
}

// benchWebDir is Sango's web build, checked the same way as for the browser tests.
func benchWebDir(b *testing.B) string {
	b.Helper()
	dir := webDir(b)
	if err := benchCheckBuild(dir); err != nil {
		b.Fatal(err)
	}
	return dir
}

// benchCheckBuild makes sure dir holds a finished build. Without the precompressed copy
// the server would send the raw wasm, and the byte count would say nothing about a real
// deployment.
func benchCheckBuild(dir string) error {
	for _, f := range []string{"index.html", "sango.wasm", "sango.wasm.br", "sango.wasm.gz"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			return fmt.Errorf("%s does not hold a finished web build (run make web): %w", dir, err)
		}
	}
	return nil
}

// benchBuildBare builds wasm/bare as `make web` builds Sango, writes its page and
// finishes the folder with scripts/web-finish.sh, so both builds are compressed alike.
// make web's -gcflags=sango/...=-l is left out: it touches only Sango's own packages,
// and the bare program's one small main package would not change measurably.
func benchBuildBare(dir string) (string, error) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		return "", fmt.Errorf("the go command is needed to build the bare program: %w", err)
	}
	build := exec.Command(goBin, "build", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(dir, "bare.wasm"), "./bare")
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		return "", fmt.Errorf("building wasm/bare for js/wasm: %w\n%s", err, out)
	}
	root, err := exec.Command(goBin, "env", "GOROOT").Output()
	if err != nil {
		return "", fmt.Errorf("asking go for GOROOT: %w", err)
	}
	support, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(root)), "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		return "", fmt.Errorf("reading Go's wasm_exec.js: %w", err)
	}
	for name, data := range map[string][]byte{
		"wasm_exec.js": support,
		"index.html":   []byte(benchBarePage),
		"bare.js":      []byte(benchBareLoader),
	} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return "", fmt.Errorf("writing the bare page: %w", err)
		}
	}
	finish := exec.Command("sh", filepath.Join("..", "scripts", "web-finish.sh"), dir)
	if out, err := finish.CombinedOutput(); err != nil {
		return "", fmt.Errorf("precompressing the bare build with scripts/web-finish.sh: %w\n%s", err, out)
	}
	return dir, nil
}

// benchLoad opens a build in a new Chromium with an empty profile, so nothing is cached,
// and waits for its first frame.
func benchLoad(b *testing.B, bb *benchBuild) (benchSample, error) {
	ctx, cancel := context.WithTimeout(b.Context(), benchFirstFrameTimeout+2*benchStepTimeout)
	defer cancel()
	profile, err := os.MkdirTemp("", "sango-bench-chromium-")
	if err != nil {
		return benchSample{}, fmt.Errorf("creating a Chromium profile folder: %w", err)
	}
	defer os.RemoveAll(profile)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx, chromiumOptions(profile)...)
	// Deferred after RemoveAll, so it runs first: Chromium has exited (the cancel waits
	// for it) before its profile is removed.
	defer cancelAlloc()
	netlog := &benchNetwork{urls: map[network.RequestID]string{}, bytes: map[network.RequestID]int64{}, encs: map[network.RequestID]string{}}
	tab, cancelTab := chromedp.NewContext(allocCtx, chromedp.WithListener(netlog.record))
	defer cancelTab()
	// The first action starts the browser; it gets no timeout of its own, as a timeout
	// there would close the browser when it ends (the whole load has one, above).
	if err := chromedp.Do(tab); err != nil {
		return benchSample{}, fmt.Errorf("%s: starting %s: %w", bb.name, chromiumPath, err)
	}
	// The same 1280x720 page as the browser test; headless window sizes include chrome.
	if err := benchStep(tab, chromedp.EmulateViewport(1280, 720)); err != nil {
		return benchSample{}, fmt.Errorf("%s: setting the viewport: %w", bb.name, err)
	}

	servedBefore := bb.stats.Bytes.Load()
	start := time.Now()
	// Page.navigate without waiting for the load event: the clock in the page starts at
	// navigation anyway, and polling from the first moment cannot miss an early frame.
	navigate := chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		res, err := cdp.Call(ctx, t, page.Navigate, page.NavigateParams{URL: bb.url + "/"})
		if err == nil && res.ErrorText != "" {
			err = fmt.Errorf("%s", res.ErrorText)
		}
		return err
	})
	if err := benchStep(tab, navigate); err != nil {
		return benchSample{}, fmt.Errorf("%s: opening %s: %w", bb.name, bb.url, err)
	}
	// performance.now() counts from the navigation's start (the page's time origin), and
	// is read in the same evaluation that sees the frame. The wasm's responseEnd splits
	// the time into download and compile + start-up + first draw.
	probe := chromedp.Evaluate[*benchProbe](`(() => {
  if (!(` + bb.drawn + `)) return null;
  const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/` + bb.wasm + `'));
  return { ms: performance.now(), wasmMs: wasm ? wasm.responseEnd : -1 };
})()`)
	wait, cancelWait := context.WithTimeout(tab, benchFirstFrameTimeout)
	defer cancelWait()
	var lastErr error
	for {
		p, err := chromedp.Run(wait, probe)
		if err == nil && p != nil {
			s := netlog.snapshot()
			s.ms, s.wasmMs = p.Ms, p.WasmMs
			s.wallMs = float64(time.Since(start)) / float64(time.Millisecond)
			s.served = bb.stats.Bytes.Load() - servedBefore
			benchCompleteWasm(tab, netlog, bb, &s)
			if foreign := netlog.foreign(bb.url); len(foreign) > 0 {
				return s, fmt.Errorf("%s: the page made requests outside %s: %s", bb.name, bb.url, strings.Join(foreign, " "))
			}
			return s, nil
		}
		// Errors are expected while the navigation replaces the old document.
		if err != nil {
			lastErr = err
		}
		select {
		case <-wait.Done():
			return benchSample{}, fmt.Errorf("%s: no first frame within %v (last probe error: %v; page problems: %s)",
				bb.name, benchFirstFrameTimeout, lastErr, netlog.problemText())
		case <-time.After(benchPollEvery):
		}
	}
}

// benchCompleteWasm makes sure a sample counts the wasm download. The page cannot draw
// before the whole module has arrived, but when it compiles the module as it streams in,
// Chromium may report the request finished (and list its resource timing) a moment after
// the first frame is seen; the sample would then miss the biggest file. So this waits a
// little for that report and adds the wasm's bytes alone, nothing else that finished
// meanwhile.
func benchCompleteWasm(tab context.Context, netlog *benchNetwork, bb *benchBuild, s *benchSample) {
	deadline := time.Now().Add(benchStepTimeout)
	for time.Now().Before(deadline) {
		if _, counted := s.files["/"+bb.wasm]; !counted {
			if id, bytes, ok := netlog.finished("/" + bb.wasm); ok {
				s.bytes += bytes
				s.files["/"+bb.wasm] = bytes
				if enc, ok := netlog.encoding(id); ok {
					s.encs["/"+bb.wasm] = enc
				}
			}
		}
		if s.wasmMs < 0 {
			ctx, cancel := context.WithTimeout(tab, benchStepTimeout)
			ms, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`(() => {
  const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/`+bb.wasm+`'));
  return wasm ? wasm.responseEnd : -1;
})()`))
			cancel()
			if err == nil {
				s.wasmMs = ms
			}
		}
		if _, counted := s.files["/"+bb.wasm]; counted && s.wasmMs >= 0 {
			return
		}
		time.Sleep(benchPollEvery)
	}
}

// benchProbe is what the page answers once it has drawn.
type benchProbe struct {
	Ms     float64 `json:"ms"`
	WasmMs float64 `json:"wasmMs"`
}

// benchStep runs one action with its own deadline.
func benchStep(tab context.Context, a chromedp.Action[chromedp.Void]) error {
	ctx, cancel := context.WithTimeout(tab, benchStepTimeout)
	defer cancel()
	return chromedp.Do(ctx, a)
}

// benchNetwork collects the tab's requests as Chromium reports them.
type benchNetwork struct {
	mu       sync.Mutex
	urls     map[network.RequestID]string
	bytes    map[network.RequestID]int64 // only requests that have finished
	encs     map[network.RequestID]string
	problems []string // failed requests, console errors and exceptions, for a page that never draws
}

// record runs in chromedp's event loop, so it only copies data and returns.
func (n *benchNetwork) record(ev any) {
	n.mu.Lock()
	defer n.mu.Unlock()
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		n.urls[ev.RequestID] = ev.Request.URL
	case *network.EventResponseReceived:
		// A missing file (say, a build folder rebuilt during the run) shows only as a
		// status and a message in the page, never as an exception.
		if ev.Response.Status >= 400 {
			n.problems = append(n.problems, fmt.Sprintf("HTTP %d for %s", ev.Response.Status, ev.Response.URL))
		}
		for k, v := range ev.Response.Headers {
			if strings.EqualFold(k, "Content-Encoding") {
				n.encs[ev.RequestID] = fmt.Sprint(v)
			}
		}
	case *network.EventLoadingFinished:
		// Everything received for the request: headers and the body as sent, so with
		// Content-Encoding the compressed size.
		n.bytes[ev.RequestID] = int64(ev.EncodedDataLength)
	case *network.EventLoadingFailed:
		n.problems = append(n.problems, fmt.Sprintf("loading %s failed: %s", n.urls[ev.RequestID], ev.ErrorText))
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeWarning {
			parts := make([]string, 0, len(ev.Args))
			for _, a := range ev.Args {
				var text string
				switch {
				case a == nil:
				case a.Type == runtime.RemoteObjectTypeString && json.Unmarshal(a.Value, &text) == nil:
					parts = append(parts, text)
				case a.Description != "":
					parts = append(parts, a.Description)
				default:
					parts = append(parts, string(a.Value))
				}
			}
			n.problems = append(n.problems, "console."+string(ev.Type)+": "+strings.Join(parts, " "))
		}
	case *runtime.EventExceptionThrown:
		if d := ev.ExceptionDetails; d != nil {
			text := d.Text
			if d.Exception != nil {
				text += " " + d.Exception.Description
			}
			n.problems = append(n.problems, "exception: "+text)
		}
	}
}

// snapshot sums the requests that have finished so far.
func (n *benchNetwork) snapshot() benchSample {
	n.mu.Lock()
	defer n.mu.Unlock()
	s := benchSample{files: map[string]int64{}, encs: map[string]string{}}
	for id, size := range n.bytes {
		name := benchPath(n.urls[id])
		s.bytes += size
		s.files[name] += size
		if enc, ok := n.encs[id]; ok {
			s.encs[name] = enc
		}
	}
	return s
}

// finished returns the request for the path given, once it has finished.
func (n *benchNetwork) finished(path string) (network.RequestID, int64, bool) {
	n.mu.Lock()
	defer n.mu.Unlock()
	for id, size := range n.bytes {
		if benchPath(n.urls[id]) == path {
			return id, size, true
		}
	}
	return "", 0, false
}

func (n *benchNetwork) encoding(id network.RequestID) (string, bool) {
	n.mu.Lock()
	defer n.mu.Unlock()
	enc, ok := n.encs[id]
	return enc, ok
}

func (n *benchNetwork) foreign(origin string) []string {
	n.mu.Lock()
	defer n.mu.Unlock()
	var out []string
	for _, u := range n.urls {
		if !strings.HasPrefix(u, origin+"/") && !strings.HasPrefix(u, "data:") && !strings.HasPrefix(u, "blob:") {
			out = append(out, u)
		}
	}
	return out
}

func (n *benchNetwork) problemText() string {
	n.mu.Lock()
	defer n.mu.Unlock()
	if len(n.problems) == 0 {
		return "none"
	}
	return strings.Join(n.problems, "; ")
}

// benchPath shortens a URL of the test server to its path, for the per-file listing.
func benchPath(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		if j := strings.Index(u[i+3:], "/"); j >= 0 {
			return u[i+3+j:]
		}
	}
	return u
}

// benchReport prints the table issue 4 asks for and reports the same figures as metrics.
func benchReport(b *testing.B, builds []*benchBuild, samples map[string][]benchSample) {
	b.Helper()
	type figures struct{ bytes, served, ms, wasmMs float64 }
	med := map[string]figures{}
	for _, bb := range builds {
		ss := samples[bb.name]
		med[bb.name] = figures{
			bytes:  benchMedian(ss, func(s benchSample) float64 { return float64(s.bytes) }),
			served: benchMedian(ss, func(s benchSample) float64 { return float64(s.served) }),
			ms:     benchMedian(ss, func(s benchSample) float64 { return s.ms }),
			wasmMs: benchMedian(ss, func(s benchSample) float64 { return s.wasmMs }),
		}
	}
	bare, sango := med["bare"], med["sango"]
	bytesRatio, timeRatio := sango.bytes/bare.bytes, sango.ms/bare.ms

	var out bytes.Buffer
	fmt.Fprintf(&out, "\nweb first frame (median of %d, headless Chromium, software WebGL)\n", len(samples["bare"]))
	fmt.Fprintf(&out, "              %-21s%s\n", "bytes (compressed)", "time to first frame")
	for _, bb := range builds {
		fmt.Fprintf(&out, "  %-12s%-21s%.2f s\n", bb.name, benchThousands(int64(med[bb.name].bytes)), med[bb.name].ms/1000)
	}
	fmt.Fprintf(&out, "  %-12s%-21s%s\n", "ratio",
		fmt.Sprintf("%.2f× (goal ≤ %.2f×: %s)", bytesRatio, benchBytesGoal, benchMet(bytesRatio, benchBytesGoal)),
		fmt.Sprintf("   %.2f× (goal ≤ %.2f×: %s)", timeRatio, benchTimeGoal, benchMet(timeRatio, benchTimeGoal)))
	fmt.Fprintf(&out, "  bytes: encodedDataLength (headers and body as sent) of the page's requests finished before the first frame\n")
	fmt.Fprintf(&out, "  time: performance.now() in the page (from navigation start) when polling every %v first saw a frame\n", benchPollEvery)
	fmt.Fprintf(&out, "  wasm downloaded at (median): bare %.2f s, sango %.2f s; the rest is compiling, Go start-up and the first draw\n",
		bare.wasmMs/1000, sango.wasmMs/1000)
	fmt.Fprintf(&out, "  server-side check, bytes sent to any requester before the first frame: bare %s, sango %s\n",
		benchThousands(int64(bare.served)), benchThousands(int64(sango.served)))
	// A service worker fetches in its own target, unseen by the page's network events;
	// when it downloads during start-up, the server's count is the honest one.
	for _, bb := range builds {
		if f := med[bb.name]; f.served > 1.1*f.bytes {
			fmt.Fprintf(&out, "  note: %s's server sent %s bytes more than its page received before the first frame: a service worker downloaded during start-up\n",
				bb.name, benchThousands(int64(f.served-f.bytes)))
		}
	}

	fmt.Fprintf(&out, "\nwasm sizes      %-14s%-14s%s\n", "raw", "gzip -9", "brotli -q 11")
	for _, bb := range builds {
		var sizes [3]string
		for i, suffix := range []string{"", ".gz", ".br"} {
			info, err := os.Stat(filepath.Join(bb.dir, bb.wasm+suffix))
			if err != nil {
				b.Fatalf("sizing %s: %v", bb.wasm+suffix, err)
			}
			sizes[i] = benchThousands(info.Size())
		}
		fmt.Fprintf(&out, "  %-14s%-14s%-14s%s\n", bb.name, sizes[0], sizes[1], sizes[2])
	}

	fmt.Fprintf(&out, "\ntransferred before the first frame, per file (run 1)\n")
	for _, bb := range builds {
		s := samples[bb.name][0]
		for _, name := range slices.Sorted(maps.Keys(s.files)) {
			enc := s.encs[name]
			if enc == "" {
				enc = "identity"
			}
			fmt.Fprintf(&out, "  %-6s %-22s %12s  (%s)\n", bb.name, name, benchThousands(s.files[name]), enc)
		}
	}
	fmt.Print(out.String())

	b.ReportMetric(bare.bytes, "bare-bytes")
	b.ReportMetric(sango.bytes, "sango-bytes")
	b.ReportMetric(bare.ms, "bare-ms")
	b.ReportMetric(sango.ms, "sango-ms")
	b.ReportMetric(bytesRatio, "bytes-ratio")
	b.ReportMetric(timeRatio, "time-ratio")
	// The default ns/op would time the whole benchmark, builds and warm-up included.
	b.ReportMetric(0, "ns/op")
}

func benchMedian(ss []benchSample, f func(benchSample) float64) float64 {
	v := make([]float64, 0, len(ss))
	for _, s := range ss {
		v = append(v, f(s))
	}
	slices.Sort(v)
	if len(v) == 0 {
		return 0
	}
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}

func benchMet(ratio, goal float64) string {
	if ratio <= goal {
		return "met"
	}
	return "not met"
}

// benchThousands writes n with comma separators, as the table in issue 4 does.
func benchThousands(n int64) string {
	s := fmt.Sprint(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var out []byte
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	if neg {
		return "-" + string(out)
	}
	return string(out)
}
