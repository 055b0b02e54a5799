import { localeTag } from '../../src/i18n/languages';
import { describe, expect, test } from 'vitest';
import { filterFromSearch, filterToSearch, matchesFilter } from '../../src/lib/agenda/filter';
import { instantMs, resolveNow } from '../../src/lib/time/clock';
import { programmeDaySpan } from '../../src/lib/time/programme-day';
import { differsFromEventZone, formatLocalRange, localDateSide } from '../../src/lib/time/local-time';
import { nowAndNext } from '../../src/lib/agenda/schedule';

const options = { track: ['google', 'nvidia'], kind: ['talk', 'partner-track'] };

describe('filterFromSearch', () => {
	test.each([
		['', { track: 'all', kind: 'all' }],
		['?track=nvidia', { track: 'nvidia', kind: 'all' }],
		['?track=nvidia&kind=partner-track', { track: 'nvidia', kind: 'partner-track' }],
		['?kind=talk&now=2024-11-25T01:00:00Z', { track: 'all', kind: 'talk' }],
		['?track=unknown&kind=TALK', { track: 'all', kind: 'all' }],
	])('%s', (search, filter) => {
		expect(filterFromSearch(search, options)).toEqual(filter);
	});
});

describe('filterToSearch', () => {
	test.each([
		['', { track: 'all', kind: 'all' }, ''],
		['?track=google', { track: 'all', kind: 'all' }, ''],
		['', { track: 'nvidia', kind: 'all' }, '?track=nvidia'],
		['?kind=talk', { track: 'nvidia', kind: 'partner-track' }, '?kind=partner-track&track=nvidia'],
		['?now=2024-11-25T01%3A00%3A00Z', { track: 'google', kind: 'all' }, '?now=2024-11-25T01%3A00%3A00Z&track=google'],
	])('%s + %j → %s', (search, filter, out) => {
		expect(filterToSearch(search, filter)).toBe(out);
		expect(filterFromSearch(out, options)).toEqual(filter);
	});
});

test.each([
	[{ track: 'google', kind: 'partner-track' }, { track: 'all', kind: 'all' }, true],
	[{ track: 'google', kind: 'partner-track' }, { track: 'google', kind: 'all' }, true],
	[{ track: 'google', kind: 'partner-track' }, { track: 'nvidia', kind: 'all' }, false],
	[{ track: 'none', kind: 'talk' }, { track: 'all', kind: 'talk' }, true],
	[{ track: 'none', kind: 'talk' }, { track: 'google', kind: 'talk' }, false],
])('matchesFilter(%j, %j) is %s', (session, filter, ok) => {
	expect(matchesFilter(session, filter)).toBe(ok);
});

describe('clock', () => {
	const device = Date.UTC(2030, 0, 1);
	test.each([
		['', undefined, { ms: device, fixed: false }],
		['?now=2024-11-25T01:20:00Z', undefined, { ms: Date.UTC(2024, 10, 25, 1, 20), fixed: true }],
		['?now=2024-11-25T10:20:00%2B09:00', undefined, { ms: Date.UTC(2024, 10, 25, 1, 20), fixed: true }],
		// A time without an offset would be read in the device's zone: refused.
		['?now=2024-11-25T10:20', undefined, { ms: device, fixed: false }],
		['?now=garbage', undefined, { ms: device, fixed: false }],
		['', '2024-11-25T05:00:00Z', { ms: Date.UTC(2024, 10, 25, 5), fixed: true }],
		['', Date.UTC(2024, 10, 25, 6), { ms: Date.UTC(2024, 10, 25, 6), fixed: true }],
		['?now=2024-11-25T01:20:00Z', Date.UTC(2024, 10, 25, 6), { ms: Date.UTC(2024, 10, 25, 1, 20), fixed: true }],
	])('resolveNow(%j, %j)', (search, hook, out) => {
		expect(resolveNow(search, hook, device)).toEqual(out);
	});

	test('instantMs ignores what is not an instant', () => {
		expect(instantMs(Number.NaN)).toBeUndefined();
		expect(instantMs({})).toBeUndefined();
		expect(instantMs('2024-13-45T99:99:00Z')).toBeUndefined();
	});
});

