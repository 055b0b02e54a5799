import { describe, expect, test } from 'vitest';
import {
	concurrentSessions,
	groupSessionsBySlot,
	nextSessions,
	nowAndNext,
	overlaps,
	slotAnchor,
	sortSessions,
	type Timed,
} from '../../src/lib/agenda/schedule';
import { instantToEpochMs, localTimeToInstant } from '../../src/lib/time/zoned';

const DAY = '2024-11-25';
const at = (time: string) => instantToEpochMs(localTimeToInstant(DAY, time, 'Asia/Seoul'));
const s = (id: string, start: string, end: string, extra: Partial<Timed> = {}): Timed => ({
	id,
	start,
	end,
	startMs: at(start),
	endMs: at(end),
	...extra,
});
const keynote = s('keynote', '10:00', '10:50');
const talk = s('talk', '11:00', '11:40');
const google = s('google', '13:30', '14:30', { order: 1 });
const aws = s('aws', '13:30', '14:30', { order: 2 });
const nvidia = s('nvidia', '13:30', '14:00', { order: 3 });
const intel = s('intel', '14:40', '15:40');
const day = { startMs: at('00:00'), endMs: at('23:59') + 60_000 };
const all = [intel, aws, keynote, nvidia, talk, google];

test('sessions sort by start, then their set order', () => {
	expect(sortSessions(all).map((x) => x.id)).toEqual(['keynote', 'talk', 'google', 'aws', 'nvidia', 'intel']);
});

test('sessions that start together share a slot whose end is the latest end', () => {
	const slots = groupSessionsBySlot(all);
	expect(slots.map((slot) => [slot.id, slot.sessions.map((x) => x.id), slot.end])).toEqual([
		['t-1000', ['keynote'], '10:50'],
		['t-1100', ['talk'], '11:40'],
		['t-1330', ['google', 'aws', 'nvidia'], '14:30'],
		['t-1440', ['intel'], '15:40'],
	]);
	expect(slotAnchor('09:05')).toBe('t-0905');
});

describe('overlaps', () => {
	test.each([
		[keynote, talk, false],
		[google, nvidia, true],
		[s('a', '10:00', '11:00'), s('b', '11:00', '12:00'), false],
		[s('a', '10:00', '11:00'), s('b', '10:59', '12:00'), true],
	])('%#', (a, b, expected) => {
		expect(overlaps(a, b)).toBe(expected);
		expect(overlaps(b, a)).toBe(expected);
	});
});

test('what runs at the same time, and what comes next', () => {
	expect(concurrentSessions(google, all).map((x) => x.id)).toEqual(['aws', 'nvidia']);
	expect(concurrentSessions(keynote, all)).toEqual([]);
	expect(nextSessions(keynote, all).map((x) => x.id)).toEqual(['talk']);
	expect(nextSessions(talk, all).map((x) => x.id)).toEqual(['google', 'aws', 'nvidia']);
	expect(nextSessions(intel, all)).toEqual([]);
});

test('a cancelled session is never "next"', () => {
	const cancelled = s('talk', '11:00', '11:40', { status: 'cancelled' });
	expect(nextSessions(keynote, [keynote, cancelled, google]).map((x) => x.id)).toEqual(['google']);
});

describe('nowAndNext', () => {
	test.each([
		['09:00', [], ['keynote'], []],
		['10:10', ['keynote'], ['talk'], []],
		['10:55', [], ['talk'], ['keynote']],
		['13:45', ['google', 'aws', 'nvidia'], ['intel'], ['keynote', 'talk']],
		['14:10', ['google', 'aws'], ['intel'], ['keynote', 'talk', 'nvidia']],
		['16:00', [], [], ['keynote', 'talk', 'google', 'aws', 'nvidia', 'intel']],
	])('at %s KST', (time, now, next, past) => {
		const result = nowAndNext(all, at(time), day);
		expect(result.now.map((x) => x.id)).toEqual(now);
		expect(result.next.map((x) => x.id)).toEqual(next);
		expect(result.past.map((x) => x.id)).toEqual(past);
	});

	test('on any other day nothing is marked', () => {
		for (const instant of ['2024-11-24T10:00:00+09:00', '2024-11-26T10:00:00+09:00', '2025-11-25T10:00:00+09:00']) {
			expect(nowAndNext(all, Date.parse(instant), day)).toEqual({ now: [], next: [], past: [] });
		}
	});
});
