/**
 * How the built pages share and how machines read them: every page in both languages has its own
 * Open Graph and Twitter tags and an existing 1200×630 preview PNG under 200 KB; the JSON-LD of each
 * page type has the properties Google requires, and every start and end equals a <time datetime>
 * on the same page.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, serialize } from 'parse5';
import { beforeAll, describe, expect, test } from 'vitest';
import { attr, elements, text, type Element, type Node } from '../helpers/html';
import { siteDir } from '../helpers/paths';
import { decodeQrSvg } from '../helpers/qr';
import { listFiles, listPages, pageUrl, readSiteFile } from '../helpers/site';

/** The markup inside an element (the inline SVG of a QR figure). */
const innerHtml = (node: Node) => serialize(node as Element);
const site = 'https://techday.example.com';
type Json = Record<string, any>;

interface Page {
	file: string;
	path: string;
	lang: 'ko' | 'en';
	meta: Map<string, string[]>;
	canonical?: string;
	times: Set<string>;
	graph: Json[];
	/** The QR codes on the page: what each opens, and whether it is for paper only. */
	qr: { url: string | undefined; printOnly: boolean }[];
}

let pages: Page[];
beforeAll(async () => {
	pages = await Promise.all(
		(await listPages()).map(async (file) => {
			const els = [...elements(parse(await readSiteFile(file, siteDir)))];
			const meta = new Map<string, string[]>();
			for (const el of els.filter((e) => e.tagName === 'meta')) {
				const key = attr(el, 'property') ?? attr(el, 'name');
				if (key) meta.set(key, [...(meta.get(key) ?? []), attr(el, 'content') ?? '']);
			}
			const scripts = els.filter((e) => e.tagName === 'script' && attr(e, 'type') === 'application/ld+json');
			const path = pageUrl(file);
			return {
				file,
				path,
				lang: path.startsWith('/en/') ? 'en' : 'ko',
				meta,
				canonical: attr(
					els.find((e) => e.tagName === 'link' && attr(e, 'rel') === 'canonical')!,
					'href',
				),
				times: new Set(els.filter((e) => e.tagName === 'time').map((e) => attr(e, 'datetime')!)),
				graph: scripts.flatMap((s) => JSON.parse(text(s))['@graph'] as Json[]),
				qr: els
					.filter((e) => e.tagName === 'figure' && [...elements(e)].some((c) => c.tagName === 'svg'))
					.map((figure) => ({
						url: decodeQrSvg(innerHtml(figure.childNodes.find((c) => 'tagName' in c && c.tagName === 'div')!)),
						printOnly: /\bhidden\b.*\bprint:flex\b/.test(attr(figure, 'class') ?? ''),
					})),
			} satisfies Page;
		}),
	);
});

