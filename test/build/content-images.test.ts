/**
 * Speaker photos, partner logos and organizer logos go through astro:assets: built from the copies of
 * content with a photo and logos (test/helpers/after-day.ts), in both languages, each image has its alt
 * text, its width and height, and files that exist; the sample programme, which has none, shows no empty box.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import yaml from 'js-yaml';
import { parse } from 'parse5';
import { describe, expect, test } from 'vitest';
import { dayDirs, firstId, photoSpeaker, type DayPhase } from '../helpers/after-day';
import { attr, elements, type Element } from '../helpers/html';
import { siteDir } from '../helpers/paths';
import { listPages, readSiteFile } from '../helpers/site';

const langs = [
	{ lang: 'ko', prefix: '' },
	{ lang: 'en', prefix: '/en' },
] as const;
type Lang = (typeof langs)[number]['lang'];

/** A content file's front matter in one language (the English file where there is one, as the site reads it). */
async function frontMatter(phase: DayPhase, collection: string, id: string, lang: Lang): Promise<Record<string, unknown>> {
	const read = async (path: string) => yaml.load(/^---\n([\s\S]*?)\n---/.exec(await readFile(path, 'utf8'))![1]!) as Record<string, unknown>;
	const ko = await read(`${dayDirs(phase).content}${collection}/${id}.md`);
	const en = `${dayDirs(phase).content}en/${collection}/${id}.md`;
	return lang === 'en' && existsSync(en) ? { ...ko, ...(await read(en)) } : ko;
}

const page = async (path: string, phase: DayPhase = 'after') => [...elements(parse(await readSiteFile(path, dayDirs(phase).site)))];
const tag = (els: Element[], name: string) => els.filter((e) => e.tagName === name);
const under = (el: Element) => [...elements(el)];
const textOf = (el: Element): string =>
	under(el)
		.flatMap((e) => e.childNodes.map((c) => ('value' in c && c.nodeName === '#text' ? c.value : '')))
		.join('')
		.trim();

/** The files a src or srcset names, as paths in the build. */
const files = (value: string | undefined) =>
	(value ?? '')
		.split(',')
		.map((c) => c.trim().split(/\s+/)[0]!)
		.filter(Boolean);
const missing = (phase: DayPhase | 'sample', els: Element[]) => {
	const dir = phase === 'sample' ? siteDir : dayDirs(phase).site;
	return els.flatMap((e) => [...files(attr(e, 'src')), ...files(attr(e, 'srcset'))]).filter((f) => !existsSync(`${dir}${f}`));
};

/** A <picture>'s formats, and its <img>. */
function pictureParts(picture: Element) {
	const sources = tag(under(picture), 'source');
	return { types: sources.map((s) => attr(s, 'type')), sources, img: tag(under(picture), 'img')[0]! };
}

/** The <li>/<article> card that links to a path. */
function cardLinkingTo(els: Element[], cardTag: string, href: string): Element {
	const card = tag(els, cardTag).find((c) => tag(under(c), 'a').some((a) => attr(a, 'href') === href));
	expect(card, `a <${cardTag}> linking to ${href}`).toBeDefined();
	return card!;
}

