/**
 * iCalendar files (RFC 5545) of the programme, built with ical-generator from the same session views
 * as the pages. Pure: no astro:* imports, no clock, no machine time zone.
 *
 * Times are written as UTC instants (DTSTART:20241125T010000Z) with no TZID, by choice:
 * - ical-generator formats a JS Date under a TZID with the *machine's* local hours, so a TZID needs a
 *   zone-aware date type and a VTIMEZONE generator; UTC needs neither and reads the same on every
 *   build machine, and with no TZID no VTIMEZONE can be missing;
 * - every calendar app converts a UTC instant to the viewer's zone, so an attendee in the event's zone
 *   sees the times shown on the site, and a visitor abroad sees the same moment in their own zone;
 * - nothing recurs, so no rule ever needs a named zone: each instant already carries the offset in
 *   force at that moment, summer time included (the event's zone is content: content/event.yaml).
 */
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString as mdastToString } from 'mdast-util-to-string';
import ical, { escape, ICalEventStatus } from 'ical-generator';
import { affiliation, kindLabel, roomLabel, statusLabel, statusSentence, useTranslations } from '../../i18n';
import type { ShownStatus } from '../time/event-phase';
import type { EventData } from '../../schemas/event';
import type { SessionStatus } from '../../schemas/session';
import type { Lang } from '../../i18n/languages';
import type { SessionView, TrackRef } from '../model/model';
import type { SessionRevision } from './revisions';
import { sessionUid } from './uid';
import { firstDay } from '../time/programme-day';
import { formatEventDate } from '../time/zoned';

/** Which sessions a calendar file holds: the whole day, one partner track, or one session. */
export type CalendarScope = { kind: 'all' } | { kind: 'day'; date: string } | { kind: 'track'; track: TrackRef } | { kind: 'session'; session: SessionView };

/** The event facts a calendar file needs. */
export type CalendarEventFacts = Pick<EventData, 'name' | 'shortName' | 'description' | 'date' | 'dates' | 'timeZone' | 'revised' | 'venue'> &
	Partial<Pick<EventData, 'ended'>>;

/** Everything a calendar file is made from. */
export interface CalendarInput {
	lang: Lang;
	event: CalendarEventFacts;
	/** Every session of the language, in programme order; the scope picks the ones in the file. */
	sessions: readonly SessionView[];
	scope: CalendarScope;
	/** The site's origin (Astro.site): the host part of every UID. */
	site: string | URL;
	/** The absolute URL of a language-free site path in this file's language, e.g. "/sessions/keynote/". */
	absolute: (path: string) => string;
	/** The absolute URL of a language-free site file, e.g. "/slides/keynote.pdf" (default: on the site's origin). */
	absoluteFile?: (path: string) => string;
	/** Each session's LAST-MODIFIED and SEQUENCE by id (src/lib/calendar/revisions.ts); without one, event.revised and 0. */
	revisions?: ReadonlyMap<string, SessionRevision>;
}

/** How often subscribed calendars should fetch the file again. */
const REFRESH_SECONDS = 6 * 60 * 60;

/**
 * Calendar files a build writes itself: each file's path under the site's root (e.g. "en/sessions/keynote.ics") and
 * its text. The sessions' calendar route hands these over under the name CALENDAR_FILES (src/lib/build/handoff.ts),
 * src/integrations/calendar-files.ts writes them.
 */
export type CalendarFiles = Map<string, string>;
export const CALENDAR_FILES = 'calendar-files';

/** The language-free site path of a scope's calendar file, e.g. "/tracks/google.ics", "/agenda/2025-10-26.ics". */
export function calendarPath(scope: CalendarScope): string {
	if (scope.kind === 'track') return `/tracks/${scope.track.id}.ics`;
	if (scope.kind === 'session') return `/sessions/${scope.session.id}.ics`;
	if (scope.kind === 'day') return `/agenda/${scope.date}.ics`;
	return '/schedule.ics';
}

/** The language-free site path of the page that shows a scope, e.g. "/agenda/". */
export function scopePagePath(scope: CalendarScope): string {
	if (scope.kind === 'track') return `/tracks/${scope.track.id}/`;
	if (scope.kind === 'session') return `/sessions/${scope.session.id}/`;
	if (scope.kind === 'day') return `/agenda/${scope.date}/`;
	return '/agenda/';
}

/** The sessions a scope puts in its file, in programme order (cancelled ones too, so subscribers learn of them). */
export function sessionsInScope(scope: CalendarScope, sessions: readonly SessionView[]): SessionView[] {
	if (scope.kind === 'track') return sessions.filter((s) => s.track?.id === scope.track.id);
	// A large event has a file and a page per session: its own view, without looking through every session.
	if (scope.kind === 'session') return [scope.session];
	if (scope.kind === 'day') return sessions.filter((s) => s.date === scope.date);
	return [...sessions];
}

