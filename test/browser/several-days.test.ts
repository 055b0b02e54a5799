/**
 * An event of several days in Chromium with a fixed clock (test/fixtures/several-days, Berlin, 25–27 October 2025):
 * /agenda/ opens on today's programme day, a session across midnight is on at 00:10, and in the evening the page
 * points to the next day's first session. The device sits in Los Angeles: nothing depends on its zone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { describeViolations, runAxe } from '../helpers/axe';
import { useBrowserAndSite } from '../helpers/browser-suite';
import { pageURL } from '../helpers/browser';
import { severalDays } from '../helpers/paths';
import { SELECTION_KEY } from '../../src/lib/agenda/my-agenda';

const shared = useBrowserAndSite(severalDays.site);

/** A page at a fixed clock; `query` adds to the `?now=` that fixes it. */
async function open(path: string, now: string, query = ''): Promise<Page> {
	const context = await shared.browser.newContext({ timezoneId: severalDays.tz });
	const page = await context.newPage();
	await page.goto(`${shared.site.origin}${path}?now=${encodeURIComponent(now)}${query.replace(/^\?/, '&')}`);
	await page.waitForLoadState('load');
	return page;
}

const marked = (page: Page, when: 'now' | 'next') =>
	page.$$eval(`[data-live-badge="${when}"]`, (els) => els.map((el) => el.closest<HTMLElement>('[data-session-id]')?.dataset.sessionId));

describe('the agenda across days', () => {
	test.each([
		// During day 2 (13:00 CET), and at 01:30 CET on day 3, which still belongs to day 2.
		['2025-10-26T12:00:00Z', '/agenda/2025-10-26/'],
		['2025-10-27T00:30:00Z', '/agenda/2025-10-26/'],
		['2025-10-27T10:00:00Z', '/agenda/2025-10-27/'],
	])('at %s /agenda/ opens %s', async (now, path) => {
		const page = await open('/agenda/', now);
		await page.waitForURL(`**${path}?now=*`);
		expect(new URL(page.url()).pathname).toBe(path);
		expect(await page.locator('[data-day-tabs] [aria-current="page"]').count()).toBe(1);
		await page.context().close();
	});

	test.each(['2025-10-20T12:00:00Z', '2025-10-30T12:00:00Z'])('at %s (before or after the event) /agenda/ stays on the first day', async (now) => {
		const page = await open('/en/agenda/', now);
		expect(new URL(page.url()).pathname).toBe('/en/agenda/');
		expect(await marked(page, 'now')).toEqual([]);
		expect(await marked(page, 'next')).toEqual([]);
		await page.context().close();
	});

	test('at 00:10 after day 1 the late session is on and the night session is next', async () => {
		const page = await open('/agenda/2025-10-25/', '2025-10-26T00:10:00+02:00');
		expect(await marked(page, 'now')).toEqual(['global-ai-trends']);
		expect(await marked(page, 'next')).toEqual(['ai-metaverse-future']);
		await page.context().close();
	});

	test("in the evening of day 2 the jump link points to tomorrow's first session", async () => {
		const page = await open('/en/agenda/2025-10-26/', '2025-10-26T20:00:00+01:00');
		expect(await marked(page, 'now')).toEqual([]);
		const jump = page.locator('[data-jump]');
		expect(await jump.getAttribute('href')).toBe('/en/agenda/2025-10-27/');
		expect(await jump.textContent()).toBe('Next: Mon 27 Oct, 14:40');
		await page.context().close();
	});

	test('after the last session of the last day nothing is marked and no link points on', async () => {
		const page = await open('/agenda/2025-10-27/', '2025-10-27T20:00:00+01:00');
		expect(await marked(page, 'now')).toEqual([]);
		expect(await marked(page, 'next')).toEqual([]);
		expect(await page.locator('[data-jump]').count()).toBe(0);
		await page.context().close();
	});
});

