// The timeline's service worker: offline after the first visit. Generated for one build by .ci/hosting.mjs,
// which fills in the build's version and its hashed files; a new deployment changes this file, so browsers
// install the new worker, which waits until the page asks it to take over ("new version: reload").
const VERSION = "__VERSION__";
const ASSETS = __ASSETS__;
// Every page of the build (both languages, the static pages, the embed views, the 404), relative to the scope.
const PAGES = __PAGES__;
const CACHE = `ai-timeline-${VERSION}`;
const scope = new URL(self.registration.scope);

// Install: the build's hashed files and every page, so that after one visit both languages, the static pages
// and the 404 open offline.
self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll([...ASSETS, ...PAGES].map((file) => new URL(file, scope).href));
    })(),
  );
});

// Activate: drop the caches of earlier builds (their hashed files go with them), then serve open tabs.
self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("ai-timeline-") && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

// A waiting worker (a new deployment) and the page (src/offline.rs): "current?" asks whether the page already
// runs this build (it does after a plain reload): then take over quietly; otherwise answer "stale" and the page
// offers to reload. "skip-waiting" is the reader's choice to reload.
self.addEventListener("message", (event) => {
  const type = event.data?.type;
  if (type === "skip-waiting" || (type === "current?" && ASSETS.includes(event.data.script))) {
    self.skipWaiting();
  } else if (type === "current?") {
    event.source?.postMessage({ type: "stale" });
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  if (request.mode === "navigate") {
    // Pages: the network first (a new deployment shows at once), the cached page when offline. The query
    // (the view) does not change the page's HTML.
    event.respondWith(
      (async () => {
        const cache = await caches.open(CACHE);
        try {
          const response = await fetch(request);
          if (response.ok) await cache.put(pageOf(url.href), response.clone());
          return response;
        } catch (error) {
          const cached = await cache.match(pageOf(url.href));
          if (cached) return cached;
          // An address the build has no page for: its 404, as the host would answer.
          const missing = await cache.match(new URL("404.html", scope).href);
          if (missing) return missing;
          throw error;
        }
      })(),
    );
    return;
  }
  // Hashed files never change: the cache first.
  event.respondWith(caches.match(request).then((cached) => cached ?? fetch(request)));
});

/** A page's address without query or fragment ("…/timeline/en/"), or null outside the scope. */
function pageOf(address) {
  const url = new URL(address);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return null;
  url.search = "";
  url.hash = "";
  if (url.pathname.endsWith("/index.html")) url.pathname = url.pathname.slice(0, -"index.html".length);
  return url.href;
}
