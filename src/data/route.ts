/**
 * Everything about a page decided once, before it renders: its language and words, the site's data in that
 * language, what the event's phase shows, and the menu. src/middleware.ts puts it on `Astro.locals.route`;
 * layouts, pages and components only read it (as Starlight's route data does).
 */
import { defaultLang, languages, statusLabel, useTranslations, type Lang, type Translate } from '../i18n';
import { noTimeNoteKey, roomsNoteKey, shownStatus, showsPlanningTools, type EventPhase } from '../lib/time/event-phase';
import type { SiteData } from './index';

/** The sections of the site, in menu order. */
export type Section = 'home' | 'agenda' | 'speakers' | 'tracks' | 'results' | 'venue' | 'gallery' | 'my' | 'search';

/** A section of the site: its language-free path and its name in the page's language. */
export interface SectionLink {
	key: Section;
	path: string;
	label: string;
}

/** The words the event's phase calls for where times or rooms are not confirmed: pending before the day, not published after it. */
export interface PhaseNotes {
	/** The sentence a page says once when no session has a confirmed time. */
	noTime: string;
	/** The status word beside the day's times when none is confirmed. */
	noTimeStatus: string;
	/** The sentence the venue page says when its rooms are placeholders. */
	rooms: string;
}

/** What a page of one language knows before it renders. */
export interface PageRoute {
	lang: Lang;
	/** The page language's interface words: t(key, values). */
	t: Translate;
	/** The event file and every view of the page's language, joined (src/data/index.ts). */
	site: SiteData;
	/** Before the day or after it, as the event file says. */
	phase: EventPhase;
	/** What only matters before the day shows: calendar subscriptions, my agenda, stars, now/next, registration links. */
	planning: boolean;
	/** After the day every page says once that the event took place (EventRecord). */
	record: boolean;
	/** The words the event's phase calls for where times or rooms are not confirmed. */
	notes: PhaseNotes;
	/** Every section, for breadcrumbs. */
	sections: readonly SectionLink[];
	/** The sections the menu shows: "my agenda" steps aside after the day; photos only when there are some. */
	menu: readonly SectionLink[];
}

const SECTION_PATHS: readonly [Section, string][] = [
	['home', '/'],
	['agenda', '/agenda/'],
	['speakers', '/speakers/'],
	['tracks', '/tracks/'],
	['results', '/results/'],
	['venue', '/venue/'],
	['gallery', '/gallery/'],
	['my', '/my/'],
	['search', '/search/'],
];

/**
 * The language of a route from its `[...lang]` parameter: none is the default language (Korean); a page
 * outside `[...lang]` (the 404 page, files) is in the default language too.
 * @example routeLang('en') // "en"
 * @example routeLang(undefined) // "ko"
 */
export function routeLang(param: string | undefined): Lang {
	if (param === undefined) return defaultLang;
	const lang = languages.find((l) => l === param);
	if (!lang) throw new Error(`No language "${param}": the site's languages are ${languages.join(', ')}`);
	return lang;
}

/**
 * A page's route data in a language, from the site's data in that language.
 * @example pageRoute('en', await getSiteData('en')).menu[0] // { key: 'home', path: '/', label: 'Home' }
 */
export function pageRoute(lang: Lang, site: SiteData): PageRoute {
	const t = useTranslations(lang);
	const { phase } = site;
	const planning = showsPlanningTools(phase);
	const sections = SECTION_PATHS.map(([key, path]) => ({ key, path, label: t(`nav.${key}`) }));
	const shown = (key: Section) => (key !== 'my' || planning) && (key !== 'gallery' || site.gallery.length > 0);
	return {
		lang,
		t,
		site,
		phase,
		planning,
		record: phase === 'after',
		notes: { noTime: t(noTimeNoteKey(phase)), noTimeStatus: statusLabel(lang, shownStatus('tentative', phase)), rooms: t(roomsNoteKey(phase)) },
		sections,
		menu: sections.filter((s) => shown(s.key)),
	};
}
