// Skyfolio's service worker, in a browser only: it keeps the app's shell (the page and its
// hashed script, style and string files) so that the app opens fast and installs as an app.
// The page comes from the network first, so a new version is seen at once; the hashed files,
// which never change, from the cache first. Nothing of the API is ever kept here: not photos,
// not thumbnails, not originals, not answers.

const CACHE = "skyfolio-shell-v1";
/** Where the app is served (the folder of this file): "/" on skyfolio-server. */
const BASE = new URL("./", self.location.href);
/** The server's own paths beside the app's (web.rs SERVER_PATHS): never the shell's. */
const SERVER_PATHS = ["api", "metrics", "healthz", "readyz", "bench"];

/**
 * How a request is answered: "page" (a navigation: network first, the kept page offline),
 * "asset" (a hashed file under assets/: cache first), or null (the network alone).
 */
function shellRequest(url, mode, method) {
  if (method !== "GET" && method !== undefined) return null;
  const target = new URL(url, BASE);
  if (target.origin !== BASE.origin || !target.pathname.startsWith(BASE.pathname)) return null;
  const path = target.pathname.slice(BASE.pathname.length);
  const first = path.split("/")[0];
  if (SERVER_PATHS.includes(first)) return null;
  if (target.search !== "") return null;
  if (mode === "navigate") return "page";
  // A deep link's page asks for them under its own path: albums/2024/assets/…
  if (/(^|\/)assets\/[^/]+$/.test(path)) return "asset";
  return null;
}

async function fromNetworkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    const html = (response.headers.get("content-type") || "").startsWith("text/html");
    // Every page of the app is the same index.html: one copy, under the app's address.
    if (response.ok && html) await cache.put(BASE.href, response.clone());
    return response;
  } catch (error) {
    const kept = await cache.match(BASE.href);
    if (kept) return kept;
    throw error;
  }
}

async function fromCacheFirst(request) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener("install", (event) => {
  self.skipWaiting();
  // The page, so that the app opens without the network from the start (best effort).
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.add(BASE.href))
      .catch(() => undefined),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("skyfolio-") && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const kind = shellRequest(request.url, request.mode, request.method);
  if (kind === "page") event.respondWith(fromNetworkFirst(request));
  else if (kind === "asset") event.respondWith(fromCacheFirst(request));
  // Anything else is not answered here: the browser asks the network as if there were no worker.
});
