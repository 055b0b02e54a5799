/**
 * The agenda in real Chromium: now/next with a fixed clock, filters in the URL and by keyboard, the
 * page without JavaScript, local times, print, and no horizontal scrolling at 320 px.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowserAndSite } from '../helpers/browser-suite';
import { describeViolations, runAxe } from '../helpers/axe';
import { pageURL } from '../helpers/browser';

const shared = useBrowserAndSite();

/** A page in a fresh context; the device is in Seoul unless a test says otherwise. */
async function open(path: string, options: BrowserContextOptions = {}, before?: (page: Page) => Promise<unknown>): Promise<Page> {
	const context = await shared.browser.newContext({ timezoneId: 'Asia/Seoul', ...options });
	const page = await context.newPage();
	await before?.(page);
	await page.goto(`${shared.site.origin}${path}`);
	return page;
}

/** What the page marks as on now, next and past (by session id). */
function liveState(page: Page) {
	return page.evaluate(() => {
		const ids = (selector: string) =>
			[...document.querySelectorAll<HTMLElement>(selector)].map((el) => el.closest<HTMLElement>('[data-session-id]')?.dataset.sessionId);
		return {
			current: ids('[aria-current="time"]'),
			now: ids('[data-live-badge="now"]'),
			next: ids('[data-live-badge="next"]'),
			dimmed: [...document.querySelectorAll<HTMLElement>('article[data-session-id]')]
				.filter((el) => Number(getComputedStyle(el).opacity) < 1)
				.map((el) => el.dataset.sessionId),
			jump: document.querySelector<HTMLAnchorElement>('[data-jump]:not([hidden])')?.getAttribute('href') ?? null,
		};
	});
}

/** Unfolds the filters (a <details>) by a click on their one control. */
const openFilters = (page: Page) => page.locator('[data-filter-menu] > summary').click();

/** The sessions the filters leave visible. */
const visibleSessions = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('.agenda-cell')]
			.filter((el) => el.checkVisibility())
			.map((el) => el.querySelector<HTMLElement>('[data-session-id]')?.dataset.sessionId),
	);

describe('now and next', () => {
	test('?now= on the event day: the keynote is current (aria-current="time"), the next talk is flagged', async () => {
		const page = await open('/agenda/?now=2024-11-25T10:20:00%2B09:00');
		expect(await liveState(page)).toEqual({ current: ['keynote'], now: ['keynote'], next: ['global-ai-trends'], dimmed: [], jump: '#t-1000' });
		expect(await page.locator('[data-live-badge="now"]').textContent()).toBe('진행 중');
		await page.context().close();
	});

	test('window.__TECHDAY_NOW__ in the afternoon: three tracks on, three next, the morning dimmed', async () => {
		const page = await open('/en/agenda/', {}, (p) => p.addInitScript(() => Object.assign(window, { __TECHDAY_NOW__: '2024-11-25T04:45:00Z' })));
		expect(await liveState(page)).toEqual({
			current: ['google-track', 'aws-track', 'nvidia-track'],
			now: ['google-track', 'aws-track', 'nvidia-track'],
			next: ['intel-track', 'naver-track', 'kakao-track'],
			dimmed: ['keynote', 'global-ai-trends', 'ai-metaverse-future'],
			jump: '#t-1330',
		});
		expect(await page.locator('[data-live-badge="next"]').first().textContent()).toBe('Up next');
		await page.context().close();
	});

	test('the device clock at lunch on the day: nothing is on, the jump goes to what is next', async () => {
		const page = await open('/agenda/', {}, (p) => p.clock.setFixedTime(new Date('2024-11-25T12:35:00+09:00')));
		const state = await liveState(page);
		expect(state).toMatchObject({ current: [], now: [], next: ['google-track', 'aws-track', 'nvidia-track'], jump: '#t-1330' });
		expect(state.dimmed).toHaveLength(3);
		expect(await page.locator('[data-jump]').textContent()).toBe('다음 세션으로 이동');
		await page.context().close();
	});

	test.each(['2024-11-24T10:20:00+09:00', '2024-11-26T10:20:00+09:00'])('on another day (%s) nothing changes', async (instant) => {
		const page = await open('/agenda/', {}, (p) => p.clock.setFixedTime(new Date(instant)));
		expect(await liveState(page)).toEqual({ current: [], now: [], next: [], dimmed: [], jump: null });
		await page.context().close();
	});
});