/** The calendar's own name as calendar apps list it. */
export function calendarName(scope: CalendarScope, event: CalendarEventFacts, lang: Lang): string {
	const eventName = `${event.name[lang]} (${event.shortName})`;
	if (scope.kind === 'track') return `${eventName}: ${scope.track.partner} · ${scope.track.name}`;
	if (scope.kind === 'session') return `${eventName}: ${scope.session.title}`;
	if (scope.kind === 'day') return `${eventName}: ${formatEventDate(scope.date, lang)}`;
	return eventName;
}

/**
 * Markdown written into a summary as the plain text a reader sees: "**AI** [시대](/x)" → "AI 시대".
 * Raw HTML and MDX/JSX tags are dropped; each block (paragraph, heading, list item) becomes a line.
 */
export function plainText(markdown: string): string {
	let text = plainTexts.get(markdown);
	if (text === undefined) plainTexts.set(markdown, (text = markdownToLines(markdown)));
	return text;
}

/** Each summary's plain text, parsed once: every calendar file and calendar link of a session repeats it. */
const plainTexts = new Map<string, string>();

function markdownToLines(markdown: string): string {
	const lines = (node: Nodes): string[] => {
		if (node.type === 'html') return [];
		if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'code' || !('children' in node)) {
			return [mdastToString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim()];
		}
		return node.children.flatMap((child) => lines(child));
	};
	return lines(fromMarkdown(markdown)).filter(Boolean).join('\n');
}

