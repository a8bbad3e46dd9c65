// Firebreak's service worker: lets an incident page be reloaded while the network is down, so
// that entries waiting in the browser's outbox (IndexedDB) stay visible and are sent when the
// connection returns. Deliberately small:
// - incident pages (/incidents/…): network first; the last copy is used only when offline;
// - the app's hashed build files (/_next/static/…): cache first (they never change);
// - everything else (the API, the live stream, sign-in) is not touched.
const PAGES = 'firebreak-pages-v1';
const STATIC = 'firebreak-static-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('firebreak-') && k !== PAGES && k !== STATIC).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

const isIncidentPage = (url) => url.origin === self.location.origin && /^\/incidents(\/|$)/.test(url.pathname);
const isStatic = (url) => url.origin === self.location.origin && url.pathname.startsWith('/_next/static/');

async function networkFirst(request) {
  const cache = await caches.open(PAGES);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') await cache.put(request.url, response.clone());
    return response;
  } catch (e) {
    const cached = await cache.match(request.url);
    if (cached) return cached;
    throw e;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(STATIC);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (request.mode === 'navigate' && isIncidentPage(url)) event.respondWith(networkFirst(request));
  else if (isStatic(url)) event.respondWith(cacheFirst(request));
});

// The page names what it was built from (its own URL and the files it loaded before this
// worker controlled it), so that the very first visit can already be reloaded offline.
// Signing out sends `clear`: cached pages must not outlive the session.
self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type === 'clear') {
    event.waitUntil(caches.delete(PAGES));
    return;
  }
  if (data.type !== 'precache' || !Array.isArray(data.urls)) return;
  const port = event.ports && event.ports[0];
  const work = Promise.all(
    data.urls.map(async (u) => {
      const url = new URL(u, self.location.origin);
      if (url.origin !== self.location.origin) return;
      if (isStatic(url)) return cacheFirst(new Request(url.href)).catch(() => undefined);
      if (isIncidentPage(url)) {
        const response = await fetch(url.href, { credentials: 'same-origin' }).catch(() => undefined);
        if (response && response.ok) await (await caches.open(PAGES)).put(url.href, response);
      }
    }),
  ).then(() => port && port.postMessage({ type: 'precached' }));
  event.waitUntil(work);
});
