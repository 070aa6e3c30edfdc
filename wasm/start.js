// Loads the game: streams sango.wasm with a progress bar, then hands the page to it. Also
// wires the full-screen button, and loads later.js (the service worker that keeps the game
// playable offline, the install files, the levels) once the first frame is up. Kept as a file (not inline) so the Content-Security-Policy can forbid inline
// scripts, and inside one function so the page's global scope holds only what
// wasm_exec.js puts there, and sangoKeep, which the game calls.
(() => {
  'use strict';

  // Full screen needs a real user gesture, so it is a DOM button outside the canvas. It is
  // shown only where full screen works (not on iPhone, nor in a frame that forbids it) and
  // while the page is not already full screen. It must never cover one of the game's own
  // buttons: it sits in the first corner that is free on the screen shown (bottom-left
  // usually; the title screen of a small phone has Play there but no Back at top-left),
  // and steps aside when none is (the answers of a level fill a phone's width).
  function setUpFullScreen() {
    const button = document.getElementById('fullscreen');
    const root = document.documentElement;
    if (!button || typeof root.requestFullscreen !== 'function') return;
    const corners = ['bottom-left', 'top-left', 'bottom-right', 'top-right'];
    let layout = null;
    const covers = () => {
      const r = button.getBoundingClientRect();
      const widgets = (layout && layout.widgets) || [];
      for (let i = 0; i < widgets.length; i++) {
        const w = widgets[i];
        if (r.left < w.x + w.w && w.x < r.right && r.top < w.y + w.h && w.y < r.bottom) return true;
      }
      return false;
    };
    const update = () => {
      button.hidden = !document.fullscreenEnabled || document.fullscreenElement !== null;
      if (button.hidden) return;
      // visibility, not hidden, while looking: the button keeps its box to be measured.
      const free = corners.find((corner) => {
        button.dataset.corner = corner;
        return !covers();
      });
      if (!free) button.dataset.corner = corners[0];
      button.style.visibility = free ? '' : 'hidden';
    };
    // The game publishes each screen's buttons, in CSS pixels, by assigning
    // globalThis.sangoState whenever it lays a screen out (game/app/publish_js.go).
    // Catching that assignment moves the button with every screen, rotation and resize,
    // with no polling. The game's assignment must never fail, so neither may this.
    Object.defineProperty(globalThis, 'sangoState', {
      configurable: true,
      enumerable: true,
      get: () => layout,
      set: (value) => {
        layout = value;
        try { update(); } catch (err) { console.warn('Sango: placing the full-screen button:', err.message); }
      },
    });
    update();
    document.addEventListener('fullscreenchange', update);
    window.addEventListener('resize', update);
    button.addEventListener('click', async () => {
      try {
        await root.requestFullscreen({ navigationUI: 'hide' });
      } catch (err) {
        // The browser said no (no gesture, a policy): the game simply stays in the page.
        console.warn('Sango: full screen is not available:', err.message);
      } finally {
        // The game hears keys only while its canvas has focus; a button press moved the
        // focus to the button, so give it back.
        const canvas = document.querySelector('canvas');
        if (canvas) canvas.focus();
      }
    });
  }

  // loadLater loads later.js, which sets up what the first frame does not need: the
  // offline copy, the install files and the levels' download. In its own file, because
  // nothing before the first frame should wait for it: about 0.7 KB (compressed) less.
  // A game that failed to start still gets its offline copy, for the next try.
  function loadLater(started) {
    const script = document.createElement('script');
    script.src = 'later.js';
    script.dataset.started = started ? 'yes' : 'no';
    document.head.appendChild(script);
  }

  // afterFirstFrame runs fn once the game has painted its first frame, so that what the
  // first frame does not need (the install files, an offline copy, which is a second
  // download of the whole build) never delays the first start.
  function afterFirstFrame(fn) {
    const started = Date.now();
    const timer = setInterval(() => {
      const state = globalThis.sangoState;
      if ((state && state.draws > 0) || Date.now() - started > 20000) {
        clearInterval(timer);
        fn();
      }
    }, 250);
  }

  async function loadGame() {
    const fill = document.getElementById('fill');
    const errorBox = document.getElementById('error');
    let started = false;
    try {
      const response = await fetch('sango.wasm');
      if (!response.ok) throw new Error('could not load sango.wasm (' + response.status + ')');
      // The build stamps the wasm's real size here: a precompressed response's
      // Content-Length counts compressed bytes, while the stream below counts what the
      // browser has unpacked.
      const total = Number('__SANGO_WASM_BYTES__') || Number(response.headers.get('Content-Length')) || 0;
      let received = 0;
      const progress = (n) => {
        received += n;
        if (total) fill.style.width = Math.min(100, (100 * received) / total) + '%';
      };
      const go = new Go();
      let result;
      if (typeof WebAssembly.instantiateStreaming === 'function' && typeof TransformStream === 'function' && response.body) {
        // The browser compiles the module while it downloads (about as fast as the
        // download itself), instead of after it. The bytes are counted on their way
        // through, for the progress bar.
        const counted = response.body.pipeThrough(new TransformStream({
          transform(chunk, controller) { progress(chunk.length); controller.enqueue(chunk); },
        }));
        result = await WebAssembly.instantiateStreaming(
          new Response(counted, { headers: { 'Content-Type': 'application/wasm' } }), go.importObject);
      } else {
        // Older browsers: download everything, then compile.
        const bytes = await response.arrayBuffer();
        progress(bytes.byteLength);
        result = await WebAssembly.instantiate(bytes, go.importObject);
      }
      fill.style.width = '100%';
      document.getElementById('loading').remove();
      started = true;
      go.run(result.instance);
      afterFirstFrame(() => loadLater(true));
    } catch (err) {
      errorBox.textContent = 'Sango could not start: ' + err.message + '. Reload the page to try again.';
      // A failed download is retried by reloading, which a waiting new version should
      // then serve.
      if (!started) loadLater(false);
    }
  }

  // The game calls this after fetching a file it wants kept for offline play (see
  // sw.js, "keep"): once a worker is active, the worker stores it if it has not already.
  globalThis.sangoKeep = (url) => {
    if (!('serviceWorker' in navigator)) return;
    navigator.serviceWorker.ready
      .then((registration) => { if (registration.active) registration.active.postMessage({ keep: url }); })
      .catch(() => {});
  };

  setUpFullScreen();
  loadGame();
})();
