// The service worker that keeps Nutshell working offline. On its first install it caches
// every file of one build (the page, its scripts, the WebAssembly with all language data,
// the style, the manifest and the icon) in one cache named after that build; afterwards it
// answers every request of the page from that cache, so a reload without a network still
// analyses text. scripts/offline.mjs writes BUILD and FILES after each build (this file in
// the repository is the template). A new build is a new cache: it is filled completely while
// the old one still serves, and takes over only when the page asks (the page shows "Reload"),
// so a page never mixes files of two builds; the old caches are then deleted. Nothing here
// ever requests another origin.
const BUILD = "__BUILD__";
const FILES = ["__FILES__"];
const CACHE = "nutshell-" + BUILD;

self.addEventListener("install", (event) => {
  // `reload`: the files themselves, not a copy an HTTP cache kept from an older build.
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(FILES.map((f) => new Request(f, { cache: "reload" }))),
    ),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((n) => n.startsWith("nutshell-") && n !== CACHE)
            .map((n) => caches.delete(n)),
        ),
      )
      // The first install also serves the page that installed it.
      .then(() => self.clients.claim()),
  );
});

// The page's "Reload" button: the waiting build takes over.
self.addEventListener("message", (event) => {
  if (event.data === "activate") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // Any address of the page (`./`, `index.html?language=fr`) is the cached page.
      const hit =
        request.mode === "navigate"
          ? await cache.match("index.html")
          : await cache.match(request, { ignoreSearch: true });
      return hit || fetch(request);
    }),
  );
});
