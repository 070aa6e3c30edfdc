// Sango's service worker: keeps one complete copy of one build so the game opens and plays
// with no network at all (a classroom, a bus, a flight).
//
// scripts/web-finish.sh stamps the two placeholders below: the build's content version and
// the list of every file of the build. Each build therefore gets its own cache, filled
// completely before it is used and deleted only when a newer complete one takes over, so
// a page never gets a mix of files from two builds (wasm_exec.js must match the Go that
// built sango.wasm).
'use strict';

const VERSION = '__SANGO_VERSION__';
const CACHE = 'sango-' + VERSION;
// './' is the start URL (the manifest's start_url and what a bookmark opens); it is the
// same page as index.html but a different cache key.
const FILES = ['./', "__SANGO_FILES__"];

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // cache: 'no-cache' makes the browser revalidate every file with the server, whose
    // ETag is a hash of the bytes: a file of the previous build is never taken from the
    // HTTP cache, yet the game the page has just downloaded comes back as a cheap 304
    // instead of a second full download. addAll stores nothing unless every file
    // arrived, so a failed download leaves the old version in charge.
    await cache.addAll(FILES.map((file) => new Request(file, { cache: 'no-cache' })));
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    // Only this build's cache stays: every older Sango version goes, and caches not named
    // sango-* are not ours to touch.
    for (const name of await caches.keys()) {
      if (name.startsWith('sango-') && name !== CACHE) await caches.delete(name);
    }
    // The page that installed us on a first visit is served by us from now on, so it
    // works offline without a reload.
    await self.clients.claim();
  })());
});

// A new version waits, complete, until a page says it is safe to switch: start.js sends
// this once its own game has fully loaded and needs no more files. Switching while a page
// is still loading could hand it files of two builds.
// Media fetched on first need (fonts, narration, music) are kept by the fetch handler
// below, but only when this worker already controlled the page when the request went out:
// on a first visit the game can ask before then. The page names each such file again with
// {keep: url}, and it is fetched into this build's cache if it is not there yet.
function keepable(url) {
  return url.origin === self.location.origin && /\/(fonts|voice|music)\//.test(url.pathname);
}

self.addEventListener('message', (event) => {
  if (event.data === 'sango-activate') self.skipWaiting();
  const keep = event.data && event.data.keep;
  if (typeof keep !== 'string') return;
  const url = new URL(keep, self.location.href);
  if (!keepable(url)) return;
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    if (await cache.match(url.href, { ignoreVary: true })) return;
    const response = await fetch(url.href);
    if (response.ok) await cache.put(url.href, response);
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  // Other origins and other methods are not ours: the browser handles them as if there
  // were no service worker (and the page's CSP forbids other origins anyway).
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    // Cache first: the cached build is complete and consistent, and asking the network
    // first would make every offline start wait for a timeout. Navigations ignore the
    // query string, so the page still opens offline if a launcher adds one. Vary is
    // ignored because the cache holds exactly one copy of each file.
    const cached = await caches.match(request, {
      cacheName: CACHE,
      ignoreSearch: request.mode === 'navigate',
      ignoreVary: true,
    });
    if (cached) return cached;
    const response = await fetch(request);
    // A language's font is fetched only when a child picks the language, narration and
    // music only when first played; each joins this build's cache then, so it keeps
    // working offline.
    if (response.ok && keepable(new URL(request.url))) {
      const cache = await caches.open(CACHE);
      await cache.put(request, response.clone());
    }
    return response;
  })());
});
