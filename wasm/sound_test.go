package wasm_test

import (
	"context"
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
  const probe = { contexts: 0, started: 0 };
  globalThis.soundProbe = probe;
  const Base = globalThis.AudioContext;
  if (!Base) return;
  globalThis.AudioContext = class extends Base {
    constructor(...args) { super(...args); probe.contexts++; }
  };
  const start = AudioBufferSourceNode.prototype.start;
  AudioBufferSourceNode.prototype.start = function (...args) { probe.started++; return start.apply(this, args); };
})();`

type soundProbe struct {
	Contexts int `json:"contexts"`
	Started  int `json:"started"`
}

// TestSoundInBrowser checks the web build's sound path, which uses the browser's Web
// Audio rather than Ebitengine's audio: no audio context before the child's first gesture
// (browsers would keep it suspended and warn), and a press of a button plays its effect.
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
	loadGame(t, tab, srv.URL, "", "")

	p, err := evaluate[soundProbe](tab, `globalThis.soundProbe`)
	if err != nil {
		t.Fatal(err)
	}
	if p.Contexts != 0 || p.Started != 0 {
		t.Errorf("before any gesture the page made %d audio context(s) and started %d sound(s), want none", p.Contexts, p.Started)
	}

	// The first press makes the context and has the effects decoded; the tap sound may
	// wait for its decoding, briefly. A second press finds everything ready.
	for _, id := range []string{"play", "back"} {
		if _, err := click(tab, id); err != nil {
			t.Fatal(err)
		}
	}
	err = poll(tab, 10*time.Second, "two tap sounds", func(ctx context.Context) (bool, error) {
		p, err = evaluate[soundProbe](ctx, `globalThis.soundProbe`)
		return err == nil && p.Started >= 2, err
	})
	if err != nil {
		t.Errorf("%v (the page made %d audio context(s) and started %d sound(s))", err, p.Contexts, p.Started)
	}
	if p.Contexts != 1 {
		t.Errorf("the page made %d audio contexts, want 1", p.Contexts)
	}
}
