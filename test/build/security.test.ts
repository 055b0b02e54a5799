/**
 * Security of the built site: the response headers in public/_headers, and every page's CSP
 * (Astro's security.csp) with no 'unsafe-inline', hashes for every inline script and style,
 * no inline handlers or style attributes, and no resource loaded from another origin.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parse } from 'parse5';
import { beforeAll, describe, expect, test } from 'vitest';
import { attr, elements, text, type Element } from '../helpers/html';
import { headersFor, parseCsp, parseHeaders, projectHeaders } from '../helpers/headers';
import { root, siteDir } from '../helpers/paths';
import { listPages, readSiteFile } from '../helpers/site';

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('public/_headers', () => {
	const all = headersFor('/');
	const page = headersFor('/en/agenda/');

	test('is copied to the build unchanged and reads cleanly', async () => {
		expect(await readSiteFile('/_headers')).toBe(await readFile(`${root}public/_headers`, 'utf8'));
		expect(projectHeaders().map((r) => r.pattern)).toContain('/*');
		expect(() => parseHeaders('/*\n  not a header')).toThrow();
	});

	test('sends HSTS for a year with subdomains, nosniff and a referrer policy on every path', () => {
		for (const headers of [all, page]) {
			const hsts = headers['strict-transport-security'] ?? '';
			expect(Number(/max-age=(\d+)/.exec(hsts)?.[1]), hsts).toBeGreaterThanOrEqual(31_536_000);
			expect(hsts).toMatch(/includeSubDomains/i);
			expect(headers['x-content-type-options']).toBe('nosniff');
			expect(headers['referrer-policy']).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
		}
	});

	test('forbids framing (CSP frame-ancestors and X-Frame-Options) and locks down powerful features', () => {
		const csp = parseCsp(all['content-security-policy'] ?? '');
		expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
		expect(csp.get('object-src')).toEqual(["'none'"]);
		expect(all['content-security-policy']).not.toMatch(/unsafe-/);
		// No default-src or script-src here: they would override the per-page hashes in the <meta> CSP.
		expect(csp.has('default-src') || csp.has('script-src') || csp.has('style-src')).toBe(false);
		expect(all['x-frame-options']).toBe('DENY');
		const permissions = all['permissions-policy'] ?? '';
		for (const feature of ['camera', 'microphone', 'geolocation', 'payment']) expect(permissions, feature).toContain(`${feature}=()`);
	});

	test('keeps the calendar type for .ics files', () => {
		expect(headersFor('/schedule.ics')['content-type']).toMatch(/^text\/calendar/);
	});
});

describe('every built page', () => {
	let pages: { file: string; html: string; elements: Element[] }[];
	beforeAll(async () => {
		pages = await Promise.all(
			(await listPages()).map(async (file) => {
				const html = await readSiteFile(file, siteDir);
				return { file, html, elements: [...elements(parse(html))] };
			}),
		);
	});

	test('has one CSP <meta> in <head> with no unsafe source and no other origin', () => {
		expect(pages.length).toBeGreaterThan(10);
		const problems: string[] = [];
		for (const { file, elements: els } of pages) {
			const metas = els.filter((el) => el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy');
			if (metas.length !== 1) {
				problems.push(`${file}: ${metas.length} CSP <meta> elements`);
				continue;
			}
			const head = els.find((el) => el.tagName === 'head')!;
			if (![...elements(head)].includes(metas[0]!)) problems.push(`${file}: the CSP <meta> is not in <head>`);
			const policy = attr(metas[0]!, 'content') ?? '';
			const csp = parseCsp(policy);
			if (/'unsafe-(inline|eval|hashes)'|'strict-dynamic'/.test(policy)) problems.push(`${file}: unsafe source in ${policy}`);
			// Compiling WebAssembly (Pagefind's search core) is allowed on the search pages only.
			if (policy.includes("'wasm-unsafe-eval'") !== /^\/(en\/)?search\/index\.html$/.test(file))
				problems.push(`${file}: 'wasm-unsafe-eval' belongs on the search pages and nowhere else`);
			if (csp.get('default-src')?.join(' ') !== "'self'") problems.push(`${file}: default-src is not 'self'`);
			if (csp.get('object-src')?.join(' ') !== "'none'") problems.push(`${file}: object-src is not 'none'`);
			for (const directive of ['default-src', 'script-src', 'style-src', 'img-src', 'base-uri', 'form-action']) {
				const sources = csp.get(directive);
				if (directive !== 'default-src' && !sources) problems.push(`${file}: no ${directive}`);
				// Only keywords and hashes ('self', 'none', 'sha256-…'); data: only for images. Any host or scheme is another origin.
				for (const source of sources ?? []) {
					if (!source.startsWith("'") && !(source === 'data:' && directive === 'img-src')) problems.push(`${file}: ${directive} allows ${source}`);
				}
			}
		}
		expect(problems).toEqual([]);
	});

	test('has a CSP hash for every inline script and style, and no inline handlers, style attributes or javascript: URLs', () => {
		const problems: string[] = [];
		for (const { file, elements: els } of pages) {
			const meta = els.find((el) => el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy');
			const csp = parseCsp((meta && attr(meta, 'content')) ?? '');
			for (const el of els) {
				if (el.tagName === 'script' && !attr(el, 'src') && text(el).trim() && !(attr(el, 'type') ?? '').includes('json')) {
					if (!csp.get('script-src')?.includes(sha256(text(el)))) problems.push(`${file}: inline <script> without a hash in script-src`);
				}
				if (el.tagName === 'style' && !csp.get('style-src')?.includes(sha256(text(el)))) problems.push(`${file}: inline <style> without a hash in style-src`);
				for (const a of el.attrs) {
					if (/^on/i.test(a.name)) problems.push(`${file}: <${el.tagName} ${a.name}> inline handler`);
					if (a.name === 'style') problems.push(`${file}: <${el.tagName} style="${a.value}"> (blocked by the CSP)`);
					if (/^\s*javascript:/i.test(a.value)) problems.push(`${file}: <${el.tagName} ${a.name}> javascript: URL`);
				}
			}
		}
		expect(problems).toEqual([]);
	});

	test('loads no script, stylesheet, font, image or frame from another origin', () => {
		const problems: string[] = [];
		const isForeign = (url: string) => /^(https?:)?\/\//i.test(url.trim());
		for (const { file, elements: els } of pages) {
			for (const el of els) {
				if (el.tagName === 'iframe' || el.tagName === 'embed' || el.tagName === 'object')
					problems.push(`${file}: <${el.tagName}> (no embeds: the map is a link)`);
				const rel = attr(el, 'rel') ?? '';
				const loads =
					(el.tagName === 'link' && /\b(stylesheet|preload|modulepreload|prefetch|preconnect|dns-prefetch|icon|manifest|apple-touch-icon)\b/.test(rel)) ||
					['script', 'img', 'source', 'video', 'audio', 'track', 'input'].includes(el.tagName);
				if (!loads) continue;
				for (const name of ['href', 'src', 'srcset', 'poster']) {
					const value = attr(el, name);
					if (value && value.split(',').some((c) => isForeign(c))) problems.push(`${file}: <${el.tagName} ${name}="${value}">`);
				}
			}
		}
		expect(problems).toEqual([]);
	});
});
