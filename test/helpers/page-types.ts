import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { programmeDir, root, siteDir } from './paths';

/** One page that stands for a page type, in one language. */
export interface SamplePage {
	/** The page type, e.g. "session". */
	type: string;
	lang: 'ko' | 'en';
	/** The URL path on a site built at base "/", e.g. "/en/sessions/keynote/". */
	path: string;
}

/** The first entry id of a content collection (sorted), or undefined when it has none. */
function firstId(collection: string, contentDir = programmeDir): string | undefined {
	const dir = join(contentDir, collection);
	if (!existsSync(dir)) return undefined;
	return readdirSync(dir)
		.filter((f) => /\.mdx?$/.test(f))
		.map((f) => f.replace(/\.mdx?$/, ''))
		.sort()[0];
}

/** Whether src/pages has a route for a language-free path like "my" (either my.astro or my/index.astro). */
function hasRoute(name: string): boolean {
	const pages = `${root}src/pages/[...lang]/`;
	return ['.astro', '.md', '.mdx'].some((ext) => existsSync(`${pages}${name}${ext}`) || existsSync(`${pages}${name}/index${ext}`));
}

/**
 * Every page type of the site, one sample page each, in both languages (the 404 page is bilingual, so once).
 * Types whose content or route exists must be built: see {@link builtFile}. The list follows the content,
 * so a page type whose content is missing is left out rather than reported as a missing page.
 */
export function samplePages(contentDir = programmeDir): SamplePage[] {
	const session = firstId('sessions', contentDir);
	const speaker = firstId('speakers', contentDir);
	const track = firstId('tracks', contentDir);
	const types: [string, string | undefined][] = [
		['home', '/'],
		['agenda', '/agenda/'],
		['session', session && `/sessions/${session}/`],
		['speakers', '/speakers/'],
		['speaker', speaker && `/speakers/${speaker}/`],
		['tracks', '/tracks/'],
		['track', track && `/tracks/${track}/`],
		['results', '/results/'],
		['venue', '/venue/'],
		['my-agenda', hasRoute('my') ? '/my/' : undefined],
	];
	const pages: SamplePage[] = [];
	for (const lang of ['ko', 'en'] as const) {
		for (const [type, path] of types) {
			if (path) pages.push({ type, lang, path: lang === 'en' ? `/en${path}` : path });
		}
	}
	pages.push({ type: '404', lang: 'ko', path: '/404.html' });
	return pages;
}

/** The built file that serves a sample page; throws (naming the page type) when the build did not write it. */
export function builtFile(page: SamplePage, dir = siteDir): string {
	const file = join(dir, page.path.endsWith('/') ? `${page.path}index.html` : page.path);
	if (!existsSync(file)) throw new Error(`The ${page.type} page (${page.lang}) ${page.path} was not built: expected ${file}`);
	return file;
}