describe("a day page's filters", () => {
	test('without JavaScript "Show" sends the filters to the day page itself; with it that address opens filtered', async () => {
		const context = await shared.browser.newContext({ timezoneId: severalDays.tz, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${shared.site.origin}/en/agenda/2025-10-26/`);
		await page.locator('[data-filter-menu] > summary').click();
		await page.locator('label:has(#filter-track-nvidia)').click();
		await Promise.all([page.waitForURL('**/en/agenda/2025-10-26/?*'), page.locator('[data-filter-submit]').click()]);
		const sent = await pageURL(page);
		expect(`${sent.pathname}${sent.search}`).toBe('/en/agenda/2025-10-26/?track=nvidia&kind=all');
		await context.close();
		const page2 = await open(`${sent.pathname}`, '2025-10-01T00:00:00Z', sent.search);
		expect(await page2.locator('[data-filter-submit]').isHidden()).toBe(true);
		const shown = await page2.$$eval('.agenda-cell', (els) =>
			els.filter((el) => el.checkVisibility()).map((el) => el.querySelector<HTMLElement>('[data-session-id]')?.dataset.sessionId),
		);
		expect(shown).toEqual(['nvidia-track']);
		await page2.context().close();
	});

	test('/agenda/ during day 2 opens that day with the shared filters', async () => {
		const page = await open('/agenda/', '2025-10-26T12:00:00Z', '?track=aws');
		await page.waitForURL('**/agenda/2025-10-26/?*');
		const at = await pageURL(page);
		expect(at.pathname).toBe('/agenda/2025-10-26/');
		expect(at.searchParams.get('track')).toBe('aws');
		expect(await page.isChecked('#filter-track-aws')).toBe(true);
		await page.context().close();
	});
});

describe('local times across days', () => {
	// A device in Seoul (UTC+9): the evening and night of day 1 in Berlin are the next morning there.
	test('the local-time option marks the sessions that fall on another date where the visitor is', async () => {
		const context = await shared.browser.newContext({ timezoneId: 'Asia/Seoul' });
		const page = await context.newPage();
		await page.goto(`${shared.site.origin}/en/agenda/2025-10-25/?now=2025-10-01T00:00:00Z`);
		await page.locator('[data-tz-toggle]').click();
		const marks = await page.$$eval('article[data-session-id]', (els) =>
			els.map((el) => [(el as HTMLElement).dataset.sessionId, el.querySelector<HTMLElement>('[data-other-date]')?.dataset.otherDate ?? null]),
		);
		expect(marks).toEqual([
			['keynote', null],
			['global-ai-trends', 'later'],
			['ai-metaverse-future', 'later'],
		]);
		expect(await page.locator('[data-session-id="global-ai-trends"] [data-local-time]').textContent()).toMatch(
			/^Your time: 26 Oct, 06:30\s*–\s*07:30 GMT\+9 \(a later date\)$/,
		);
		await context.close();
	});
});

describe('my agenda across days', () => {
	test('picks from every day, grouped by day; a star of a session that no longer exists is dropped', async () => {
		const context = await shared.browser.newContext({ timezoneId: severalDays.tz });
		await context.addInitScript((key) => localStorage.setItem(key, JSON.stringify(['naver-track', 'keynote', 'gone-session'])), SELECTION_KEY);
		const page = await context.newPage();
		await page.goto(`${shared.site.origin}/en/my/`);
		await page.locator('[data-my-main]:not([hidden])').waitFor();
		const shown = await page.$$eval('[data-my-list] > li:not([hidden])', (els) =>
			els.map((el) => (el as HTMLElement).dataset.myDay ?? `session:${(el as HTMLElement).dataset.myItem}`),
		);
		expect(shown).toEqual(['2025-10-25', 'session:keynote', '2025-10-27', 'session:naver-track']);
		expect(await page.locator('[data-my-day="2025-10-25"] h3').textContent()).toBe('Saturday, 25 October 2025');
		// Each day after the first starts a new page in print.
		await page.emulateMedia({ media: 'print' });
		const breaks = await page.$$eval('[data-my-day]:not([hidden])', (els) => els.map((el) => getComputedStyle(el).breakBefore));
		expect(breaks).toEqual(['auto', 'page']);
		expect(await page.locator('[data-my-count]').textContent()).toBe('2 sessions');
		await context.close();
	});
});

describe.each([390, 1280])('day pages at %i px', (width) => {
	test.each(['/agenda/2025-10-25/', '/en/agenda/2025-10-26/', '/agenda/', '/en/my/'])(
		'%s: no axe violations, light and dark, nothing scrolls sideways',
		async (path) => {
			for (const colorScheme of ['light', 'dark'] as const) {
				const context = await shared.browser.newContext({ viewport: { width, height: 900 }, colorScheme, reducedMotion: 'reduce', timezoneId: severalDays.tz });
				const page = await context.newPage();
				// A clock before the event: /agenda/ stays itself and nothing is marked.
				await page.goto(`${shared.site.origin}${path}?now=2025-10-01T00:00:00Z`);
				expect(describeViolations(await runAxe(page)), `${path} ${colorScheme}`).toEqual([]);
				expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
				await context.close();
			}
		},
	);
});
