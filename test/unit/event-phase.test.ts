import { describe, expect, test } from 'vitest';
import { ui } from '../../src/i18n';
import { eventPhase, futureTenseWords, noTimeNoteKey, roomNoteKey, roomsNoteKey, shownStatus, showsPlanningTools } from '../../src/lib/time/event-phase';
import { EventSchema } from '../../src/schemas/event';
import { eventInput } from '../helpers/content-fixture';

test('the event file decides the phase; left out, the event has not ended', () => {
	expect(eventPhase(EventSchema.parse(eventInput))).toBe('before');
	expect(eventPhase(EventSchema.parse({ ...eventInput, ended: false }))).toBe('before');
	expect(eventPhase(EventSchema.parse({ ...eventInput, ended: true }))).toBe('after');
	expect(EventSchema.safeParse({ ...eventInput, ended: 'yes' }).success).toBe(false);
});

test.each([
	['tentative', 'before', 'tentative'],
	['tentative', 'after', 'unpublished'],
	['confirmed', 'after', 'confirmed'],
	['cancelled', 'after', 'cancelled'],
	['confirmed', 'before', 'confirmed'],
] as const)('a %s session shows as %s → %s', (status, phase, shown) => {
	expect(shownStatus(status, phase)).toBe(shown);
});

test.each([
	[true, 'before', 'room.tba'],
	[true, 'after', 'room.unpublished'],
	[false, 'before', undefined],
	[false, 'after', undefined],
] as const)('a room with provisional: %s in phase %s notes %s', (provisional, phase, key) => {
	expect(roomNoteKey({ provisional }, phase)).toBe(key);
});

test('planning tools (subscribe, my agenda, registration links) show only before the day', () => {
	expect(showsPlanningTools('before')).toBe(true);
	expect(showsPlanningTools('after')).toBe(false);
});

describe.each([['ko'], ['en']] as const)('%s: the words each phase picks', (lang) => {
	const words = ui[lang];
	const after = [
		words[noTimeNoteKey('after')],
		words[roomsNoteKey('after')],
		words[roomNoteKey({ provisional: true }, 'after')!],
		words[`status.${shownStatus('tentative', 'after')}`],
		words['status.unpublishedLong'],
		words['record.tookPlace'],
		words['record.calendarFile'],
	];
	test('after the day, none speaks in the future tense', () => {
		expect(after.flatMap(futureTenseWords)).toEqual([]);
	});
	test('before the day, the pending words are there (so the check can fail)', () => {
		const before = [
			words[noTimeNoteKey('before')],
			words[roomsNoteKey('before')],
			words[roomNoteKey({ provisional: true }, 'before')!],
			words['status.tentativeLong'],
		];
		expect(before.map((w) => futureTenseWords(w).length > 0)).toEqual([true, true, true, true]);
	});
});

test.each([
	['시간은 확정되면 바뀔 수 있습니다.', ['바뀔 수', '확정되면']],
	['The floor will be announced.', ['will be announced']],
	['Time TBC', ['TBC']],
	['STBC-hash and tbc in a word are not the acronym', []],
	['This event took place on 25 November 2024.', []],
])('futureTenseWords(%j) finds %j', (text, found) => {
	expect(futureTenseWords(text)).toEqual(found);
});
