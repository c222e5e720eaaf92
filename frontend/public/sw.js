// GreenCheck's service worker: once opened with a network, the app opens
// without one. It handles two kinds of request and leaves every other one
// (the API at /query, files, exports, health) to the network, untouched —
// data offline is the app's own business (the outbox and the per-user copies
// of pages in IndexedDB), never a shared cache.
//   - Page loads: the network first; without one, the index.html last seen.
//   - Built assets (/assets/…, content-hashed, never changing): the cache
//     first; fetched and kept on first use.
const SHELL = 'greencheck-shell-v1';
const ASSETS = 'greencheck-assets-v1';

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name !== SHELL && name !== ASSETS) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

// The page lists the code it loaded before this worker controlled it (the
// first visit): kept too, so those pages open offline as well.
self.addEventListener('message', (event) => {
  const urls = event.data && event.data.type === 'keep' && Array.isArray(event.data.urls) ? event.data.urls : [];
  event.waitUntil((async () => {
    const cache = await caches.open(ASSETS);
    for (const u of urls) {
      const url = new URL(u, self.location.origin);
      if (url.origin !== self.location.origin || !url.pathname.startsWith('/assets/')) continue;
      if (!(await cache.match(url.pathname))) await cache.add(url.pathname).catch(() => undefined);
    }
  })());
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  if (req.mode === 'navigate') {
    event.respondWith((async () => {
      try {
        const res = await fetch(req);
        if (res.ok && (res.headers.get('Content-Type') || '').startsWith('text/html')) {
          const shell = await caches.open(SHELL);
          await shell.put('/index.html', res.clone());
        }
        return res;
      } catch (err) {
        const kept = await (await caches.open(SHELL)).match('/index.html');
        if (kept) return kept;
        throw err;
      }
    })());
    return;
  }
  if (url.pathname.startsWith('/assets/')) {
    event.respondWith((async () => {
      const cache = await caches.open(ASSETS);
      const hit = await cache.match(url.pathname);
      if (hit) return hit;
      const res = await fetch(req);
      if (res.ok) await cache.put(url.pathname, res.clone());
      return res;
    })());
  }
});
