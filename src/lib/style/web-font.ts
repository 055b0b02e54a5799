/**
 * The site's one web font, cut at build time to exactly the characters it shows: what a page's text
 * needs (visibleText, uiTexts, codePointsOf), the subset itself (HarfBuzz's hb-subset, compressed to
 * WOFF2) and the @font-face rules with a metric-matched fallback (Capsize), so the swap moves nothing.
 */
import { createFontStack } from '@capsizecss/core';
import { fromBuffer } from '@capsizecss/unpack';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Parser } from 'htmlparser2';
import { compress } from 'wawoff2';

/** Elements whose text a reader never sees on the page. */
const HIDDEN_ELEMENTS = new Set(['script', 'style', 'template', 'head']);
/** Attributes a browser draws as text: image alternatives, tooltips, field placeholders, button values. */
const SHOWN_ATTRIBUTES = new Set(['alt', 'title', 'placeholder']);

/** An attribute the browser draws: one of SHOWN_ATTRIBUTES, or the label of an input button. */
const isDrawn = (element: string, name: string, attributes: Record<string, string>) =>
	SHOWN_ATTRIBUTES.has(name) || (name === 'value' && element === 'input' && /^(submit|button|reset)$/i.test(attributes.type ?? ''));

/**
 * Every piece of text a page can show: text nodes outside scripts, styles, templates and the head, plus the
 * attributes a browser draws (alt, title, placeholder, an input button's value). Entities decoded. Read with
 * htmlparser2's streaming parser, which builds no tree (the build reads thousands of pages); <noscript> is read
 * as the markup a browser without scripts shows.
 * @example visibleText('<p title="a">b<script>c</script></p>') // ['a', 'b'] (order not guaranteed)
 */
export function visibleText(html: string): string[] {
	const texts: string[] = [];
	let hidden = 0;
	// The parser hands a text over in pieces (split at entities): one run of text is one string, as in the document.
	let run = '';
	const endRun = () => {
		if (run) texts.push(run);
		run = '';
	};
	const parser = new Parser(
		{
			onopentag(element, attributes) {
				endRun();
				if (HIDDEN_ELEMENTS.has(element)) hidden++;
				if (hidden > 0) return;
				for (const [name, value] of Object.entries(attributes)) if (value && isDrawn(element, name, attributes)) texts.push(value);
			},
			onclosetag(element) {
				endRun();
				if (HIDDEN_ELEMENTS.has(element)) hidden--;
			},
			ontext(text) {
				if (hidden === 0) run += text;
			},
		},
		{ decodeEntities: true },
	);
	parser.end(html);
	endRun();
	return texts;
}

/**
 * Every string of an interface-strings file, plural forms included: browser scripts render some of them.
 * @example uiTexts({ a: 'x', b: { one: 'y', other: 'z' } }) // ['x', 'y', 'z']
 */
export function uiTexts(messages: Readonly<Record<string, unknown>>): string[] {
	return Object.values(messages).flatMap((value) =>
		typeof value === 'string' ? [value] : typeof value === 'object' && value ? uiTexts(value as Record<string, unknown>) : [],
	);
}

/** Control characters and line and paragraph separators: no glyph draws them (the space stays: every line of text has one). */
const NOT_DRAWN = /[\p{Cc}\p{Zl}\p{Zp}]/u;

/**
 * The distinct code points of texts added in parts (a site's pages one at a time, so no page's text is kept):
 * a mark per code point, read out ascending without control characters and line breaks. `clear()` empties it for
 * the next page at the cost of what that page had, not of every code point.
 * @example const points = new CodePoints(); points.add(['ba']); points.add(['a\n']); points.sorted() // [0x61, 0x62]
 */
export class CodePoints {
	private readonly seen = new Uint8Array(0x110000);
	private readonly found: number[] = [];

	add(texts: Iterable<string>): void {
		const seen = this.seen;
		for (const text of texts) {
			for (let i = 0; i < text.length; i++) {
				const point = text.codePointAt(i)!;
				if (!seen[point]) {
					seen[point] = 1;
					this.found.push(point);
				}
				if (point > 0xffff) i++;
			}
		}
	}

	/** Adds code points already found (e.g. a page's, kept from a build before). */
	addPoints(points: Iterable<number>): void {
		for (const point of points) {
			if (!this.seen[point]) {
				this.seen[point] = 1;
				this.found.push(point);
			}
		}
	}

	sorted(): number[] {
		return this.found.filter((point) => !NOT_DRAWN.test(String.fromCodePoint(point))).sort((a, b) => a - b);
	}

	clear(): void {
		for (const point of this.found) this.seen[point] = 0;
		this.found.length = 0;
	}
}

/**
 * What decides the characters a build finds in a page, besides the page: the code that reads it and the lists it uses
 * (visibleText, isDrawn, CodePoints and what no glyph draws). Part of the key under which a build keeps each page's
 * characters, so a change to how pages are read never reuses an older reading.
 */
