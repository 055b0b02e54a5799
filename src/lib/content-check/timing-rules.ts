/** Rules of sessions in time: each time exists on the day, and no room or speaker is in two sessions at once. */
import { both } from '../../i18n/check';
import { LocalTimeSchema } from '../../schemas/common';
import { findClashes, sessionTimeFault, type Clash, type PlacedSession } from '../model/cross-entity';
import { instantToEpochMs, localTimeToInstant } from '../time/zoned';
import { errorAt, string, strings, type GatheredContent } from './content';
import { keyLine } from './parse';
import type { Problem, RawFile } from './types';

interface SessionTiming extends PlacedSession {
	file: RawFile;
}

const range = (s: { start: string; end: string }) => `${s.start}–${s.end}`;

/** Where a session falls on the event day (see placeOnDay). */
type Placement = { start: string; end: string; startMs: number; endMs: number } | 'nonexistent' | undefined;

/** Placements worked out once per check: both rules below ask for each session (time-zone arithmetic is not free). */
const placements = new WeakMap<GatheredContent, Map<RawFile, Placement>>();

function placeSession(file: RawFile, content: GatheredContent): Placement {
	let known = placements.get(content);
	if (!known) placements.set(content, (known = new Map()));
	if (!known.has(file)) known.set(file, placeOnDay(file, content));
	return known.get(file);
}

/**
 * A Korean session's start and end as instants on the event day; "nonexistent" when a clock change skips
 * them, undefined when they cannot be placed (a start or end that is not a time, or an end before the
 * start, is the schema's to report; without a day or time zone there is nothing to place them on).
 */
function placeOnDay(file: RawFile, content: GatheredContent): Placement {
	const { date } = content.ctx;
	const start = LocalTimeSchema.safeParse(file.data.start).data;
	const end = LocalTimeSchema.safeParse(file.data.end).data;
	if (file.collection !== 'sessions' || !start || !end || sessionTimeFault(start, end) || !date || !content.timeZone) return undefined;
	try {
		const startMs = instantToEpochMs(localTimeToInstant(date, start, content.timeZone));
		const endMs = instantToEpochMs(localTimeToInstant(date, end, content.timeZone));
		return { start, end, startMs, endMs };
	} catch {
		return 'nonexistent';
	}
}

/** A session's time exists on the event day in its time zone (not skipped by a clock change). */
export function nonexistentTime(file: RawFile, content: GatheredContent): Problem[] {
	if (placeSession(file, content) !== 'nonexistent') return [];
	const found = `${content.ctx.date} ${range({ start: String(file.data.start), end: String(file.data.end) })} (${content.timeZone})`;
	return [errorAt(file, 'start', 'outside-day', found, both('nonexistent-time.expected'), 'start: "13:30"', keyLine(file, 'start'))];
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
		if (!placed || placed === 'nonexistent' || !content.primary.has(file)) continue;
		timings.push({ id: file.id!, ...placed, status: string(file.data.status), file, room: string(file.data.room), speakers: strings(file.data.speakers) });
	}
	timings.sort((a, b) => a.file.path.localeCompare(b.file.path));
	return findClashes(timings).map((clash) => clashProblem(clash, content.ctx.rooms));
}
