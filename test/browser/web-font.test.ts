/**
 * The web font in real Chromium: pages use Pretendard GOV on a first visit when it arrives with the page
 * (the head preloads it) and whenever the browser already has it (a later page of a visit, or installed by
 * the service worker), and the font never moves anything: a page's layout shift with the font there at
 * once, or released only after the page has painted, is the same as with the font never arriving (the
 * system fonts). On a device without any Korean font, Hangul is drawn with the web font even when it comes
 * late, never as empty boxes. When the font arrives is decided by the test (the response is held until it
 * says so, or the page's stylesheets are held until the font has been served), never by a timer, so a
 * busy machine cannot change the outcome. Holds for any content.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { IMMUTABLE } from '../../src/lib/publish/headers';
import { chromiumFlags, chromiumPath } from '../helpers/browser';
import { useBrowserAndSite } from '../helpers/browser-suite';

const shared = useBrowserAndSite();

/**
 * "with the page": a first visit on which the font has been served before any stylesheet (the preload in
 * the head asks for it at once; the test holds the stylesheets until then). "cached": a later page.
 * "after paint": held until the page has painted. "never": the request fails.
 */
type FontArrival = 'with the page' | 'cached' | 'after paint' | 'never';

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
async function layoutShift(
	path: string,
	font: FontArrival,
	browser: Browser = shared.browser,
): Promise<{ cls: number; used: boolean; page: Page; close: () => Promise<void> }> {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
	const url = `${shared.site.origin}${path}`;
	let release: () => void = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	let served: () => void = () => {};
	const fontServed = new Promise<void>((resolve) => (served = resolve));
	if (font === 'with the page') {
		// Without a preload the font is asked for only once a stylesheet is read: holding them would never end.
		expect(await (await context.request.get(url)).text(), `${path} preloads its font`).toMatch(/<link rel="preload" href="[^"]+\.woff2" as="font"/);
		await context.route('**/*.css', async (route) => {
			await fontServed;
			return route.continue();
		});
	}
	await context.route('**/*.woff2', async (route) => {
		if (font === 'never') return route.abort();
		if (font === 'after paint') await released;
		// As production sends it: hashed files are cached for a year, so a later page takes it from the cache.
		const response = await route.fetch();
		await route.fulfill({ response, headers: { ...response.headers(), 'cache-control': IMMUTABLE } });
		served();
	});
	await recordShifts(context);
	const page = await context.newPage();
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
	return { cls: await page.evaluate(() => (window as unknown as { shift: number }).shift), used: await fontUsed(page), page, close: () => context.close() };
}

/** Layout shift and use of the font for one arrival, the browser context closed. */
async function measure(path: string, font: FontArrival): Promise<{ cls: number; used: boolean }> {
	const { cls, used, close } = await layoutShift(path, font);
	await close();
	return { cls, used };
}

describe.each(['/', '/en/', '/sessions/keynote/', '/agenda/'])('the web font on %s', (path) => {
	test('is used on a first visit when it comes with the page and once the browser has it, and moves nothing whenever it arrives', async () => {
		const without = await measure(path, 'never');
		const first = await measure(path, 'with the page');
		const cached = await measure(path, 'cached');
		const late = await measure(path, 'after paint');
		expect(first.used, 'Pretendard GOV draws the first visit').toBe(true);
		expect(cached.used, 'Pretendard GOV draws a later page').toBe(true);
		expect(without.used, 'the system fonts draw the page').toBe(false);
		expect(first.cls, 'layout shift with the font there on a first visit').toBeCloseTo(without.cls, 3);
		expect(cached.cls, 'layout shift with the font cached').toBeCloseTo(without.cls, 3);
		expect(late.cls, 'layout shift with the font released after the first paint').toBeCloseTo(without.cls, 3);
	});
});

describe('on a device without any Korean font', () => {
	let browser: Browser;
	beforeAll(async () => {
		// This machine's fonts less every one that covers Korean (fontconfig's rejectfont).
		const dir = mkdtempSync(join(tmpdir(), 'no-korean-fonts-'));
		const config = join(dir, 'fonts.conf');
		writeFileSync(
			config,
			`<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n\t<include ignore_missing="no">/etc/fonts/fonts.conf</include>\n\t<selectfont><rejectfont><pattern><patelt name="lang"><string>ko</string></patelt></pattern></rejectfont></selectfont>\n</fontconfig>\n`,
		);
		const env = { ...process.env, FONTCONFIG_FILE: config } as Record<string, string>;
		expect(execFileSync('fc-list', [':lang=ko'], { env, encoding: 'utf8' }), 'Korean fonts left').toBe('');
		expect(execFileSync('fc-list', [':lang=en'], { env, encoding: 'utf8' }), 'Latin fonts left').not.toBe('');
		browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags, env });
	});
	afterAll(() => browser?.close());

	/** The fonts Chromium drew the page's heading with (its Korean title). */
	async function headingFonts(page: Page): Promise<{ familyName: string; isCustomFont: boolean }[]> {
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('DOM.enable');
		await cdp.send('CSS.enable');
		const { root } = await cdp.send('DOM.getDocument');
		const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
		return (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts;
	}

	test.each(['after paint', 'with the page'] as const)('Korean text is drawn with the web font when it arrives %s', async (font) => {
		const { page, close } = await layoutShift('/', font, browser);
		expect(await page.evaluate(() => /[가-힣]/.test(document.querySelector('h1')!.textContent!)), 'the heading is Korean').toBe(true);
		expect(await headingFonts(page)).toContainEqual(expect.objectContaining({ familyName: 'Pretendard GOV Variable', isCustomFont: true }));
		await close();
	});
});
