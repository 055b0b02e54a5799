/**
 * The site's service worker (bundled and given its precache manifest by src/integrations/service-worker.ts).
 * Installs every page of both languages, the calendar files, the feeds, the CSS and the search index, so the
 * site works on a venue Wi-Fi that fails. Pages and files that change with the programme come from the
 * network when it answers (a changed programme is never hidden behind an old copy) and from the cache when
 * it does not; hashed assets under /_astro/ never change, so they come from the cache.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precache, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';

// The little of ServiceWorkerGlobalScope used here: the project's TypeScript is set up for pages (lib "dom"),
// and adding lib "webworker" beside it would retype the pages' own events.
declare const self: { __WB_MANIFEST: (PrecacheEntry | string)[]; skipWaiting(): Promise<void>; location: { origin: string; href: string } };

// Install everything now, but route nothing through the precache by default: see the routes below.
precache(self.__WB_MANIFEST);
cleanupOutdatedCaches();
void self.skipWaiting();
clientsClaim();

/** The precached copy of a URL; a directory URL ("/agenda/") is its index.html. */
const precached = (url: string) => matchPrecache(new URL(url).pathname.endsWith('/') ? new URL('index.html', url).href : url);
/** The browser editor (/admin/ beside this worker) is never cached: it talks to GitHub, and organizers need the newest. */
const editor = new URL('admin/', self.location.href).pathname;
const sameOrigin = (url: URL) => url.origin === self.location.origin && !url.pathname.startsWith(editor);

registerRoute(
	({ url }) => sameOrigin(url) && url.pathname.includes('/_astro/'),
	async (options) => (await precached(options.url.href)) ?? new CacheFirst({ cacheName: 'assets' }).handle(options),
);

registerRoute(
	({ url, request }) => sameOrigin(url) && request.method === 'GET',
	new NetworkFirst({
		cacheName: 'pages',
		// A Wi-Fi that hangs instead of failing: show the saved copy after a few seconds.
		networkTimeoutSeconds: 4,
		// When the network fails or is too slow, a page never visited comes from the installed copy.
		plugins: [{ cachedResponseWillBeUsed: async ({ cachedResponse, request }) => cachedResponse ?? (await precached(request.url)) ?? null }],
	}),
);
