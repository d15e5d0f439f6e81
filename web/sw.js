// Standoff's service worker: keeps this build's files so that the app opens without a network,
// from its address or from a link (a link lives in the URL fragment, which never reaches the
// network, so every link is a request for index.html).
//
// The manifest below is written by scripts/sw_manifest.py, Trunk's post_build hook: every file
// of the build with its SHA-256, and a version derived from them. A new build therefore means
// a new worker (its bytes differ) with its own cache; the old cache is deleted when the new
// worker activates. docs/offline.md describes the whole life cycle.
const MANIFEST = {"version":"unbuilt","assets":{}};

// Caches of other sites (or of another copy of Standoff under another path of this origin)
// are never touched: ours are named by this worker's scope and only those are cleaned up.
const CACHE_PREFIX = `standoff ${self.registration.scope} `;
const CACHE = `${CACHE_PREFIX}${MANIFEST.version}`;
const ASSETS = new Map(Object.entries(MANIFEST.assets).map(([name, hash]) => [new URL(name, self.location.href).href, hash]));
const INDEX = new URL('index.html', self.location.href).href;
// Trunk names the wasm, JS glue and CSS after a hash of their content: such a file never
// changes under its name, so the cached copy is always right. Other files (index.html,
// boot.js) keep their names across builds and are asked from the network first.
const CONTENT_HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z]+$/;
// A network that neither answers nor fails (a captive portal, a dead Wi-Fi) must not hold the
// page blank: past this delay the cached copy is served.
const NETWORK_PATIENCE_MS = 4000;

function hex(buffer) {
  return Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

// Fetches one file of the manifest and checks it is the very file this build lists. The HTTP
// cache is tried first (a first visit has just downloaded these files); if its copy is stale,
// the server is asked again. A server that already serves another build fails the install,
// and the worker that is running keeps its own, consistent, cache.
async function fetchVerified(url, hash) {
  for (const mode of ['default', 'no-cache']) {
    const response = await fetch(url, { cache: mode, credentials: 'same-origin', redirect: 'error' });
    if (!response.ok) continue;
    const body = await response.arrayBuffer();
    if (hex(await crypto.subtle.digest('SHA-256', body)) === hash) {
      // A fresh response keeps only the content type (WebAssembly's streaming compile needs
      // application/wasm), so a cached copy never carries a redirect flag or stale headers.
      const type = response.headers.get('Content-Type');
      return new Response(body, { status: 200, headers: type ? { 'Content-Type': type } : {} });
    }
  }
  throw new Error(`${url} is not the file of build ${MANIFEST.version}`);
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    if (ASSETS.size === 0) throw new Error('this worker has no manifest (the post_build hook did not run)');
    const cache = await caches.open(CACHE);
    try {
      for (const [url, hash] of ASSETS) {
        await cache.put(url, await fetchVerified(url, hash));
      }
    } catch (error) {
      await caches.delete(CACHE);
      throw error;
    }
    // The app loads everything at start and fetches nothing later, so a page already running
    // loses nothing when the new worker takes over at once; its next load is the new build.
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

async function cached(url) {
  const cache = await caches.open(CACHE);
  return cache.match(url);
}

// The network's answer, or the cached copy when the network fails or keeps silent.
async function networkFirst(request, fallbackUrl) {
  let timer;
  const patience = new Promise((resolve) => { timer = setTimeout(resolve, NETWORK_PATIENCE_MS, null); });
  try {
    const response = await Promise.race([fetch(request), patience]);
    if (response) return response;
  } catch {
    // Offline: fall through to the cache.
  } finally {
    clearTimeout(timer);
  }
  const copy = await cached(fallbackUrl);
  return copy ?? Response.error();
}

async function cacheFirst(request, url) {
  return (await cached(url)) ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  // Never anything from another origin, and nothing outside this copy of the site.
  if (url.origin !== self.location.origin || !url.href.startsWith(self.registration.scope)) return;
  const bare = `${url.origin}${url.pathname}`;
  if (request.mode === 'navigate') {
    // The site root and index.html, whatever their query: the page. Other pages are not ours.
    if (bare === self.registration.scope || bare === INDEX) event.respondWith(networkFirst(request, INDEX));
    return;
  }
  if (!ASSETS.has(bare)) return;
  event.respondWith(CONTENT_HASHED.test(url.pathname) ? cacheFirst(request, bare) : networkFirst(request, bare));
});
