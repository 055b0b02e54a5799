/**
 * Programme days: an event runs on one day (`date:`) or several (`dates:`), and each programme day runs from
 * its morning to the day change of the next morning (04:00 unless `dayChange:` says otherwise), as frab's
 * schedules do. A session names its day and wall-clock times; this module turns them into instants in the
 * event's time zone (Temporal: never the machine's zone), and refuses a time that the zone skips or repeats.
 */
import { Temporal } from 'temporal-polyfill';
import type { DaySpan } from '../agenda/schedule';

/** When one programme day hands over to the next, unless the event file moves it. */
export const DEFAULT_DAY_CHANGE = '04:00';

/** What the programme's days are, as the event file writes them: `date` for one day, `dates` for several. */
export interface ProgrammeDaysInput {
	date?: string | undefined;
	dates?: readonly string[] | undefined;
}

/** The programme days in order: `dates`, or the one `date`. */
export function programmeDays(event: ProgrammeDaysInput): string[] {
	return event.dates ? [...event.dates] : event.date ? [event.date] : [];
}

/** The event's first programme day (the day a one-day event's `date` names). */
export function firstDay(event: ProgrammeDaysInput): string {
	const [first] = programmeDays(event);
	if (!first) throw new Error('The event has no date: write date: or dates: in event.yaml.');
	return first;
}

/** The event's last programme day. */
export function lastDay(event: ProgrammeDaysInput): string {
	return programmeDays(event).at(-1) ?? firstDay(event);
}

/** The calendar date after a date. */
export function nextDate(date: string): string {
	return Temporal.PlainDate.from(date).add({ days: 1 }).toString();
}

/**
 * A programme day as instants: from its day change to the next day's (a wall clock that the zone skips
 * moves to the first moment after the gap, so the span always exists).
 * @example programmeDaySpan('2025-10-25', 'Europe/Berlin', '04:00') // 2025-10-25T02:00Z to 2025-10-26T03:00Z
 */
export function programmeDaySpan(date: string, timeZone: string, dayChange = DEFAULT_DAY_CHANGE): DaySpan {
	const at = (d: string) => Temporal.PlainDateTime.from(`${d}T${dayChange}`).toZonedDateTime(timeZone, { disambiguation: 'compatible' }).epochMilliseconds;
	return { startMs: at(date), endMs: at(nextDate(date)) };
}

/**
 * The programme day an instant belongs to, or undefined outside every day (between days, before, after).
 * @example programmeDayAt(Date.parse('2025-10-27T00:30:00Z'), ['2025-10-25', '2025-10-26', '2025-10-27'], 'Europe/Berlin') // "2025-10-26"
 */
export function programmeDayAt(ms: number, days: readonly string[], timeZone: string, dayChange = DEFAULT_DAY_CHANGE): string | undefined {
	return days.find((day) => {
		const span = programmeDaySpan(day, timeZone, dayChange);
		return span.startMs <= ms && ms < span.endMs;
	});
}

/** A wall-clock time placed on its calendar date in a zone. */
export interface WallTime {
	/** The calendar date the time falls on (the next date for a time after midnight). */
	date: string;
	/** The instant, ISO 8601 in UTC. */
	instant: string;
	/** The same moment with the zone's offset, to the minute, for `<time datetime>`. */
	iso: string;
	ms: number;
	/** Whether it falls on the calendar date after its programme day ("+1"). */
	nextDay: boolean;
}

/** Why a session's times cannot be placed. */
export type TimeFault =
	| { kind: 'skipped' | 'repeated'; field: 'start' | 'end'; date: string; time: string }
	| { kind: 'end-before-start' }
	| { kind: 'past-day-change'; dayChange: string };

/** A session's start and end as instants, or why they cannot be. */
export type SessionTimes = { ok: true; start: WallTime; end: WallTime } | { ok: false; fault: TimeFault };

/**
 * Whether a wall-clock time on a date exists once in a zone: the hour skipped when clocks go forward and the
 * hour lived twice when they go back are refused, since a reader could not tell which moment is meant.
 */
function placeWallTime(day: string, time: string, nextDay: boolean, timeZone: string, field: 'start' | 'end'): WallTime | TimeFault {
	const date = nextDay ? nextDate(day) : day;
	const plain = Temporal.PlainDateTime.from(`${date}T${time}`);
	const earlier = plain.toZonedDateTime(timeZone, { disambiguation: 'earlier' });
	const later = plain.toZonedDateTime(timeZone, { disambiguation: 'later' });
	if (!earlier.toPlainDateTime().equals(plain)) return { kind: 'skipped', field, date, time };
	if (earlier.epochMilliseconds !== later.epochMilliseconds) return { kind: 'repeated', field, date, time };
	return {
		date,
		instant: earlier.toInstant().toString(),
		iso: earlier.toString({ timeZoneName: 'never', smallestUnit: 'minute' }),
		ms: earlier.epochMilliseconds,
		nextDay,
	};
}

/**
 * What is wrong with a session's "HH:MM" start and end within a programme day, whatever its date and zone:
 * an end at or before the start that the next morning cannot take, or an end past the day change.
 * @example timeOrderFault('10:00', '09:00') // { kind: 'end-before-start' }
 * @example timeOrderFault('23:30', '00:30') // undefined (ends the next morning)
 */
export function timeOrderFault(start: string, end: string, dayChange = DEFAULT_DAY_CHANGE): TimeFault | undefined {
	const startsNextDay = start < dayChange;
	const endsNextDay = startsNextDay || end < start;
	if (end === start || (startsNextDay && end < start)) return { kind: 'end-before-start' };
	if (endsNextDay && end > dayChange) return end < start ? { kind: 'end-before-start' } : { kind: 'past-day-change', dayChange };
	return undefined;
}

/**
 * A session's instants from its programme day and "HH:MM" times: a start before the day change is in the
 * night after the day, and an end earlier than the start is the next morning; the end may not pass the day
 * change (a 10:00 end after an 11:00 start is a mistake, not a 23-hour session).
 * @example sessionTimes('2025-10-25', '23:30', '00:30', 'Europe/Berlin') // ends 2025-10-26T00:30+02:00
 */
export function sessionTimes(day: string, start: string, end: string, timeZone: string, dayChange = DEFAULT_DAY_CHANGE): SessionTimes {
	const order = timeOrderFault(start, end, dayChange);
	if (order) return { ok: false, fault: order };
	const startsNextDay = start < dayChange;
	const endsNextDay = startsNextDay || end < start;
	const placedStart = placeWallTime(day, start, startsNextDay, timeZone, 'start');
	if ('kind' in placedStart) return { ok: false, fault: placedStart };
	const placedEnd = placeWallTime(day, end, endsNextDay, timeZone, 'end');
	if ('kind' in placedEnd) return { ok: false, fault: placedEnd };
	return { ok: true, start: placedStart, end: placedEnd };
}
