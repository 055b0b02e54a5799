/**
 * What a page costs to download, by kind: its HTML, the CSS and JS it loads, and the fonts its CSS
 * or preloads name; raw and brotli (quality 11, as a host would pre-compress).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Raw and brotli bytes. */
export interface Bytes {
	raw: number;
	br: number;
}

/** A page's bytes by kind. */
export interface PageBytes {
	html: Bytes;
	css: Bytes;
	js: Bytes;
	fonts: Bytes;
}

/** Brotli size at quality 11. */
export const brotliSize = (bytes: Buffer) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function* elements(node: Node): Generator<Element> {
	if ('tagName' in node) yield node;
	for (const child of 'childNodes' in node ? node.childNodes : []) yield* elements(child);
}
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/**
 * The bytes of a built page (a file under dir, e.g. "/en/agenda/index.html") and of what it loads from
 * the same site. base is the path the site was built under ("/" for the root).
 */
export function pageBytes(dir: string, file: string, base = '/'): PageBytes {
	const read = (path: string) => readFileSync(join(dir, path));
	const sizes = (paths: Iterable<string>): Bytes => {
		let raw = 0;
		let br = 0;
		for (const p of paths) {
			const bytes = read(p);
			raw += bytes.length;
			br += brotliSize(bytes);
		}
		return { raw, br };
	};
	const html = read(file);
	const pageUrl = new URL(`${base}${file.slice(1).replace(/(^|\/)index\.html$/, '$1')}`, 'http://site.test');
	const local = (href: string) => {
		const url = new URL(href, pageUrl);
		if (url.origin !== pageUrl.origin || !url.pathname.startsWith(base)) return undefined;
		const path = `/${url.pathname.slice(base.length)}`;
		return existsSync(join(dir, path)) ? path : undefined;
	};
	const css = new Set<string>();
	const js = new Set<string>();
	const fonts = new Set<string>();
	for (const el of elements(parse(html.toString()))) {
		const rel = attr(el, 'rel') ?? '';
		const href = attr(el, 'href');
		const src = attr(el, 'src');
		if (el.tagName === 'link' && href && /\bstylesheet\b/.test(rel)) css.add(local(href) ?? '');
		if (el.tagName === 'link' && href && /\bmodulepreload\b/.test(rel)) js.add(local(href) ?? '');
		if (el.tagName === 'link' && href && /\bpreload\b/.test(rel) && attr(el, 'as') === 'font') fonts.add(local(href) ?? '');
		if (el.tagName === 'script' && src) js.add(local(src) ?? '');
	}
	for (const sheet of css) {
		if (!sheet) continue;
		const text = read(sheet).toString();
		const sheetUrl = new URL(`${base}${sheet.slice(1)}`, 'http://site.test');
		for (const m of text.matchAll(/url\(\s*(['"]?)([^'")]+\.(?:woff2?|ttf|otf))\1\s*\)/g)) {
			const path = local(new URL(m[2]!, sheetUrl).href);
			if (path) fonts.add(path);
		}
	}
	for (const set of [css, js, fonts]) set.delete('');
	return { html: { raw: html.length, br: brotliSize(html) }, css: sizes(css), js: sizes(js), fonts: sizes(fonts) };
}
