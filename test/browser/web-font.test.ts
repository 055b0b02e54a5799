/**
 * The web font in real Chromium: pages use Pretendard GOV when the browser already has it (a later page of
 * a visit, or installed by the service worker), and the font never moves anything: a page's layout shift
 * with the font cached, or released only after the page has painted, is the same as with the font never
 * arriving (the system fonts). When the font arrives is decided by the test (the response is held until it
 * says so), never by a timer, so a busy machine cannot change the outcome. Holds for any content.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { IMMUTABLE } from '../../src/lib/publish/headers';
import { useBrowserAndSite } from '../helpers/browser-suite';

const shared = useBrowserAndSite();

type FontArrival = 'cached' | 'after paint' | 'never';

/** Sums the page's layout shifts as CLS does, from the first paint on. */
const recordShifts = (context: BrowserContext) =>
	context.addInitScript(() => {
		const w = window as unknown as { shift: number };
		w.shift = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) w.shift += entry.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});

/** Waits until the page has painted twice more (layout and any shift it causes are then recorded). */
const settle = (page: Page) => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

/** Whether Pretendard GOV is loaded and draws the body. */
const fontUsed = (page: Page) =>
	page.evaluate(
		() =>
			[...document.fonts].some((f) => f.family.replaceAll('"', '') === 'Pretendard GOV' && f.status === 'loaded') &&
			getComputedStyle(document.body).fontFamily.startsWith('"Pretendard GOV"'),
	);

/** Loads a page on a 390 px phone with the font arriving as given; returns its layout shift and whether the font draws it. */
async function layoutShift(path: string, font: FontArrival): Promise<{ cls: number; used: boolean }> {
	const context = await shared.browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
	let release: () => void = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	await context.route('**/*.woff2', async (route) => {
		if (font === 'never') return route.abort();
		if (font === 'after paint') await released;
		// As production sends it: hashed files are cached for a year, so a later page takes it from the cache.
		const response = await route.fetch();
		return route.fulfill({ response, headers: { ...response.headers(), 'cache-control': IMMUTABLE } });
	});
	await recordShifts(context);
	const page = await context.newPage();
	const url = `${shared.site.origin}${path}`;
	if (font === 'cached') {
		// A first page of the visit brings the font; the page measured is the next one.
		await page.goto(url, { waitUntil: 'load' });
		await page.evaluate(() => document.fonts.load('1em "Pretendard GOV"').then(() => undefined));
	}
	await page.goto(url, { waitUntil: font === 'after paint' ? 'domcontentloaded' : 'load' });
	await settle(page);
	if (font === 'after paint') {
		release();
		await page.waitForLoadState('load');
		await page.evaluate(() => document.fonts.ready.then(() => undefined));
	}
	await settle(page);
	const result = { cls: await page.evaluate(() => (window as unknown as { shift: number }).shift), used: await fontUsed(page) };
	await context.close();
	return result;
}

describe.each(['/', '/en/', '/sessions/keynote/', '/agenda/'])('the web font on %s', (path) => {
	test('is used once the browser has it, and moves nothing whenever it arrives', async () => {
		const without = await layoutShift(path, 'never');
		const cached = await layoutShift(path, 'cached');
		const late = await layoutShift(path, 'after paint');
		expect(cached.used, 'Pretendard GOV draws the page').toBe(true);
		expect(without.used, 'the system fonts draw the page').toBe(false);
		expect(cached.cls, 'layout shift with the font cached').toBeCloseTo(without.cls, 3);
		expect(late.cls, 'layout shift with the font released after the first paint').toBeCloseTo(without.cls, 3);
	});
});
