/**
 * The photos of the day: a page of its own in both languages when the event file lists photos,
 * every photo optimised by astro:assets (AVIF and WebP in several widths, width and height from the file),
 * linked from home and the menu; no page and no link when it lists none. Reads the after-the-day copy the
 * global setup builds with photos (test/helpers/after-day.ts) and the frozen sample programme (no photos).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { parse } from 'parse5';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { budgets } from '../../bench/budgets';
import { dayDirs, galleryPhotos } from '../helpers/after-day';
import { attr, elements, text, type Element } from '../helpers/html';
import { siteDir } from '../helpers/paths';
import { listFiles, listPages, readSiteFile } from '../helpers/site';

const site = dayDirs('after').site;
const langs = [
	['ko', ''],
	['en', '/en'],
] as const;

const all = (root: Element, tag: string) => [...elements(root)].filter((e) => e.tagName === tag);
const page = async (path: string, dir = site) => parse(await readSiteFile(path, dir)) as unknown as Element;
/** "a.avif 320w, b.avif 480w" → [["a.avif", 320], ["b.avif", 480]] */
const candidates = (srcset: string | undefined) =>
	(srcset ?? '').split(',').map((c) => {
		const [url, descriptor] = c.trim().split(/\s+/);
		return [url!, Number.parseInt(descriptor ?? '', 10)] as const;
	});

describe.each(langs)('%s photos page', (lang, prefix) => {
	const path = `${prefix}/gallery/index.html`;

	test('shows every photo of the event file in its order, with its alt text and caption, as a list of figures', async () => {
		const list = all(await page(path), 'ul').find((e) => attr(e, 'data-gallery') !== undefined);
		expect(list).toBeDefined();
		const figures = all(list!, 'li').map((li) => all(li, 'figure')[0]);
		expect(
			figures.map((f) => [attr(all(f!, 'img')[0]!, 'alt'), text(all(f!, 'figcaption')[0]!)]),
			'alt text and caption of each photo, in order',
		).toEqual(galleryPhotos.map((p) => [p.alt[lang], p.caption[lang]]));
	});

	test('each photo comes in AVIF and WebP, in widths no wider than its file, with its width and height; the first row at once, the rest lazily', async () => {
		const pictures = all(await page(path), 'picture');
		expect(pictures).toHaveLength(galleryPhotos.length);
		pictures.forEach((picture, i) => {
			const photo = galleryPhotos[i]!;
			const sources = all(picture, 'source');
			expect(sources.map((s) => attr(s, 'type'))).toEqual(['image/avif', 'image/webp']);
			for (const source of sources) {
				const widths = candidates(attr(source, 'srcset')).map(([, w]) => w);
				expect(widths.length, `${photo.file}: several widths`).toBeGreaterThanOrEqual(3);
				expect(Math.max(...widths), `${photo.file}: never scaled up`).toBeLessThanOrEqual(photo.width);
				expect(attr(source, 'sizes'), 'sizes tell the browser the column width').toMatch(/\dvw/);
			}
			const img = all(picture, 'img')[0]!;
			expect([attr(img, 'width'), attr(img, 'height')]).toEqual([String(photo.width), String(photo.height)]);
			expect(attr(img, 'decoding')).toBe('async');
			expect(attr(img, 'loading')).toBe(i < 3 ? 'eager' : 'lazy');
		});
	});

	test('every image file it names was built in the format and width it claims', async () => {
		const pictures = all(await page(path), 'picture');
		for (const source of pictures.flatMap((p) => all(p, 'source'))) {
			const format = attr(source, 'type')!.replace('image/', '');
			for (const [url, width] of candidates(attr(source, 'srcset'))) {
				const meta = await sharp(await readFile(`${site}${url.slice(1)}`)).metadata();
				// sharp names AVIF by its container, HEIF; the compression says which.
				expect([meta.format === 'heif' ? meta.compression : meta.format, meta.width], url).toEqual([format === 'avif' ? 'av1' : format, width]);
			}
		}
	});

	test('each photo is an ordinary link to a full-size copy no wider than 2560 px, named by its alt text', async () => {
		const figures = all(await page(path), 'figure');
		for (const [i, figure] of figures.entries()) {
			const link = all(figure, 'a')[0]!;
			const href = attr(link, 'href')!;
			expect(href).toMatch(/^\/_astro\/[^/]+\.webp$/);
			const meta = await sharp(await readFile(`${site}${href.slice(1)}`)).metadata();
			expect(meta.width).toBe(Math.min(galleryPhotos[i]!.width, 2560));
			expect(attr(all(link, 'img')[0]!, 'alt')).toBe(galleryPhotos[i]!.alt[lang]);
		}
	});

	test('no script, no inline style, and within the HTML budget (brotli; images not counted)', async () => {
		const html = await readSiteFile(path, site);
		expect(html).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/);
		expect(html).not.toMatch(/\sstyle="/);
		const brotli = brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
		expect(brotli).toBeLessThanOrEqual(budgets.htmlBrotli);
	});

	test('home shows a few photos linking to their place on the page, and a link to all; the menu links the page', async () => {
		const home = await page(`${prefix}/index.html`);
		const teaser = [...elements(home)].find((e) => attr(e, 'data-gallery-teaser') !== undefined);
		expect(teaser, 'the photos section on home').toBeDefined();
		const hrefs = all(teaser!, 'a').map((a) => attr(a, 'href'));
		expect(hrefs).toContain(`${prefix}/gallery/`);
		expect(hrefs).toContain(`${prefix}/gallery/#photo-1`);
		for (const img of all(teaser!, 'img')) expect(attr(img, 'alt')).toBeTruthy();
		const menu = all(home, 'nav')[0]!;
		expect(all(menu, 'a').map((a) => attr(a, 'href'))).toContain(`${prefix}/gallery/`);
		// The photos of the day are part of the record: after the day they come right after the results and the press.
		const html = await readSiteFile(`${prefix}/index.html`, site);
		expect(html.indexOf('data-gallery-teaser')).toBeLessThan(html.indexOf('id="tracks-title"'));
	});
});

