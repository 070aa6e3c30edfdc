package wasm_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// soundProbeScript runs before any of the page's own scripts. It counts the AudioContexts
// the page makes and the sounds it starts, by wrapping the browser's own classes; the
// game cannot tell the difference.
const soundProbeScript = `(() => {
  const probe = { contexts: 0, started: 0, durations: [] };
  globalThis.soundProbe = probe;
  const Base = globalThis.AudioContext;
  if (!Base) return;
  globalThis.AudioContext = class extends Base {
    constructor(...args) { super(...args); probe.contexts++; }
  };
  const start = AudioBufferSourceNode.prototype.start;
  AudioBufferSourceNode.prototype.start = function (...args) {
    probe.started++;
    probe.durations.push(this.buffer ? this.buffer.duration : 0);
    return start.apply(this, args);
  };
})();`

type soundProbe struct {
	Contexts  int       `json:"contexts"`
	Started   int       `json:"started"`
	Durations []float64 `json:"durations"` // of each sound started, in seconds
}

// heard reports whether a sound lasting between min and max seconds was started:
// effects last under a second, Sango's lines a few seconds, the music loops 19 s or more.
func (p soundProbe) heard(min, max float64) bool {
	for _, d := range p.Durations {
		if d >= min && d <= max {
			return true
		}
	}
	return false
}

// TestSoundInBrowser checks the web build's sound path, which uses the browser's Web
// Audio rather than Ebitengine's audio: no audio context before the child's first gesture
// (browsers would keep it suspended and warn); after "tap to start", music and narration
// play by themselves; and a press of a button plays its effect.
func TestSoundInBrowser(t *testing.T) {
	web := webDir(t)
	srv := serveWeb(t, web)
	ctx, cancel := context.WithTimeout(t.Context(), testBudget)
	defer cancel()
	tab := startBrowser(t, ctx, srv.URL)
	if err := runStep(tab, stepTimeout, chromedp.EmulateViewport(1280, 720)); err != nil {
		t.Fatalf("setting a 1280x720 viewport: %v", err)
	}
	addProbe := chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: soundProbeScript})
		return err
	})
	if err := runStep(tab, stepTimeout, addProbe); err != nil {
		t.Fatalf("adding the sound probe: %v", err)
	}
	if err := runStep(tab, stepTimeout, chromedp.Navigate(srv.URL)); err != nil {
		t.Fatalf("loading %s: %v", srv.URL, err)
	}
	if _, err := waitFor(tab, firstFrameTimeout, "the first frame", firstFrame); err != nil {
		t.Fatal(err)
	}

	p, err := evaluate[soundProbe](tab, `globalThis.soundProbe`)
	if err != nil {
		t.Fatal(err)
	}
	if p.Contexts != 0 || p.Started != 0 {
		t.Errorf("before any gesture the page made %d audio context(s) and started %d sound(s), want none", p.Contexts, p.Started)
	}

	// "Tap to start" makes the context. On the next screen (the language picker on a
	// first visit, then the title) music and Sango's voice start with no further tap:
	// they are fetched, decoded by the browser and played.
	if _, err := click(tab, "start"); err != nil {
		t.Fatal(err)
	}
	if _, err := click(tab, "lang:en"); err != nil {
		t.Fatal(err)
	}
	if _, err := waitFor(tab, stepTimeout, "the title", func(s pageState) bool { return s.Scene == "title" }); err != nil {
		t.Fatal(err)
	}
	// The title's loop is exactly as long as it was composed: the browser drops LAME's
	// delay and padding, so its turns join without a gap.
	title := composedSeconds(t, "title.mp3")
	err = poll(tab, 20*time.Second, "music and Sango's voice on the title", func(ctx context.Context) (bool, error) {
		p, err = evaluate[soundProbe](ctx, `globalThis.soundProbe`)
		return err == nil && p.heard(title-0.005, title+0.005) && p.heard(1, 12), err
	})
	if err != nil {
		t.Errorf("%v (the page started sounds lasting %v s)", err, p.Durations)
	}
	before := p.Started

	// A press plays its tap sound.
	for _, id := range []string{"play", "back"} {
		if _, err := click(tab, id); err != nil {
			t.Fatal(err)
		}
	}
	err = poll(tab, 10*time.Second, "two tap sounds", func(ctx context.Context) (bool, error) {
		p, err = evaluate[soundProbe](ctx, `globalThis.soundProbe`)
		return err == nil && p.Started >= before+2, err
	})
	if err != nil {
		t.Errorf("%v (the page made %d audio context(s) and started %d sound(s))", err, p.Contexts, p.Started)
	}
	if p.Contexts != 1 {
		t.Errorf("the page made %d audio contexts, want 1", p.Contexts)
	}
}

// composedSeconds is a music loop's length as composed, from assets/music/durations.txt.
func composedSeconds(t *testing.T, name string) float64 {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "assets", "music", "durations.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		var file string
		var ms int
		if n, _ := fmt.Sscan(line, &file, &ms); n == 2 && file == name {
			return float64(ms) / 1000
		}
	}
	t.Fatalf("durations.txt has no length for %s", name)
	return 0
}
