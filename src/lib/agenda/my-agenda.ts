import { overlaps, sortSessions, type Timed } from './schedule';
import { ID_PATTERN } from '../model/ids';

/** The localStorage key of this device's selection; the version lets a later format migrate. */
export const SELECTION_KEY = 'techday-2024:my-agenda:v1';

/** The query parameter of a share link (`/my/?s=keynote,google-track`). */
export const SHARE_PARAM = 's';

/** The query parameter a session page's no-JavaScript star links with (`/my/?add=keynote`). */
export const ADD_PARAM = 'add';

/**
 * Ids without repeats, in first-seen order, keeping only well-formed ids (and, when given, known ones).
 * @example normalizeSelection(['b', 'a', 'b', 'X!'], ['a', 'b']) // ['b', 'a']
 */
export function normalizeSelection(ids: Iterable<unknown>, known?: Iterable<string>): string[] {
	const allowed = known ? new Set(known) : undefined;
	const out: string[] = [];
	for (const id of ids) {
		if (typeof id !== 'string' || !ID_PATTERN.test(id) || out.includes(id)) continue;
		if (allowed && !allowed.has(id)) continue;
		out.push(id);
	}
	return out;
}

/**
 * The selection stored on the device; anything unreadable counts as an empty selection.
 * @example parseSelection('["keynote","aws-track"]') // ['keynote', 'aws-track']
 */
export function parseSelection(raw: string | null | undefined, known?: Iterable<string>): string[] {
	if (!raw) return [];
	try {
		const value: unknown = JSON.parse(raw);
		return Array.isArray(value) ? normalizeSelection(value, known) : [];
	} catch {
		return [];
	}
}

/** The text stored on the device for a selection. */
export function serializeSelection(ids: readonly string[]): string {
	return JSON.stringify(normalizeSelection(ids));
}

/**
 * The selection with a session added, or removed when it was already there.
 * @example toggleSelection(['keynote'], 'aws-track') // ['keynote', 'aws-track']
 */
export function toggleSelection(ids: readonly string[], id: string): string[] {
	return ids.includes(id) ? ids.filter((x) => x !== id) : normalizeSelection([...ids, id]);
}

/**
 * The selection with other sessions added; nothing already picked is lost.
 * @example mergeSelection(['keynote'], ['aws-track', 'keynote']) // ['keynote', 'aws-track']
 */
export function mergeSelection(ids: readonly string[], more: readonly string[]): string[] {
	return normalizeSelection([...ids, ...more]);
}

/**
 * The ids a share link carries: comma-separated in `?s=`, only known sessions, no repeats.
 * @example decodeShareParam('keynote,aws-track,gone', ['keynote', 'aws-track']) // ['keynote', 'aws-track']
 */
export function decodeShareParam(value: string | null | undefined, known?: Iterable<string>): string[] {
	if (!value) return [];
	return normalizeSelection(value.split(/[,\s]+/), known);
}

/**
 * The share link of a selection: the my-agenda page's address with the ids in `?s=`, in programme order.
 * Ids are slugs, so the commas stay readable in the link.
 * @example shareLink('https://techday.example.com/my/', ['keynote', 'aws-track']) // "https://techday.example.com/my/?s=keynote,aws-track"
 */
export function shareLink(pageUrl: string, ids: readonly string[]): string {
	const url = new URL(pageUrl);
	url.search = '';
	url.hash = '';
	return `${url.href}?${SHARE_PARAM}=${normalizeSelection(ids).join(',')}`;
}

/**
 * For each picked session, the other picked sessions that overlap it (cancelled ones never clash).
 * Sessions without a clash are left out.
 * @example overlappingPicks([googleTrack, awsTrack, keynote]) // Map { 'google-track' => [awsTrack], 'aws-track' => [googleTrack] }
 */
export function overlappingPicks<T extends Timed>(picked: readonly T[]): Map<string, T[]> {
	const live = sortSessions(picked.filter((s) => s.status !== 'cancelled'));
	const clashes = new Map<string, T[]>();
	for (const session of live) {
		const others = live.filter((other) => other.id !== session.id && overlaps(session, other));
		if (others.length > 0) clashes.set(session.id, others);
	}
	return clashes;
}

/** One content line of an iCalendar file with the physical lines it was folded into. */
interface ContentLine {
	/** The unfolded text (continuation lines joined without their leading space or tab). */
	text: string;
	/** The physical lines exactly as in the file. */
	raw: string[];
}