describe('filters', () => {
	test('a click puts the filter in the URL and the live region says how many sessions show', async () => {
		const page = await open('/agenda/');
		const status = page.locator('[data-filter-count]');
		expect(await status.getAttribute('aria-live')).toBe('polite');
		expect(await page.locator('label:has(#filter-track-nvidia)').isVisible(), 'folded at first').toBe(false);
		await openFilters(page);
		await page.locator('label:has(#filter-track-nvidia)').click();
		expect((await pageURL(page)).search).toBe('?track=nvidia');
		expect(await visibleSessions(page)).toEqual(['nvidia-track']);
		expect(await status.textContent()).toBe('세션 1개를 보여 줍니다.');
		// Switching language keeps the view.
		const switchTo = new URL((await page.locator('header a[hreflang="en-GB"]').getAttribute('href'))!, await pageURL(page));
		expect(`${switchTo.pathname}${switchTo.search}`).toBe('/en/agenda/?track=nvidia');
		await page.locator('label:has(#filter-track-all)').click();
		expect((await pageURL(page)).search).toBe('');
		expect(await status.textContent()).toBe('세션 9개를 보여 줍니다.');
		await page.context().close();
	});

	test('with the script the form applies at once: no "Show" button, no note, and it filters without CSS :has()', async () => {
		const page = await open('/agenda/');
		await openFilters(page);
		expect(await page.locator('form.agenda-filters').getAttribute('method')).toBe('get');
		expect(await page.locator('[data-filter-submit]').isHidden()).toBe(true);
		expect(await page.locator('[data-filter-old]').isHidden()).toBe(true);
		// A browser without :has() has no CSS filter: take away the stylesheet that holds those rules.
		await page.evaluate(() => document.querySelector('link[rel="stylesheet"][href*="content"]')?.remove());
		await page.locator('label:has(#filter-kind-talk)').click();
		expect(await visibleSessions(page)).toEqual(['global-ai-trends', 'ai-metaverse-future']);
		expect(await page.locator('.agenda-slot:visible').count()).toBe(2);
		await page.context().close();
	});

	test('the filters work from the keyboard alone', async () => {
		const page = await open('/en/agenda/');
		await page.focus('[data-filter-menu] > summary');
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('filter-track-all');
		await page.keyboard.press('ArrowRight');
		expect((await pageURL(page)).search).toBe('?track=google');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('filter-kind-all');
		await page.keyboard.press('ArrowRight');
		expect((await pageURL(page)).searchParams.get('kind')).toBe('keynote');
		expect(await visibleSessions(page)).toEqual([]);
		expect(await page.locator('[data-filter-count]').textContent()).toBe('No session matches these filters.');
		await page.context().close();
	});

	test.each([
		['?track=nvidia', ['nvidia-track'], 'nvidia', 'all'],
		['?kind=partner-track&track=intel', ['intel-track'], 'intel', 'partner-track'],
		['?kind=talk', ['global-ai-trends', 'ai-metaverse-future'], 'all', 'talk'],
		['?track=not-a-track', 9, 'all', 'all'],
	])('a shared link %s opens filtered', async (query, shown, track, kind) => {
		const page = await open(`/agenda/${query}`);
		const visible = await visibleSessions(page);
		if (typeof shown === 'number') expect(visible).toHaveLength(shown);
		else expect(visible).toEqual(shown);
		expect(await page.isChecked(`#filter-track-${track}`)).toBe(true);
		expect(await page.isChecked(`#filter-kind-${kind}`)).toBe(true);
		// A filtered link unfolds the filters, so the reader sees why sessions are missing.
		expect(await page.locator('[data-filter-menu]').getAttribute('open')).toBe(track === 'all' && kind === 'all' ? null : '');
		await page.context().close();
	});
});

