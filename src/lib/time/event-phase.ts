/**
 * Which side of its day the event is on, and the words that follow from it. The event file says so
 * (`ended: true`), never the build clock, so the same content builds the same bytes on any day.
 * Pure: the wording decisions live here, the words themselves in src/i18n/.
 */
import type { SessionStatus } from '../../schemas/session';

/** Before the day (times may still change) or after it (the site is the record of the day). */
export type EventPhase = 'before' | 'after';

/**
 * A session's status as shown: after the day a time that was never confirmed is "not published",
 * not pending.
 */
export type ShownStatus = SessionStatus | 'unpublished';

/** The phase an event file puts the site in. */
export function eventPhase(event: { ended?: boolean }): EventPhase {
	return event.ended ? 'after' : 'before';
}

/**
 * The status a session shows in a phase.
 * @example shownStatus('tentative', 'after') // "unpublished"
 */
export function shownStatus(status: SessionStatus, phase: EventPhase): ShownStatus {
	return status === 'tentative' && phase === 'after' ? 'unpublished' : status;
}

/** The note a placeholder room carries: an interface-string key. */
export type RoomNoteKey = 'room.tba' | 'room.unpublished';

/** The interface-string key of a placeholder room's note in a phase, or none for a confirmed room. */
export function roomNoteKey(room: { provisional: boolean }, phase: EventPhase): RoomNoteKey | undefined {
	if (!room.provisional) return undefined;
	return phase === 'after' ? 'room.unpublished' : 'room.tba';
}

/** The interface-string key of the note that no session has a confirmed time, in a phase. */
export function noTimeNoteKey(phase: EventPhase): 'time.allTentative' | 'time.allUnpublished' {
	return phase === 'after' ? 'time.allUnpublished' : 'time.allTentative';
}

/** The interface-string key of the note that the venue's rooms are placeholders, in a phase. */
export function roomsNoteKey(phase: EventPhase): 'venue.roomsTba' | 'venue.roomsUnpublished' {
	return phase === 'after' ? 'venue.roomsUnpublished' : 'venue.roomsTba';
}

/** What only matters before the day: calendar subscriptions, "my agenda", now/next, registration links. */
export function showsPlanningTools(phase: EventPhase): boolean {
	return phase === 'before';
}

/**
 * Words that speak of the programme in the future tense or as pending, per language: none may appear in a
 * site whose event has ended (test/build/event-ended.test.ts greps the build for them).
 */
const FUTURE_TENSE_WORDS: readonly RegExp[] = [
	/미정/,
	/바뀔 수/,
	/확정되면/,
	/확정되는 대로/,
	/안내합니다/,
	/잠정/,
	/may change/i,
	/will be announced/i,
	/to be announced/i,
	/provisional/i,
	/\bTB[CA]\b/,
	/once (?:they are |it is )?confirmed/i,
	/not confirmed yet/i,
];

/** The future-tense words a text contains. */
export function futureTenseWords(text: string): string[] {
	return FUTURE_TENSE_WORDS.flatMap((word) => text.match(word)?.[0] ?? []);
}
