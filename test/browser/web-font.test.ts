/**
 * The web font in real Chromium: pages use Pretendard GOV when it arrives at once, and the font never
 * moves anything: a page's layout shift with the font, arriving at once or late, is the same as with
 * the font never arriving (the system fonts). Holds for any content.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowserAndSite } from '../helpers/browser-suite';

const shared = useBrowserAndSite();

type FontArrival = 'at once' | 'late' | 'never';

/** Loads a page on a 390 px phone and sums its layout shifts (as CLS does) once everything has settled. */
async function layoutShift(path: string, font: FontArrival): Promise<{ cls: number; used: boolean }> {
	const context = await shared.browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
	await context.route('**/*.woff2', async (route) => {
		if (font === 'never') return route.abort();
		if (font === 'late') await new Promise((resolve) => setTimeout(resolve, 800));
		return route.continue();
	});
	await context.addInitScript(() => {
		const w = window as unknown as { shift: number };
		w.shift = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) w.shift += entry.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	const page: Page = await context.newPage();
	await page.goto(`${shared.site.origin}${path}`, { waitUntil: 'load' });
	await page.waitForTimeout(font === 'late' ? 1_300 : 300);
	const result = await page.evaluate(() => ({
		cls: (window as unknown as { shift: number }).shift,
		used:
			[...document.fonts].some((f) => f.family.replaceAll('"', '') === 'Pretendard GOV' && f.status === 'loaded') &&
			getComputedStyle(document.body).fontFamily.startsWith('"Pretendard GOV"'),
	}));
	await context.close();
	return result;
}

describe.each(['/', '/en/', '/sessions/keynote/', '/agenda/'])('the web font on %s', (path) => {
	test('is used when it arrives at once, and moves nothing whenever it arrives', async () => {
		const without = await layoutShift(path, 'never');
		const atOnce = await layoutShift(path, 'at once');
		const late = await layoutShift(path, 'late');
		expect(atOnce.used, 'Pretendard GOV draws the page').toBe(true);
		expect(atOnce.cls, 'layout shift with the font at once').toBeCloseTo(without.cls, 3);
		expect(late.cls, 'layout shift with the font late').toBeCloseTo(without.cls, 3);
	});
});
