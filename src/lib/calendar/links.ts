/**
 * Links that put the programme in a calendar: the file, a webcal:// subscription, and the "add event"
 * pages of Google Calendar and Outlook on the web. Pure: every URL comes from the session views.
 */
import { useTranslations } from '../../i18n';
import {
	calendarName,
	calendarPath,
	scopePagePath,
	sessionDescription,
	sessionLocation,
	sessionSummary,
	sessionsInScope,
	type CalendarEventFacts,
	type CalendarScope,
} from './ics';
import type { Lang } from '../../i18n/languages';
import type { SessionView } from '../model/model';

/** One event as the "add event" pages of web calendars take it. */
export interface AddEvent {
	title: string;
	/** ISO instants. */
	startsAt: string;
	endsAt: string;
	location: string;
	details: string;
}

/** An instant as the compact UTC form Google Calendar takes: "2024-11-25T01:00:00Z" → "20241125T010000Z". */
export function compactUtc(instant: string): string {
	return new Date(instant)
		.toISOString()
		.replace(/\.\d{3}Z$/, 'Z')
		.replace(/[-:]/g, '');
}

/** An instant in UTC to the second: "2024-11-25T01:00:00Z". */
function isoUtc(instant: string): string {
	return new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A query string with every value percent-encoded (spaces as %20, which both services read). */
function query(params: [string, string][]): string {
	return params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
}

/**
 * Google Calendar's "add event" page for an event; times in UTC, shown in the event's zone.
 * @example googleCalendarUrl({ title: 'Keynote', startsAt: '2024-11-25T01:00:00Z', … }, 'Asia/Seoul') // "https://calendar.google.com/calendar/render?action=TEMPLATE&text=Keynote&dates=20241125T010000Z%2F…"
 */
export function googleCalendarUrl(event: AddEvent, timeZone: string): string {
	return `https://calendar.google.com/calendar/render?${query([
		['action', 'TEMPLATE'],
		['text', event.title],
		['dates', `${compactUtc(event.startsAt)}/${compactUtc(event.endsAt)}`],
		['ctz', timeZone],
		['location', event.location],
		['details', event.details],
	])}`;
}

/**
 * Outlook on the web's "new event" page for an event; times in UTC.
 * @example outlookCalendarUrl({ title: 'Keynote', startsAt: '2024-11-25T01:00:00Z', … }) // "https://outlook.live.com/calendar/0/deeplink/compose?path=…&startdt=2024-11-25T01%3A00%3A00Z…"
 */
export function outlookCalendarUrl(event: AddEvent): string {
	return `https://outlook.live.com/calendar/0/deeplink/compose?${query([
		['path', '/calendar/action/compose'],
		['rru', 'addevent'],
		['subject', event.title],
		['startdt', isoUtc(event.startsAt)],
		['enddt', isoUtc(event.endsAt)],
		['location', event.location],
		['body', event.details],
	])}`;
}

/**
 * The webcal:// form of a calendar file's http(s) URL, which calendar apps open as a subscription.
 * @example webcalUrl('https://techday.example.com/schedule.ics') // "webcal://techday.example.com/schedule.ics"
 */
export function webcalUrl(url: string): string {
	const parsed = new URL(url);
	if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error(`Not an http(s) URL: ${url}`);
	return `webcal://${parsed.href.slice(parsed.protocol.length + 2)}`;
}

/** Everything the calendar links of a page need. */
export interface CalendarLinkSet {
	/** The site path of the .ics file under the base, for the download link. */
	file: string;
	/** Its absolute https URL, to subscribe to by hand. */
	https: string;
	webcal: string;
	/** Absent when every session in scope is cancelled (nothing to add) or they fall on several days. */
	google?: string;
	outlook?: string;
	/** For a file of several sessions, the span the Google/Outlook event covers ("10:00", "17:00"), to say so. */
	span?: { start: string; end: string; zone: string };
}

/**
 * The links for a scope: the file, its subscription, and one "add event" for Google and Outlook —
 * the session itself, or for several sessions of one programme day one event from the first start to the
 * last end (none for sessions on several days).
 */
export function calendarLinks(input: {
	lang: Lang;
	event: CalendarEventFacts;
	sessions: readonly SessionView[];
	scope: CalendarScope;
	/** The site path of a language-free path under the base (url(lang, path)). */
	path: (path: string) => string;
	/** The absolute URL of a language-free path (absoluteUrl(lang, path, site)). */
	absolute: (path: string) => string;
	/** The absolute URL of a language-free site file such as "/slides/keynote.pdf". */
	absoluteFile?: (path: string) => string;
}): CalendarLinkSet {
	const { lang, event, scope } = input;
	const file = calendarPath(scope);
	const https = input.absolute(file);
	const links: CalendarLinkSet = { file: input.path(file), https, webcal: webcalUrl(https) };
	const happening = sessionsInScope(scope, input.sessions).filter((s) => s.status !== 'cancelled');
	const first = happening[0];
	// One "add event" cannot stand for several days: subscribing or the file does that.
	if (!first || happening.some((s) => s.date !== first.date)) return links;
	let add: AddEvent;
	if (happening.length === 1) {
		add = {
			title: sessionSummary(first, lang),
			startsAt: first.startsAt,
			endsAt: first.endsAt,
			location: sessionLocation(first, event, lang),
			details: sessionDescription(first, lang, input.absolute(`/sessions/${first.id}/`), input.absoluteFile),
		};
	} else {
		const start = happening.reduce((a, b) => (b.startMs < a.startMs ? b : a));
		const end = happening.reduce((a, b) => (b.endMs > a.endMs ? b : a));
		const t = useTranslations(lang);
		const notes = happening.some((s) => s.status === 'tentative') ? [t('calendar.tentativeNote')] : [];
		add = {
			title: calendarName(scope, event, lang),
			startsAt: start.startsAt,
			endsAt: end.endsAt,
			location: `${event.venue.name[lang]}, ${event.venue.city[lang]}`,
			details: [
				...notes,
				event.description[lang],
				`${t('calendar.more')}: ${input.absolute(scopePagePath(scope))}`,
				`${t('calendar.subscribe')}: ${https}`,
			].join('\n\n'),
		};
		links.span = { start: start.start, end: end.end, zone: start.zone.short };
	}
	links.google = googleCalendarUrl(add, event.timeZone);
	links.outlook = outlookCalendarUrl(add);
	return links;
}