/** Splits iCalendar text into content lines, undoing RFC 5545 line folding (CRLF followed by a space or tab). */
function contentLines(ics: string, eol: string): ContentLine[] {
	const lines: ContentLine[] = [];
	for (const physical of ics.split(eol)) {
		const last = lines.at(-1);
		if (last && (physical.startsWith(' ') || physical.startsWith('\t'))) {
			last.text += physical.slice(1);
			last.raw.push(physical);
		} else {
			lines.push({ text: physical, raw: [physical] });
		}
	}
	return lines;
}

/** The property name of a content line (before any parameters or the value), upper-cased. */
function propertyName(text: string): string {
	return (/^[^;:]*/.exec(text)?.[0] ?? '').toUpperCase();
}

/** The value of a content line: everything after the first colon that is not inside a quoted parameter. */
function propertyValue(text: string): string {
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '"') quoted = !quoted;
		else if (c === ':' && !quoted) return text.slice(i + 1);
	}
	return '';
}

/** A stretch of an iCalendar file: a line outside any event (with its depth), or one whole VEVENT with its UID. */
type Segment = { event: false; lines: ContentLine[]; depth: number } | { event: true; lines: ContentLine[]; uid: string | undefined };

/** Cuts iCalendar text into lines outside events and whole VEVENTs (nested components such as VALARM stay inside). */
function segments(ics: string, eol: string): Segment[] {
	const out: Segment[] = [];
	let depth = 0;
	let event: { lines: ContentLine[]; uid: string | undefined; depth: number } | undefined;
	for (const line of contentLines(ics, eol)) {
		const name = propertyName(line.text);
		const value = propertyValue(line.text).toUpperCase();
		if (!event) {
			if (name === 'BEGIN' && value === 'VEVENT') {
				event = { lines: [line], uid: undefined, depth: 1 };
				continue;
			}
			if (name === 'END') depth--;
			out.push({ event: false, lines: [line], depth });
			if (name === 'BEGIN') depth++;
			continue;
		}
		event.lines.push(line);
		if (name === 'BEGIN') event.depth++;
		else if (name === 'END') event.depth--;
		// Only the event's own UID counts, not one of a nested VALARM (RFC 9074 gives alarms UIDs too).
		else if (name === 'UID' && event.depth === 1) event.uid = propertyValue(line.text);
		if (event.depth === 0) {
			out.push({ event: true, lines: event.lines, uid: event.uid });
			event = undefined;
		}
	}
	if (event) throw new Error('The calendar file ends inside a VEVENT (no END:VEVENT).');
	return out;
}

/**
 * Calendar properties that make a file a subscription to the full schedule (RFC 7986 SOURCE and
 * REFRESH-INTERVAL, and Outlook's X-PUBLISHED-TTL). A personal selection must not carry them: an app
 * that refreshes from SOURCE would replace the picks with the whole day.
 */
export const SUBSCRIPTION_PROPERTIES = ['SOURCE', 'REFRESH-INTERVAL', 'X-PUBLISHED-TTL'];

/** The line ending a calendar file uses: CRLF as RFC 5545 says, or LF from a lenient writer. */
function lineEnding(ics: string): string {
	return ics.includes('\r\n') ? '\r\n' : '\n';
}

/**
 * The calendar cut down to the events whose UID is in `uids`: every kept VEVENT (with its alarms) and
 * the calendar's own lines (header, time zones, footer) are copied byte for byte, so each event is
 * identical to its entry in the full file; only the subscription properties are left out.
 * @example selectCalendarEvents(await (await fetch('/schedule.ics')).text(), ['keynote@tech-day-20241125.techday.example.com'])
 */
export function selectCalendarEvents(ics: string, uids: Iterable<string>): string {
	const wanted = new Set(uids);
	const eol = lineEnding(ics);
	const keep = (s: Segment) =>
		s.event ? s.uid !== undefined && wanted.has(s.uid) : !(s.depth === 1 && SUBSCRIPTION_PROPERTIES.includes(propertyName(s.lines[0]?.text ?? '')));
	return segments(ics, eol)
		.filter(keep)
		.flatMap((s) => s.lines.flatMap((l) => l.raw))
		.join(eol);
}

/**
 * The UIDs of the events in an iCalendar file, in file order.
 * @example calendarEventUids(ics) // ['keynote@tech-day-20241125.techday.example.com', …]
 */
export function calendarEventUids(ics: string): string[] {
	return segments(ics, lineEnding(ics)).flatMap((s) => (s.event && s.uid !== undefined ? [s.uid] : []));
}
