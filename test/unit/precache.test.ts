import { mkdir, mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultSize } from '../../bench/large-event';
import { installable, precacheManifest, SERVICE_WORKER_FILE } from '../../src/integrations/service-worker';
import { boundPrecache, PRECACHE_BUDGET, precacheGroup } from '../../src/lib/offline/precache';

describe('precacheGroup', () => {
	test.each([
		['_astro/BaseLayout.DIPf7tQU.css', 'essential'],
		['_astro/pretendard-gov.5de5fbd322.woff2', 'essential'],
		['content.css', 'essential'],
		['favicon.svg', 'essential'],
		['404.html', 'essential'],
		['agenda/2025-10-26/index.html', 'essential'],
		['en/agenda/2025-10-26/index.html', 'essential'],
		['agenda/2025-10-26.ics', 'other'],
		['index.html', 'essential'],
		['agenda/index.html', 'essential'],
		['my/index.html', 'essential'],
		['schedule.ics', 'essential'],
		['en/index.html', 'essential'],
		['en/agenda/index.html', 'essential'],
		['en/my/index.html', 'essential'],
		['en/schedule.ics', 'essential'],
		['pagefind/pagefind.js', 'search'],
		['pagefind/fragment/ko-kr_19def8f.pf_fragment', 'search'],
		['venue/index.html', 'pages'],
		['sessions/keynote/index.html', 'pages'],
		['en/speakers/index.html', 'pages'],
		['sessions/keynote.ics', 'other'],
		['en/schedule.json', 'other'],
		['sitemap-0.xml', 'other'],
		['en/agenda.ics', 'other'],
	])('%s → %s', (path, group) => expect(precacheGroup(path)).toBe(group));
});

test.each([
	['agenda/index.html', true],
	['_astro/pretendard-gov.5de5fbd322.woff2', true],
	['pagefind/wasm.unknown.pagefind', true],
	['favicon.svg', true],
	['en/schedule.ics', true],
	[SERVICE_WORKER_FILE, false],
	['_astro/offline.8iv7_g8q.js.map', false],
	['agenda/index.html.br', false],
	['og/ko/index.png', false],
	['_astro/photo.Ab12.webp', false],
	['_headers', false],
])('may %s be installed: %s', (path, expected) => expect(installable(path)).toBe(expected));

describe('boundPrecache', () => {
	const entry = (url: string, size: number) => ({ url, size });
	test('a site that fits is installed whole, in its order', () => {
		const entries = [entry('sessions/a/index.html', 10), entry('index.html', 10), entry('pagefind/pagefind.js', 10), entry('sessions/a.ics', 10)];
		expect(boundPrecache(entries, 40).kept).toEqual(entries);
	});
	test('a group that does not fit whole is left to visits; a later one that fits still goes in', () => {
		const entries = [entry('index.html', 50), entry('pagefind/a', 30), entry('pagefind/b', 30), entry('venue/index.html', 20), entry('sessions/a.ics', 40)];
		const { kept, groups } = boundPrecache(entries, 100);
		expect(kept.map((e) => e.url)).toEqual(['index.html', 'venue/index.html']);
		expect(groups.map((g) => [g.group, g.installed])).toEqual([
			['essential', true],
			['search', false],
			['pages', true],
			['other', false],
		]);
	});
	test('the essential group is kept even over the budget', () => {
		expect(boundPrecache([entry('agenda/index.html', 200), entry('venue/index.html', 1)], 100).kept.map((e) => e.url)).toEqual(['agenda/index.html']);
	});
});

/**
 * A build shaped like the benchmark's large event (bench/large-event.ts: 1,000 sessions, 500 speakers,
 * 20 tracks, Korean and English), file by file, with the sizes one such build had (raw bytes, measured):
 * files of those sizes, empty and sparse, so the real install list (precacheManifest over the folder) is
 * computed in a second without building.
 */
function largeBuildShape(): Map<string, number> {
	const { sessions, speakers, tracks } = defaultSize;
	const files = new Map<string, number>([
		['_astro/BaseLayout.DIPf7tQU.css', 40_000],
		['_astro/agenda.js', 20_000],
		['_astro/pretendard-gov.5de5fbd322.woff2', 47_000],
		['content.css', 36_000],
		['favicon.svg', 170],
		['404.html', 9_700],
		['sitemap-0.xml', 868_000],
		['pagefind/pagefind.js', 40_000],
		['pagefind/wasm.unknown.pagefind', 60_000],
	]);
	for (let i = 0; i < 3_042; i++) files.set(`pagefind/fragment/f${i}.pf_fragment`, 700);
	for (let i = 0; i < 63; i++) files.set(`pagefind/index/i${i}.pf_index`, 8_900);
	for (const lang of ['', 'en/']) {
		for (const [page, size] of [
			['', 77_000],
			['agenda/', 1_334_000],
			['my/', 16_400],
			['speakers/', 457_000],
			['tracks/', 60_000],
			['venue/', 12_000],
		] as const) {
			files.set(`${lang}${page}index.html`, size);
		}
		files.set(`${lang}schedule.ics`, 786_000);
		files.set(`${lang}schedule.json`, 1_290_000);
		for (let i = 0; i < sessions; i++) files.set(`${lang}sessions/s${i}/index.html`, 30_000).set(`${lang}sessions/s${i}.ics`, 1_400);
		for (let i = 0; i < speakers; i++) files.set(`${lang}speakers/p${i}/index.html`, 13_000);
		for (let i = 0; i < tracks; i++) files.set(`${lang}tracks/t${i}/index.html`, 79_000).set(`${lang}tracks/t${i}.ics`, 40_000);
	}
	return files;
}

describe('the install list of a 1,000-session event', () => {
	let dir: string;
	let manifest: Awaited<ReturnType<typeof precacheManifest>>;
	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'precache-large-'));
		for (const [path, size] of largeBuildShape()) {
			await mkdir(dirname(join(dir, path)), { recursive: true });
			const file = await open(join(dir, path), 'w');
			await file.truncate(size);
			await file.close();
		}
		manifest = await precacheManifest(dir);
	});
	afterAll(() => rm(dir, { recursive: true, force: true }));

	test(`is at most ${PRECACHE_BUDGET / 1024 ** 2} MB, not the whole site`, () => {
		const whole = [...largeBuildShape().values()].reduce((a, b) => a + b, 0);
		expect(whole).toBeGreaterThan(50 * 1024 ** 2);
		expect(manifest.size).toBeLessThanOrEqual(PRECACHE_BUDGET);
	});

	test('holds the shell, home, the agenda, my agenda and the calendar of the whole programme in both languages', () => {
		const urls = manifest.entries.map((e) => e.url);
		for (const lang of ['', 'en/']) {
			for (const file of ['index.html', 'agenda/index.html', 'my/index.html', 'schedule.ics']) expect(urls).toContain(`${lang}${file}`);
		}
		expect(urls).toContain('_astro/pretendard-gov.5de5fbd322.woff2');
		expect(urls).toContain('content.css');
		expect(urls.some((u) => u.startsWith('sessions/'))).toBe(false);
	});
});
