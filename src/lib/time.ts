import { Temporal } from 'temporal-polyfill';

/**
 * The instant at which a wall-clock time of a day happens in a time zone (never the machine's).
 * @example localTimeToInstant('2024-11-25', '10:00', 'Asia/Seoul') // "2024-11-25T01:00:00Z"
 */
export function localTimeToInstant(date: string, time: string, timeZone: string): string {
	const zoned = Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(timeZone, { disambiguation: 'reject' });
	return zoned.toInstant().toString();
}

/** Milliseconds since the epoch of an ISO instant. */
export function instantToEpochMs(instant: string): number {
	return Temporal.Instant.from(instant).epochMilliseconds;
}

/**
 * A wall-clock time of a day as ISO 8601 with the offset in force at that moment (DST-safe),
 * for `<time datetime>`.
 * @example localIsoWithOffset('2024-11-25', '10:00', 'Asia/Seoul') // "2024-11-25T10:00+09:00"
 */
export function localIsoWithOffset(date: string, time: string, timeZone: string): string {
	const zoned = Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(timeZone, { disambiguation: 'reject' });
	return zoned.toString({ timeZoneName: 'never', smallestUnit: 'minute' });
}

/** Minutes between two "HH:MM" times of the same day. */
export function minutesBetween(start: string, end: string): number {
	return Temporal.PlainTime.from(start).until(Temporal.PlainTime.from(end)).total('minutes');
}

/**
 * A date written out for people, the same on every machine (ICU builds differ in punctuation).
 * @example formatEventDate('2024-11-25', 'ko') // "2024년 11월 25일 (월)"
 * @example formatEventDate('2024-11-25', 'en') // "Monday, 25 November 2024"
 */
export function formatEventDate(date: string, lang: 'ko' | 'en'): string {
	const d = Temporal.PlainDate.from(date);
	const name = (options: Intl.DateTimeFormatOptions) =>
		d.toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-GB', { ...options, calendar: 'gregory' });
	if (lang === 'ko') return `${d.year}년 ${d.month}월 ${d.day}일 (${name({ weekday: 'short' })})`;
	return `${name({ weekday: 'long' })}, ${d.day} ${name({ month: 'long' })} ${d.year}`;
}