export const VISIBLE_TEXT_RULES = [visibleText, isDrawn, [...HIDDEN_ELEMENTS], [...SHOWN_ATTRIBUTES], CodePoints, NOT_DRAWN].map(String).join('\n');

/**
 * The distinct code points of some texts, ascending, without control characters and line breaks
 * (the space stays: every line of text has one).
 * @example codePointsOf(['ba', 'a\n']) // [0x61, 0x62]
 */
export function codePointsOf(texts: Iterable<string>): number[] {
	const points = new CodePoints();
	points.add(texts);
	return points.sorted();
}

/** What to keep of a variable font: a range of one axis and the OpenType features the site uses. */
export interface SubsetOptions {
	/** The axis range to keep; without it, the whole design space. */
	axis?: { tag: string; min: number; max: number; default: number };
	/** Layout features to keep; without it, HarfBuzz's default list (vertical, fraction and other forms too). */
	features?: readonly string[];
}

const tag = (s: string) => ((s.charCodeAt(0) << 24) | (s.charCodeAt(1) << 16) | (s.charCodeAt(2) << 8) | s.charCodeAt(3)) >>> 0;

// hb-subset.h: HB_SUBSET_FLAGS_NO_HINTING | HB_SUBSET_FLAGS_OPTIMIZE_IUP_DELTAS (smaller gvar, same outlines).
const SUBSET_FLAGS = 0x1 | 0x400;
// hb_subset_sets_t: HB_SUBSET_SETS_LAYOUT_FEATURE_TAG.
const LAYOUT_FEATURE_SET = 6;

/**
 * A TrueType (glyf) font cut to the given code points with HarfBuzz's hb-subset (harfbuzzjs' wasm build):
 * no hinting, only the listed layout features, one variation axis limited to a range.
 */
export async function subsetFont(font: Uint8Array, codePoints: readonly number[], options: SubsetOptions): Promise<Uint8Array> {
	const wasm = await readFile(createRequire(import.meta.url).resolve('harfbuzzjs/hb-subset.wasm'));
	const { instance } = await WebAssembly.instantiate(wasm);
	const hb = instance.exports as Record<string, CallableFunction> & { memory: WebAssembly.Memory };
	const fontPtr = hb.malloc(font.byteLength) as number;
	new Uint8Array(hb.memory.buffer).set(font, fontPtr);
	const blob = hb.hb_blob_create(fontPtr, font.byteLength, 2 /* HB_MEMORY_MODE_WRITABLE */, 0, 0);
	const face = hb.hb_face_create(blob, 0);
	hb.hb_blob_destroy(blob);
	const input = hb.hb_subset_input_create_or_fail();
	try {
		if (!input) throw new Error('hb-subset: no memory for the subset input');
		const unicodes = hb.hb_subset_input_unicode_set(input);
		for (const point of codePoints) hb.hb_set_add(unicodes, point);
		hb.hb_subset_input_set_flags(input, SUBSET_FLAGS);
		if (options.features) {
			const features = hb.hb_subset_input_set(input, LAYOUT_FEATURE_SET);
			hb.hb_set_clear(features);
			for (const feature of options.features) hb.hb_set_add(features, tag(feature));
		}
		const { axis } = options;
		if (axis && !hb.hb_subset_input_set_axis_range(input, face, tag(axis.tag), axis.min, axis.max, axis.default)) {
			throw new Error(`hb-subset: the font has no ${axis.tag} axis that takes ${axis.min}–${axis.max}`);
		}
		const subset = hb.hb_subset_or_fail(face, input);
		if (!subset) throw new Error('hb-subset could not cut the font');
		const result = hb.hb_face_reference_blob(subset);
		const offset = hb.hb_blob_get_data(result, 0) as number;
		const bytes = new Uint8Array(hb.memory.buffer).slice(offset, offset + (hb.hb_blob_get_length(result) as number));
		hb.hb_blob_destroy(result);
		hb.hb_face_destroy(subset);
		return bytes;
	} finally {
		if (input) hb.hb_subset_input_destroy(input);
		hb.hb_face_destroy(face);
		hb.free(fontPtr);
	}
}

/** A TrueType font as WOFF2 (Google's encoder, wawoff2's wasm build): what browsers download. */
export async function toWoff2(font: Uint8Array): Promise<Uint8Array> {
	return compress(font);
}

/** What decides a cut's bytes in this module (the code that cuts and compresses, and the flags it gives HarfBuzz): part of the cut's cache key. */
export const SUBSET_RULES = [subsetFont, toWoff2, SUBSET_FLAGS, LAYOUT_FEATURE_SET].map(String).join('\n');

/** The font metrics Capsize needs, read from a font file. */
export type FontMetrics = Awaited<ReturnType<typeof fromBuffer>>;

