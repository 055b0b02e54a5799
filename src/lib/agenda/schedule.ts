/** The timing of anything on the schedule. */
export interface Timed {
	id: string;
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
	/** Anchor id on the agenda, e.g. "t-1000". */
	id: string;
	start: string;
	end: string;
	sessions: T[];
	/** Sessions of the slot left out of `sessions` (the home page's glance shows only the first few). */
	more: number;
}

/** The agenda anchor of the slot that starts at a time. */
export function slotAnchor(start: string): string {
	return `t-${start.replace(':', '')}`;
}

/** Sessions in programme order: by start, then their set order, then end, then id. */
export function sortSessions<T extends Timed>(sessions: readonly T[]): T[] {
	return [...sessions].sort((a, b) => a.startMs - b.startMs || (a.order ?? 0) - (b.order ?? 0) || a.endMs - b.endMs || a.id.localeCompare(b.id));
}

/**
 * Groups sessions into slots of sessions that start at the same time, in time order.
 * @example groupSessionsBySlot([keynote, googleTrack, awsTrack]) // [{ id: 't-1000', sessions: [keynote] }, { id: 't-1330', sessions: [googleTrack, awsTrack] }]
 */
export function groupSessionsBySlot<T extends Timed>(sessions: readonly T[]): Slot<T>[] {
	const slots: Slot<T>[] = [];
	for (const session of sortSessions(sessions)) {
		const last = slots.at(-1);
		if (last && last.start === session.start) {
			last.sessions.push(session);
			if (session.end > last.end) last.end = session.end;
		} else {
			slots.push({ id: slotAnchor(session.start), start: session.start, end: session.end, sessions: [session], more: 0 });
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
