// Runs once the game has drawn its first frame (start.js, loadLater), or has failed to
// start: sets up what the first frame does not need, so that none of it delays the first
// start. Inside one function, so the page's global scope holds only sangoLevels.
(() => {
  'use strict';

  // The message sw.js waits for before a new version takes over. Pages of older versions
  // send it too, so it must never change.
  const ACTIVATE_MESSAGE = 'sango-activate';

  // keepOffline registers the service worker, which keeps a complete copy of this build so
  // the game opens with no network. It is called once this page has finished loading the
  // game, so the worker's own download does not slow the first start, and so that telling
  // a waiting new version to take over cannot hand this page a mix of two builds. Offline
  // play is a bonus: whatever goes wrong here, the game runs on.
  function keepOffline() {
    // Service workers exist only in secure contexts (https, or localhost).
    if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
    const activate = (worker) => {
      if (worker.state === 'installed') worker.postMessage(ACTIVATE_MESSAGE);
    };
    const watch = (worker) => {
      if (!worker) return;
      activate(worker);
      worker.addEventListener('statechange', () => activate(worker));
    };
    navigator.serviceWorker.register('sw.js').then((registration) => {
      watch(registration.waiting);
      watch(registration.installing);
      registration.addEventListener('updatefound', () => watch(registration.installing));
    }).catch((err) => {
      console.warn('Sango: offline play is not available:', err.message);
    });
  }

  // prefetchLevels starts downloading the levels (levels.bin), which the first screen does
  // not need, as soon as it is up: they are then usually here by the time the child opens a
  // band. The game takes the response from globalThis.sangoLevels
  // (cmd/sango/content_js.go), and reports a failure itself when it needs the levels.
  function prefetchLevels() {
    const response = fetch('levels.bin');
    response.catch(() => {});
    globalThis.sangoLevels = response;
  }

  // linkInstallFiles links the web app manifest, which makes the game installable, and
  // the tab's icon. Browsers fetch both as soon as they are linked, so this waits until
  // the game has drawn its first frame: the first start downloads only what it needs.
  function linkInstallFiles() {
    const link = (rel, href, attrs) => {
      const el = document.createElement('link');
      el.rel = rel;
      el.href = href;
      for (const [name, value] of Object.entries(attrs || {})) el.setAttribute(name, value);
      return el;
    };
    const placeholder = document.querySelector('link[rel="icon"]');
    const icon = link('icon', 'icons/icon-192.png', { type: 'image/png', sizes: '192x192' });
    if (placeholder) placeholder.replaceWith(icon); else document.head.appendChild(icon);
    document.head.appendChild(link('manifest', 'manifest.webmanifest'));
  }

  // The game is running: fetch what it will need next and make it installable.
  if (document.currentScript && document.currentScript.dataset.started === 'yes') {
    prefetchLevels();
    linkInstallFiles();
  }
  keepOffline();
})();
