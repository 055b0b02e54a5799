/**
 * The web font of the finished site (src/integrations/web-font.ts): on the frozen programme, all font
 * files one page loads fit the budget; on any content (organizer edits, the record after the day) the font has a
 * glyph for every character a page or an interface string shows, so new content never falls back to
 * another typeface unnoticed; every page preloads it; the service worker installs it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'parse5';
import { describe, expect, test } from 'vitest';
import en from '../../src/i18n/en';
import ko from '../../src/i18n/ko';
import { WEB_FONT_BUDGET } from '../../src/integrations/web-font';
import { codePointsOf, uiTexts } from '../../src/lib/style/web-font';
import { dayDirs } from '../helpers/after-day';
import { readWoff2 } from '../helpers/font';
import { attr, drawnTexts, elements } from '../helpers/html';
import { editedSite, siteDir } from '../helpers/paths';
import { listPages } from '../helpers/site';

/** The font files a page's stylesheets declare in @font-face, as paths under the site's root. */
async function fontsOfPage(dir: string, base: string, page: string): Promise<string[]> {
	const html = await readFile(join(dir, page), 'utf8');
	const pageUrl = new URL(`${base}${page.slice(1)}`, 'https://site.test');
	const sheets = [...elements(parse(html))]
		.filter((el) => el.tagName === 'link' && attr(el, 'rel') === 'stylesheet')
		.map((el) => new URL(attr(el, 'href')!, pageUrl));
	const fonts = new Set<string>();
	for (const sheet of sheets) {
		const css = await readFile(join(dir, sheet.pathname.slice(base.length)), 'utf8');
		for (const [face] of css.matchAll(/@font-face\s*\{[^}]*\}/g)) {
			for (const [, url] of face.matchAll(/url\(["']?([^"')]+)["']?\)/g)) fonts.add(new URL(url, sheet).pathname.slice(base.length));
		}
	}
	return [...fonts].sort();
}

const sites = [
	{ name: 'the frozen programme', dir: siteDir, base: '/' },
	{ name: 'content/ after organizer edits', dir: editedSite.dir, base: editedSite.base },
	{ name: 'content/ after the day (photos, recordings, press)', dir: dayDirs('after').site, base: '/' },
];

describe.each(sites)('the web font of $name', ({ dir, base }) => {
	test('covers every character each page and every interface string shows', async () => {
		const pages = await listPages(dir);
		expect(pages.length).toBeGreaterThan(10);
		const ui = codePointsOf([...uiTexts(ko), ...uiTexts(en)]);
		const cmaps = new Map<string, Set<number>>();
		const missing: string[] = [];
		for (const page of pages) {
			const fonts = await fontsOfPage(dir, base, page);
			expect(fonts, `${page} declares no web font`).not.toEqual([]);
			const covered = new Set<number>();
			for (const font of fonts) {
				if (!cmaps.has(font)) cmaps.set(font, new Set((await readWoff2(await readFile(join(dir, font)))).characterSet));
				for (const c of cmaps.get(font)!) covered.add(c);
			}
			const needed = [...codePointsOf(drawnTexts(await readFile(join(dir, page), 'utf8'))), ...ui];
			const absent = [...new Set(needed.filter((c) => !covered.has(c)))];
			if (absent.length > 0) missing.push(`${page}: ${String.fromCodePoint(...absent)}`);
		}
		expect(missing, 'characters the font lacks').toEqual([]);
	});

	test('every page preloads the font file its stylesheet declares, as a font fetch (crossorigin) of the same address', async () => {
		const wrong: string[] = [];
		for (const page of await listPages(dir)) {
			const html = await readFile(join(dir, page), 'utf8');
			const pageUrl = new URL(`${base}${page.slice(1)}`, 'https://site.test');
			const preloads = [...elements(parse(html))].filter((el) => el.tagName === 'link' && attr(el, 'rel') === 'preload');
			const fonts = preloads.filter((el) => attr(el, 'as') === 'font' && attr(el, 'type') === 'font/woff2' && attr(el, 'crossorigin') === '');
			const preloaded = fonts.map((el) => new URL(attr(el, 'href')!, pageUrl).pathname.slice(base.length));
			const declared = await fontsOfPage(dir, base, page);
			if (preloads.length !== fonts.length || JSON.stringify(preloaded) !== JSON.stringify(declared))
				wrong.push(`${page}: preloads ${preloaded.join(', ') || 'nothing'}, declares ${declared.join(', ')}`);
		}
		expect(wrong).toEqual([]);
	});

	test('the service worker installs the font', async () => {
		const sw = await readFile(join(dir, 'sw.js'), 'utf8');
		for (const font of await fontsOfPage(dir, base, '/index.html')) expect(sw).toContain(font.replace(/^\//, ''));
	});
});

test(`on the frozen programme, the font files of any page weigh at most ${WEB_FONT_BUDGET} B`, async () => {
	const over: string[] = [];
	let heaviest = 0;
	for (const page of await listPages(siteDir)) {
		const fonts = await fontsOfPage(siteDir, '/', page);
		// WOFF2 is brotli inside: sent as it is, its bytes are what travels.
		const bytes = (await Promise.all(fonts.map(async (f) => (await readFile(join(siteDir, f))).length))).reduce((a, b) => a + b, 0);
		heaviest = Math.max(heaviest, bytes);
		if (bytes > WEB_FONT_BUDGET) over.push(`${page}: ${bytes} B (${fonts.join(', ')})`);
	}
	expect(heaviest).toBeGreaterThan(0);
	expect(over).toEqual([]);
});
