/**
 * In real Chromium: every section reachable on a 320 px phone, the agenda's first session on the
 * first screen, states that survive forced colours, focus rings that stand out, marks on links that leave
 * the site, type no smaller than 13 px (Korean at 1.5 line height) and 44 px touch targets.
 * These hold for any valid content: they read the built pages, not the sample programme.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { contrastRatio } from '../../src/lib/style/color';
import { useBrowserAndSite } from '../helpers/browser-suite';
import { menuItems } from '../helpers/menu';
import { samplePages } from '../helpers/page-types';

const shared = useBrowserAndSite();

async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
	const context = await shared.browser.newContext({ timezoneId: 'Asia/Seoul', ...options });
	const page = await context.newPage();
	await page.goto(`${shared.site.origin}${path}`);
	return page;
}

const sections = ['/', '/agenda/', '/speakers/', '/tracks/', '/results/', '/venue/', '/my/', '/search/'];
const phones = [320, 390].flatMap((width) => (['', '/en'] as const).map((prefix) => ({ width, prefix })));

describe.each(phones)('menu at $width px ($prefix)', ({ width, prefix }) => {
	test.each(sections)('on %s every menu item is on screen without scrolling, the current one marked', async (section) => {
		const page = await open(`${prefix}${section}`, { viewport: { width, height: 700 } });
		const items = await menuItems(page);
		expect(items).toHaveLength(sections.length);
		expect(
			items.filter((i) => !i.inView).map((i) => i.href),
			'menu items off screen',
		).toEqual([]);
		expect(items.filter((i) => i.current === 'page').map((i) => i.href)).toEqual([`${prefix}${section}`]);
		expect(Math.min(...items.map((i) => i.height)), 'menu link height').toBeGreaterThanOrEqual(44);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), 'sideways scrolling').toBeLessThanOrEqual(0);
		await page.context().close();
	});
});

describe.each(['/agenda/', '/en/agenda/'])('the phone agenda %s at 390×844', (path) => {
	test('the first session title starts above y = 600, under filters folded into one control', async () => {
		const page = await open(path, { viewport: { width: 390, height: 844 } });
		const firstTitle = await page.locator('.agenda-cell .card-title').first().boundingBox();
		expect(firstTitle!.y, 'first session title top').toBeLessThan(600);
		expect(await page.locator('form.agenda-filters').isVisible(), 'filters folded').toBe(false);
		expect(await page.locator('[data-filter-menu] > summary').isVisible()).toBe(true);
		await page.context().close();
	});

	test('each time is printed once: a slot heading with the range leaves the cards without a visible time', async () => {
		const page = await open(path, { viewport: { width: 390, height: 844 } });
		const slots = await page.evaluate(() =>
			[...document.querySelectorAll('.agenda-slot')].map((slot) => ({
				headingTimes: slot.querySelectorAll(':is(h2, h3) time').length,
				visibleCardTimes: [...slot.querySelectorAll<HTMLElement>('.card [data-time]')].filter((el) => el.getBoundingClientRect().width > 1).length,
				cards: slot.querySelectorAll('.card').length,
			})),
		);
		expect(slots.length).toBeGreaterThan(0);
		for (const slot of slots) expect(slot.visibleCardTimes).toBe(slot.headingTimes === 2 ? 0 : slot.cards);
		await page.context().close();
	});

	test('when no time is confirmed the page says so once, not per slot or card', async () => {
		const page = await open(path, { viewport: { width: 390, height: 844 } });
		const { allLine, marksInProgramme } = await page.evaluate(() => {
			const header = document.querySelector('.agenda > header')!;
			const strong = header.querySelector('strong');
			const word = document.documentElement.lang.startsWith('ko') ? '시간 미정' : 'Time TBC';
			const visibleText = (el: Element) => (el as HTMLElement).innerText;
			return { allLine: strong?.textContent ?? null, marksInProgramme: visibleText(document.querySelector('.agenda-slots')!).split(word).length - 1 };
		});
		const everyTentative = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('article[data-status]')].every((a) => a.dataset.status !== 'confirmed'),
		);
		if (everyTentative) {
			expect(allLine, 'the one status line').toBeTruthy();
			expect(marksInProgramme, '"not confirmed" repeated in the programme').toBe(0);
		} else expect(allLine).toBeNull();
		await page.context().close();
	});
});

describe('forced colours (Windows high contrast)', () => {
	test('the chosen filter keeps a mark of its own, the Subscribe button and status boxes a border', async () => {
		const page = await open('/agenda/', { forcedColors: 'active', viewport: { width: 390, height: 844 } });
		expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
		await page.locator('[data-filter-menu] > summary').click();
		const marks = () =>
			page.evaluate(() =>
				[...document.querySelectorAll<HTMLInputElement>('form.agenda-filters input')].map((i) => ({
					checked: i.checked,
					marked: i.parentElement!.querySelector<SVGElement>('[data-checked-mark]')!.checkVisibility(),
				})),
			);
		for (const m of await marks()) expect(m.marked).toBe(m.checked);
		await page.locator('form.agenda-filters label:has(input[name="track"]:not([value="all"]))').first().click();
		expect(await page.isChecked('#filter-track-all')).toBe(false);
		for (const m of await marks()) expect(m.marked).toBe(m.checked);
		const border = (selector: string) =>
			page
				.locator(selector)
				.first()
				.evaluate((el) => {
					const s = getComputedStyle(el);
					return s.borderTopStyle !== 'none' && Number.parseFloat(s.borderTopWidth) >= 1 && s.borderBottomStyle !== 'none' ? 'edge' : 'bare';
				});
		expect(await border('[data-calendar="subscribe"]'), 'Subscribe').toBe('edge');
		const session = await page.locator('.card-title a').first().getAttribute('href');
		await page.goto(`${shared.site.origin}${session}`);
		expect(await border('.badge'), 'status box').toBe('edge');
		await page.context().close();
	});
});

describe.each(['light', 'dark'] as const)('forced colours, %s: the star toggle', (colorScheme) => {
	test('a pressed star differs from an unpressed one by more than its fill', async () => {
		// bypassCSP: the test adds a style of its own that takes every fill away, so what is left to tell
		// the two states apart is what a high-contrast theme keeps: edges, marks and system colours.
		const page = await open('/agenda/', { forcedColors: 'active', colorScheme, bypassCSP: true, viewport: { width: 390, height: 844 } });
		await page.addStyleTag({ content: '.star-button svg, .star-button svg * { fill: none !important; }' });
		const star = page.locator('button[data-star]').first();
		await star.scrollIntoViewIfNeeded();
		const shot = async () => {
			await page.mouse.move(0, 0);
			return star.screenshot({ animations: 'disabled' });
		};
		expect(await star.getAttribute('aria-pressed')).toBe('false');
		const unpressed = await shot();
		await star.click();
		expect(await star.getAttribute('aria-pressed')).toBe('true');
		const pressed = await shot();
		expect(pressed.equals(unpressed), 'the pressed star looks the same as the unpressed one without fills').toBe(false);
		await page.context().close();
	});
});

/** "rgb(r, g, b)" to "#rrggbb". */
const hex = (rgb: string) =>
	`#${(rgb.match(/\d+/g) ?? [])
		.slice(0, 3)
		.map((n) => Number(n).toString(16).padStart(2, '0'))
		.join('')}`;