test('the photos pages and home with its photos are valid HTML', async () => {
	const validator = new HtmlValidate(new FileSystemConfigLoader());
	const problems: string[] = [];
	for (const path of ['/gallery/index.html', '/en/gallery/index.html', '/index.html', '/en/index.html']) {
		const report = await validator.validateFile(join(site, path));
		for (const result of report.results) problems.push(...result.messages.map((m) => `${path}:${m.line} [${m.ruleId}] ${m.message}`));
	}
	expect(problems).toEqual([]);
});

test('the photos page is in the sitemap and has its own preview card in both languages', async () => {
	const sitemap = (await listFiles(site)).filter((f) => /sitemap-\d+\.xml$/.test(f));
	const urls = (await Promise.all(sitemap.map((f) => readSiteFile(f, site)))).join('\n');
	expect(urls).toMatch(/<loc>[^<]*\/gallery\/<\/loc>/);
	expect(urls).toMatch(/<loc>[^<]*\/en\/gallery\/<\/loc>/);
	for (const [, prefix] of langs) {
		const og = /<meta property="og:image" content="[^"]*(\/og\/[^"]+)"/.exec(await readSiteFile(`${prefix}/gallery/index.html`, site))?.[1];
		expect(og && existsSync(`${site}${og.slice(1)}`), `${prefix}/gallery/ preview card ${og}`).toBe(true);
	}
});

test('the service worker installs the page but none of the photos (they are cached once seen)', async () => {
	const sw = await readSiteFile('/sw.js', site);
	expect(sw).toContain('gallery/index.html');
	const photoFiles = (await listFiles(site)).filter((f) => galleryPhotos.some((p) => f.startsWith(`/_astro/${p.file.replace(/\.\w+$/, '.')}`)));
	expect(photoFiles.length, 'photo files in the build').toBeGreaterThan(galleryPhotos.length * 10);
	expect(photoFiles.filter((f) => sw.includes(f.slice(1)))).toEqual([]);
});

describe('with no photos in the event file (the sample programme)', () => {
	test('there is no photos page and nothing links to one', async () => {
		const pages = await listPages(siteDir);
		expect(pages.length).toBeGreaterThan(10);
		expect(pages.filter((p) => p.includes('gallery'))).toEqual([]);
		const linking = [];
		for (const p of pages) if (/href="[^"]*\/gallery\//.test(await readSiteFile(p, siteDir))) linking.push(p);
		expect(linking).toEqual([]);
		expect(await readSiteFile('/index.html', siteDir)).not.toContain('data-gallery-teaser');
	});
});
