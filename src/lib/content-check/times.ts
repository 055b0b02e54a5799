import { TIME_EXPECTED } from '../../schemas/common';
import { both, inEach } from '../../i18n/check';
import type { Rule } from './types';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A valid "HH:MM" for what an organizer probably meant, when it is clear.
 * @example suggestTime('10시') // "10:00"
 * @example suggestTime('오후 2시 30분') // "14:30"
 * @example suggestTime(1400) // "14:00"
 */
export function suggestTime(value: unknown): string | undefined {
	let text: string;
	if (typeof value === 'number' && Number.isInteger(value) && value >= 0) {
		text = value < 24 ? `${value}:00` : `${Math.floor(value / 100)}:${pad(value % 100)}`;
	} else if (typeof value === 'string') {
		text = value.replace(/\s+/g, '').toLowerCase();
	} else {
		return undefined;
	}
	const match = /^(오전|오후|am|pm)?(\d{1,2})(?:(?:[:.시h])(\d{1,2})?분?)?(am|pm)?$/.exec(text);
	if (!match) return undefined;
	const [, before, h, m, after] = match;
	let hour = Number(h);
	const minute = m === undefined ? 0 : Number(m);
	const half = before ?? after;
	if (half === '오후' || half === 'pm') hour = hour < 12 ? hour + 12 : hour;
	if ((half === '오전' || half === 'am') && hour === 12) hour = 0;
	if (hour > 23 || minute > 59) return undefined;
	return `${pad(hour)}:${pad(minute)}`;
}

/** Hours of a "HH:MM"-looking value, even when out of range ("24:30" → 24). */
function hoursOf(value: unknown): number | undefined {
	const match = typeof value === 'string' ? /^(\d{1,2}):(\d{2})$/.exec(value.trim()) : null;
	return match ? Number(match[1]) : undefined;
}

/** Why a session's start or end is not a time, in organizer words, with a value to copy. */
export function describeTime(field: 'start' | 'end' | string, value: unknown, date?: string): { rule: Rule; expected: string; example: string } {
	const hours = hoursOf(value);
	if (field === 'end' && hours !== undefined && hours >= 24) {
		return {
			rule: 'outside-day',
			expected: both('end-past-midnight.expected', { day: date ?? inEach('day.fallback') }),
			example: `end: "${pad(hours - 24)}:${String(value).trim().slice(-2)}"`,
		};
	}
	const suggestion = suggestTime(value);
	const hint = typeof value === 'number' ? ` — ${both('time.quotes')}` : '';
	return {
		rule: 'bad-time',
		expected: `${TIME_EXPECTED}${hint}`,
		example: `${field}: "${suggestion ?? (field === 'end' ? '14:30' : '13:30')}"`,
	};
}
