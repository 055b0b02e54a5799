import { PRECACHE_BUDGET } from '../src/lib/offline/precache';

/** The site's performance budgets. Tests enforce the byte budgets; `npm run bench` reports the rest. */
export const budgets = {
	/** Brotli bytes of any HTML page of the real event: 14 KiB, what fits in TCP's first round trip (10 segments of ~1,460 bytes), rounded down. */
	htmlBrotli: 14 * 1024,
	/** Brotli bytes of every stylesheet of the site together. */
	cssBrotli: 10 * 1024,
	/** Lighthouse score (0–100) in each of the four categories, mobile. */
	lighthouse: 100,
	/** The large event's build time over the plain-Markdown control's, same page count (preview images in the cache). */
	buildRatio: 1.5,
	/** The same with an empty image cache (every preview image and QR code made), over the control's time. */
	coldBuildRatio: 2.5,
	/** Raw bytes of the large event's "my agenda" page: it must not grow with the programme. */
	largeMyRaw: 60 * 1024,
	/** Raw bytes of the large event's agenda (1,000 sessions on one page): 1.4 MB. */
	largeAgendaRaw: 1_400_000,
	/** Lighthouse's cumulative layout shift on every page measured, the agenda included while its script sets up. */
	cls: 0,
	/** Pages per second for the large event's whole `astro build`. */
	pagesPerSecond: 100,
	/** Peak resident memory of the large event's build, bytes (1.5 GB). */
	peakRss: 1.5 * 1024 ** 3,
	/** Raw bytes the service worker installs, for any event (test/unit/precache.test.ts holds it too). */
	swInstall: PRECACHE_BUDGET,
	/** `du` of node_modules after `npm ci` of a fresh clone: 600 MB. */
	installBytes: 600 * 1024 ** 2,
} as const;

/**
 * The large event's figures before pages were made to cost what they show (docs/performance.md of
 * 2026-11-26, at commit e231341), for the report's before-and-after table.
 */
export const largeEventBefore = {
	'/my/': 3161.4 * 1024,
	'/agenda/': 2924.6 * 1024,
	'/': 475.7 * 1024,
	'/sessions/session-0001/': 185.2 * 1024,
	buildRatio: '1.61–1.77×',
	agendaCls: '0.007–0.013',
} as const;

/** The large event's build figures at earlier reports, for the report's before-and-after table of the build. */
export const largeBuildBefore = [
	{ when: 'when issue 23 was filed', ratio: '7.53×', cold: '325.9 s', pagesPerSecond: '14', peak: '1,744 MB (cold 1,975 MB)' },
	{ when: '2026-12-06, commit d98c158', ratio: '2.16×', cold: '115.0 s (6.25×)', pagesPerSecond: '77', peak: '1,276 MB (cold 1,319 MB)' },
	{ when: '2026-12-06, commit d175dd3', ratio: '1.82×', cold: '70.3 s (4.36×)', pagesPerSecond: '104', peak: '1,263 MB (cold 1,318 MB)' },
	{ when: '2026-12-06, commit 853129c', ratio: '1.28×', cold: '88.3 s (4.58×)', pagesPerSecond: '124', peak: '1,112 MB (cold 1,358 MB)' },
	{ when: '2026-12-06, commit d358c88', ratio: '1.41×', cold: '73.2 s (4.08×)', pagesPerSecond: '121', peak: '1,125 MB (cold 1,406 MB)' },
] as const;
