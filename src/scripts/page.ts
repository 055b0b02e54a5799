/**
 * What the agenda and my-agenda scripts read from the page: everything involving time zones and words
 * was decided at build time (components/agenda/AgendaRoot.astro); the browser only compares instants.
 */
import type { DayLink, DaySpan, Timed } from '../lib/agenda/schedule';
import { translator, type UiText, type UiValues } from '../i18n/translate';

/** The page's root element and the build-time facts it carries. */
export interface PageContext {
	root: HTMLElement;
	lang: 'ko' | 'en';
	/** The language's locale tag, for Intl. */
	locale: string;
	eventTz: string;
	day: DaySpan;
	/** An event of several days: its days, the day this page shows, and whether this is `/agenda/` (which opens today). */
	days: DayLink[];
	currentDay: string | undefined;
	opensToday: boolean;
	/** The page's interface words, filled in by the same function the pages use. */
	t: (key: string, values?: UiValues) => string;
}

/** A session card on the page with its build-time data. */
export interface Card extends Timed {
	el: HTMLElement;
	title: string;
}

/** The context of the page, or undefined on a page that is not an agenda. */
export function pageContext(): PageContext | undefined {
	const root = document.querySelector<HTMLElement>('[data-agenda-root]');
	if (!root) return undefined;
	const data = root.dataset;
	const labels = JSON.parse(data.labels ?? '{}') as Record<string, UiText>;
	return {
		root,
		lang: data.lang === 'en' ? 'en' : 'ko',
		eventTz: data.eventTz ?? '',
		day: { startMs: Number(data.dayStartMs), endMs: Number(data.dayEndMs) },
		days: JSON.parse(data.days ?? '[]') as DayLink[],
		currentDay: data.currentDay,
		opensToday: data.opensToday !== undefined,
		locale: data.locale ?? '',
		t: translator(data.locale ?? '', labels),
	};
}

/** The session cards inside an element, in page (= programme) order. */
export function readCards(scope: ParentNode): Card[] {
	return [...scope.querySelectorAll<HTMLElement>('article[data-session-id]')].map((el) => {
		const d = el.dataset;
		return {
			el,
			id: d.sessionId ?? '',
			date: d.date,
			// Wall-clock strings are not needed: the instants below decide everything.
			start: '',
			end: '',
			startMs: Number(d.startMs),
			endMs: Number(d.endMs),
			status: d.status,
			title: el.querySelector('h2, h3, h4')?.textContent?.trim() ?? '',
		};
	});
}

/**
 * Keeps the header's language switch on the same view: the other language's page with this page's
 * query (filters, a shared selection), so switching language never drops what the visitor chose.
 */
export function syncLanguageSwitch(): void {
	for (const link of document.querySelectorAll<HTMLAnchorElement>('header a[hreflang]')) {
		const target = new URL(link.href);
		target.search = location.search;
		link.href = target.href;
	}
}