describe.each(langs)('after the day, $lang', ({ lang, prefix }) => {
	test('the speaker page shows the photo as AVIF and WebP, square, sized, named by its alt, in the first screen', async () => {
		const speaker = await photoSpeaker();
		const els = await page(`${prefix}/speakers/${speaker}/index.html`);
		const pictures = tag(els, 'picture');
		expect(pictures).toHaveLength(1);
		const { types, sources, img } = pictureParts(pictures[0]!);
		expect(types).toEqual(['image/avif', 'image/webp']);
		expect(attr(img, 'alt')).toBe((await frontMatter('after', 'speakers', speaker, lang)).name);
		expect(attr(img, 'alt')).toBe(textOf(tag(els, 'h1')[0]!));
		expect([attr(img, 'width'), attr(img, 'height')]).toEqual(['160', '160']);
		expect(attr(img, 'loading')).toBe('eager');
		// 1x and 2x of each format.
		for (const s of sources) expect(attr(s, 'srcset')).toMatch(/ 1x, .* 2x$/);
		expect(missing('after', [img, ...sources])).toEqual([]);
	});

	test("the speaker's structured data names the 2x WebP the page ships as the Person's image", async () => {
		const speaker = await photoSpeaker();
		const els = await page(`${prefix}/speakers/${speaker}/index.html`);
		const ld = JSON.parse(textOf(tag(els, 'script').find((s) => attr(s, 'type') === 'application/ld+json')!));
		const person = ld['@graph'].find((n: { '@type': string }) => n['@type'] === 'ProfilePage').mainEntity;
		const image = new URL(person.image);
		expect(image.pathname).toMatch(/\.webp$/);
		expect(existsSync(`${dayDirs('after').site}${image.pathname}`)).toBe(true);
		const webp = pictureParts(tag(els, 'picture')[0]!).sources.find((s) => attr(s, 'type') === 'image/webp')!;
		expect(attr(webp, 'srcset')).toContain(`${image.pathname} 2x`);
	});

	test('the speakers list shows the photo on its card, with an empty alt beside the linked name', async () => {
		const speaker = await photoSpeaker();
		const els = await page(`${prefix}/speakers/index.html`);
		const card = cardLinkingTo(els, 'li', `${prefix}/speakers/${speaker}/`);
		const pictures = tag(under(card), 'picture');
		expect(pictures).toHaveLength(1);
		const { types, sources, img } = pictureParts(pictures[0]!);
		expect(types).toEqual(['image/avif', 'image/webp']);
		expect(attr(img, 'alt')).toBe('');
		expect(textOf(tag(under(card), 'a')[0]!)).toBe((await frontMatter('after', 'speakers', speaker, lang)).name);
		expect([attr(img, 'width'), attr(img, 'height')]).toEqual(['72', '72']);
		expect(missing('after', [img, ...sources])).toEqual([]);
		// Speakers without a photo get no picture and no empty box.
		expect(tag(els, 'picture')).toHaveLength(1);
	});

	test("home's keynote cards show their speakers' photos beside the names (empty alt); the agenda's cards none", async () => {
		const speaker = await photoSpeaker();
		const els = await page(`${prefix}/index.html`);
		const section = tag(els, 'section').find((s) => attr(s, 'aria-labelledby') === 'keynote-title')!;
		const cards = tag(under(section), 'article');
		expect(cards.length).toBeGreaterThan(0);
		for (const card of cards) {
			const session = await frontMatter('after', 'sessions', attr(card, 'data-session-id')!, 'ko');
			// Only one speaker has a photo in this copy: a keynote speaker when the content has one.
			const pictures = tag(under(card), 'picture');
			expect(pictures.length).toBe((session.speakers as string[] | undefined)?.includes(speaker) ? 1 : 0);
			for (const picture of pictures) {
				const { types, img } = pictureParts(picture);
				expect(types).toEqual(['image/avif', 'image/webp']);
				expect([attr(img, 'alt'), attr(img, 'width'), attr(img, 'height')]).toEqual(['', '72', '72']);
				expect(textOf(card)).toContain((await frontMatter('after', 'speakers', speaker, lang)).name);
			}
		}
		expect(tag(await page(`${prefix}/agenda/index.html`), 'picture')).toEqual([]);
	});

	test("a session page shows its speaker's photo beside the linked name (empty alt), and no other", async () => {
		const speaker = await photoSpeaker();
		const dir = dayDirs('after').site;
		const sessionPages = (await listPages(dir)).filter((p) => p.startsWith(`${prefix}/sessions/`));
		expect(sessionPages.length).toBeGreaterThan(3);
		for (const path of sessionPages) {
			const id = path.split('/').at(-2)!;
			const names = ((await frontMatter('after', 'sessions', id, 'ko')).speakers as string[] | undefined) ?? [];
			const pictures = tag(await page(path), 'picture');
			expect(pictures.length, path).toBe(names.includes(speaker) ? 1 : 0);
			for (const picture of pictures) {
				const { types, img } = pictureParts(picture);
				expect(types).toEqual(['image/avif', 'image/webp']);
				expect([attr(img, 'alt'), attr(img, 'width'), attr(img, 'height')]).toEqual(['', '48', '48']);
			}
		}
	});

	test.each([
		['the track page', (track: string) => `/tracks/${track}/index.html`, '40'],
		['the tracks list', () => '/tracks/index.html', '28'],
	])("%s shows the partner's SVG logo as it is, named by the partner in the page's language", async (_, path, height) => {
		const track = await firstId('tracks');
		const partner = (await frontMatter('after', 'tracks', track, lang)).partner;
		const els = await page(`${prefix}${path(track)}`);
		const logos = tag(els, 'img').filter((i) => attr(i, 'alt') === partner);
		expect(logos).toHaveLength(1);
		const logo = logos[0]!;
		expect(attr(logo, 'src')).toMatch(/^\/_astro\/.*\.svg$/);
		expect(attr(logo, 'height')).toBe(height);
		// The test logo is 120 × 40: the width keeps its shape.
		expect(Number(attr(logo, 'width'))).toBe(Number(height) * 3);
		expect(missing('after', [logo])).toEqual([]);
	});

	test("every page's footer shows the organizer's logo, named by the organizer", async () => {
		const event = yaml.load(await readFile(`${dayDirs('after').content}event.yaml`, 'utf8')) as { organizers: { name: Record<Lang, string>; logo?: string }[] };
		const [withLogo, ...others] = event.organizers;
		expect(withLogo!.logo).toBeDefined();
		const pages = (await listPages(dayDirs('after').site)).filter((p) => (lang === 'en') === p.startsWith('/en/') && !p.startsWith('/404'));
		expect(pages.length).toBeGreaterThan(10);
		for (const path of pages) {
			const footer = tag(await page(path), 'footer')[0];
			expect(footer, path).toBeDefined();
			const logos = tag(under(footer!), 'img');
			expect(
				logos.map((i) => attr(i, 'alt')),
				path,
			).toEqual([withLogo!.name[lang]]);
			expect(missing('after', logos), path).toEqual([]);
			// Organizers without a logo are still named, in words.
			for (const o of others) expect(textOf(footer!), path).toContain(o.name[lang]);
		}
	});
});

