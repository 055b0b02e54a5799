import { localeTag, otherLang } from '../../src/i18n/languages';
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { pageTypes } from '../helpers/page-types';
import { programmeDir, root } from '../helpers/paths';
import { listPages, pageUrl, readSiteFile } from '../helpers/site';

const ids = (collection: string) =>
	readdirSync(`${programmeDir}/${collection}`)
		.filter((f) => /\.mdx?$/.test(f))
		.map((f) => f.replace(/\.mdx?$/, ''));

// Every route, derived from the content files, so adding a session adds a route to check.
const routes = [
	'/',
	'/agenda/',
	'/speakers/',
	'/tracks/',
	'/results/',
	'/venue/',
	'/changes/',
	...ids('sessions').map((id) => `/sessions/${id}/`),
	...ids('speakers').map((id) => `/speakers/${id}/`),
	...ids('tracks').map((id) => `/tracks/${id}/`),
];
const inLang = (lang: 'ko' | 'en', route: string) => (lang === 'en' ? `/en${route}` : route);
const fileOf = (url: string) => `${url}index.html`;
const attr = (html: string, pattern: RegExp) => pattern.exec(html)?.[1];

describe.each(['ko', 'en'] as const)('%s', (lang) => {
	test.each(routes)('%s exists, declares its language, canonical URL, both alternates and a switch to the other language', async (route) => {
		const url = inLang(lang, route);
		const html = await readSiteFile(fileOf(url));
		expect(attr(html, /<html lang="([^"]+)"/)).toBe(localeTag(lang));
		expect(attr(html, /<link rel="canonical" href="([^"]+)"/)).toBe(`https://techday.example.com${url}`);
		expect(attr(html, /<link rel="alternate" hreflang="ko-KR" href="([^"]+)"/)).toBe(`https://techday.example.com${route}`);
		expect(attr(html, /<link rel="alternate" hreflang="en-GB" href="([^"]+)"/)).toBe(`https://techday.example.com/en${route}`);
		const other = otherLang(lang);
		expect(html).toContain(`href="${inLang(other, route)}" hreflang="${localeTag(other)}"`);
		expect(html).toMatch(/<title>[^<]+<\/title>/);
		expect(html).toMatch(/<h1[\s>]/);
	});
});

test('every route file is a page type the suites sample, and every page type has its route file', () => {
	const files = readdirSync(`${root}src/pages/[...lang]/`, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.astro'));
	expect(files.sort()).toEqual(pageTypes.map((p) => p.route).sort());
});

test('no page exists that the content does not explain, and both languages have the same pages', async () => {
	const pages = (await listPages()).map(pageUrl);
	const ko = pages.filter((p) => !p.startsWith('/en/') && p !== '/404.html');
	const en = pages.filter((p) => p.startsWith('/en/')).map((p) => p.slice(3));
	expect(en.sort()).toEqual(ko.sort());
	for (const route of routes) expect(ko).toContain(route);
});

test('the 404 page speaks both languages', async () => {
	const html = await readSiteFile('/404.html');
	expect(html).toContain('페이지를 찾을 수 없습니다');
	expect(html).toContain('Page not found');
	expect(html).toContain('lang="en-GB"');
});

test('the sitemap lists every page (and nothing else) with its other-language alternate; personal "my agenda" pages stay out', async () => {
	const index = await readSiteFile('/sitemap-index.xml');
	const maps = [...index.matchAll(/<loc>https:\/\/techday\.example\.com(\/[^<]+)<\/loc>/g)].map((m) => m[1]!);
	expect(maps.length).toBeGreaterThan(0);
	const listed = new Set<string>();
	for (const map of maps) {
		const xml = await readSiteFile(map);
		for (const m of xml.matchAll(/<url><loc>https:\/\/techday\.example\.com(\/[^<]*)<\/loc>/g)) listed.add(m[1]!);
		expect(xml).toContain('hreflang="en-GB"');
	}
	const pages = (await listPages()).map(pageUrl).filter((p) => p !== '/404.html' && !p.endsWith('/my/'));
	expect([...listed].sort()).toEqual(pages.sort());
	expect(pages).toContain('/agenda/');
});