/** Reads a font's metrics (ascent, descent, line gap, average width) for the fallback. */
export async function fontMetrics(font: Uint8Array): Promise<FontMetrics> {
	return fromBuffer(Buffer.from(font));
}

/**
 * Arial's metrics, the fallback every reader has: copied from @capsizecss/metrics 4.3.0 (`arial`), which
 * reads them from Arial's own tables (ArialMT). Vendored because that package is 170 MB for these numbers.
 */
export const ARIAL_METRICS: FontMetrics = {
	familyName: 'Arial',
	fullName: 'Arial',
	postscriptName: 'ArialMT',
	capHeight: 1467,
	ascent: 1854,
	descent: -434,
	lineGap: 67,
	unitsPerEm: 2048,
	xHeight: 1062,
	xWidthAvg: 913,
	subsets: { latin: { xWidthAvg: 913 }, thai: { xWidthAvg: 1536 } },
};

/** How the site names its web font and where the file is, relative to the stylesheet. */
export interface FontFaceInput {
	family: string;
	url: string;
	weight: { min: number; max: number };
	metrics: FontMetrics;
	/** A font every reader has, with its metrics (ARIAL_METRICS), scaled to match. */
	fallback: FontMetrics;
}

/** Hangul: jamo, compatibility jamo, extended jamo and syllables (what the Korean last resort draws). */
export const HANGUL_RANGE = 'U+1100-11FF, U+3130-318F, U+A960-A97F, U+AC00-D7AF, U+D7B0-D7FF';

/**
 * Korean fonts a reader's device may have, by the names local() finds them (PostScript and full names), for
 * regular and bold text: Android's and Linux's Noto Sans CJK, Apple's, Microsoft's, Google Fonts' and Naver's.
 */
export const LOCAL_KOREAN_FONTS = {
	regular: ['NotoSansCJKkr-Regular', 'Noto Sans CJK KR', 'NotoSansKR-Regular', 'AppleSDGothicNeo-Regular', 'Malgun Gothic', 'NanumGothic'],
	bold: ['NotoSansCJKkr-Bold', 'Noto Sans CJK KR Bold', 'NotoSansKR-Bold', 'AppleSDGothicNeo-Bold', 'Malgun Gothic Bold', 'NanumGothicBold'],
} as const;

/**
 * The @font-face rules: the web font (a weight range, font-display: optional), a local fallback whose
 * size and ascent/descent/line-gap overrides Capsize computes from both fonts' metrics, so a page drawn
 * before the font arrives looks close to one drawn with it, and a Korean last resort. `fontFamily` goes
 * first in font-family, `koreanFamily` after the Korean system fonts the stack names.
 * Why optional, not swap: the fallback can only match Latin metrics (Arial's); Korean text falls back to
 * whatever Hangul font the reader has, whose widths differ, so a swap rewrapped lines (CLS up to 0.19 on a
 * 390 px phone, docs/performance.md). Optional uses the font if it is there at once (preloaded by the page's
 * head, cached, precached by the service worker) and otherwise keeps the fallback for that page view.
 * The Korean last resort is for a device that has no Korean font (Hangul would be empty boxes for that page
 * view): Hangul only, from the device's own Korean font when local() finds one (nothing changes, as with
 * the system's fallback), else from the same web font file with font-display: swap, drawn whenever it comes.
 */
export function fontFaceCss({ family, url, weight, metrics, fallback }: FontFaceInput): { css: string; fontFamily: string; koreanFamily: string } {
	const { fontFamily, fontFaces } = createFontStack([{ ...metrics, familyName: family }, fallback], { fontFaceFormat: 'styleString' });
	const src = `url(${JSON.stringify(url)}) format("woff2")`;
	const webFont = [
		'@font-face {',
		`  font-family: ${JSON.stringify(family)};`,
		`  src: ${src};`,
		'  font-display: optional;',
		'  font-style: normal;',
		`  font-weight: ${weight.min} ${weight.max};`,
		'}',
	].join('\n');
	const koreanFamily = JSON.stringify(`${family} Korean`);
	// Regular up to 500, bold from 600: the weights a local font has (a variable web font takes any).
	const korean = (locals: readonly string[], weights: string) =>
		[
			'@font-face {',
			`  font-family: ${koreanFamily};`,
			`  src: ${[...locals.map((name) => `local(${JSON.stringify(name)})`), src].join(', ')};`,
			'  font-display: swap;',
			'  font-style: normal;',
			`  font-weight: ${weights};`,
			`  unicode-range: ${HANGUL_RANGE};`,
			'}',
		].join('\n');
	const lastResort = `${korean(LOCAL_KOREAN_FONTS.regular, '100 500')}\n${korean(LOCAL_KOREAN_FONTS.bold, '600 900')}`;
	return { css: `${webFont}\n${fontFaces}\n${lastResort}\n`, fontFamily, koreanFamily };
}