describe('a raster partner logo (the "before" copy has a PNG)', () => {
	test('is optimised to WebP at 1x and 2x, its width following its shape', async () => {
		const track = await firstId('tracks');
		const partner = (await frontMatter('before', 'tracks', track, 'ko')).partner;
		const logo = tag(await page('/tracks/index.html', 'before'), 'img').find((i) => attr(i, 'alt') === partner)!;
		expect(attr(logo, 'src')).toMatch(/\.webp$/);
		expect(attr(logo, 'srcset')).toMatch(/\.webp 1x, \S+\.webp 2x$/);
		expect([attr(logo, 'width'), attr(logo, 'height')]).toEqual(['84', '28']);
		expect(missing('before', [logo])).toEqual([]);
	});
});

test.each(['after', 'before'] as const)('the %s build: every <img> has an alt, a width and a height, and its files exist', async (phase) => {
	const problems: string[] = [];
	let count = 0;
	for (const path of await listPages(dayDirs(phase).site)) {
		for (const img of tag(await page(path, phase), 'img')) {
			count++;
			for (const name of ['alt', 'width', 'height'])
				if (attr(img, name) === undefined) problems.push(`${path}: <img src="${attr(img, 'src')}"> has no ${name}`);
			for (const file of missing(phase, [img])) problems.push(`${path}: ${file} is not in the build`);
		}
	}
	expect(count).toBeGreaterThan(50);
	expect(problems).toEqual([]);
});

test('the sample programme (no photos, no logos) shows no picture, no empty image box and no broken image', async () => {
	const problems: string[] = [];
	for (const path of await listPages(siteDir)) {
		const els = [...elements(parse(await readSiteFile(path, siteDir)))];
		if (tag(els, 'picture').length > 0) problems.push(`${path}: a <picture>`);
		for (const img of tag(els, 'img')) {
			if (!attr(img, 'src')) problems.push(`${path}: an <img> without src`);
			for (const file of missing('sample', [img])) problems.push(`${path}: ${file} is not in the build`);
		}
	}
	for (const path of ['/speakers/index.html', '/en/tracks/index.html', '/index.html']) {
		const els = [...elements(parse(await readSiteFile(path, siteDir)))];
		expect(tag(els, 'img'), path).toEqual([]);
	}
	expect(problems).toEqual([]);
});
