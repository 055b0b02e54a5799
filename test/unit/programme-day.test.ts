import { describe, expect, test } from 'vitest';
import { firstDay, lastDay, programmeDayAt, programmeDays, programmeDaySpan, sessionTimes } from '../../src/lib/time/programme-day';
import { formatDayTab, formatEventDates } from '../../src/lib/time/zoned';

const BERLIN = 'Europe/Berlin';
const days = ['2025-10-25', '2025-10-26', '2025-10-27'];

describe('programme days', () => {
	test('one date or a list of dates', () => {
		expect(programmeDays({ date: '2024-11-25' })).toEqual(['2024-11-25']);
		expect(programmeDays({ dates: days })).toEqual(days);
		expect([firstDay({ dates: days }), lastDay({ dates: days })]).toEqual(['2025-10-25', '2025-10-27']);
		expect(() => firstDay({})).toThrow(/date: or dates:/);
	});

	test('a day runs from its day change to the next, whatever the clocks do in between', () => {
		// 26 October 2025: summer time ends at 03:00 CEST, so that programme day lasts 25 hours.
		expect(programmeDaySpan('2025-10-25', BERLIN)).toEqual({ startMs: Date.parse('2025-10-25T02:00:00Z'), endMs: Date.parse('2025-10-26T03:00:00Z') });
		const span = programmeDaySpan('2025-10-25', BERLIN, '05:00');
		expect(span.endMs - span.startMs).toBe(25 * 3600_000);
	});

	test.each([
		['2025-10-25T08:00:00Z', '2025-10-25'],
		// 01:30 on the 26th (CEST) is still the 25th's programme day; so is 03:59 CET.
		['2025-10-25T23:30:00Z', '2025-10-25'],
		['2025-10-26T02:59:00Z', '2025-10-25'],
		['2025-10-26T03:00:00Z', '2025-10-26'],
		// 00:10 on day 3 belongs to day 2.
		['2025-10-26T23:10:00Z', '2025-10-26'],
		['2025-10-28T02:59:00Z', '2025-10-27'],
		['2025-10-28T03:00:00Z', undefined],
		['2025-10-25T01:59:00Z', undefined],
	])('at %s the programme day is %s', (instant, day) => {
		expect(programmeDayAt(Date.parse(instant), days, BERLIN)).toBe(day);
	});
});

describe('session times', () => {
	const ok = (day: string, start: string, end: string, zone = BERLIN, dayChange?: string) => {
		const times = sessionTimes(day, start, end, zone, dayChange);
		if (!times.ok) throw new Error(`unexpected fault ${times.fault.kind}`);
		return [times.start.iso, times.end.iso, times.start.nextDay, times.end.nextDay];
	};

	test('a day session keeps its date; the offset is the one in force', () => {
		expect(ok('2025-10-25', '10:00', '10:50')).toEqual(['2025-10-25T10:00+02:00', '2025-10-25T10:50+02:00', false, false]);
		expect(ok('2025-10-27', '14:40', '15:40')).toEqual(['2025-10-27T14:40+01:00', '2025-10-27T15:40+01:00', false, false]);
		expect(ok('2024-11-25', '10:00', '10:50', 'Asia/Seoul')).toEqual(['2024-11-25T10:00+09:00', '2024-11-25T10:50+09:00', false, false]);
	});

	test('an end earlier than the start is the next morning; a start before the day change is the night after', () => {
		expect(ok('2025-10-25', '23:30', '00:30')).toEqual(['2025-10-25T23:30+02:00', '2025-10-26T00:30+02:00', false, true]);
		expect(ok('2025-10-25', '01:30', '01:55')).toEqual(['2025-10-26T01:30+02:00', '2025-10-26T01:55+02:00', true, true]);
		expect(ok('2025-10-26', '23:00', '04:00')).toEqual(['2025-10-26T23:00+01:00', '2025-10-27T04:00+01:00', false, true]);
		expect(ok('2025-10-26', '04:30', '05:00', BERLIN, '05:00')).toEqual(['2025-10-27T04:30+01:00', '2025-10-27T05:00+01:00', true, true]);
	});

	test.each([
		['10:00', '09:00', { kind: 'end-before-start' }],
		['10:00', '10:00', { kind: 'end-before-start' }],
		['01:30', '01:00', { kind: 'end-before-start' }],
		['01:30', '05:00', { kind: 'past-day-change', dayChange: '04:00' }],
		// The night of 25–26 October: 02:00–02:59 happens twice in Berlin.
		['02:30', '03:30', { kind: 'repeated', field: 'start', date: '2025-10-26', time: '02:30' }],
		['01:30', '02:15', { kind: 'repeated', field: 'end', date: '2025-10-26', time: '02:15' }],
	])('on 25 October, %s–%s is refused', (start, end, fault) => {
		expect(sessionTimes('2025-10-25', start, end, BERLIN)).toEqual({ ok: false, fault });
	});

	test('a time the clocks skip is refused (30 March 2025, 02:00–02:59 does not exist in Berlin)', () => {
		expect(sessionTimes('2025-03-29', '02:30', '03:30', BERLIN)).toEqual({
			ok: false,
			fault: { kind: 'skipped', field: 'start', date: '2025-03-30', time: '02:30' },
		});
		// On the day itself, 02:30 is the night after: 31 March, which has it.
		expect(sessionTimes('2025-03-30', '02:30', '03:30', BERLIN).ok).toBe(true);
		expect(sessionTimes('2025-03-30', '10:00', '11:00', BERLIN).ok).toBe(true);
	});
});

describe('dates written out', () => {
	test.each([
		[['2024-11-25'], 'ko', '2024년 11월 25일 (월)'],
		[['2024-11-25'], 'en', 'Monday, 25 November 2024'],
		[days, 'ko', '2025년 10월 25일 (토) – 27일 (월)'],
		[days, 'en', '25–27 October 2025'],
		[['2025-10-31', '2025-11-02'], 'ko', '2025년 10월 31일 (금) – 11월 2일 (일)'],
		[['2025-10-31', '2025-11-02'], 'en', '31 October – 2 November 2025'],
		[['2025-12-31', '2026-01-02'], 'en', '31 December 2025 – 2 January 2026'],
	] as const)('%j in %s is "%s"', (list, lang, text) => {
		expect(formatEventDates(list, lang)).toBe(text);
	});

	test('a day tab says the weekday and date', () => {
		expect(formatDayTab('2025-10-26', 'ko')).toBe('10월 26일 (일)');
		expect(formatDayTab('2025-10-26', 'en')).toBe('Sun 26 Oct');
	});
});