describe.each(['light', 'dark'] as const)('focus, %s', (colorScheme) => {
	test('the hero button ring is at least 3:1 against every colour of the hero behind it', async () => {
		const page = await open('/', { colorScheme, viewport: { width: 1280, height: 900 } });
		const hero = page.locator('main section').first();
		const button = hero.locator('a.rounded-full').first();
		for (let i = 0; i < 60 && !(await button.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
		const { ring, stops } = await button.evaluate((el) => {
			const s = getComputedStyle(el);
			const bg = getComputedStyle(el.closest('section')!).backgroundImage;
			return { ring: s.outlineStyle === 'none' ? null : s.outlineColor, stops: bg.match(/rgb\([^)]*\)/g) ?? [] };
		});
		expect(ring, 'a visible focus ring').not.toBeNull();
		expect(stops.length, 'hero gradient colours read').toBeGreaterThan(1);
		for (const stop of stops) expect(contrastRatio(hex(ring!), hex(stop)), `ring ${ring} on ${stop}`).toBeGreaterThanOrEqual(3);
		await page.context().close();
	});
});

test.each(samplePages().filter((p) => ['session', 'speaker', 'venue'].includes(p.type)))(
	'$lang $type: links that leave the site show a mark with words for it',
	async ({ path }) => {
		const page = await open(path);
		const links = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLAnchorElement>('main a[href]')]
				.filter((a) => a.target === '_blank' || (/^https?:/.test(a.href) && new URL(a.href).origin !== location.origin))
				.map((a) => ({
					href: a.href,
					mark: a.querySelector('svg[data-leaves-site]')?.checkVisibility() ?? false,
					words: a.querySelector('.sr-only')?.textContent?.trim() ?? '',
				})),
		);
		for (const link of links) {
			expect(link.mark, `${link.href}: visible mark`).toBe(true);
			expect(link.words, `${link.href}: words for the mark`).toMatch(/새 창|다른 사이트|new window|leaves this site/);
		}
		await page.context().close();
	},
);