test('without JavaScript the agenda reads fine: all sessions, no dead stars, CSS filters', async () => {
	const page = await open('/agenda/', { javaScriptEnabled: false });
	expect(await visibleSessions(page)).toHaveLength(9);
	expect(await page.locator('button[data-star]').count()).toBe(9);
	expect(await page.locator('button[data-star]:visible, [data-tz-toggle]:visible, [data-jump]:visible').count()).toBe(0);
	// The folded filters open without a script (<details>) and still filter by CSS alone.
	await openFilters(page);
	await page.locator('label:has(#filter-track-aws)').click();
	expect(await visibleSessions(page)).toEqual(['aws-track']);
	// This browser has :has(), so the note for browsers that can neither filter nor run the script stays hidden;
	// the rule that shows it elsewhere is in the page's CSS.
	expect(await page.locator('[data-filter-old]').isHidden()).toBe(true);
	const oldBrowserRule = await page.evaluate(() =>
		[...document.styleSheets].some((sheet) =>
			[...sheet.cssRules].some(
				(rule) => rule instanceof CSSSupportsRule && rule.conditionText.includes('not selector(:has(') && rule.cssText.includes('.filter-old'),
			),
		),
	);
	expect(oldBrowserRule).toBe(true);
	// The session page's star is a link that works without a script on that page.
	await page.goto(`${shared.site.origin}/sessions/keynote/`);
	expect(await page.locator('a[data-add-to-my]').getAttribute('href')).toBe('/my/?add=keynote');
	await page.goto(`${shared.site.origin}/my/`);
	expect(await page.locator('main').innerText()).toContain('JavaScript가 켜져 있어야 합니다');
	await page.context().close();
});

test('without JavaScript the filters are a form: chosen by keyboard, "Show" sends them as the address', async () => {
	const page = await open('/en/agenda/', { javaScriptEnabled: false });
	await page.focus('[data-filter-menu] > summary');
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	await page.keyboard.press('ArrowRight');
	expect(await visibleSessions(page)).toEqual(['google-track']);
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Show');
	await Promise.all([page.waitForURL('**/en/agenda/?*'), page.keyboard.press('Enter')]);
	const sent = await pageURL(page);
	expect(`${sent.pathname}${sent.search}`).toBe('/en/agenda/?track=google&kind=all');
	// A static page cannot read its query: without the script the address opens the whole day…
	expect(await visibleSessions(page)).toHaveLength(9);
	await page.context().close();
	// …and with it, the address opens filtered.
	const shared = await open(`${sent.pathname}${sent.search}`);
	expect(await visibleSessions(shared)).toEqual(['google-track']);
	expect(await shared.isChecked('#filter-track-google')).toBe(true);
	await shared.context().close();
});

