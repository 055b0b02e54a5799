/**
 * Every internal URL in a built site resolves: href, src, srcset, poster and og: URLs in every page
 * (parsed with parse5), url() in every stylesheet, and every #fragment names an id on its target page.
 * Checked on the sample programme's build and on the organizer-edited content/ built under a base path
 * (SITE_BASE=/techday/), where a root-relative URL that leaves the base is a bug. The sitemap lists exactly the built pages.
 */
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { beforeAll, describe, expect, test } from 'vitest';
import { editedSite, outputRoot, siteDir } from '../helpers/paths';
import { listFiles } from '../helpers/site';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Every element under a node, in document order (template contents included). */
function* elements(node: Node): Generator<Element> {
	if ('tagName' in node) yield node;
	const children = 'childNodes' in node ? node.childNodes : [];
	for (const child of children) yield* elements(child);
	if (node.nodeName === 'template' && 'content' in node) yield* elements(node.content as Node);
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** The text inside an element. */
const text = (el: Element): string => el.childNodes.map((c) => ('value' in c && c.nodeName === '#text' ? c.value : 'tagName' in c ? text(c) : '')).join('');

/** A URL as written in the site, with where it was found. */
interface Ref {
	from: string;
	where: string;
	url: string;
}

/** The URLs a page refers to, as written. */
function pageRefs(html: string, from: string): { refs: Ref[]; ids: Set<string> } {
	const refs: Ref[] = [];
	const ids = new Set<string>();
	const add = (where: string, url: string | undefined) => {
		if (url !== undefined) refs.push({ from, where, url: url.trim() });
	};
	for (const el of elements(parse(html))) {
		const id = attr(el, 'id');
		if (id) ids.add(id);
		if (el.tagName === 'a' && attr(el, 'name')) ids.add(attr(el, 'name')!);
		for (const name of ['href', 'src', 'poster', 'data', 'action', 'formaction', 'cite']) {
			if (name === 'data' && el.tagName !== 'object') continue;
			add(`<${el.tagName} ${name}>`, attr(el, name));
		}
		for (const name of ['srcset', 'imagesrcset']) {
			const set = attr(el, name);
			// "a.png 1x, b.png 2x": URLs and descriptors separated by commas.
			if (set) for (const candidate of set.split(/,\s+/)) add(`<${el.tagName} ${name}>`, candidate.trim().split(/\s+/)[0]);
		}
		const property = attr(el, 'property') ?? attr(el, 'name') ?? '';
		if (el.tagName === 'meta' && /^(og:(url|image|audio|video)|twitter:image)$/.test(property)) add(`<meta ${property}>`, attr(el, 'content'));
	}
	return { refs, ids };
}

/** url(...) references in a stylesheet. CSS is not HTML: a small regular expression reads it. */
function cssRefs(css: string, from: string): Ref[] {
	return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => ({ from, where: 'css url()', url: m[2]! }));
}

/** The <loc> entries of a sitemap file (XML; parse5 reads its elements as unknown HTML ones). */
function sitemapLocs(xml: string): string[] {
	return [...elements(parse(xml))].filter((el) => el.tagName === 'loc').map((el) => text(el).trim());
}

/** The URL path a built file is served at under a base: "agenda/index.html" → "/techday/agenda/". */
const servedAt = (file: string, base: string) => `${base}${file.slice(1).replace(/(^|\/)index\.html$/, '$1')}`;

/** A built site to check: its folder, the base path it was built for and its SITE_URL. */
interface Site {
	dir: string;
	base: string;
	siteUrl: string;
}

/** The problems with a built site's internal URLs, and how many URLs and fragments were checked. */
async function checkLinks(site: Site): Promise<{ problems: string[]; checked: number; fragments: number; sitemap: string[] }> {
	const origin = new URL(site.siteUrl).origin;
	const files = await listFiles(site.dir);
	const pages = files.filter((f) => f.endsWith('.html'));
	const noindex = new Set<string>();
	const idsOf = new Map<string, Set<string>>();
	const refs: Ref[] = [];
	for (const file of pages) {
		const { refs: found, ids } = pageRefs(await readFile(join(site.dir, file), 'utf8'), file);
		refs.push(...found);
		idsOf.set(file, ids);
		if (/<meta name="robots" content="noindex[,"]/.test(await readFile(join(site.dir, file), 'utf8'))) noindex.add(file);
	}
	for (const file of files.filter((f) => f.endsWith('.css'))) refs.push(...cssRefs(await readFile(join(site.dir, file), 'utf8'), file));

	const problems: string[] = [];
	let checked = 0;
	let fragments = 0;
	/** Checks one URL as found on a page served at pageUrl, noting any problem. */
	const check = (ref: Ref, pageUrl: URL): void => {
		const say = (problem: string): void => {
			problems.push(`${ref.from} ${ref.where} "${ref.url}": ${problem}`);
		};
		if (ref.url === '') return say('empty URL');
		if (/^javascript:/i.test(ref.url)) return say('javascript: URL (blocked by the CSP)');
		if (ref.url.startsWith('/') && !ref.url.startsWith('//') && !ref.url.startsWith(site.base)) return say(`root-relative URL outside the base ${site.base}`);
		let url: URL;
		try {
			url = new URL(ref.url, pageUrl);
		} catch {
			return say('not a valid URL');
		}
		if (url.protocol === 'webcal:') url = new URL(url.href.replace(/^webcal:/, 'https:'));
		if (!/^https?:$/.test(url.protocol) || url.origin !== origin) return; // mailto:, tel:, data:, other sites
		checked++;
		if (!url.pathname.startsWith(site.base)) return say(`leaves the base ${site.base}`);
		const path = decodeURIComponent(url.pathname.slice(site.base.length - 1));
		const file = path.endsWith('/') ? `${path}index.html` : path;
		if (!existsSync(join(site.dir, file))) {
			const isDir = existsSync(join(site.dir, path)) && statSync(join(site.dir, path)).isDirectory();
			return say(isDir ? 'a folder without its trailing slash (trailingSlash is "always")' : `no file ${file} in the build`);
		}
		const fragment = decodeURIComponent(url.hash.slice(1));
		if (fragment && fragment !== 'top') {
			fragments++;
			const ids = idsOf.get(file);
			if (!ids) return say(`#${fragment} points into ${file}, which is not a page`);
			if (!ids.has(fragment)) return say(`no element with id="${fragment}" on ${file}`);
		}
	};
	for (const ref of refs) check(ref, new URL(servedAt(ref.from, site.base), origin));

	// The sitemap: every page but the 404 page and pages marked noindex (my agenda, the editor at /admin/), and nothing else.
	const sitemap: string[] = [];
	const indexFile = join(site.dir, 'sitemap-index.xml');
	if (!existsSync(indexFile)) problems.push('no sitemap-index.xml');
	else {
		for (const map of sitemapLocs(await readFile(indexFile, 'utf8'))) {
			const ref = { from: '/sitemap-index.xml', where: '<loc>', url: map };
			check(ref, new URL(site.base, origin));
			const mapPath = new URL(map).pathname;
			if (!mapPath.startsWith(site.base)) continue;
			const mapFile = join(site.dir, mapPath.slice(site.base.length));
			if (!existsSync(mapFile)) continue;
			for (const loc of sitemapLocs(await readFile(mapFile, 'utf8'))) {
				check({ from: mapPath, where: '<loc>', url: loc }, new URL(site.base, origin));
				sitemap.push(loc);
			}
		}
		const listed = new Set(sitemap.map((loc) => new URL(loc).pathname));
		for (const page of pages) {
			if (page === '/404.html' || noindex.has(page)) continue;
			if (!listed.has(servedAt(page, site.base))) problems.push(`${page}: not listed in the sitemap`);
		}
	}
	return { problems, checked, fragments, sitemap };
}

