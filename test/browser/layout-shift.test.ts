/**
 * Nothing moves on the agenda, for a visitor in the event's zone or anywhere else (where the local-time option
 * appears), at 390 and 1280 px, with the web font never arriving: Chromium with 4× CPU throttling, so the
 * page paints before its script has run, and the layout-shift API summed as CLS does. The result does not
 * depend on timing: a shift-free page measures 0 however the machine is loaded.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useBrowserAndSite } from '../helpers/browser-suite';
import { siteDir } from '../helpers/paths';

const shared = useBrowserAndSite();

const cases = ['/agenda/', '/en/agenda/', '/my/', '/'].flatMap((path) =>
	['Asia/Seoul', 'America/New_York'].flatMap((timezoneId) => [390, 1280].map((width) => [path, timezoneId, width] as const)),
);

/** A context that records every layout shift (not caused by input) in window.shifts, with the nodes that moved. */
async function shiftRecordingContext(options: { width: number; timezoneId?: string }): Promise<BrowserContext> {
	const context = await shared.browser.newContext({ viewport: { width: options.width, height: 844 }, timezoneId: options.timezoneId, serviceWorkers: 'block' });
	await context.route('**/*.woff2', (route) => route.abort());
	await context.addInitScript(() => {
		const w = window as unknown as { shifts: string[] };
		w.shifts = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources: { node?: Node }[] }[]) {
				if (!entry.hadRecentInput)
					w.shifts.push(
						`${entry.value.toFixed(4)}: ${entry.sources.map((s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? s.node?.nodeName).join(' | ')}`,
					);
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
	return context;
}

/** Resolves once the page has painted twice more. */
const twoFrames = (page: Page) => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

test.each(cases)('%s in %s at %i px: layout shift 0', async (path, timezoneId, width) => {
	const context = await shiftRecordingContext({ width, timezoneId });
	const page: Page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.goto(`${shared.site.origin}${path}`, { waitUntil: 'load' });
	// The pages' scripts have run (the local-time option is decided) and two frames have painted since.
	await twoFrames(page);
	const shifts = await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts);
	if (path.includes('agenda') && timezoneId !== 'Asia/Seoul')
		expect(await page.locator('[data-tz-toggle]').isVisible(), 'the local-time option shows').toBe(true);
	expect(shifts).toEqual([]);
	await context.close();
});

/**
 * A phone on a slow connection paints what has arrived of a page. A short page (my agenda, empty) painted
 * while its footer was half parsed must not move when the rest of the footer comes: the server here holds the rest of the
 * document until the first part has painted, so the test does not depend on how fast the machine is.
 */
test.each([390, 1280])('a short page painted before its footer arrives: layout shift 0 at %i px', async (width) => {
	const html = await readFile(`${siteDir}my/index.html`, 'utf8');
	// The first part ends inside the footer, after its first line: the footer is there, but not all of it.
	const cut = html.indexOf('</p>', html.indexOf('<footer')) + '</p>'.length;
	expect(cut).toBeGreaterThan(html.indexOf('<footer'));
	let release = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	const server = createServer((req, res) => {
		if (req.url !== '/my/') return void shared.site.server.emit('request', req, res);
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.write(html.slice(0, cut));
		void released.then(() => res.end(html.slice(cut)));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const context = await shiftRecordingContext({ width });
	try {
		const page = await context.newPage();
		await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/my/`, { waitUntil: 'commit' });
		await page.locator('main h1').waitFor();
		await twoFrames(page);
		expect(await page.locator('footer ul').count(), 'the footer has only begun').toBe(0);
		release();
		await page.waitForLoadState('load');
		await twoFrames(page);
		expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
	} finally {
		release();
		await context.close();
		server.close();
	}
});
