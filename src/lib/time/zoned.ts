import { Temporal } from 'temporal-polyfill';
import { localeTag, type Lang } from '../../i18n/languages';

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

const written = new Map<(...args: never[]) => string, Map<string, string>>();

/**
 * What a date formatter wrote for the same date and language before, or writes now: the polyfill's
 * toLocaleString makes a formatter per call, and a large agenda asks for the same few dates thousands of times.
 */
function remembered(formatter: (...args: never[]) => string, key: string, write: () => string): string {
	let byKey = written.get(formatter);
	if (!byKey) written.set(formatter, (byKey = new Map()));
	let text = byKey.get(key);
	if (text === undefined) byKey.set(key, (text = write()));
	return text;
}

/**
 * A date written out for people, the same on every machine (ICU builds differ in punctuation).
 * @example formatEventDate('2024-11-25', 'ko') // "2024년 11월 25일 (월)"
 * @example formatEventDate('2024-11-25', 'en') // "Monday, 25 November 2024"
 */
export function formatEventDate(date: string, lang: Lang): string {
	return remembered(formatEventDate, `${lang} ${date}`, () => writeEventDate(date, lang));
}

function writeEventDate(date: string, lang: Lang): string {
	const d = Temporal.PlainDate.from(date);
	const name = (options: Intl.DateTimeFormatOptions) => d.toLocaleString(localeTag(lang), { ...options, calendar: 'gregory' });
	if (lang === 'ko') return `${d.year}년 ${d.month}월 ${d.day}일 (${name({ weekday: 'short' })})`;
	return `${name({ weekday: 'long' })}, ${d.day} ${name({ month: 'long' })} ${d.year}`;
}

/**
 * The days of an event written out: one date, or the span from the first day to the last.
 * @example formatEventDates(['2025-10-25', '2025-10-27'], 'ko') // "2025년 10월 25일 (토) – 27일 (월)"
 * @example formatEventDates(['2025-10-25', '2025-10-27'], 'en') // "25–27 October 2025"
 */
export function formatEventDates(days: readonly string[], lang: Lang): string {
	return remembered(formatEventDates, `${lang} ${days[0]} ${days.at(-1)}`, () => writeEventDates(days, lang));
}

function writeEventDates(days: readonly string[], lang: Lang): string {
	const [first, last] = [days[0], days.at(-1)];
	if (!first || !last || first === last) return formatEventDate(first ?? '', lang);
	const [a, b] = [Temporal.PlainDate.from(first), Temporal.PlainDate.from(last)];
	const month = (d: Temporal.PlainDate) => d.toLocaleString(localeTag(lang), { month: 'long', calendar: 'gregory' });
	if (lang === 'ko') {
		const weekday = (d: Temporal.PlainDate) => d.toLocaleString(localeTag(lang), { weekday: 'short', calendar: 'gregory' });
		const tail = a.year !== b.year ? `${b.year}년 ${b.month}월 ` : a.month !== b.month ? `${b.month}월 ` : '';
		return `${a.year}년 ${a.month}월 ${a.day}일 (${weekday(a)}) – ${tail}${b.day}일 (${weekday(b)})`;
	}
	if (a.year !== b.year) return `${a.day} ${month(a)} ${a.year} – ${b.day} ${month(b)} ${b.year}`;
	if (a.month !== b.month) return `${a.day} ${month(a)} – ${b.day} ${month(b)} ${b.year}`;
	return `${a.day}–${b.day} ${month(b)} ${b.year}`;
}

/**
 * A programme day as a day tab says it: weekday and date, short.
 * @example formatDayTab('2025-10-26', 'ko') // "10월 26일 (일)"
 * @example formatDayTab('2025-10-26', 'en') // "Sun 26 Oct"
 */
export function formatDayTab(date: string, lang: Lang): string {
	return remembered(formatDayTab, `${lang} ${date}`, () => writeDayTab(date, lang));
}

function writeDayTab(date: string, lang: Lang): string {
	const d = Temporal.PlainDate.from(date);
	const name = (options: Intl.DateTimeFormatOptions) => d.toLocaleString(localeTag(lang), { ...options, calendar: 'gregory' });
	if (lang === 'ko') return `${d.month}월 ${d.day}일 (${name({ weekday: 'short' })})`;
	return `${name({ weekday: 'short' })} ${d.day} ${name({ month: 'short' })}`;
}

/** How a time zone is named at one instant: it can change within a zone (summer time). */
export interface ZoneLabel {
	/** What a time is followed by, e.g. "GMT+9", "CET", "CEST". */
	short: string;
	/** The full name, e.g. "Korean Standard Time", "중부유럽 하계 표준시". */
	long: string;
	/** The offset from UTC, e.g. "GMT+09:00". */
	offset: string;
}

/**
 * The event zone's name at an instant, in a language, from the zone itself (never a name written into code).
 * @example zoneLabel(Date.UTC(2024, 6, 1), 'Europe/Berlin', 'en') // { short: "CEST", long: "Central European Summer Time", offset: "GMT+02:00" }
 */
export function zoneLabel(instantMs: number, timeZone: string, lang: Lang): ZoneLabel {
	const part = (timeZoneName: 'short' | 'long' | 'longOffset') =>
		zoneFormat(localeTag(lang), timeZone, timeZoneName)
			.formatToParts(instantMs)
			.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
	return { short: part('short'), long: part('long'), offset: part('longOffset') };
}

const formats = new Map<string, Intl.DateTimeFormat>();
/** One formatter per locale, zone and name style: a large programme asks for thousands of labels. */
function zoneFormat(locale: string, timeZone: string, timeZoneName: 'short' | 'long' | 'longOffset'): Intl.DateTimeFormat {
	const key = `${locale} ${timeZone} ${timeZoneName}`;
	let format = formats.get(key);
	if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName })));
	return format;
}
