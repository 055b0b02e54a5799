/**
 * Rules that look past one field: references between entries, and two sessions clashing over a room or a
 * speaker (a session's times against its programme day: src/lib/time/programme-day.ts). Pure, and shared by the session schema and the
 * content check, which words them for organizers before any build; the data layer trusts that check.
 */
import { closestMatch } from './closest';
import { ID_PATTERN } from './ids';
import { overlaps, type Timed } from '../agenda/schedule';

/** Ids that content can refer to: the rooms of the event file, and the file names of speakers and tracks. */
export type IdKind = 'rooms' | 'speakers' | 'tracks';

/** The ids that exist; a kind left out is not checked (e.g. while the event file has no list of rooms). */
export type KnownIds = Partial<Record<IdKind, readonly string[]>>;

/** The fields of each kind of entry that name other entries, and what they name. */
const REFERENCE_FIELDS = {
	sessions: { room: 'rooms', track: 'tracks', speakers: 'speakers' },
	results: { tracks: 'tracks' },
} as const satisfies Record<string, Record<string, IdKind>>;

/** An entry kind whose fields name other entries. */
export type Referencing = keyof typeof REFERENCE_FIELDS;

/** One reference that names nothing, or names an entry a second time. */
export interface ReferenceFault {
	field: string;
	kind: IdKind;
	id: string;
	problem: 'unknown' | 'repeated';
	/** Every id of that kind, sorted as given. */
	known: readonly string[];
	/** The existing id that an unknown one most likely meant. */
	nearest?: string;
}

/** The ids a field names, read leniently: one id or a list; anything that is not an id is the schema's to report. */
function idsIn(value: unknown): string[] {
	const values = Array.isArray(value) ? value : [value];
	return values.filter((v): v is string => typeof v === 'string' && ID_PATTERN.test(v));
}

/**
 * Every reference of one entry that names nothing or repeats, in field order.
 * @example referenceFaults('sessions', { room: 'hal', speakers: [] }, { rooms: ['hall'] }) // [{ field: 'room', id: 'hal', problem: 'unknown', nearest: 'hall', … }]
 */
export function referenceFaults(collection: Referencing, data: Readonly<Record<string, unknown>>, known: KnownIds): ReferenceFault[] {
	const faults: ReferenceFault[] = [];
	for (const [field, kind] of Object.entries(REFERENCE_FIELDS[collection]) as [string, IdKind][]) {
		const ids = known[kind];
		if (!ids) continue;
		const seen = new Set<string>();
		for (const id of idsIn(data[field])) {
			if (seen.has(id)) faults.push({ field, kind, id, problem: 'repeated', known: ids });
			seen.add(id);
			if (!ids.includes(id)) faults.push({ field, kind, id, problem: 'unknown', known: ids, nearest: closestMatch(id, ids) });
		}
	}
	return faults;
}

/** A session placed in time and space, as far as clashes go. */
export interface PlacedSession extends Timed {
	room?: string;
	speakers: readonly string[];
}

/** Two sessions that cannot both happen: one room at once, or one speaker in two places. */
export type Clash<T> = { earlier: T; later: T } & ({ kind: 'room'; room: string } | { kind: 'speaker'; speaker: string });

/**
 * Every clash between sessions that share a moment; cancelled sessions free their room and speakers.
 * Sessions are taken by start time (ties keep the given order); each clash names the later one.
 * @example findClashes([keynote, sameRoomSameTime]) // [{ kind: 'room', room: 'main-hall', earlier: keynote, later: … }]
 */
export function findClashes<T extends PlacedSession>(sessions: readonly T[]): Clash<T>[] {
	const live = sessions.filter((s) => s.status !== 'cancelled').sort((a, b) => a.startMs - b.startMs);
	const clashes: Clash<T>[] = [];
	for (let i = 0; i < live.length; i++) {
		for (let j = i + 1; j < live.length; j++) {
			const [earlier, later] = [live[i]!, live[j]!];
			if (!overlaps(earlier, later)) continue;
			if (earlier.room && earlier.room === later.room) clashes.push({ kind: 'room', room: later.room, earlier, later });
			for (const speaker of later.speakers.filter((s) => earlier.speakers.includes(s))) clashes.push({ kind: 'speaker', speaker, earlier, later });
		}
	}
	return clashes;
}
