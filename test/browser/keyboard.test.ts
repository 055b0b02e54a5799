import { localeTag } from '../../src/i18n/languages';
/**
 * Keyboard use in Chromium: the skip link comes first and works, every Tab stop shows a visible focus
 * indicator, the language switch is reachable, and the agenda filters can be reached and changed.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, pageURL, serveSite } from '../helpers/browser';
import { builtFile, sampleReady, samplePages, sampleUrl } from '../helpers/page-types';

/** What the focused element is and whether its focus can be seen. */
interface FocusStop {
	/** e.g. 'a[href="/agenda/"]' or 'input#filter-track-all'. */
	what: string;
	href: string | null;
	hreflang: string | null;
	inHeader: boolean;
	/** An outline of at least 2 px on the element, or on the visible label part of a visually hidden input. */
	focusVisible: boolean;
	/** The element (or its visible label part) has a box inside the viewport after focusing. */
	onScreen: boolean;
}

/** Presses Tab and describes where focus went (null when it left the page). */
async function tab(page: Page): Promise<FocusStop | null> {
	await page.keyboard.press('Tab');
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body || el === document.documentElement) return null;
		const shows = (e: Element) => {
			const s = getComputedStyle(e);
			return s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) >= 2 && s.visibility !== 'hidden';
		};
		// A visually hidden radio shows its focus on the styled part of its label (Tailwind's peer-focus-visible).
		const visual = el instanceof HTMLInputElement && el.nextElementSibling ? el.nextElementSibling : el;
		const box = visual.getBoundingClientRect();
		const id = el.id ? `#${el.id}` : '';
		const href = el.getAttribute('href');
		return {
			what: `${el.tagName.toLowerCase()}${id}${href ? `[href="${href}"]` : ''}`,
			href,
			hreflang: el.getAttribute('hreflang'),
			inHeader: el.closest('header') !== null && el.closest('main') === null,
			focusVisible: shows(el) || (visual !== el && shows(visual)),
			onScreen: box.width > 1 && box.height > 1 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth,
		};
	});
}

/** Tabs through the whole page once, from the top, and returns every stop in order. */
async function tabThrough(page: Page, limit = 400): Promise<FocusStop[]> {
	const stops: FocusStop[] = [];
	for (let i = 0; i < limit; i++) {
		const stop = await tab(page);
		if (!stop || (stops.length > 0 && stop.what === stops[0]!.what)) break;
		stops.push(stop);
	}
	return stops;
}

let browser: Browser;
let site: Awaited<ReturnType<typeof serveSite>>;
let context: BrowserContext;

beforeAll(async () => {
	[browser, site] = await Promise.all([launchBrowser(), serveSite()]);
	context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
	await context?.close();
	await browser?.close();
	await site?.close();
});

describe.each(samplePages())('$lang $type $path', (sample) => {
	test('Tab reaches the skip link first, every stop shows its focus, and the language switch is in the header', async () => {
		builtFile(sample);
		const page = await context.newPage();
		try {
			await page.goto(`${site.origin}${sampleUrl(sample)}`);
			await sampleReady(page, sample);
			const stops = await tabThrough(page);
			expect(stops.length, 'Tab stops').toBeGreaterThan(3);
			expect(stops[0]!.href, 'first Tab stop is the skip link').toBe('#main');
			expect(stops[0]!.onScreen, 'the skip link appears when focused').toBe(true);
			expect(
				stops.filter((s) => !s.focusVisible || !s.onScreen).map((s) => s.what),
				'stops without a visible focus indicator',
			).toEqual([]);
			if (sample.type !== '404') {
				const other = sample.lang === 'ko' ? 'en' : 'ko';
				const switchStop = stops.find((s) => s.hreflang === localeTag(other));
				expect(switchStop, `a Tab stop links to the ${other} page`).toBeDefined();
				expect(switchStop!.inHeader).toBe(true);
			}
		} finally {
			await page.close();
		}
	});
});

describe.each(['ko', 'en'] as const)('%s', (lang) => {
	const prefix = lang === 'en' ? '/en' : '';

	test('Enter on the skip link moves focus to the main content', async () => {
		const page = await context.newPage();
		try {
			await page.goto(`${site.origin}${prefix}/agenda/`);
			await page.keyboard.press('Tab');
			await page.keyboard.press('Enter');
			expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
			expect((await pageURL(page)).hash).toBe('#main');
		} finally {
			await page.close();
		}
	});

	test('Enter on the language switch opens the same page in the other language', async () => {
		const page = await context.newPage();
		try {
			await page.goto(`${site.origin}${prefix}/agenda/`);
			const other = lang === 'ko' ? 'en' : 'ko';
			let reached = false;
			for (let i = 0; i < 20 && !reached; i++) reached = (await tab(page))?.hreflang === localeTag(other);
			expect(reached, 'language switch reached by Tab').toBe(true);
			await Promise.all([page.waitForURL(`${site.origin}${other === 'en' ? '/en' : ''}/agenda/`), page.keyboard.press('Enter')]);
		} finally {
			await page.close();
		}
	});

	test('the agenda filters are reached by Tab and changed with the arrow keys', async () => {
		const page = await context.newPage();
		try {
			await page.goto(`${site.origin}${prefix}/agenda/`);
			const visibleCells = () => page.locator('.agenda-cell:visible').count();
			const all = await visibleCells();
			const stops: string[] = [];
			for (let i = 0; i < 60; i++) {
				const stop = await tab(page);
				if (!stop) break;
				stops.push(stop.what);
				if (stop.what === 'summary') break;
			}
			// The filters are folded behind one control (a <details>): Tab reaches it, Enter unfolds it.
			expect(stops.at(-1), 'Tab reaches the filter menu').toBe('summary');
			await page.keyboard.press('Enter');
			expect((await tab(page))?.what, 'Tab reaches the track filter').toBe('input#filter-track-all');
			await page.keyboard.press('ArrowRight');
			const chosen = await page.evaluate(() => (document.activeElement as HTMLInputElement).id);
			expect(chosen).not.toBe('filter-track-all');
			expect(await page.isChecked(`#${chosen}`)).toBe(true);
			const filtered = await visibleCells();
			expect(filtered, 'choosing a track hides other sessions').toBeLessThan(all);
			expect(filtered).toBeGreaterThan(0);
			// The next Tab leaves the track group for the session-type group.
			expect((await tab(page))?.what).toBe('input#filter-kind-all');
		} finally {
			await page.close();
		}
	});
});