describe.each(['/', '/agenda/', '/en/', '/en/agenda/'])('type and targets on %s at 390 px', (path) => {
	test('no text under 13 px, body 16 px, and small Korean text at line height 1.5 or more', async () => {
		const page = await open(path, { viewport: { width: 390, height: 844 } });
		const { body, small, tight } = await page.evaluate(() => {
			const texts = [...document.querySelectorAll<HTMLElement>('body *')].filter(
				(el) => el.checkVisibility() && !el.closest('.sr-only') && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()),
			);
			const size = (el: Element) => Number.parseFloat(getComputedStyle(el).fontSize);
			const lineHeight = (el: Element) => {
				const lh = getComputedStyle(el).lineHeight;
				return lh === 'normal' ? 1.2 * size(el) : Number.parseFloat(lh);
			};
			const korean = (el: Element) => /[가-힣]/.test(el.textContent ?? '');
			const describe = (el: Element) =>
				`${el.tagName.toLowerCase()}.${el.className.toString().split(' ').slice(0, 3).join('.')} "${el.textContent!.trim().slice(0, 20)}"`;
			return {
				body: size(document.body),
				small: texts.filter((el) => size(el) < 13).map((el) => `${describe(el)} ${size(el)}px`),
				// Running text (under 20 px); big headings may be set tighter.
				tight: texts
					.filter((el) => korean(el) && size(el) < 20 && getComputedStyle(el).display !== 'inline' && lineHeight(el) / size(el) < 1.5)
					.map((el) => `${describe(el)} ${(lineHeight(el) / size(el)).toFixed(2)}`),
			};
		});
		expect(body).toBeGreaterThanOrEqual(16);
		expect(small, 'text under 13 px').toEqual([]);
		if (!path.startsWith('/en')) expect(tight, 'Korean text under 1.5 line height').toEqual([]);
		await page.context().close();
	});

	test('every link and button in the header, the filters and the cards is at least 44 px tall and wide', async () => {
		const page = await open(path, { viewport: { width: 390, height: 844 } });
		// Unfold the filters (where the page has them) so their options are measured too.
		await page.evaluate(() => document.querySelector('[data-filter-menu]')?.setAttribute('open', ''));
		const small = await page.evaluate(() => {
			// A card's title link covers the whole card (its ::after), so the card is its target.
			const target = (el: Element) => (el.matches('.card-title a') ? el.closest('.card')! : el.matches('input') ? el.nextElementSibling! : el);
			const controls = [...document.querySelectorAll('body > header a, summary, form.agenda-filters input, .card a, .card button')].filter((el) =>
				target(el).checkVisibility(),
			);
			if (document.querySelector('[data-filter-menu]') && !controls.some((el) => el.matches('form.agenda-filters input')))
				return ['the filter options were not measured'];
			return controls
				.map((el) => ({ what: `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 20)}`, box: target(el).getBoundingClientRect() }))
				.filter(({ box }) => box.height < 44 || box.width < 44)
				.map(({ what, box }) => `${what}: ${Math.round(box.width)}×${Math.round(box.height)}`);
		});
		expect(small, 'targets under 44 px').toEqual([]);
		await page.context().close();
	});
});
