import { describe, expect, test } from 'vitest';
import { formatEventDate, localIsoWithOffset, localTimeToInstant, zoneLabel } from '../../src/lib/time/zoned';

describe('localTimeToInstant', () => {
	test.each([
		['2024-11-25', '10:00', 'Asia/Seoul', '2024-11-25T01:00:00Z'],
		['2024-11-25', '00:30', 'Asia/Seoul', '2024-11-24T15:30:00Z'],
		['2024-11-25', '23:59', 'Asia/Seoul', '2024-11-25T14:59:00Z'],
		['2024-07-01', '09:00', 'Europe/London', '2024-07-01T08:00:00Z'],
	])('%s %s in %s is %s', (date, time, tz, expected) => {
		expect(localTimeToInstant(date, time, tz)).toBe(expected);
	});

	test('a time that does not exist in the zone (DST gap) is refused, not shifted', () => {
		expect(() => localTimeToInstant('2024-03-31', '01:30', 'Europe/London')).toThrow();
	});
});

describe('localIsoWithOffset uses the offset in force at that moment', () => {
	test.each([
		['2024-11-25', '10:00', 'Asia/Seoul', '2024-11-25T10:00+09:00'],
		['2024-07-01', '09:30', 'America/Los_Angeles', '2024-07-01T09:30-07:00'],
		// The day clocks go back in Berlin: midnight is +02:00, ten o'clock is +01:00.
		['2024-10-27', '00:30', 'Europe/Berlin', '2024-10-27T00:30+02:00'],
		['2024-10-27', '10:00', 'Europe/Berlin', '2024-10-27T10:00+01:00'],
	])('%s %s in %s is %s', (date, time, tz, expected) => {
		expect(localIsoWithOffset(date, time, tz)).toBe(expected);
	});
});

describe('zoneLabel names the zone as it is at that instant, from the zone itself', () => {
	test.each([
		[Date.UTC(2024, 10, 25, 1), 'Asia/Seoul', 'en', { short: 'GMT+9', long: 'Korean Standard Time', offset: 'GMT+09:00' }],
		[Date.UTC(2024, 10, 25, 1), 'Asia/Seoul', 'ko', { short: 'GMT+9', long: '한국 표준시', offset: 'GMT+09:00' }],
		[Date.UTC(2024, 6, 1, 8), 'Europe/Berlin', 'en', { short: 'CEST', long: 'Central European Summer Time', offset: 'GMT+02:00' }],
		[Date.UTC(2024, 11, 1, 8), 'Europe/Berlin', 'en', { short: 'CET', long: 'Central European Standard Time', offset: 'GMT+01:00' }],
		// The day clocks go back: the same zone has two names within one day.
		[Date.UTC(2024, 9, 26, 23), 'Europe/Berlin', 'en', { short: 'CEST', long: 'Central European Summer Time', offset: 'GMT+02:00' }],
		[Date.UTC(2024, 9, 27, 9), 'Europe/Berlin', 'ko', { short: 'GMT+1', long: '중부유럽 표준시', offset: 'GMT+01:00' }],
	] as const)('%i in %s (%s)', (ms, zone, lang, expected) => {
		expect(zoneLabel(ms, zone, lang)).toEqual(expected);
	});
});

describe('formatEventDate', () => {
	test.each([
		['ko', '2024년 11월 25일 (월)'],
		['en', 'Monday, 25 November 2024'],
	] as const)('%s', (lang, expected) => {
		expect(formatEventDate('2024-11-25', lang).replace(/\s+/g, ' ')).toBe(expected);
	});
});
