/**
 * axe-core over every page type, both languages, light and dark, at phone and desktop width,
 * in Debian's Chromium against the built site. Also checks reflow: no sideways scrolling at 390 px.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { describeViolations, runAxe } from '../helpers/axe';
import { useBrowserAndSite } from '../helpers/browser-suite';
import { builtFile, sampleReady, samplePages, sampleUrl } from '../helpers/page-types';

const pages = samplePages();
const views = [390, 1280].flatMap((width) => (['light', 'dark'] as const).map((colorScheme) => ({ width, colorScheme })));

const shared = useBrowserAndSite();

describe.each(views)('$width px, $colorScheme', ({ width, colorScheme }) => {
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		context = await shared.browser.newContext({ viewport: { width, height: 900 }, colorScheme, reducedMotion: 'reduce' });
		page = await context.newPage();
	});
	afterAll(() => context?.close());

	test.each(pages)('$lang $type $path: no axe violations', async (sample) => {
		builtFile(sample);
		const response = await page.goto(`${shared.site.origin}${sampleUrl(sample)}`);
		expect(response?.status(), 'page served').toBe(200);
		await sampleReady(page, sample);
		expect(describeViolations(await runAxe(page))).toEqual([]);
		if (width <= 400) {
			// WCAG 1.4.10 Reflow: content fits a 320 CSS px-wide column; at 390 px nothing may scroll sideways.
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
		}
	});
});
