import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { siteDir } from '../helpers/paths';
import { listPages, pageUrl, readSiteFile } from '../helpers/site';

/**
 * The pages allowed to ship JavaScript, and how much (brotli, all their scripts together). The search
 * page's own script counts here; the Pagefind runtime and index it fetches on the first search are
 * measured in docs/performance.md ("Search").
 */
const SCRIPTED_PAGES = ['/agenda/', '/en/agenda/', '/my/', '/en/my/', '/search/', '/en/search/'];
const BUDGET_BYTES = 10 * 1024;

/** One piece of JavaScript a page makes the browser run: a file under dist/ or an inline script. */
interface Script {
	name: string;
	source: Buffer;
}

const isJavaScript = (type: string | undefined) => !type || /^(module|text\/javascript|application\/javascript)$/i.test(type);
const attr = (attrs: string, name: string) =>
	new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
		.exec(attrs)
		?.slice(1)
		.find((v) => v !== undefined);

/** A built file's bytes from a site path (the test build has base "/"). */
const readBuilt = (path: string) => readFile(join(siteDir, decodeURIComponent(path.split(/[?#]/)[0] ?? '')));

/** The local modules a JavaScript file imports, statically or dynamically, as site paths. */
function importsOf(path: string, code: string): string[] {
	const found = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]([^"'`]+\.m?js)["'`]/g)].map((m) => m[1] ?? '');
	return found
		.filter((spec) => spec.startsWith('/') || spec.startsWith('.'))
		.map((spec) => (spec.startsWith('/') ? spec : posix.join(posix.dirname(path), spec)));
}

/** Every script a page references (script tags, module preloads) and everything they import. */
async function pageScripts(html: string): Promise<Script[]> {
	const scripts: Script[] = [];
	const files: string[] = [];
	for (const [, attrs = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		if (!isJavaScript(attr(attrs, 'type'))) continue;
		const src = attr(attrs, 'src');
		if (src) files.push(src);
		else if (body.trim()) scripts.push({ name: `inline #${scripts.length + 1}`, source: Buffer.from(body) });
	}
	for (const [, attrs = ''] of html.matchAll(/<link\b([^>]*)>/gi)) {
		if (/\bmodulepreload\b/i.test(attr(attrs, 'rel') ?? '')) files.push(attr(attrs, 'href') ?? '');
	}
	const seen = new Set<string>();
	while (files.length > 0) {
		const path = files.shift() ?? '';
		if (seen.has(path)) continue;
		seen.add(path);
		const source = await readBuilt(path);
		scripts.push({ name: path, source });
		files.push(...importsOf(path, source.toString('utf8')));
	}
	return scripts;
}

const brotliBytes = (source: Buffer) => brotliCompressSync(source).length;
const report = (scripts: Script[]) => scripts.map((s) => `${s.name}: ${s.source.length} B raw, ${brotliBytes(s.source)} B brotli`).join('\n');

const pages = (await listPages()).map((file) => ({ file, url: pageUrl(file) }));

describe('JavaScript budget', () => {
	test('the scripted pages exist in the build', () => {
		expect(pages.map((p) => p.url)).toEqual(expect.arrayContaining(SCRIPTED_PAGES));
	});

	test.each(pages.filter((p) => !SCRIPTED_PAGES.includes(p.url)))('content page $url ships 0 bytes of JavaScript', async ({ file }) => {
		const html = await readSiteFile(file);
		const scripts = await pageScripts(html);
		expect(
			scripts.reduce((sum, s) => sum + s.source.length, 0),
			report(scripts),
		).toBe(0);
		// Nor any hidden in attributes.
		expect(html).not.toMatch(/\son[a-z]+\s*=|href\s*=\s*["']?javascript:/i);
	});

	test(`agenda, my-agenda and search pages ship at most ${BUDGET_BYTES} bytes of JavaScript (brotli), all told`, async () => {
		const all = new Map<string, Script>();
		for (const url of SCRIPTED_PAGES) {
			const scripts = await pageScripts(await readSiteFile(`${url}index.html`));
			expect(scripts.length, `${url} should load its script`).toBeGreaterThan(0);
			const total = scripts.reduce((sum, s) => sum + brotliBytes(s.source), 0);
			expect(total, `${url}:\n${report(scripts)}`).toBeLessThanOrEqual(BUDGET_BYTES);
			for (const s of scripts) all.set(s.name, s);
		}
		// Every distinct script of the scripted pages together: what a visitor of both pages downloads.
		const scripts = [...all.values()];
		const total = scripts.reduce((sum, s) => sum + brotliBytes(s.source), 0);
		console.log(`JavaScript of agenda + my agenda + search: ${total} B brotli (budget ${BUDGET_BYTES} B)\n${report(scripts)}`);
		expect(total, report(scripts)).toBeLessThanOrEqual(BUDGET_BYTES);
	});
});
