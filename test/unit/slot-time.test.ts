import { describe, expect, test } from 'vitest';
import { slotTimeDisplay } from '../../src/lib/agenda/slot-time';

const at = (end: string, status: 'confirmed' | 'tentative' | 'cancelled' = 'tentative') => ({ end, endIso: `2024-11-25T${end}:00+09:00`, status });

describe('slotTimeDisplay', () => {
	test.each([
		[
			'one session: the heading says start–end, the card prints no time',
			[at('10:20')],
			false,
			{ end: { text: '10:20', iso: '2024-11-25T10:20:00+09:00' }, cardTime: false, tentative: true, cardsMarkTentative: false },
		],
		[
			'parallel sessions ending together: still once, in the heading',
			[at('15:00'), at('15:00'), at('15:00')],
			false,
			{ end: { text: '15:00', iso: '2024-11-25T15:00:00+09:00' }, cardTime: false, tentative: true, cardsMarkTentative: false },
		],
		[
			'parallel sessions ending apart: each card keeps its own time',
			[at('15:00'), at('15:30')],
			false,
			{ end: undefined, cardTime: true, tentative: true, cardsMarkTentative: false },
		],
		[
			'a tentative session beside a confirmed one: the heading cannot say it, the card does',
			[at('15:00', 'confirmed'), at('15:00')],
			false,
			{ end: { text: '15:00', iso: '2024-11-25T15:00:00+09:00' }, cardTime: false, tentative: false, cardsMarkTentative: true },
		],
		[
			'every time tentative: the page says it once, the slot does not repeat it',
			[at('10:20')],
			true,
			{ end: { text: '10:20', iso: '2024-11-25T10:20:00+09:00' }, cardTime: false, tentative: false, cardsMarkTentative: false },
		],
		[
			'all confirmed: no mark',
			[at('10:20', 'confirmed'), at('10:20', 'cancelled')],
			false,
			{ end: { text: '10:20', iso: '2024-11-25T10:20:00+09:00' }, cardTime: false, tentative: false, cardsMarkTentative: true },
		],
	])('%s', (_, sessions, everyTentative, expected) => {
		expect(slotTimeDisplay({ sessions }, everyTentative)).toEqual(expected);
	});
});
