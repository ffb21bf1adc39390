// crosscheck's service worker: after the first visit the page works with no
// network. Every asset is cached at install; requests are answered from the
// cache first (so the page opens offline and at once), and the cache is
// refreshed in the background from the network when there is one, so that a
// rebuilt main.wasm reaches the user on the next load.
//
// VERSION names the cache; bump it when the asset list changes, and old
// caches are deleted on activation.
"use strict";

const VERSION = "crosscheck-v1";
const ASSETS = [
  "./",
  "index.html",
  "style.css",
  "dom.js",
  "report.js",
  "app.js",
  "examples.js",
  "worker.js",
  "wasm_exec.js",
  "main.wasm",
  "icon.svg",
];

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(VERSION);
    // One by one, so that a missing asset (no main.wasm before `make wasm`)
    // does not keep the others out of the cache.
    await Promise.all(ASSETS.map((a) => cache.add(a).catch(() => {})));
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key !== VERSION) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

// refresh fetches req and stores a good answer for next time.
async function refresh(cache, req) {
  const res = await fetch(req);
  if (res.ok && res.type === "basic") {
    await cache.put(req, res.clone());
  }
  return res;
}

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET" || new URL(req.url).origin !== self.location.origin) {
    return;
  }
  event.respondWith((async () => {
    const cache = await caches.open(VERSION);
    const hit = await cache.match(req, { ignoreSearch: true });
    if (hit) {
      event.waitUntil(refresh(cache, req).catch(() => {}));
      return hit;
    }
    return refresh(cache, req);
  })());
});
