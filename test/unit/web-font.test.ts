import type { Font } from 'fontkitten';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { readWoff2 } from '../helpers/font';
import {
	ARIAL_METRICS,
	CodePoints,
	codePointsOf,
	fontFaceCss,
	fontMetrics,
	HANGUL_RANGE,
	LOCAL_KOREAN_FONTS,
	subsetFont,
	toWoff2,
	uiTexts,
	visibleText,
} from '../../src/lib/style/web-font';
import { fillWebFontPreload, WEB_FONT_PLACEHOLDER, webFontFile } from '../../src/lib/style/web-font-preload';
import { readVendoredFont, VARIABLE_FONT } from '../../src/lib/style/web-font-files';
import { siteCodePoints } from '../../src/integrations/web-font';

describe('visibleText', () => {
	test.each([
		[
			'text outside scripts, styles and the head',
			'<head><title>탭</title><style>p{}</style></head><body><p>보이는 글</p><script>숨은()</script></body>',
			['보이는 글'],
		],
		['entities decoded', '<p>A &amp; B&nbsp;&#xAC00;</p>', ['A & B\u00a0가']],
		[
			'image alternatives, tooltips and placeholders',
			'<img alt="로고"><abbr title="표준시">KST</abbr><input placeholder="검색어">',
			['로고', '표준시', 'KST', '검색어'],
		],
		['an input button’s value, but not a text field’s', '<input type="submit" value="보내기"><input type="text" value="입력값">', ['보내기']],
		['no hidden template content', '<template><p>틀</p></template><p>본문</p>', ['본문']],
		['<noscript> as the markup a browser without scripts shows', '<noscript><p title="안내">스크립트 없이</p></noscript>', ['안내', '스크립트 없이']],
	])('%s', (_, html, expected) => {
		expect(visibleText(html).sort()).toEqual([...expected].sort());
	});
});

test('uiTexts takes every string, plural forms included', () => {
	expect(uiTexts({ a: '하나', b: { one: '{n} session', other: '{n} sessions' } })).toEqual(['하나', '{n} session', '{n} sessions']);
});

test('codePointsOf keeps each character once, ascending, without line breaks or controls', () => {
	expect(codePointsOf(['나가 a', 'a\n\t가'])).toEqual([0x20, 0x61, 0xac00, 0xb098]);
});

test('CodePoints gathers texts added in parts as codePointsOf does at once: characters beyond 16 bits whole, a lone surrogate as itself', () => {
	const parts = [['😀a', '\u2028b'], ['\ud800x'], ['a\r\n😀']];
	const points = new CodePoints();
	for (const part of parts) points.add(part);
	expect(points.sorted()).toEqual([0x61, 0x62, 0x78, 0xd800, 0x1f600]);
	expect(points.sorted()).toEqual(codePointsOf(parts.flat()));
});

describe('subsetFont on Pretendard GOV Variable', () => {
	const text = '기조연설 Keynote 10:00';
	let full: Uint8Array;
	let subset: Font;
	let woff2: Uint8Array;
	beforeAll(async () => {
		full = await readVendoredFont(VARIABLE_FONT);
		const ttf = await subsetFont(full, codePointsOf([text]), { axis: { tag: 'wght', min: 400, max: 700, default: 400 }, features: ['kern', 'tnum'] });
		woff2 = await toWoff2(ttf);
		subset = await readWoff2(woff2);
	});

	test('has a glyph for every requested character and no others', () => {
		// 0xFFFF: the end marker every format-4 cmap carries, not a character.
		expect(subset.characterSet.filter((c) => c !== 0xffff).sort((a, b) => a - b)).toEqual(codePointsOf([text]));
	});

	test('keeps the weight axis, limited to 400–700', () => {
		expect(subset.variationAxes.wght).toMatchObject({ min: 400, max: 700 });
	});

	test('is a real WOFF2 file, far smaller than the font', () => {
		expect(Buffer.from(woff2.subarray(0, 4)).toString('latin1')).toBe('wOF2');
		expect(woff2.length).toBeLessThan(full.length / 100);
	});

	test('says so when the axis cannot take the range', async () => {
		await expect(subsetFont(full, [0x41], { axis: { tag: 'wdth', min: 75, max: 100, default: 100 }, features: [] })).rejects.toThrow(/wdth/);
	});
});

