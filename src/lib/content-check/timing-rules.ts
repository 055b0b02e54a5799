/**
 * Rules of sessions in time: each names one of the programme days, its times fit that day (the end after the start
 * or the next morning before the day change; every time exists once in the zone), and no room or speaker is in two
 * sessions at once.
 */
import { both } from '../../i18n/check';
import { LocalTimeSchema } from '../../schemas/common';
import { findClashes, type Clash, type PlacedSession } from '../model/cross-entity';
import { sessionTimes, timeOrderFault, type TimeFault } from '../time/programme-day';
import { errorAt, eventDate, string, strings, type GatheredContent } from './content';
import { keyLine } from './parse';
import type { Problem, RawFile } from './types';

interface SessionTiming extends PlacedSession {
	file: RawFile;
}

const range = (s: { start: string; end: string }) => `${s.start}–${s.end}`;

/** Where a session falls (see placeOnDay): its instants, why they cannot be, or nothing to place. */
type Placement = { start: string; end: string; startMs: number; endMs: number } | { fault: TimeFault } | undefined;

/** Placements worked out once per check: both rules below ask for each session (time-zone arithmetic is not free). */
const placements = new WeakMap<GatheredContent, Map<RawFile, Placement>>();

function placeSession(file: RawFile, content: GatheredContent): Placement {
	let known = placements.get(content);
	if (!known) placements.set(content, (known = new Map()));
	if (!known.has(file)) known.set(file, placeOnDay(file, content));
	return known.get(file);
}

/** The programme day a session names, or the one day of a one-day event; undefined when it names none that exists. */
export function sessionDay(file: RawFile, content: GatheredContent): string | undefined {
	const days = content.ctx.days ?? [];
	const written = eventDate(file.data.date);
	if (written) return days.includes(written) ? written : undefined;
	return days.length === 1 ? days[0] : undefined;
}

/**
 * A Korean session's start and end as instants on its programme day, or why they cannot be (a time the zone
 * skips or repeats, an end before the start, past the day change); undefined when they cannot be placed at all
 * (a start or end that is not a time is the schema's to report; without a day or time zone there is nothing
 * to place them on).
 */
function placeOnDay(file: RawFile, content: GatheredContent): Placement {
	const start = LocalTimeSchema.safeParse(file.data.start).data;
	const end = LocalTimeSchema.safeParse(file.data.end).data;
	const day = sessionDay(file, content);
	if (file.collection !== 'sessions' || !start || !end || start === end || !day || !content.timeZone) return undefined;
	const times = sessionTimes(day, start, end, content.timeZone, content.ctx.dayChange);
	return times.ok ? { start, end, startMs: times.start.ms, endMs: times.end.ms } : { fault: times.fault };
}

/** An end at or before the start that the programme day cannot take, worded (the schema's refinement says the same). */
export function endBeforeStart(file: RawFile, start: string, end: string): Problem {
	const [hour = 0, minute = 0] = start.split(':').map(Number);
	const later = `${String(Math.min(hour + 1, 23)).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
	return errorAt(
		file,
		'end',
		'end-before-start',
		`start: "${start}", end: "${end}"`,
		both('end-before-start.expected'),
		`end: "${later}"`,
		keyLine(file, 'end'),
	);
}

/** A session's times fit its programme day: the end after the start, before the day change, and every time exists once in the zone. */
export function sessionTimeFaults(file: RawFile, content: GatheredContent): Problem[] {
	const fault = timeFaultOf(file, content);
	if (!fault) return [];
	const [start, end] = [String(file.data.start), String(file.data.end)];
	if (fault.kind === 'end-before-start') return [endBeforeStart(file, start, end)];
	if (fault.kind === 'past-day-change') {
		return [
			errorAt(
				file,
				'end',
				'outside-day',
				`start: "${start}", end: "${end}"`,
				both('past-day-change.expected', { dayChange: fault.dayChange }),
				`end: "${fault.dayChange}"`,
				keyLine(file, 'end'),
			),
		];
	}
	const found = `${fault.date} ${range({ start, end })} (${content.timeZone})`;
	const expected = both(fault.kind === 'skipped' ? 'skipped-time.expected' : 'repeated-time.expected', { date: fault.date, zone: content.timeZone ?? '' });
	return [
		errorAt(file, fault.field, 'outside-day', found, expected, `${fault.field}: "${fault.field === 'start' ? '13:30' : '14:30'}"`, keyLine(file, fault.field)),
	];
}

/** Why a session's times do not fit its day: placed on it when the day and zone are known, else by their order alone. */
function timeFaultOf(file: RawFile, content: GatheredContent): TimeFault | undefined {
	const placed = placeSession(file, content);
	if (placed) return 'fault' in placed ? placed.fault : undefined;
	const start = LocalTimeSchema.safeParse(file.data.start).data;
	const end = LocalTimeSchema.safeParse(file.data.end).data;
	// An end at the start is the schema's to report (its refinement).
	if (file.collection !== 'sessions' || !start || !end || start === end) return undefined;
	return timeOrderFault(start, end, content.ctx.dayChange);
}

/** A session names one of the programme days; on an event of several days it must name one. */
export function sessionDayFaults(file: RawFile, content: GatheredContent): Problem[] {
	const days = content.ctx.days ?? [];
	if (file.collection !== 'sessions' || days.length === 0) return [];
	const written = eventDate(file.data.date);
	if (written && !days.includes(written)) {
		const expected = days.length > 1 ? both('session-date.days', { days: days.join(', ') }) : both('session-date.expected', { day: days[0]! });
		const example = days.length > 1 ? `date: ${days[0]}` : `${both('session-date.example')} (start: "13:30", end: "14:30")`;
		return [errorAt(file, 'date', 'outside-day', `date: ${written}`, expected, example, keyLine(file, 'date'))];
	}
	if (!written && file.data.date === undefined && days.length > 1) {
		return [errorAt(file, 'date', 'missing-field', '(없음 / none)', both('session-date.missing', { days: days.join(', ') }), `date: ${days[0]}`)];
	}
	return [];
}

function clashProblem(clash: Clash<SessionTiming>, rooms: readonly string[]): Problem {
	const { earlier: a, later: b } = clash;
	if (clash.kind === 'room') {
		const otherRoom = rooms.find((r) => r !== clash.room) ?? clash.room;
		return errorAt(
			b.file,
			'room',
			'room-overlap',
			`room: ${clash.room}, ${range(b)}`,
			both('room-overlap.expected', { other: a.file.path, time: range(a) }),
			`room: ${otherRoom}  ${both('word.or')}  start: "${a.end}"`,
			keyLine(b.file, 'room'),
		);
	}
	return errorAt(
		b.file,
		'speakers',
		'speaker-overlap',
		`${clash.speaker}, ${range(b)}`,
		both('speaker-overlap.expected', { speaker: clash.speaker, other: a.file.path, time: range(a) }),
		`start: "${a.end}"`,
		keyLine(b.file, 'speakers'),
	);
}

/** Two sessions in one room, or one speaker in two places, at the same time (cancelled sessions free both). */
export function clashes(content: GatheredContent): Problem[] {
	const timings: SessionTiming[] = [];
	for (const file of content.koreanEntries) {
		const placed = placeSession(file, content);
		if (!placed || 'fault' in placed || !content.primary.has(file)) continue;
		timings.push({ id: file.id!, ...placed, status: string(file.data.status), file, room: string(file.data.room), speakers: strings(file.data.speakers) });
	}
	timings.sort((a, b) => a.file.path.localeCompare(b.file.path));
	return findClashes(timings).map((clash) => clashProblem(clash, content.ctx.rooms));
}
