/**
 * axe-core over every page type, both languages, light and dark, at phone and desktop width,
 * in Debian's Chromium against the built site, and home and the photos page of the after-the-day copy with
 * photos. Also checks reflow: no sideways scrolling at 390 px.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dayDirs } from '../helpers/after-day';
import { describeViolations, runAxe } from '../helpers/axe';
import { serveSite } from '../helpers/browser';
import { useBrowserAndSite } from '../helpers/browser-suite';
import { builtFile, sampleReady, samplePages, sampleUrl, type SamplePage } from '../helpers/page-types';

const pages = samplePages();
/**
 * After the day, with what organizers add afterwards (test/helpers/after-day.ts): home with its thumbnails and
 * the photos page; the first speaker's page and session with their photo, the speakers list; the first track's
 * page and the tracks list with its partner's logo (every page's footer has an organizer's logo).
 */
const withImages = new Set(['home', 'gallery', 'speaker', 'speakers', 'session', 'track', 'tracks']);
const afterDayPages = samplePages(dayDirs('after').content).filter((p) => withImages.has(p.type));
const views = [390, 1280].flatMap((width) => (['light', 'dark'] as const).map((colorScheme) => ({ width, colorScheme })));

const shared = useBrowserAndSite();
const afterDay = {} as { site: Awaited<ReturnType<typeof serveSite>> };
beforeAll(async () => {
	afterDay.site = await serveSite(dayDirs('after').site);
});
afterAll(() => afterDay.site?.close());

describe.each(views)('$width px, $colorScheme', ({ width, colorScheme }) => {
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		context = await shared.browser.newContext({ viewport: { width, height: 900 }, colorScheme, reducedMotion: 'reduce' });
		page = await context.newPage();
	});
	afterAll(() => context?.close());

	async function expectAccessible(origin: string, sample: SamplePage, dir?: string) {
		builtFile(sample, dir);
		const response = await page.goto(`${origin}${sampleUrl(sample)}`);
		expect(response?.status(), 'page served').toBe(200);
		await sampleReady(page, sample);
		expect(describeViolations(await runAxe(page))).toEqual([]);
		if (width <= 400) {
			// WCAG 1.4.10 Reflow: content fits a 320 CSS px-wide column; at 390 px nothing may scroll sideways.
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
		}
	}

	test.each(pages)('$lang $type $path: no axe violations', (sample) => expectAccessible(shared.site.origin, sample));
	test.each(afterDayPages)('after the day, with photos: $lang $type $path: no axe violations', (sample) =>
		expectAccessible(afterDay.site.origin, sample, dayDirs('after').site),
	);
});

/**
 * The speaker photo and the logos (astro:assets) after the day: every image decodes, lazy ones once scrolled to;
 * in forced colours (Windows high contrast) the logos keep their white plate, so a dark logo never sits on a
 * black canvas.
 */
describe('photos and logos (after the day)', () => {
	const imagePages = afterDayPages.filter((p) => ['speaker', 'speakers', 'track', 'tracks'].includes(p.type));

	test('every image of the speaker and track pages loads, in both languages', async () => {
		expect(imagePages).toHaveLength(8);
		const context = await shared.browser.newContext({ viewport: { width: 390, height: 900 }, reducedMotion: 'reduce' });
		const page = await context.newPage();
		for (const sample of imagePages) {
			expect((await page.goto(`${afterDay.site.origin}${sampleUrl(sample)}`))?.status(), sample.path).toBe(200);
			await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
			await page.waitForLoadState('networkidle');
			const broken = await page.evaluate(() => [...document.images].filter((i) => !i.complete || i.naturalWidth === 0).map((i) => i.currentSrc || i.src));
			expect(broken, sample.path).toEqual([]);
			expect(await page.locator('main picture, main img').count(), sample.path).toBeGreaterThan(0);
		}
		await context.close();
	});

	test('every photo and logo takes its size before its file arrives (nothing shifts)', async () => {
		const context = await shared.browser.newContext({ viewport: { width: 390, height: 900 } });
		const page = await context.newPage();
		// No image arrives while we look (its request hangs): each box must already have the size its width and height promise.
		await page.route(/\/_astro\/.+\.(svg|avif|webp|png|jpg)$/, () => undefined);
		for (const sample of imagePages) {
			await page.goto(`${afterDay.site.origin}${sampleUrl(sample)}`, { waitUntil: 'domcontentloaded' });
			const boxes = await page.evaluate(() =>
				[...document.images].map((img) => ({
					src: img.getAttribute('src'),
					size: [Math.round(img.getBoundingClientRect().width), Math.round(img.getBoundingClientRect().height)],
					promised: [Number(img.getAttribute('width')), Number(img.getAttribute('height'))],
				})),
			);
			expect(boxes.length, sample.path).toBeGreaterThan(0);
			for (const b of boxes) expect(b.size, `${sample.path} ${b.src}`).toEqual(b.promised);
		}
		await context.close();
	});

	test('forced colours: every logo keeps a white plate with an edge', async () => {
		const context = await shared.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark', forcedColors: 'active' });
		const page = await context.newPage();
		await page.goto(`${afterDay.site.origin}${sampleUrl(imagePages.find((p) => p.type === 'tracks')!)}`);
		expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
		const plates = await page.evaluate(() =>
			[...document.querySelectorAll('img[src$=".svg"], img[src$=".webp"]')]
				.filter((img) => img.closest('picture') === null)
				.map((img) => {
					const s = getComputedStyle(img.parentElement!);
					return { background: s.backgroundColor, border: s.borderTopStyle !== 'none' && Number.parseFloat(s.borderTopWidth) >= 1 };
				}),
		);
		// The partner logo on its card and the organizer logo in the footer.
		expect(plates.length).toBeGreaterThanOrEqual(2);
		for (const p of plates) expect(p).toEqual({ background: 'rgb(255, 255, 255)', border: true });
		await context.close();
	});
});