describe('fontFaceCss', () => {
	test('declares the font with a weight range, never swapped in late, and a local fallback scaled to its metrics', async () => {
		const font = await readVendoredFont(VARIABLE_FONT);
		const metrics = await fontMetrics(font);
		const { css, fontFamily } = fontFaceCss({
			family: 'Pretendard GOV',
			url: '_astro/f.woff2',
			weight: { min: 400, max: 700 },
			metrics,
			fallback: ARIAL_METRICS,
		});
		expect(css).toContain('src: url("_astro/f.woff2") format("woff2")');
		expect(css).toContain('font-display: optional');
		expect(css).toContain('font-weight: 400 700');
		expect(css).toMatch(/src: local\('Arial'\)/);
		// Capsize: the fallback is scaled by the ratio of average widths, ascent/descent by the font's own.
		const sizeAdjust = metrics.xWidthAvg / metrics.unitsPerEm / (ARIAL_METRICS.xWidthAvg / ARIAL_METRICS.unitsPerEm);
		expect(Number(/size-adjust: ([\d.]+)%/.exec(css)?.[1])).toBeCloseTo(sizeAdjust * 100, 2);
		expect(Number(/ascent-override: ([\d.]+)%/.exec(css)?.[1])).toBeCloseTo((metrics.ascent / (metrics.unitsPerEm * sizeAdjust)) * 100, 2);
		expect(css).toMatch(/descent-override: [\d.]+%/);
		expect(fontFamily.startsWith('"Pretendard GOV", "Pretendard GOV Fallback"')).toBe(true);
	});

	test('adds a Korean last resort: Hangul from a local Korean font, else the same file swapped in whenever it comes', () => {
		const { css, koreanFamily } = fontFaceCss({
			family: 'Pretendard GOV',
			url: '_astro/f.woff2',
			weight: { min: 400, max: 700 },
			metrics: ARIAL_METRICS,
			fallback: ARIAL_METRICS,
		});
		expect(koreanFamily).toBe('"Pretendard GOV Korean"');
		const faces = [...css.matchAll(/@font-face \{[^}]*\}/g)].map(([face]) => face).filter((face) => face.includes(koreanFamily));
		expect(faces.map((face) => /font-weight: ([\d ]+);/.exec(face)?.[1])).toEqual(['100 500', '600 900']);
		for (const [face, locals] of [
			[faces[0]!, LOCAL_KOREAN_FONTS.regular],
			[faces[1]!, LOCAL_KOREAN_FONTS.bold],
		] as const) {
			expect(face).toContain(`src: ${locals.map((name) => `local("${name}")`).join(', ')}, url("_astro/f.woff2") format("woff2");`);
			expect(face).toContain('font-display: swap');
			expect(face).toContain(`unicode-range: ${HANGUL_RANGE};`);
		}
		// Hangul syllables 가–힣 are in the range, Latin is not.
		expect(HANGUL_RANGE).toContain('U+AC00-D7AF');
		expect(HANGUL_RANGE).not.toMatch(/U\+00/);
	});
});

describe('fillWebFontPreload', () => {
	test('writes the font file over the placeholder under the base, in place, and nothing else', () => {
		const dir = mkdtempSync(join(tmpdir(), 'preload-'));
		const page = join(dir, 'index.html');
		const head = (href: string) =>
			`<head><link rel="preload" href="${href}" as="font" type="font/woff2" crossorigin><link rel="stylesheet" href="/techday/content.css"></head><body>가나다</body>`;
		writeFileSync(page, head(`/techday/${WEB_FONT_PLACEHOLDER}`));
		const file = webFontFile('0123456789abcdef0123');
		expect(file).toBe('_astro/pretendard-gov.0123456789.woff2');
		expect(fillWebFontPreload(page, '/techday/', file)).toBe(true);
		expect(readFileSync(page, 'utf8')).toBe(head('/techday/_astro/pretendard-gov.0123456789.woff2'));
		// Filled once: a page without the placeholder (or filled already) is left as it is.
		expect(fillWebFontPreload(page, '/techday/', webFontFile('9'.repeat(64)))).toBe(false);
		expect(readFileSync(page, 'utf8')).toBe(head('/techday/_astro/pretendard-gov.0123456789.woff2'));
		rmSync(dir, { recursive: true });
	});

	test('refuses a name that would not fit the placeholder', () => {
		expect(() => webFontFile('xyz')).toThrow(/hex/);
		expect(() => fillWebFontPreload('/nonexistent', '/', '_astro/f.woff2')).toThrow(/not named like/);
	});
});

describe('siteCodePoints', () => {
	test("keeps each page's characters under a hash of the page: a rebuild reads again only the pages that changed", () => {
		const site = mkdtempSync(join(tmpdir(), 'site-'));
		const cache = mkdtempSync(join(tmpdir(), 'font-cache-'));
		mkdirSync(join(site, 'a'));
		writeFileSync(join(site, 'index.html'), '<html><head><title>퉯</title></head><body><p>똠</p></body></html>');
		writeFileSync(join(site, 'a', 'index.html'), '<body><img alt="뷁"><script>"쀍"</script></body>');
		const uncached = siteCodePoints(site);
		// Rare syllables, in no interface string: 똠 in a paragraph, 뷁 an image's alternative; not 쀍 in a script or 퉯 in the head.
		expect(uncached).toEqual(expect.arrayContaining([0xb620, 0xbdc1]));
		expect(uncached).not.toContain(0xc00d);
		expect(uncached).not.toContain(0xd26f);
		expect(siteCodePoints(site, cache), 'the first build with a cache reads every page').toEqual(uncached);
		const kept = readdirSync(join(cache, 'pages'));
		expect(kept).toHaveLength(2);
		// What the cache holds is what a rebuild uses: mark one entry to see it read back instead of the page.
		for (const entry of kept) writeFileSync(join(cache, 'pages', entry), JSON.stringify([0x1f600]));
		expect(siteCodePoints(site, cache)).toContain(0x1f600);
		// A changed page is read again.
		writeFileSync(join(site, 'a', 'index.html'), '<body><p>뙇</p></body>');
		expect(siteCodePoints(site, cache)).toContain(0xb647);
		expect(readdirSync(join(cache, 'pages'))).toHaveLength(3);
		rmSync(site, { recursive: true });
		rmSync(cache, { recursive: true });
	});
});
