/**
 * My agenda in real Chromium, on a build under a sub-path (SITE_BASE=/techday/) like a real host:
 * star, reload, list, export exactly those events from the site's own calendar file, share to a fresh
 * browser, clashes, and the no-JavaScript star on session pages.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { calendarEventUids, SELECTION_KEY } from '../../src/lib/agenda/my-agenda';
import { sessionUid } from '../../src/lib/calendar/uid';
import { launchBrowser, serveSite } from '../helpers/browser';
import { buildSite } from '../helpers/build';
import { outputRoot, programmeDir } from '../helpers/paths';

const dir = `${outputRoot}my-agenda-site/`;
const base = '/techday/';
let browser: Browser;
let site: Awaited<ReturnType<typeof serveSite>>;

const eventFile = await readFile(`${programmeDir}/event.yaml`, 'utf8');
const event = { shortName: /^shortName:\s*(.+)$/m.exec(eventFile)?.[1]?.trim() ?? '', date: /^date:\s*(\S+)/m.exec(eventFile)?.[1] ?? '' };
/** The UID the site's calendar gives a session (default SITE_URL). */
const uid = (id: string) => sessionUid(id, event, 'https://techday.example.com');

beforeAll(async () => {
	// Vitest puts Vite's BASE_URL=/ in process.env, and Astro would take it over SITE_BASE: say it again.
	await buildSite(dir, { SITE_BASE: base, BASE_URL: base });
	[browser, site] = await Promise.all([launchBrowser(), serveSite(dir, base)]);
}, 180_000);
afterAll(async () => {
	await browser?.close();
	await site?.close();
});

const newContext = () => browser.newContext({ timezoneId: 'Asia/Seoul' });
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), SELECTION_KEY).then((raw) => JSON.parse(raw ?? '[]') as string[]);
/** The sessions the my-agenda page lists, in page order, once its script has drawn them from the agenda. */
const listed = async (page: Page) => {
	await page.waitForSelector('[data-agenda-root][data-ready]', { state: 'attached' });
	return page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-my-item]:not([hidden])')].map((li) => li.dataset.myItem));
};
/** The VEVENT blocks of a calendar file by UID, exactly as written. */
function eventsByUid(ics: string): Map<string, string> {
	return new Map((ics.match(/BEGIN:VEVENT\r\n[\s\S]*?END:VEVENT\r\n/g) ?? []).map((block) => [calendarEventUids(`${block}`)[0] ?? '', block]));
}