describe.each([390, 1280])('the open filters when the script does not run, at %i px', (width) => {
	test.each(['/agenda/', '/en/agenda/'])('%s: no axe violations with "Show" and the old-browser note, light and dark', async (path) => {
		for (const colorScheme of ['light', 'dark'] as const) {
			// The script fails to load (axe itself needs JavaScript, so it stays on). bypassCSP: the note shows only in a
			// browser without :has(), so this test shows it with a style of its own.
			const context = await shared.browser.newContext({ viewport: { width, height: 900 }, colorScheme, reducedMotion: 'reduce', bypassCSP: true });
			await context.route('**/_astro/*.js', (route) => route.abort());
			const page = await context.newPage();
			await page.goto(`${shared.site.origin}${path}`);
			await openFilters(page);
			await page.addStyleTag({ content: '.filter-old{display:block}' });
			expect(await page.locator('[data-filter-submit]').isVisible()).toBe(true);
			expect(await page.locator('[data-filter-old]').isVisible()).toBe(true);
			expect(describeViolations(await runAxe(page)), `${path} ${colorScheme}`).toEqual([]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
			await context.close();
		}
	});
});

describe('time zones', () => {
	test('a device in Los Angeles can choose to see local times too; the choice sticks', async () => {
		const page = await open('/en/agenda/', { timezoneId: 'America/Los_Angeles' });
		const toggle = page.locator('[data-tz-toggle]');
		expect(await toggle.textContent()).toContain('America/Los Angeles');
		expect(await page.locator('[data-local-time]').count()).toBe(0);
		await toggle.click();
		const keynote = page.locator('[data-session-id="keynote"] [data-local-time]');
		expect(await keynote.textContent()).toMatch(/^Your time: 24 Nov, 17:00\s*–\s*17:50 GMT-8 \(an earlier date\)$/);
		expect(await page.locator('[data-local-time]').count()).toBe(9);
		// The event's own zone stays the main time, labelled as such.
		expect(await page.locator('[data-session-id="keynote"] abbr').textContent()).toBe('GMT+9');
		await page.reload();
		expect(await page.isChecked('[data-tz-input]')).toBe(true);
		expect(await page.locator('[data-local-time]').count()).toBe(9);
		await page.context().close();
	});

	test.each(['Asia/Seoul', 'Asia/Tokyo'])('a device in %s shows the event times only (no toggle)', async (timezoneId) => {
		const page = await open('/agenda/', { timezoneId });
		expect(await page.locator('[data-tz-toggle]').isHidden()).toBe(true);
		await page.context().close();
	});
});

test('print: no navigation or buttons, sessions never split, track colours kept, A4 page', async () => {
	const page = await open('/agenda/?now=2024-11-25T13:45:00%2B09:00');
	await page.emulateMedia({ media: 'print' });
	const styles = await page.evaluate(() => {
		const display = (selector: string) => [...document.querySelectorAll(selector)].map((el) => getComputedStyle(el).display);
		const pageRules: string[] = [];
		const walk = (rules: CSSRuleList) => {
			for (const rule of rules) {
				if (rule instanceof CSSPageRule) pageRules.push(rule.style.getPropertyValue('size'));
				else if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
			}
		};
		for (const sheet of document.styleSheets) walk(sheet.cssRules);
		const card = document.querySelector<HTMLElement>('[data-session-id="keynote"]')!;
		const chip = document.querySelector<HTMLElement>('[data-session-id="nvidia-track"] .track-chip')!;
		return {
			hidden: [...display('body > header, body > footer, form.agenda-filters, button[data-star], [data-jump], [data-live-badge]')].every((d) => d === 'none'),
			breakInside: getComputedStyle(card).breakInside,
			pastOpacity: getComputedStyle(card).opacity,
			chipAdjust: getComputedStyle(chip).printColorAdjust,
			chipBackground: getComputedStyle(chip).backgroundColor,
			pageRules,
		};
	});
	expect(styles).toMatchObject({ hidden: true, breakInside: 'avoid', pastOpacity: '1', chipAdjust: 'exact' });
	expect(styles.chipBackground).not.toMatch(/^rgba\(0, 0, 0, 0\)$/);
	expect(styles.pageRules.some((size) => /a4/i.test(size))).toBe(true);
	await page.context().close();
});

test.each(['/agenda/', '/en/agenda/', '/my/', '/en/my/'])('no horizontal scrolling at 320 px: %s', async (path) => {
	const page = await open(`${path}?now=2024-11-25T13:45:00%2B09:00`, { viewport: { width: 320, height: 800 }, timezoneId: 'America/Los_Angeles' }, (p) =>
		p.addInitScript(() => {
			// Everything on at once: local times, and three picks of which two clash.
			localStorage.setItem('techday-2024:local-time:v1', 'on');
			localStorage.setItem('techday-2024:my-agenda:v1', '["keynote","google-track","aws-track"]');
		}),
	);
	// My agenda draws its cards from the agenda page after loading: wait until they show.
	await page.locator('[data-local-time]:visible').first().waitFor();
	const width = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
	expect(width.scroll).toBeLessThanOrEqual(width.client);
	await page.context().close();
});
