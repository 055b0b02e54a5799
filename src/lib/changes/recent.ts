/**
 * Which sessions show "changed": those that changed in the last days before the programme's latest
 * commit (its "today", never the clock), with what changed, newest first. Pure.
 */
import type { SessionChange } from './diff';
import type { Changelog } from './history';

/** How many days a change stays marked on its session. */
export const RECENT_DAYS = 7;

/** What a session's "changed" mark says: the date of its latest change and the changes of those days. */
export interface RecentChange {
	date: string;
	changes: SessionChange[];
}

/** Kinds that undo each other: only the newer one is still true. */
const OPPOSITES: Partial<Record<SessionChange['kind'], SessionChange['kind']>> = { cancelled: 'reinstated', reinstated: 'cancelled' };

/**
 * The sessions changed within {@link RECENT_DAYS} days before the latest commit, by id. Each kind of
 * change is told once (the newest), and a cancellation and a reinstatement only by the newer.
 * @example recentChanges(changelog).get('keynote') // { date: '2024-11-20T10:00:00+09:00', changes: [{ kind: 'moved', … }] }
 */
export function recentChanges(log: Pick<Changelog, 'entries' | 'latest'>): Map<string, RecentChange> {
	const recent = new Map<string, RecentChange>();
	if (!log.latest) return recent;
	const since = new Date(log.latest).getTime() - RECENT_DAYS * 24 * 60 * 60 * 1000;
	for (const entry of log.entries) {
		if (new Date(entry.date).getTime() < since) continue;
		const known = recent.get(entry.session);
		const mark = known ?? { date: entry.date, changes: [] };
		for (const change of entry.changes) {
			const opposite = OPPOSITES[change.kind];
			if (mark.changes.some((c) => c.kind === change.kind || c.kind === opposite)) continue;
			mark.changes.push(change);
		}
		if (!known) recent.set(entry.session, mark);
	}
	return recent;
}
