/**
 * What the service worker installs on a first visit, bounded by what a visitor needs rather than by the
 * event's size. The built files fall into groups, in order of need; each group is installed whole if it
 * fits in what the budget has left, and otherwise left to be cached page by page as it is visited:
 *
 * 1. essential: the shell (hashed CSS, scripts and web font under _astro/, the root stylesheet, icons,
 *    the 404 page) and, in each language, home, the agenda (each day's page of an event of several days), my agenda
 *    and the whole programme's calendar;
 * 2. search: the search index (pagefind/), so search works offline;
 * 3. pages: every other page;
 * 4. other: the rest (a calendar file per session, speaker and track, the feeds, the sitemap).
 *
 * A small event (the real one: 1.4 MB) fits whole, so every page opens offline after one visit. A
 * 1,000-session event installs groups 1 and 2 and caches each other page once seen.
 */
import { languages } from '../../i18n/languages';

/** At most this many bytes (as the files are on disk) are installed, for any event. */
export const PRECACHE_BUDGET = 5 * 1024 * 1024;

/** The groups, in the order they are installed. */
export const PRECACHE_GROUPS = ['essential', 'search', 'pages', 'other'] as const;
export type PrecacheGroup = (typeof PRECACHE_GROUPS)[number];

/** Pages of each language that every visitor needs offline ("" is home). */
const ESSENTIAL_PAGES = ['', 'agenda/', 'my/'];
/** The day pages of an event of several days: the agenda itself, and what my agenda draws its picks from. */
const DAY_PAGE = /^agenda\/\d{4}-\d{2}-\d{2}\/index\.html$/;
/** Files of each language's root that are essential: the whole programme's calendar. */
const ESSENTIAL_FILES = ['schedule.ics'];
/** Files at the site's root that belong to the shell: stylesheets, icons, the web manifest, the 404 page. */
const SHELL_FILE = /^[^/]+\.(css|svg|webmanifest)$|^404\.html$/;

/** The group of a built file, by its path relative to the site ("agenda/index.html", "en/schedule.ics"). */
export function precacheGroup(path: string): PrecacheGroup {
	if (path.startsWith('_astro/') || SHELL_FILE.test(path)) return 'essential';
	if (path.startsWith('pagefind/')) return 'search';
	const [first, ...rest] = path.split('/');
	const inLang = (languages as readonly string[]).includes(first!) && rest.length > 0 ? rest.join('/') : path;
	if (ESSENTIAL_FILES.includes(inLang) || DAY_PAGE.test(inLang) || ESSENTIAL_PAGES.some((page) => inLang === `${page}index.html`)) return 'essential';
	return path.endsWith('.html') ? 'pages' : 'other';
}

/** One group's files and bytes, and whether it is installed. */
export interface GroupSummary {
	group: PrecacheGroup;
	files: number;
	bytes: number;
	installed: boolean;
}

/**
 * Keeps each group's entries when the group fits whole in what the budget has left, in the groups' order.
 * The essential group is always kept (alone it can pass the budget only with an agenda far over its own
 * byte budget). Entries keep their order.
 */
export function boundPrecache<T extends { url: string; size: number }>(entries: readonly T[], budget = PRECACHE_BUDGET): { kept: T[]; groups: GroupSummary[] } {
	const byGroup = new Map<PrecacheGroup, T[]>(PRECACHE_GROUPS.map((g) => [g, []]));
	for (const entry of entries) byGroup.get(precacheGroup(entry.url))!.push(entry);
	let left = budget;
	const installed = new Set<PrecacheGroup>();
	const groups = PRECACHE_GROUPS.map((group): GroupSummary => {
		const files = byGroup.get(group)!;
		const bytes = files.reduce((sum, e) => sum + e.size, 0);
		const fits = group === 'essential' || bytes <= left;
		if (fits) {
			installed.add(group);
			left -= bytes;
		}
		return { group, files: files.length, bytes, installed: fits };
	});
	return { kept: entries.filter((e) => installed.has(precacheGroup(e.url))), groups };
}