describe('programmeDaySpan', () => {
	test.each([
		// From 04:00 (the day change) to 04:00 the next morning, in the event's zone.
		['2024-11-25', 'Asia/Seoul', Date.UTC(2024, 10, 24, 19), Date.UTC(2024, 10, 25, 19)],
		['2024-07-01', 'Europe/London', Date.UTC(2024, 6, 1, 3), Date.UTC(2024, 6, 2, 3)],
		// The night the clocks go forward makes the day 23 hours long.
		['2024-03-30', 'Europe/London', Date.UTC(2024, 2, 30, 4), Date.UTC(2024, 2, 31, 3)],
	])('%s in %s', (date, tz, start, end) => {
		expect(programmeDaySpan(date, tz)).toEqual({ startMs: start, endMs: end });
	});

	test('with nowAndNext: the keynote is on at 10:20 KST, nothing is on the day before', () => {
		const day = programmeDaySpan('2024-11-25', 'Asia/Seoul');
		const s = (id: string, h1: number, m1: number, h2: number, m2: number) => ({
			id,
			start: '',
			end: '',
			startMs: Date.UTC(2024, 10, 25, h1 - 9, m1),
			endMs: Date.UTC(2024, 10, 25, h2 - 9, m2),
		});
		const sessions = [s('keynote', 10, 0, 10, 50), s('trends', 11, 0, 11, 40)];
		expect(nowAndNext(sessions, Date.UTC(2024, 10, 25, 1, 20), day)).toMatchObject({ now: [{ id: 'keynote' }], next: [{ id: 'trends' }] });
		expect(nowAndNext(sessions, Date.UTC(2024, 10, 24, 1, 20), day)).toEqual({ now: [], next: [], past: [] });
	});
});

describe('local time', () => {
	const keynote = [Date.UTC(2024, 10, 25, 1), Date.UTC(2024, 10, 25, 1, 50)] as const;
	test.each([
		[undefined, false],
		['Asia/Seoul', false],
		['Asia/Tokyo', false],
		['Europe/Berlin', true],
		['America/Los_Angeles', true],
		['Not/AZone', false],
	])('a device in %s differs: %s', (zone, differs) => {
		expect(differsFromEventZone(zone, 'Asia/Seoul', keynote)).toBe(differs);
	});

	test.each([
		['en', 'Europe/Berlin', /25 Nov, 02:00\s*–\s*02:50 CET/],
		['en', 'America/Los_Angeles', /24 Nov, 17:00\s*–\s*17:50 GMT-8/],
		['ko', 'America/Los_Angeles', /11월 24일 17:00\s*~\s*17:50 GMT-8/],
	] as const)('%s in %s', (lang, zone, text) => {
		expect(formatLocalRange(keynote[0], keynote[1], localeTag(lang), zone)).toMatch(text);
	});

	// Berlin, programme day 25 Oct 2025 (CEST, UTC+2): the keynote at 10:00, and 01:30 in the night after (still the 25th's).
	const berlin = { keynote: Date.UTC(2025, 9, 25, 8), night: Date.UTC(2025, 9, 25, 23, 30) };
	test.each([
		['keynote', 'Europe/Berlin', 0],
		['keynote', 'America/Los_Angeles', 0],
		['keynote', 'Pacific/Honolulu', -1],
		['night', 'America/Los_Angeles', 0],
		['night', 'Asia/Seoul', 1],
		['night', 'Pacific/Kiritimati', 1],
	] as const)('the %s seen in %s falls on the programme day (0), before (-1) or after (1): %i', (session, zone, side) => {
		expect(localDateSide(berlin[session], '2025-10-25', zone)).toBe(side);
	});
});