// Both built by the global setup: the frozen programme at the root, and the real content/ after
// ordinary organizer edits under /techday/ on another origin (whatever content/ holds, links must resolve).
const sites: (Site & { name: string })[] = [
	{ name: 'sample programme at the root', dir: siteDir, base: '/', siteUrl: 'https://techday.example.com' },
	{ name: 'edited content/ under /techday/ on another origin', ...editedSite },
];

describe.each(sites)('$name', (site) => {
	let result: Awaited<ReturnType<typeof checkLinks>>;
	beforeAll(async () => {
		result = await checkLinks(site);
	});

	test('every internal URL and #fragment resolves, and none leaves the base', () => {
		expect(result.problems).toEqual([]);
		expect(result.checked, 'internal URLs checked').toBeGreaterThan(500);
		expect(result.fragments, 'fragments checked').toBeGreaterThan(10);
	});

	test('canonical links and the sitemap use SITE_URL and the base', async () => {
		const page = await readFile(join(site.dir, 'en/agenda/index.html'), 'utf8');
		const canonical = [...elements(parse(page))].find((el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical');
		expect(canonical && attr(canonical, 'href')).toBe(`${site.siteUrl}${site.base}en/agenda/`);
		expect(result.sitemap.length).toBeGreaterThan(10);
		for (const loc of result.sitemap) expect(loc.startsWith(`${site.siteUrl}${site.base}`), loc).toBe(true);
	});

	test('robots.txt names the sitemap by its absolute URL under SITE_URL and the base, and it exists', async () => {
		const robots = await readFile(join(site.dir, 'robots.txt'), 'utf8');
		const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
		expect(sitemap).toBe(`${site.siteUrl}${site.base}sitemap-index.xml`);
		expect(existsSync(join(site.dir, 'sitemap-index.xml'))).toBe(true);
		expect(robots).toMatch(/^User-agent: \*$/m);
	});
});

test('the checker finds a missing page, a missing #fragment, a URL outside the base and an unlisted page', async () => {
	const dir = `${outputRoot}links-fixture/`;
	await rm(dir, { recursive: true, force: true });
	await mkdir(`${dir}a/`, { recursive: true });
	const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
	await writeFile(
		`${dir}index.html`,
		page(
			'<a href="/b/a/">ok</a><a href="/b/missing/">x</a><a href="/b/a/#nope">x</a><a href="/elsewhere/">x</a><img src="/b/a/" srcset="/b/a/ 1x, /b/gone.png 2x" alt="">',
		),
	);
	await writeFile(`${dir}a/index.html`, page('<p id="here">a</p><a href="../#here">x</a>'));
	await writeFile(`${dir}sitemap-index.xml`, '<?xml version="1.0"?><sitemapindex><sitemap><loc>https://x.test/b/sitemap-0.xml</loc></sitemap></sitemapindex>');
	await writeFile(`${dir}sitemap-0.xml`, '<?xml version="1.0"?><urlset><url><loc>https://x.test/b/</loc></url></urlset>');
	const { problems } = await checkLinks({ dir, base: '/b/', siteUrl: 'https://x.test' });
	expect(problems.sort()).toEqual(
		[
			'/index.html <a href> "/b/missing/": no file /missing/index.html in the build',
			'/index.html <a href> "/b/a/#nope": no element with id="nope" on /a/index.html',
			'/index.html <a href> "/elsewhere/": root-relative URL outside the base /b/',
			'/index.html <img srcset> "/b/gone.png": no file /gone.png in the build',
			'/a/index.html <a href> "../#here": no element with id="here" on /index.html',
			'/a/index.html: not listed in the sitemap',
		].sort(),
	);
});
