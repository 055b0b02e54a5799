/** The timing of anything on the schedule. */
export interface Timed {
	id: string;
	/** The programme day, YYYY-MM-DD, where known. */
	date?: string;
	start: string;
	end: string;
	startMs: number;
	endMs: number;
	status?: string;
	/** Position among sessions that start together (e.g. the room's place in the venue list). */
	order?: number;
}

/** Sessions that start together: one row of the agenda. */
export interface Slot<T extends Timed> {
	/** Anchor id on the agenda, e.g. "t-1000" (with the date on an event of several days: "t-20251026-1000"). */
	id: string;
	/** The programme day of its sessions, YYYY-MM-DD, where known. */
	date?: string;
	start: string;
	end: string;
	sessions: T[];
	/** Sessions of the slot left out of `sessions` (the home page's glance shows only the first few). */
	more: number;
}

/**
 * The agenda anchor of the slot that starts at a time; on an event of several days the date keeps the anchors
 * of different days apart on pages that list them together (a track's page).
 * @example slotAnchor('10:00') // "t-1000"
 * @example slotAnchor('10:00', '2025-10-26') // "t-20251026-1000"
 */
export function slotAnchor(start: string, date?: string): string {
	return date ? `t-${date.replaceAll('-', '')}-${start.replace(':', '')}` : `t-${start.replace(':', '')}`;
}

/**
 * The language-free path of a slot on the agenda: `/agenda/` for a one-day event, the day's page otherwise.
 * @example agendaSlotPath({ start: '10:00', date: '2025-10-26' }, true) // "/agenda/2025-10-26/#t-20251026-1000"
 */
export function agendaSlotPath(at: { start: string; date?: string | undefined }, severalDays: boolean): string {
	return severalDays && at.date ? `/agenda/${at.date}/#${slotAnchor(at.start, at.date)}` : `/agenda/#${slotAnchor(at.start)}`;
}

/** Sessions in programme order: by start, then their set order, then end, then id. */
export function sortSessions<T extends Timed>(sessions: readonly T[]): T[] {
	return [...sessions].sort((a, b) => a.startMs - b.startMs || (a.order ?? 0) - (b.order ?? 0) || a.endMs - b.endMs || a.id.localeCompare(b.id));
}

/**
 * Groups sessions into slots of sessions that start at the same instant, in time order; `dated` puts the
 * programme day into each slot's anchor (an event of several days).
 * @example groupSessionsBySlot([keynote, googleTrack, awsTrack]) // [{ id: 't-1000', sessions: [keynote] }, { id: 't-1330', sessions: [googleTrack, awsTrack] }]
 */
export function groupSessionsBySlot<T extends Timed>(sessions: readonly T[], dated = false): Slot<T>[] {
	const slots: Slot<T>[] = [];
	let lastEndMs = 0;
	let lastStartMs = Number.NaN;
	for (const session of sortSessions(sessions)) {
		const last = slots.at(-1);
		if (last && lastStartMs === session.startMs) {
			last.sessions.push(session);
			if (session.endMs > lastEndMs) [last.end, lastEndMs] = [session.end, session.endMs];
		} else {
			const id = slotAnchor(session.start, dated ? session.date : undefined);
			slots.push({ id, date: session.date, start: session.start, end: session.end, sessions: [session], more: 0 });
			[lastStartMs, lastEndMs] = [session.startMs, session.endMs];
		}
	}
	return slots;
}

/** Whether two sessions share any moment. */
export function overlaps(a: Timed, b: Timed): boolean {
	return a.startMs < b.endMs && b.startMs < a.endMs;
}

/** The other sessions that run at any moment of this one. */
export function concurrentSessions<T extends Timed>(session: Timed, all: readonly T[]): T[] {
	return sortSessions(all.filter((s) => s.id !== session.id && overlaps(s, session)));
}

/** The sessions that start first after this one ends (several when they run in parallel). */
export function nextSessions<T extends Timed>(session: Timed, all: readonly T[]): T[] {
	const later = sortSessions(all.filter((s) => s.id !== session.id && s.startMs >= session.endMs && s.status !== 'cancelled'));
	const first = later[0];
	return first ? later.filter((s) => s.startMs === first.startMs) : [];
}

/** The span of the event day, as instants. */
export interface DaySpan {
	startMs: number;
	endMs: number;
}

/**
 * What is on at an instant of the event day: the sessions running and the ones starting next.
 * Outside the day both are empty, so the agenda looks the same on every other day.
 * @example nowAndNext(sessions, Date.parse('2024-11-25T01:10:00Z'), day) // { now: [keynote], next: [talk] }
 */
export function nowAndNext<T extends Timed>(sessions: readonly T[], nowMs: number, day: DaySpan): { now: T[]; next: T[]; past: T[] } {
	if (nowMs < day.startMs || nowMs >= day.endMs) return { now: [], next: [], past: [] };
	const live = sortSessions(sessions.filter((s) => s.status !== 'cancelled'));
	const now = live.filter((s) => s.startMs <= nowMs && nowMs < s.endMs);
	const upcoming = live.filter((s) => s.startMs > nowMs);
	const first = upcoming[0];
	const past = sortSessions(sessions.filter((s) => s.endMs <= nowMs));
	return { now, next: first ? upcoming.filter((s) => s.startMs === first.startMs) : [], past };
}

/** The first items of a list and how many more there are: long lists stay short on a page. */
export interface Bounded<T> {
	shown: T[];
	more: number;
}

/**
 * At most `max` items, and the count of the rest.
 * @example bounded(['a', 'b', 'c'], 2) // { shown: ['a', 'b'], more: 1 }
 */
export function bounded<T>(items: readonly T[], max: number): Bounded<T> {
	return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}

/** A programme day as the agenda's script knows it: its page, its span and when its first session starts. */
export interface DayLink extends DaySpan {
	date: string;
	href: string;
	/** The day as a tab says it ("Sun 26 Oct"), and its first session's start "HH:MM" in the event's zone. */
	label: string;
	firstStart?: string;
	firstMs?: number;
}

/**
 * The programme day running at an instant (from its day change to the next), or undefined between and
 * outside the days: `/agenda/` opens on it during the event.
 * @example dayAt(days, Date.parse('2025-10-26T23:30:00Z')) // day 2 (00:30 on day 3 is still day 2)
 */
export function dayAt<D extends DaySpan>(days: readonly D[], nowMs: number): D | undefined {
	return days.find((d) => d.startMs <= nowMs && nowMs < d.endMs);
}

/**
 * The next programme day whose first session has not started, after a day's page: in the evening it is
 * tomorrow, between days the next one; after the last day's first session, none.
 */
export function nextDayAfter<D extends { date: string; firstMs?: number }>(days: readonly D[], nowMs: number, current: string): D | undefined {
	return days.find((d) => d.date > current && d.firstMs !== undefined && d.firstMs > nowMs);
}
