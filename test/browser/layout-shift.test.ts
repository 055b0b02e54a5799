/**
 * Nothing moves on the agenda, for a visitor in the event's zone or anywhere else (where the local-time option
 * appears), at 390 and 1280 px, with the web font never arriving: Chromium with 4× CPU throttling, so the
 * page paints before its script has run, and the layout-shift API summed as CLS does. The result does not
 * depend on timing: a shift-free page measures 0 however the machine is loaded.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useBrowserAndSite } from '../helpers/browser-suite';

const shared = useBrowserAndSite();

const cases = ['/agenda/', '/en/agenda/', '/my/', '/'].flatMap((path) =>
	['Asia/Seoul', 'America/New_York'].flatMap((timezoneId) => [390, 1280].map((width) => [path, timezoneId, width] as const)),
);

test.each(cases)('%s in %s at %i px: layout shift 0', async (path, timezoneId, width) => {
	const context = await shared.browser.newContext({ viewport: { width, height: 844 }, timezoneId, serviceWorkers: 'block' });
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
	const page: Page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.goto(`${shared.site.origin}${path}`, { waitUntil: 'load' });
	// The pages' scripts have run (the local-time option is decided) and two frames have painted since.
	await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
	const shifts = await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts);
	if (path.includes('agenda') && timezoneId !== 'Asia/Seoul')
		expect(await page.locator('[data-tz-toggle]').isVisible(), 'the local-time option shows').toBe(true);
	expect(shifts).toEqual([]);
	await context.close();
});