const one = (page: Page, key: string) => {
	const values = page.meta.get(key) ?? [];
	expect(values, `${page.file} ${key}`).toHaveLength(1);
	return values[0]!;
};
const content = (path: string) => pages.filter((p) => p.file !== '/404.html' && p.path.replace(/^\/en\//, '/').startsWith(path));

describe('link previews', () => {
	test('every page has its Open Graph and Twitter tags', () => {
		expect(pages.length).toBeGreaterThan(40);
		for (const page of pages) {
			for (const key of ['og:title', 'og:description', 'og:site_name', 'og:image:alt']) expect(one(page, key).trim(), `${page.file} ${key}`).not.toBe('');
			expect(one(page, 'og:type')).toBe('website');
			expect(one(page, 'og:url')).toBe(page.canonical);
			expect(one(page, 'og:locale')).toBe(page.lang === 'ko' ? 'ko_KR' : 'en_GB');
			expect(one(page, 'og:locale:alternate')).toBe(page.lang === 'ko' ? 'en_GB' : 'ko_KR');
			expect([one(page, 'og:image:width'), one(page, 'og:image:height')]).toEqual(['1200', '630']);
			expect(one(page, 'twitter:card')).toBe('summary_large_image');
		}
	});

	test("every page people share has a preview image of its own, the others (and the 404 page) the home page's; each an existing PNG of 1200×630 under 200 KB", async () => {
		const seen = new Map<string, string>();
		const siteCard = (page: Page) => page.file === '/404.html' || ['/my/', '/search/', '/changes/'].includes(page.path.replace(/^\/en\//, '/'));
		expect(pages.filter(siteCard).length, 'pages with the site card').toBe(7);
		for (const page of pages) {
			const image = one(page, 'og:image');
			expect(image.startsWith(`${site}/og/${page.lang}/`), `${page.file}: ${image}`).toBe(true);
			const file = join(siteDir, new URL(image).pathname);
			expect(existsSync(file), `${page.file}: ${image}`).toBe(true);
			const png = await readFile(file);
			expect(png.subarray(1, 4).toString()).toBe('PNG');
			expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
			expect(png.byteLength, image).toBeLessThanOrEqual(200 * 1024);
			if (siteCard(page)) {
				expect(image, page.file).toBe(`${site}/og/${page.lang}/index.png`);
				continue;
			}
			expect(seen.get(image), `${page.file} shares its image with ${seen.get(image)}`).toBeUndefined();
			seen.set(image, page.file);
		}
		// No image is written that no page shows.
		const images = (await listFiles(siteDir)).filter((f) => f.startsWith('/og/') && f.endsWith('.png'));
		expect(images.sort()).toEqual([...seen.keys()].map((i) => new URL(i).pathname).sort());
	});

	test('every session, speaker and track has an image in both languages', () => {
		for (const kind of ['sessions', 'speakers', 'tracks']) {
			const detail = content(`/${kind}/`).filter((p) => p.path.split('/').filter(Boolean).length > (p.lang === 'en' ? 2 : 1));
			expect(detail.length, kind).toBeGreaterThan(2);
			expect(detail.filter((p) => p.lang === 'en').length).toBe(detail.filter((p) => p.lang === 'ko').length);
			for (const page of detail) expect(one(page, 'og:image')).toContain(`/og/${page.lang}/${kind}/`);
		}
	});

	test('the sample content sets no search-console verification', () => {
		for (const page of pages) expect([...page.meta.keys()].filter((k) => /site-verification/.test(k))).toEqual([]);
	});
});

/** The nodes of a type in a page's JSON-LD. */
const nodes = (page: Page, type: string) => page.graph.filter((n) => n['@type'] === type);

/** What Google's event rich result needs: name, startDate, a location with a name and an address. */
function expectEvent(page: Page, event: Json) {
	expect(event.name, page.file).toBeTruthy();
	expect(event.startDate, page.file).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?[+-]\d\d:\d\d$/);
	expect(event.endDate, page.file).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?[+-]\d\d:\d\d$/);
	expect(page.times.has(event.startDate), `${page.file}: startDate ${event.startDate} is a <time datetime> on the page`).toBe(true);
	expect(page.times.has(event.endDate), `${page.file}: endDate ${event.endDate} is a <time datetime> on the page`).toBe(true);
	expect(event.location['@type']).toBe('Place');
	expect(event.location.name).toBeTruthy();
	expect(event.location.address['@type']).toBe('PostalAddress');
	expect(event.location.address.addressLocality).toBeTruthy();
	expect(event.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
	expect(event.eventStatus).toMatch(/^https:\/\/schema\.org\/Event(Scheduled|Cancelled)$/);
	expect(event.organizer.length).toBeGreaterThan(0);
	expect(event.image[0]).toBe(one(page, 'og:image'));
	expect(event.description).toBeTruthy();
	expect(event.inLanguage).toBe(page.lang === 'ko' ? 'ko-KR' : 'en-GB');
	expect(event.url).toBe(page.canonical);
	expect(event['@id']).toMatch(/^https:\/\/.+#event$/);
}

describe('structured data', () => {
	const dayId = `${site}/#event`;

	test('the home page in each language is the event day, with a stable @id', () => {
		for (const path of ['/', '/en/']) {
			const page = pages.find((p) => p.path === path)!;
			const [event] = nodes(page, 'Event');
			expect(event).toBeDefined();
			expectEvent(page, event!);
			expect(event!['@id']).toBe(dayId);
			expect(nodes(page, 'BreadcrumbList')).toEqual([]);
		}
	});

	test('every session page is an Event within the day, its speakers as performers', () => {
		const sessions = content('/sessions/');
		expect(sessions.length).toBeGreaterThan(4);
		for (const page of sessions) {
			const [event] = nodes(page, 'Event');
			expect(event, page.file).toBeDefined();
			expectEvent(page, event!);
			expect(event!.superEvent).toEqual({ '@id': dayId });
			expect(event!['@id']).toBe(`${site}${page.path.replace(/^\/en\//, '/')}#event`);
			for (const performer of event!.performer ?? []) {
				expect(performer['@type']).toBe('Person');
				expect(
					pages.some((p) => p.canonical === performer.url),
					performer.url,
				).toBe(true);
			}
		}
		expect(sessions.some((p) => nodes(p, 'Event')[0]!.performer?.length > 0)).toBe(true);
	});

	test('every speaker page is a ProfilePage about a Person', () => {
		const speakers = content('/speakers/').filter((p) => !/\/speakers\/$/.test(p.path));
		expect(speakers.length).toBeGreaterThan(1);
		for (const page of speakers) {
			const [profile] = nodes(page, 'ProfilePage');
			expect(profile, page.file).toBeDefined();
			expect(profile!.mainEntity['@type']).toBe('Person');
			expect(profile!.mainEntity.name).toBeTruthy();
			expect(profile!.url).toBe(page.canonical);
		}
	});

	test('every page below home carries a breadcrumb from home to itself', () => {
		const deep = pages.filter((p) => p.file !== '/404.html' && !['/', '/en/'].includes(p.path));
		expect(deep.length).toBeGreaterThan(30);
		for (const page of deep) {
			const [crumbs] = nodes(page, 'BreadcrumbList');
			expect(crumbs, page.file).toBeDefined();
			const items = crumbs!.itemListElement as Json[];
			expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
			expect(items[0]!.item).toBe(`${site}${page.lang === 'en' ? '/en/' : '/'}`);
			expect(items.at(-1)!.item).toBe(page.canonical);
			for (const item of items) expect(item.name, page.file).toBeTruthy();
		}
	});
});

describe('QR codes', () => {
	test('the printed agenda and every printed session page carry a code that scans to the page itself', () => {
		const printed = [...content('/agenda/'), ...content('/sessions/')];
		expect(printed.length).toBeGreaterThan(10);
		for (const page of printed) expect(page.qr, page.file).toEqual([{ url: page.canonical, printOnly: true }]);
	});

	test('the venue page shows a code of the home page, on screen and on paper, for posters', () => {
		for (const page of content('/venue/')) expect(page.qr).toEqual([{ url: `${site}${page.lang === 'en' ? '/en/' : '/'}`, printOnly: false }]);
	});
});