/** The URL as a URI value: ical-generator escapes `,` and `;` in URL like TEXT, so they go percent-encoded instead. */
export function uriValue(url: string): string {
	return new URL(url).href.replace(/[,;]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A session's one-line Markdown summary as plain text: a leading "2024. 11. 25." or "1)" must not turn it into a list. */
export function summaryText(summary: string): string {
	return plainText(summary.replace(/^(\s*\d+)([.)]\s)/, '$1\\$2').replace(/^(\s*)([-*+#>]\s)/, '$1\\$2'));
}

/** The note that opens a session's description when it will not happen as shown. */
export function statusNote(status: ShownStatus, lang: Lang): string | undefined {
	if (status === 'tentative') return useTranslations(lang)('calendar.tentativeNote');
	if (status === 'confirmed') return undefined;
	return `${statusLabel(lang, status)}: ${statusSentence(lang, status)}`;
}

/**
 * A session's description as plain text: status note, summary, speakers, track and the session's page.
 * The calendar files and the "add to Google/Outlook" links use the same words.
 */
export function sessionDescription(
	session: SessionView,
	lang: Lang,
	pageUrl: string,
	absoluteFile: (path: string) => string = (p) => new URL(p, pageUrl).href,
): string {
	const t = useTranslations(lang);
	const blocks: string[] = [];
	const note = statusNote(session.status, lang);
	if (note) blocks.push(note);
	blocks.push(summaryText(session.summary));
	const facts: string[] = [];
	if (session.speakers.length > 0) {
		facts.push(`${t('session.speakers')}: ${session.speakers.map((s) => `${s.name} (${affiliation(s)})`).join(', ')}`);
	}
	if (session.track) facts.push(`${t('session.track')}: ${session.track.partner} · ${session.track.name}`);
	facts.push(`${t('session.kind')}: ${kindLabel(lang, session.kind)}`);
	blocks.push(facts.join('\n'));
	const left = materialLinks(session, absoluteFile).map((m) => `${t(m.kind === 'recording' ? 'materials.recording' : 'materials.slides')}: ${m.url}`);
	if (left.length > 0) blocks.push(left.join('\n'));
	blocks.push(`${t('calendar.more')}: ${pageUrl}`);
	return blocks.join('\n\n');
}

/** A session's recording and slides with absolute addresses. */
function materialLinks(session: Pick<SessionView, 'materials'>, absoluteFile: (path: string) => string) {
	return session.materials.map((m) => ({ kind: m.kind, url: m.external ? m.href : absoluteFile(m.href) }));
}

/** A session's title as calendar apps show it: cancelled ones say so even in apps that ignore STATUS. */
export function sessionSummary(session: SessionView, lang: Lang): string {
	return session.status === 'cancelled' ? `${statusLabel(lang, 'cancelled')}: ${session.title}` : session.title;
}

/** Where a session happens: room, venue, city. */
export function sessionLocation(session: SessionView, event: CalendarEventFacts, lang: Lang): string {
	return `${roomLabel(lang, session.room)}, ${event.venue.name[lang]}, ${event.venue.city[lang]}`;
}

const STATUS: Record<ShownStatus, ICalEventStatus> = {
	confirmed: ICalEventStatus.CONFIRMED,
	tentative: ICalEventStatus.TENTATIVE,
	// Never confirmed, so never CONFIRMED: the file keeps the status the programme last had.
	unpublished: ICalEventStatus.TENTATIVE,
	cancelled: ICalEventStatus.CANCELLED,
};

/** The longest physical line RFC 5545 allows, in octets, without the CRLF. */
const MAX_LINE_OCTETS = 75;

/**
 * A calendar file of a scope as iCalendar text: CRLF line endings (after the last line too), lines
 * folded at 75 octets, TEXT escaped, no METHOD (so no ORGANIZER is needed), times in UTC, DTSTAMP,
 * LAST-MODIFIED and SEQUENCE from the session's revision (src/lib/calendar/revisions.ts), else the event's `revised`. The same input gives the same bytes on any
 * machine, and a session's VEVENT is the same in every file of a language.
 */
export function buildCalendar(input: CalendarInput): string {
	const { lang, event, scope } = input;
	const sessions = sessionsInScope(scope, input.sessions);
	if (sessions.length === 0) throw new Error(`The calendar file ${calendarPath(scope)} would hold no session; an empty VCALENDAR is invalid.`);
	const revised = new Date(event.revised);
	if (Number.isNaN(revised.getTime())) throw new Error(`event.revised "${event.revised}" is not a date-time.`);
	const host = new URL(input.site).hostname;

	const calendar = ical({
		// RFC 5545 PRODID: who made the file; TEXT, escaped here because ical-generator writes it as given.
		prodId: `//${escape(host, false)}//${escape(`${event.shortName} ${firstDay(event).slice(0, 4)}`, false)}//${lang.toUpperCase()}`,
		// ical-generator writes NAME, X-WR-CALNAME and X-WR-CALDESC unescaped: escape the TEXT here.
		name: escape(calendarName(scope, event, lang), false),
		description: escape(event.description[lang], false),
		url: uriValue(input.absolute(scopePagePath(scope))),
		source: uriValue(input.absolute(calendarPath(scope))),
		ttl: REFRESH_SECONDS,
		// No `method`: METHOD:PUBLISH would require an ORGANIZER (RFC 5546); a plain file needs neither.
		// No `timezone`: see the comment at the top of this file.
	});

	for (const session of sessions) {
		if (!(session.endMs > session.startMs)) throw new Error(`Session "${session.id}" must end after it starts (${session.start}–${session.end}).`);
		const pageUrl = input.absolute(`/sessions/${session.id}/`);
		const absoluteFile = input.absoluteFile ?? ((path: string) => new URL(path, input.site).href);
		const revision = input.revisions?.get(session.id);
		calendar.createEvent({
			id: sessionUid(session.id, event, input.site),
			start: new Date(session.startsAt),
			end: new Date(session.endsAt),
			// Without METHOD, RFC 5545 (3.8.7.2) makes DTSTAMP the same as LAST-MODIFIED.
			stamp: revision?.lastModified ?? revised,
			lastModified: revision?.lastModified ?? revised,
			sequence: revision?.sequence ?? 0,
			summary: sessionSummary(session, lang),
			location: { title: sessionLocation(session, event, lang) },
			description: sessionDescription(session, lang, pageUrl, absoluteFile),
			// The slides as ATTACH, so calendar apps can offer them; the recording is in the description.
			attachments: materialLinks(session, absoluteFile)
				.filter((m) => m.kind === 'slides')
				.map((m) => uriValue(m.url)),
			url: uriValue(pageUrl),
			categories: [...(session.track ? [{ name: session.track.partner }] : []), { name: kindLabel(lang, session.kind) }],
			status: STATUS[session.status],
		});
	}

	const text = `${calendar.toString()}\r\n`;
	assertWireFormat(text);
	return text;
}

const encoder = new TextEncoder();
/** Room for a longest line and one more character (UTF-8 takes at most 4 bytes for one). */
const lineBytes = new Uint8Array(MAX_LINE_OCTETS + 4);

/** Refuses text that breaks the iCalendar line rules: bare CR or LF, a missing final CRLF, or a line over 75 octets. */
function assertWireFormat(text: string): void {
	if (!text.endsWith('\r\n') || /\r(?!\n)|(?<!\r)\n/.test(text)) throw new Error('iCalendar text must use CRLF line endings only.');
	for (const line of text.slice(0, -2).split('\r\n')) {
		// Encoded into a fixed buffer: a line that does not fit whole, or fills it past the limit, is too long.
		const { read, written } = encoder.encodeInto(line, lineBytes);
		if (read < line.length || written > MAX_LINE_OCTETS) throw new Error(`iCalendar line longer than ${MAX_LINE_OCTETS} octets: ${line.slice(0, 40)}…`);
	}
}
