import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Page } from 'playwright-core';
import { programmeDir, root, siteDir } from './paths';

/** One page that stands for a page type, in one language. */
export interface SamplePage {
	/** The page type, e.g. "session". */
	type: string;
	lang: 'ko' | 'en';
	/** The URL path on a site built at base "/", e.g. "/en/sessions/keynote/". */
	path: string;
	/** A query string the browser tests add, e.g. the search page's "?q=…" so it shows results. */
	query?: string;
}

/** The URL of a sample page under the site's origin: its path and query. */
export const sampleUrl = (page: SamplePage) => `${page.path}${page.query ?? ''}`;

/** Waits for what a sample page shows after its script ran (the search page's results). */
export async function sampleReady(browserPage: Page, page: SamplePage): Promise<void> {
	if (page.type === 'search') await browserPage.locator('[data-search-results] li').first().waitFor({ timeout: 10_000 });
}

/**
 * The longest word of a session's title in a language (the English file's, else the Korean one's):
 * a search for it must find that session, whatever the content.
 */
export function sessionTitleWord(id: string, lang: 'ko' | 'en', contentDir = `${root}content`): string {
	const english = join(contentDir, 'en', 'sessions', `${id}.md`);
	const file = lang === 'en' && existsSync(english) ? english : join(contentDir, 'sessions', `${id}.md`);
	const title = /^title:\s*["']?(.+?)["']?\s*$/m.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
	return title.split(/[^\p{L}\p{N}]+/u).reduce((a, b) => (b.length > a.length ? b : a), '');
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

/** What the content's event file lists under a key (the photos page exists only when it lists photos). */
function eventList(key: string, contentDir: string): unknown[] {
	const event = yaml.load(readFileSync(join(contentDir, 'event.yaml'), 'utf8')) as Record<string, unknown>;
	return Array.isArray(event[key]) ? event[key] : [];
}

/** The path of a page type that stands only where the event file lists something (photos, several days). */
function listedPath(type: string, list: unknown[], path?: string): string | undefined {
	if (list.length === 0) return undefined;
	// js-yaml reads an unquoted date as a Date at UTC midnight.
	const first = list[0] instanceof Date ? list[0].toISOString().slice(0, 10) : String(list[0]);
	return type === 'agenda-day' ? `/agenda/${first}/` : path;
}

/**
 * Every page type: its route file under src/pages/[...lang]/ and, for entry pages, the collection whose
 * first entry stands for it. routes.test.ts checks that this list and the route files are the same set,
 * so a page type whose route disappears fails the suites instead of silently dropping out of them.
 */
export const pageTypes = [
	{ type: 'home', route: 'index.astro', path: '/' },
	{ type: 'agenda', route: 'agenda.astro', path: '/agenda/' },
	// A day's page exists only for an event of several days (dates: in the event file); its first day stands for it.
	{ type: 'agenda-day', route: 'agenda/[date].astro', whenEventLists: 'dates' },
	{ type: 'session', route: 'sessions/[id].astro', collection: 'sessions' },
	{ type: 'speakers', route: 'speakers/index.astro', path: '/speakers/' },
	{ type: 'speaker', route: 'speakers/[id].astro', collection: 'speakers' },
	{ type: 'tracks', route: 'tracks/index.astro', path: '/tracks/' },
	{ type: 'track', route: 'tracks/[id].astro', collection: 'tracks' },
	{ type: 'results', route: 'results.astro', path: '/results/' },
	{ type: 'venue', route: 'venue.astro', path: '/venue/' },
	{ type: 'gallery', route: 'gallery.astro', path: '/gallery/', whenEventLists: 'gallery' },
	{ type: 'my-agenda', route: 'my.astro', path: '/my/' },
	{ type: 'search', route: 'search.astro', path: '/search/' },
	{ type: 'changes', route: 'changes.astro', path: '/changes/' },
] as const;

/**
 * Every page type of the site, one sample page each, in both languages (the 404 page is bilingual, so once).
 * Each must be built: see {@link builtFile}. Only an entry page type whose collection is empty in this
 * content (a fixture without speakers, say), or a page the event file lists nothing for (no photos, no
 * photos page), has no page to stand for it.
 */
export function samplePages(contentDir = programmeDir): SamplePage[] {
	const types = pageTypes.map((p): [string, string | undefined] => {
		if ('whenEventLists' in p) return [p.type, listedPath(p.type, eventList(p.whenEventLists, contentDir), 'path' in p ? p.path : undefined)];
		if ('path' in p) return [p.type, p.path];
		const id = firstId(p.collection, contentDir);
		return [p.type, id && `/${p.collection}/${id}/`];
	});
	// The search page shows results for a word of the first session's title, so the suites check them too.
	const session = firstId('sessions', contentDir);
	const pages: SamplePage[] = [];
	for (const lang of ['ko', 'en'] as const) {
		for (const [type, path] of types) {
			if (!path) continue;
			const query = type === 'search' && session ? `?q=${encodeURIComponent(sessionTitleWord(session, lang, contentDir))}` : undefined;
			pages.push({ type, lang, path: lang === 'en' ? `/en${path}` : path, ...(query && { query }) });
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
