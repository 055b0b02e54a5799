import { describe, expect, test } from 'vitest';
import { formatEventDate, localTimeToInstant, minutesBetween, utcOffsetOn } from '../../src/lib/time';

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

describe('utcOffsetOn', () => {
	test.each([
		['2024-11-25', 'Asia/Seoul', '+09:00'],
		['2024-07-01', 'America/Los_Angeles', '-07:00'],
	])('%s in %s is %s', (date, tz, offset) => {
		expect(utcOffsetOn(date, tz)).toBe(offset);
	});
});

test('minutesBetween counts minutes of the day', () => {
	expect(minutesBetween('10:00', '10:50')).toBe(50);
	expect(minutesBetween('13:30', '15:00')).toBe(90);
});

describe('formatEventDate', () => {
	test.each([
		['ko', '2024년 11월 25일 (월)'],
		['en', 'Monday, 25 November 2024'],
	] as const)('%s', (lang, expected) => {
		expect(formatEventDate('2024-11-25', lang).replace(/\s+/g, ' ')).toBe(expected);
	});
});
