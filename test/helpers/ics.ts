/**
 * Independent checks of iCalendar text for the calendar tests: byte-level wire format, time zones,
 * and parsing with ical.js (the parser Thunderbird uses), never with the code under test.
 */
import ICAL from 'ical.js';

// RFC 7986 NAME and the de-facto X-WR-CALNAME / X-WR-CALDESC are TEXT; ical.js 2 does not know them
// and would hand back their raw, still-escaped value.
for (const name of ['name', 'x-wr-calname', 'x-wr-caldesc']) {
	(ICAL.design.icalendar.property as Record<string, { defaultType: string }>)[name] = { defaultType: 'text' };
}

/** The physical lines of iCalendar text (split at CRLF, without the empty piece after the final CRLF). */
export function physicalLines(text: string): string[] {
	return text.split('\r\n').slice(0, text.endsWith('\r\n') ? -1 : undefined);
}

/** Content lines after unfolding (RFC 5545 3.1). */
export function contentLines(text: string): string[] {
	return text
		.replace(/\r\n[ \t]/g, '')
		.split('\r\n')
		.filter(Boolean);
}

/**
 * What breaks RFC 5545 3.1 in the bytes of a file: line endings other than CRLF, no CRLF after the
 * last line, a line over 75 octets, a fold that splits a UTF-8 character.
 */
export function wireProblems(bytes: Uint8Array): string[] {
	const problems: string[] = [];
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		problems.push('not valid UTF-8');
		text = new TextDecoder('utf-8').decode(bytes);
	}
	if (!text.endsWith('\r\n')) problems.push('no CRLF after the last line');
	if (/\r(?!\n)|(?<!\r)\n/.test(text)) problems.push('a bare CR or LF');
	// Split the bytes themselves at CRLF: each physical line must be valid UTF-8 on its own.
	let start = 0;
	let line = 1;
	for (let i = 0; i < bytes.length - 1; i++) {
		if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
			const piece = bytes.subarray(start, i);
			if (piece.length > 75) problems.push(`line ${line} has ${piece.length} octets`);
			try {
				new TextDecoder('utf-8', { fatal: true }).decode(piece);
			} catch {
				problems.push(`line ${line} splits a UTF-8 character`);
			}
			start = i + 2;
			line++;
			i++;
		}
	}
	return problems;
}

/** Date-time properties whose value is neither UTC (…Z) nor in a TZID that has its VTIMEZONE in the file. */
export function timeZoneProblems(text: string): string[] {
	const lines = contentLines(text);
	const defined = new Set<string>();
	let inZone = false;
	for (const l of lines) {
		if (l === 'BEGIN:VTIMEZONE') inZone = true;
		else if (l === 'END:VTIMEZONE') inZone = false;
		else if (inZone && l.startsWith('TZID:')) defined.add(l.slice(5));
	}
	const problems: string[] = [];
	inZone = false;
	for (const l of lines) {
		if (l === 'BEGIN:VTIMEZONE') inZone = true;
		else if (l === 'END:VTIMEZONE') inZone = false;
		const m = /^(DTSTART|DTEND|RECURRENCE-ID|EXDATE|RDATE|DUE)((?:;[^:]*)?):(.*)$/.exec(l);
		if (!m || inZone) continue;
		const params = m[2] ?? '';
		if (/VALUE=DATE(?!-)/.test(params)) continue;
		const tzid = /;TZID=("?)([^;:"]+)\1/.exec(params)?.[2];
		if (tzid) {
			if (!defined.has(tzid)) problems.push(`${m[1]} uses TZID=${tzid} with no VTIMEZONE`);
		} else if (!(m[3] ?? '').split(',').every((v) => v.endsWith('Z'))) {
			problems.push(`${m[1]}:${m[3]} is floating (no Z, no TZID)`);
		}
	}
	return problems;
}

/** One VEVENT as ical.js reads it. */
export interface ParsedEvent {
	uid: string;
	summary: string;
	description: string;
	location: string;
	url: string;
	status: string;
	categories: string[];
	startMs: number;
	endMs: number;
	stamp: string;
	lastModified: string;
}

/** The calendar properties and events of a file, read by ical.js. */
export function parseCalendar(text: string): { props: Record<string, string[]>; events: ParsedEvent[] } {
	const root = new ICAL.Component(ICAL.parse(text));
	if (root.name !== 'vcalendar') throw new Error(`not a VCALENDAR: ${root.name}`);
	const props: Record<string, string[]> = {};
	for (const p of root.getAllProperties()) (props[p.name.toUpperCase()] ??= []).push(String(p.getFirstValue()));
	const events = root.getAllSubcomponents('vevent').map((v): ParsedEvent => {
		const e = new ICAL.Event(v);
		const str = (name: string) => String(v.getFirstPropertyValue(name) ?? '');
		return {
			uid: e.uid,
			summary: e.summary,
			description: e.description,
			location: e.location,
			url: str('url'),
			status: str('status'),
			categories: v.getAllProperties('categories').flatMap((p) => p.getValues().map(String)),
			startMs: e.startDate.toJSDate().getTime(),
			endMs: e.endDate.toJSDate().getTime(),
			stamp: str('dtstamp'),
			lastModified: str('last-modified'),
		};
	});
	return { props, events };
}

/** The raw text of each VEVENT, by UID. */
export function veventBlocks(text: string): Map<string, string> {
	const blocks = new Map<string, string>();
	for (const m of text.matchAll(/BEGIN:VEVENT\r\n[\s\S]*?END:VEVENT\r\n/g)) {
		const uid = /\r\nUID:([^\r\n]*)\r\n/.exec(m[0].replace(/\r\n[ \t]/g, ''))?.[1] ?? '';
		blocks.set(uid, m[0]);
	}
	return blocks;
}
