package wasm_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"slices"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"sango/game/classroom"
)

// Returning children on a classroom network: the page comes over plain http from the
// teacher's laptop, where browsers allow no service worker, so every start asks the
// laptop for the game again, over a network slowed by the whole class. A child whose
// saved language is Arabic or Chinese also waits, before the first frame, for that
// language's words and fonts; this prints how much longer than an English-speaking child.
const (
	benchClassroomLatencyMs = 150 // each request's round trip on a busy classroom Wi-Fi
	benchReturningRuns      = 3   // starts per language; the median is printed
)

func BenchmarkWebReturningChild(b *testing.B) {
	srv := httptest.NewServer(classroom.New(os.DirFS(benchWebDir(b)), nil))
	b.Cleanup(srv.Close)
	langs := []string{"en", "ar", "zh"}
	medians := map[string]float64{}
	for b.Loop() {
		for _, lang := range langs {
			ms, err := benchReturning(b, srv.URL, lang)
			if err != nil {
				b.Fatal(err)
			}
			slices.Sort(ms)
			medians[lang] = ms[len(ms)/2]
		}
	}
	fmt.Printf("\nreturning child, first frame over plain http with %d ms round trips (median of %d starts)\n",
		benchClassroomLatencyMs, benchReturningRuns)
	for _, lang := range langs {
		fmt.Printf("  %-3s %.2f s  (%+.2f s beside English)\n", lang, medians[lang]/1000, (medians[lang]-medians["en"])/1000)
		b.ReportMetric(medians[lang], lang+"-ms")
	}
	b.ReportMetric(0, "ns/op")
}

// benchReturning opens the game once in a fresh browser, saves lang as the child's
// choice, and then times benchReturningRuns starts with the classroom's latency and no
// service worker. It checks that each first frame is in that language.
func benchReturning(b *testing.B, url, lang string) ([]float64, error) {
	ctx, cancel := context.WithTimeout(b.Context(), 2*benchFirstFrameTimeout)
	defer cancel()
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx, chromiumOptions(b.TempDir())...)
	defer cancelAlloc()
	tab, cancelTab := chromedp.NewContext(allocCtx)
	defer cancelTab()
	if err := chromedp.Do(tab); err != nil {
		return nil, fmt.Errorf("starting %s: %w", chromiumPath, err)
	}
	if err := benchStep(tab, chromedp.EmulateViewport(1280, 720)); err != nil {
		return nil, err
	}
	if _, err := chromedp.Call(tab, network.SetBypassServiceWorker, network.SetBypassServiceWorkerParams{Bypass: true}); err != nil {
		return nil, fmt.Errorf("turning the service worker off: %w", err)
	}
	if err := benchStep(tab, chromedp.Navigate(url)); err != nil {
		return nil, err
	}
	english, err := waitFor(tab, benchFirstFrameTimeout, "the first frame", firstFrame)
	if err != nil {
		return nil, err
	}
	englishStart, _ := english.widget("start")
	save := fmt.Sprintf(`localStorage.setItem("sango.progress", '{"version":1,"levels":{},"settings":{"lang":"%s"}}')`, lang)
	if err := benchStep(tab, chromedp.Evaluate[chromedp.Void](save)); err != nil {
		return nil, fmt.Errorf("saving the language: %w", err)
	}
	if _, err := chromedp.Call(tab, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
		MatchedNetworkConditions: []*network.Conditions{{Latency: benchClassroomLatencyMs, DownloadThroughput: -1, UploadThroughput: -1}}}); err != nil {
		return nil, fmt.Errorf("slowing the network: %w", err)
	}
	var ms []float64
	for range benchReturningRuns {
		if err := benchStep(tab, chromedp.Reload()); err != nil {
			return nil, err
		}
		// Polled in the page, as BenchmarkWebFirstFrame does, from the page's own clock.
		frameCtx, cancelFrame := context.WithTimeout(tab, benchFirstFrameTimeout)
		now, err := chromedp.Run(frameCtx, chromedp.Evaluate[float64](`new Promise((resolve) => {
  const poll = () => ((globalThis.sangoState?.draws ?? 0) > 0 ? resolve(performance.now()) : setTimeout(poll, 20));
  poll();
})`, chromedp.EvalAwaitPromise))
		cancelFrame()
		if err != nil {
			return nil, fmt.Errorf("%s: waiting for the first frame: %w", lang, err)
		}
		s, err := waitFor(tab, benchStepTimeout, "the first frame", firstFrame)
		if err != nil {
			return nil, err
		}
		start, _ := s.widget("start")
		if (lang == "en") != (start.Label == englishStart.Label) {
			return nil, fmt.Errorf("%s: the first frame says %q, in the wrong language", lang, start.Label)
		}
		ms = append(ms, now)
	}
	return ms, nil
}
