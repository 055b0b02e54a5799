/**
 * The photos page of the after-the-day copy (test/helpers/after-day.ts) in Debian's Chromium: nothing moves while
 * the photos load (CLS 0), even on a network slow enough that they arrive after the page is drawn; the menu, with
 * the photos page in it, still fits a 320 px phone with every target 44 px high. (axe runs on it in a11y.test.ts.)
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { dayDirs, galleryPhotos } from '../helpers/after-day';
import { useBrowserAndSite } from '../helpers/browser-suite';
import { menuItems } from '../helpers/menu';

const shared = useBrowserAndSite(dayDirs('after').site);

/** Layout shifts (without user input) the page reports until every photo has loaded. */
async function layoutShift(page: Page): Promise<number> {
	return page.evaluate(async () => {
		let total = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
				if (!entry.hadRecentInput) total += entry.value;
		}).observe({ type: 'layout-shift', buffered: true });
		// Scroll through the page so the lazy photos load too, then wait for every one of them.
		for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
			scrollTo(0, y);
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
		await Promise.all([...document.images].map((img) => (img.complete ? undefined : new Promise((resolve) => img.addEventListener('load', resolve)))));
		await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
		return total;
	});
}

describe.each([390, 1280])('the photos page at %i px', (width) => {
	test.each(['/gallery/', '/en/gallery/'])('%s: no layout shift while the photos arrive late', async (path) => {
		const context = await shared.browser.newContext({ viewport: { width, height: 900 } });
		const page = await context.newPage();
		const requested: string[] = [];
		// The photos arrive half a second after the page: without width and height the text under them would jump.
		await page.route(/\/_astro\/.+\.(avif|webp)$/, async (route) => {
			requested.push(route.request().url());
			await new Promise((resolve) => setTimeout(resolve, 500));
			await route.continue();
		});
		await page.goto(`${shared.site.origin}${path}`, { waitUntil: 'commit' });
		await page.waitForLoadState('domcontentloaded');
		const cls = await layoutShift(page);
		expect(requested.length, 'photos requested').toBeGreaterThanOrEqual(galleryPhotos.length);
		expect(await page.evaluate(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0)), 'every photo loaded').toBe(true);
		expect(cls, 'cumulative layout shift').toBe(0);
		await context.close();
	});
});

test.each(['/gallery/', '/en/gallery/'])('at 320 px %s: every menu item, the photos page marked current, is on screen and 44 px high', async (path) => {
	const context = await shared.browser.newContext({ viewport: { width: 320, height: 700 } });
	const page = await context.newPage();
	await page.goto(`${shared.site.origin}${path}`);
	const items = await menuItems(page);
	expect(items.map((i) => i.href)).toContain(path);
	expect(items.filter((i) => !i.inView).map((i) => i.href)).toEqual([]);
	expect(items.filter((i) => i.current === 'page').map((i) => i.href)).toEqual([path]);
	expect(Math.min(...items.map((i) => i.height))).toBeGreaterThanOrEqual(44);
	await context.close();
});

test.each([320, 390, 800, 1100, 1280])('at %i px each photo is as wide as its `sizes` tells the browser (so it picks the right file)', async (width) => {
	const context = await shared.browser.newContext({ viewport: { width, height: 900 } });
	const page = await context.newPage();
	await page.goto(`${shared.site.origin}/en/gallery/`);
	const widths = await page.evaluate(() =>
		[...document.querySelectorAll<HTMLImageElement>('[data-gallery] img')].map((img) => {
			// The first entry whose media condition holds, as the browser reads `sizes`; its length measured on a probe.
			const entries = img.sizes.split(/,(?![^(]*\))/).map((e) => e.trim());
			const chosen = entries.find((e) => !e.startsWith('(') || matchMedia(e.slice(0, e.indexOf(')') + 1)).matches)!;
			const probe = document.createElement('div');
			probe.style.width = chosen.startsWith('(') ? chosen.slice(chosen.indexOf(')') + 1).trim() : chosen;
			document.body.append(probe);
			const told = probe.getBoundingClientRect().width;
			probe.remove();
			return { told, shown: img.getBoundingClientRect().width };
		}),
	);
	expect(widths).toHaveLength(galleryPhotos.length);
	for (const { told, shown } of widths) expect(Math.abs(told - shown), `sizes says ${told} px, the grid shows ${shown} px`).toBeLessThanOrEqual(1);
	await context.close();
});
