import { describe, expect, test } from 'vitest';
import { findClashes, referenceFaults, type PlacedSession } from '../../src/lib/model/cross-entity';
import { SessionSchema } from '../../src/schemas/session';

describe('the session schema refuses an end at its start', () => {
	test('and still reports it beside other mistakes; an earlier end is the next morning (the check weighs it against the day)', () => {
		const base = { title: '제목', summary: '요약', kind: 'talk', room: 'hall' };
		expect(SessionSchema.safeParse({ ...base, start: '23:00', end: '01:00' }).success).toBe(true);
		expect(SessionSchema.safeParse({ ...base, start: '10:00', end: '10:30' }).success).toBe(true);
		const result = SessionSchema.safeParse({ ...base, title: '', start: '11:00', end: '11:00' });
		expect(result.error?.issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual(['too_small title', 'custom end']);
		// A time that is not a time is its own mistake, not also an order mistake.
		const bad = SessionSchema.safeParse({ ...base, start: '25:00', end: '25:00' });
		expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(['start', 'end']);
	});
});

describe('references between entries', () => {
	const known = { rooms: ['main-hall', 'track-room-a'], speakers: ['cho-sungzoon', 'kim-donggyu'], tracks: ['aws', 'google'] };

	test('a session naming nothing gets one fault per reference, with the id it most likely meant', () => {
		const faults = referenceFaults('sessions', { room: 'main-hal', track: 'gogle', speakers: ['kim-minsu', 'cho-sungzoon'] }, known);
		expect(faults.map((f) => [f.field, f.id, f.problem, f.nearest])).toEqual([
			['room', 'main-hal', 'unknown', 'main-hall'],
			['track', 'gogle', 'unknown', 'google'],
			['speakers', 'kim-minsu', 'unknown', undefined],
		]);
		expect(faults[2]!.known).toEqual(known.speakers);
	});

	test('a repeated id is a fault of its own; a repeated unknown id is both', () => {
		const faults = referenceFaults('results', { tracks: ['aws', 'aws', 'x', 'x'] }, known);
		expect(faults.map((f) => `${f.problem} ${f.id}`)).toEqual(['repeated aws', 'unknown x', 'repeated x', 'unknown x']);
	});

	test('valid references give nothing; values that are not ids are left to the schema; unknown room lists are not checked', () => {
		expect(referenceFaults('sessions', { room: 'track-room-a', speakers: ['kim-donggyu'], track: 'aws' }, known)).toEqual([]);
		expect(referenceFaults('sessions', { room: 'Main Hall', track: 3, speakers: 'Cho' }, known)).toEqual([]);
		expect(referenceFaults('sessions', { room: 'anywhere' }, { speakers: [], tracks: [] })).toEqual([]);
	});
});

describe('clashes between sessions', () => {
	const at = (id: string, start: string, end: string, more: Partial<PlacedSession> = {}): PlacedSession => {
		const ms = (t: string) => Number(t.slice(0, 2)) * 3_600_000 + Number(t.slice(3)) * 60_000;
		return { id, start, end, startMs: ms(start), endMs: ms(end), room: 'hall', speakers: [], ...more };
	};
	const describeClashes = (sessions: PlacedSession[]) =>
		findClashes(sessions).map((c) => `${c.kind} ${c.kind === 'room' ? c.room : c.speaker}: ${c.earlier.id} < ${c.later.id}`);

	test('one room at once, one speaker in one place; the later session is the one named', () => {
		const sessions = [
			at('b', '10:30', '11:30', { speakers: ['cho'] }),
			at('a', '10:00', '11:00', { speakers: ['cho', 'kim'] }),
			at('c', '10:15', '10:45', { room: 'room-b', speakers: ['kim'] }),
		];
		expect(describeClashes(sessions)).toEqual(['speaker kim: a < c', 'room hall: a < b', 'speaker cho: a < b']);
	});

	test('back-to-back sessions do not clash; a cancelled session frees its room and speakers', () => {
		expect(describeClashes([at('a', '10:00', '11:00'), at('b', '11:00', '12:00')])).toEqual([]);
		expect(describeClashes([at('a', '10:00', '11:00', { status: 'cancelled' }), at('b', '10:30', '11:30')])).toEqual([]);
	});

	test('sessions that start together keep the order they were given', () => {
		expect(describeClashes([at('z', '10:00', '11:00'), at('a', '10:00', '11:00')])).toEqual(['room hall: z < a']);
	});
});