describe('my agenda', () => {
	let context: BrowserContext;
	let page: Page;
	let shareLink = '';

	beforeAll(async () => {
		context = await newContext();
		page = await context.newPage();
	});
	afterAll(() => context.close());

	test('stars on the agenda are labelled toggle buttons that survive a reload', async () => {
		await page.goto(`${site.origin}${base}agenda/`);
		for (const id of ['aws-track', 'keynote']) {
			const star = page.locator(`button[data-star="${id}"]`);
			const title = await page.locator(`[data-session-id="${id}"] h3`).textContent();
			expect(await star.getAttribute('aria-label')).toBe(`내 일정에 담기: ${title?.trim()}`);
			expect(await page.getByRole('button', { name: `내 일정에 담기: ${title?.trim()}`, pressed: false }).count()).toBe(1);
			await star.click();
			expect(await star.getAttribute('aria-pressed')).toBe('true');
		}
		await page.reload();
		const pressed = await page.locator('button[data-star][aria-pressed="true"]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.star));
		expect(pressed).toEqual(['keynote', 'aws-track']);
	});

	test('/my/ lists the picks in time order and exports exactly those events from /schedule.ics', async () => {
		await page.goto(`${site.origin}${base}my/`);
		expect(await listed(page)).toEqual(['keynote', 'aws-track']);
		expect(await page.locator('[data-my-count]').textContent()).toBe('세션 2개');
		expect(await page.locator('[data-my-clash]:visible').count()).toBe(0);
		const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-my-export]')]);
		expect(download.suggestedFilename()).toMatch(/\.ics$/);
		const exported = await readFile((await download.path())!, 'utf8');
		expect(calendarEventUids(exported).sort()).toEqual([uid('aws-track'), uid('keynote')].sort());
		// Each event is byte for byte its entry in the site's calendar; so are the calendar's own lines,
		// but for those that would subscribe the picks to the whole day.
		const full = await (await fetch(`${site.origin}${base}schedule.ics`)).text();
		const fullEvents = eventsByUid(full);
		for (const [id, block] of eventsByUid(exported)) expect(block).toBe(fullEvents.get(id));
		const subscription = /^(SOURCE|REFRESH-INTERVAL|X-PUBLISHED-TTL)[;:].*\r\n/gm;
		expect(exported.slice(0, exported.indexOf('BEGIN:VEVENT'))).toBe(full.slice(0, full.indexOf('BEGIN:VEVENT')).replace(subscription, ''));
		expect(exported.slice(exported.lastIndexOf('END:VEVENT'))).toBe(full.slice(full.lastIndexOf('END:VEVENT')));
		shareLink = await page.inputValue('[data-my-share-link]');
		expect(shareLink).toBe(`${site.origin}${base}my/?s=keynote,aws-track`);
	});

	test('the share link opens the same list in a fresh browser without touching its own picks', async () => {
		const other = await newContext();
		const phone = await other.newPage();
		await phone.goto(`${site.origin}${base}my/`);
		await phone.evaluate((key) => localStorage.setItem(key, '["intel-track"]'), SELECTION_KEY);
		await phone.goto(shareLink);
		expect(await listed(phone)).toEqual(['keynote', 'aws-track']);
		expect(await phone.locator('[data-my-shared]').isVisible()).toBe(true);
		expect(await stored(phone)).toEqual(['intel-track']);
		await phone.click('[data-my-save-shared]');
		expect(await stored(phone)).toEqual(['intel-track', 'keynote', 'aws-track']);
		expect(new URL(phone.url()).search).toBe('');
		expect(await listed(phone)).toEqual(['keynote', 'aws-track', 'intel-track']);
		await other.close();
	});

	test('picked sessions that overlap are flagged, naming each other', async () => {
		await page.goto(`${site.origin}${base}agenda/`);
		await page.click('button[data-star="google-track"]');
		await page.goto(`${site.origin}${base}my/`);
		expect(await listed(page)).toEqual(['keynote', 'google-track', 'aws-track']);
		const clash = (id: string) => page.locator(`[data-my-item="${id}"] [data-my-clash]`);
		expect(await clash('keynote').isHidden()).toBe(true);
		expect(await clash('google-track').textContent()).toContain('AWS 협력 과정 성과 공유');
		expect(await clash('aws-track').textContent()).toContain('구글 협력 과정 성과 공유');
		// Unstarring on /my/ removes it from the list and the clash goes with it.
		await page.click('[data-my-item="google-track"] button[data-star]');
		expect(await listed(page)).toEqual(['keynote', 'aws-track']);
		expect(await page.locator('[data-my-clash]:visible').count()).toBe(0);
		expect(await page.locator('[data-my-status]').textContent()).toContain('구글 협력 과정 성과 공유');
	});
});

test('a session page (no JavaScript of its own) adds its session through its star link', async () => {
	const context = await newContext();
	const page = await context.newPage();
	await page.goto(`${site.origin}${base}en/sessions/intel-track/`);
	// Structured data (application/ld+json) is a data block, not JavaScript.
	expect(await page.evaluate(() => [...document.scripts].filter((s) => !s.type.endsWith('json')).length)).toBe(0);
	await page.click('a[data-add-to-my]');
	await page.waitForURL(`${site.origin}${base}en/my/`);
	expect(await listed(page)).toEqual(['intel-track']);
	expect(await page.locator('[data-my-status]').textContent()).toBe('Added “Intel course: results” to your agenda.');
	expect(await stored(page)).toEqual(['intel-track']);
	await page.goto(`${site.origin}${base}en/my/?add=intel-track`);
	// The page reads the programme before it says anything: the status is read once the page is ready, as above.
	expect(await listed(page)).toEqual(['intel-track']);
	expect(await page.locator('[data-my-status]').textContent()).toBe('“Intel course: results” is already in your agenda.');
	expect(await stored(page)).toEqual(['intel-track']);
	await context.close();
});

test('an English share link exports from the English calendar file', async () => {
	const context = await newContext();
	const page = await context.newPage();
	await page.goto(`${site.origin}${base}en/my/?s=nvidia-track,keynote,removed-session`);
	expect(await listed(page)).toEqual(['keynote', 'nvidia-track']);
	expect(await page.locator('[data-my-shared-title]').textContent()).toBe('A shared agenda: 2 sessions');
	const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-my-export]')]);
	const exported = await readFile((await download.path())!, 'utf8');
	expect(calendarEventUids(exported).sort()).toEqual([uid('keynote'), uid('nvidia-track')].sort());
	const full = await (await fetch(`${site.origin}${base}en/schedule.ics`)).text();
	for (const [id, block] of eventsByUid(exported)) expect(block).toBe(eventsByUid(full).get(id));
	expect(await stored(page)).toEqual([]);
	await context.close();
});
