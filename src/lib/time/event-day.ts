import { Temporal } from 'temporal-polyfill';
import type { DaySpan } from '../agenda/schedule';

/**
 * The event day as instants: from midnight to the next midnight in the event's time zone
 * (computed at build time, so the browser never does time-zone arithmetic).
 * @example eventDaySpan('2024-11-25', 'Asia/Seoul') // { startMs: Date.UTC(2024, 10, 24, 15), endMs: Date.UTC(2024, 10, 25, 15) }
 */
export function eventDaySpan(date: string, timeZone: string): DaySpan {
	const start = Temporal.PlainDate.from(date).toZonedDateTime({ timeZone });
	return { startMs: start.epochMilliseconds, endMs: start.add({ days: 1 }).epochMilliseconds };
}
