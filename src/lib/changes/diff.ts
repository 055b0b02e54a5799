/**
 * What changed for a visitor between two states of the programme: facts only (time, day, room,
 * status, title, speakers). Words a visitor does not plan by (summaries, bodies, a new translation)
 * are not changes. Pure.
 */
import type { BilingualText, ProgrammeFacts, SessionFacts } from './read';

/** When and where a session runs. */
export interface Placement {
	date: string;
	start: string;
	end: string;
}

/** One thing that changed about a session, with what a sentence about it needs. */
export type SessionChange =
	| { kind: 'added' }
	| { kind: 'removed' }
	| { kind: 'cancelled' }
	| { kind: 'reinstated' }
	| { kind: 'moved'; from: Placement; to: Placement }
	| { kind: 'time-confirmed' }
	| { kind: 'room'; from: BilingualText; to: BilingualText }
	| { kind: 'room-confirmed'; room: BilingualText }
	| { kind: 'title'; from: BilingualText }
	| { kind: 'speakers'; added: BilingualText[]; removed: BilingualText[] };

/** The kinds of change, in the order a sentence lists them. */
export type ChangeKind = SessionChange['kind'];

const placement = (s: SessionFacts): Placement => ({ date: s.date, start: s.start, end: s.end });
const samePlacement = (a: Placement, b: Placement) => a.date === b.date && a.start === b.start && a.end === b.end;
/** A translation added later is not a new title: English is compared only when both states have it. */
const sameTitle = (a: BilingualText, b: BilingualText) => a.ko === b.ko && (a.en === undefined || b.en === undefined || a.en === b.en);

/**
 * What changed about one session between two states (each may lack it), in reading order.
 * @example sessionChanges('keynote', before, after) // [{ kind: 'moved', from: { start: '10:00', … }, to: { start: '10:30', … } }]
 */
export function sessionChanges(id: string, before: ProgrammeFacts, after: ProgrammeFacts): SessionChange[] {
	const a = before.sessions.get(id);
	const b = after.sessions.get(id);
	if (!a && !b) return [];
	if (!a) return [{ kind: 'added' }];
	if (!b) return [{ kind: 'removed' }];
	const wasCancelled = a.status === 'cancelled';
	if (b.status === 'cancelled') return wasCancelled ? [] : [{ kind: 'cancelled' }];
	const changes: SessionChange[] = [];
	if (wasCancelled) changes.push({ kind: 'reinstated' });
	if (!samePlacement(placement(a), placement(b))) changes.push({ kind: 'moved', from: placement(a), to: placement(b) });
	else if (a.status === 'tentative' && b.status === 'confirmed') changes.push({ kind: 'time-confirmed' });
	const roomBefore = before.rooms.get(a.room);
	const roomAfter = after.rooms.get(b.room);
	if (a.room !== b.room) changes.push({ kind: 'room', from: roomBefore?.name ?? { ko: a.room }, to: roomAfter?.name ?? { ko: b.room } });
	else if (roomBefore?.provisional && roomAfter && !roomAfter.provisional) changes.push({ kind: 'room-confirmed', room: roomAfter.name });
	if (!sameTitle(a.title, b.title)) changes.push({ kind: 'title', from: a.title });
	const added = b.speakers.filter((s) => !a.speakers.includes(s));
	const removed = a.speakers.filter((s) => !b.speakers.includes(s));
	if (added.length + removed.length > 0) {
		const name = (facts: ProgrammeFacts, s: string) => facts.speakers.get(s) ?? { ko: s };
		changes.push({ kind: 'speakers', added: added.map((s) => name(after, s)), removed: removed.map((s) => name(before, s)) });
	}
	return changes;
}

/** Every session that changed between two states, by id, in id order. */
export function programmeChanges(before: ProgrammeFacts, after: ProgrammeFacts): [string, SessionChange[]][] {
	const ids = [...new Set([...before.sessions.keys(), ...after.sessions.keys()])].sort();
	return ids.map((id): [string, SessionChange[]] => [id, sessionChanges(id, before, after)]).filter(([, changes]) => changes.length > 0);
}
