import type { ShownStatus } from '../time/event-phase';

/** What the agenda prints once for a slot, and so what its cards leave out (no time printed twice). */
export interface SlotTimeDisplay {
	/** The end the slot heading shows after its start; undefined when the slot's sessions end at different times. */
	end: { text: string; iso: string } | undefined;
	/** Whether each card prints its own time (only when the heading cannot say it for all of them). */
	cardTime: boolean;
	/** Whether the heading marks the slot's time as not confirmed (never when the page already says so once for every time). */
	tentative: boolean;
	/** Whether a tentative card marks itself: only when neither the page nor the heading says it for it. */
	cardsMarkTentative: boolean;
}

/**
 * Decides where a slot's time and "not confirmed" mark are printed: in the heading when every session of
 * the slot shares them, on the cards otherwise, and not at all per slot when the page states once that no
 * time is confirmed.
 * @example slotTimeDisplay({ sessions: [{ end: '10:20', endIso: '…T10:20:00+09:00', status: 'tentative' }] }, true)
 * // { end: { text: '10:20', iso: '…T10:20:00+09:00' }, cardTime: false, tentative: false, cardsMarkTentative: false }
 */
export function slotTimeDisplay(
	slot: { sessions: readonly { end: string; endIso: string; status: ShownStatus }[] },
	everyTimeTentative: boolean,
): SlotTimeDisplay {
	const [first, ...rest] = slot.sessions;
	const shared = first !== undefined && rest.every((s) => s.endIso === first.endIso);
	// A slot mixing confirmed and tentative sessions cannot be marked as a whole: each tentative card says it.
	const anyTentative = slot.sessions.some((s) => s.status === 'tentative');
	const tentative = !everyTimeTentative && anyTentative && slot.sessions.every((s) => s.status !== 'confirmed');
	return {
		end: shared ? { text: first.end, iso: first.endIso } : undefined,
		cardTime: !shared,
		tentative,
		cardsMarkTentative: !everyTimeTentative && !tentative,
	};
}
