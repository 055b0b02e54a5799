/**
 * Whether a device's time zone shows the event's instants differently from the event's own zone.
 * A zone with the same offset on the day (e.g. Asia/Tokyo for Asia/Seoul) needs no second time.
 * @example differsFromEventZone('Europe/Berlin', 'Asia/Seoul', [Date.UTC(2024, 10, 25, 1)]) // true
 */
export function differsFromEventZone(deviceZone: string | undefined, eventZone: string, instantsMs: readonly number[]): boolean {
	if (!deviceZone || deviceZone === eventZone) return false;
	try {
		const offset = (timeZone: string) => new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'longOffset' });
		const device = offset(deviceZone);
		const event = offset(eventZone);
		return instantsMs.some((ms) => device.format(ms) !== event.format(ms));
	} catch {
		return false;
	}
}

/**
 * A session's time span in another zone, with the date (it may fall on another day there) and the zone's name.
 * Formatting only: the instants come from the build.
 * @example formatLocalRange(Date.UTC(2024, 10, 25, 1), Date.UTC(2024, 10, 25, 1, 50), 'en-GB', 'Europe/London') // "25 Nov, 01:00 – 01:50 GMT"
 */
export function formatLocalRange(startMs: number, endMs: number, locale: string, timeZone: string): string {
	const format = new Intl.DateTimeFormat(locale, {
		timeZone,
		month: 'short',
		day: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		timeZoneName: 'short',
	});
	return format.formatRange(startMs, endMs);
}

/**
 * Where a session's start falls in another zone, against its programme day: -1 on an earlier local date, 1 on a later
 * one, 0 on the programme day's date (a session after midnight counts from its evening's date, as the agenda lists it).
 * @example localDateSide(Date.UTC(2025, 9, 25, 6), '2025-10-25', 'America/Los_Angeles') // -1 (23:00 on 24 Oct there)
 */
export function localDateSide(startMs: number, programmeDate: string, timeZone: string): -1 | 0 | 1 {
	const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(startMs);
	const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
	const local = `${part('year')}-${part('month')}-${part('day')}`;
	return local < programmeDate ? -1 : local > programmeDate ? 1 : 0;
}
