/**
 * Changes in a visitor's words, for the changes page, its feed and the "changed" marks. The words
 * themselves live in src/i18n/; this decides which to use and what fills them. Pure: no clock, and
 * dates are read in the event's time zone, so any machine writes the same.
 */
import { Temporal } from 'temporal-polyfill';
import type { UiValues } from '../../i18n/translate';
import type { Lang } from '../../i18n/languages';
import { formatEventDate } from '../time/zoned';
import type { ChangeEntry } from './history';
import type { Placement, SessionChange } from './diff';
import type { BilingualText } from './read';

/** The interface strings a change is told with (src/i18n/ko.ts). */
export type ChangeWordKey = `change.${SessionChange['kind']}`;

/** The translator of a page's language (useTranslations), as this module needs it. */
export type ChangeWords = (key: ChangeWordKey, values?: UiValues) => string;

/** Words in a language, the Korean ones standing in where there is no English. */
export const inLang = (text: BilingualText, lang: Lang) => (lang === 'en' ? (text.en ?? text.ko) : text.ko);

/**
 * The day an instant falls on in a time zone, YYYY-MM-DD.
 * @example changeDay('2024-11-20T16:30:00Z', 'Asia/Seoul') // "2024-11-21"
 */
export function changeDay(instant: string, timeZone: string): string {
	const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', calendar: 'gregory' }).formatToParts(
		new Date(instant),
	);
	const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
	return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * A day in a few characters, for a session's "changed" mark.
 * @example shortDay('2024-11-20', 'ko') // "11월 20일"
 * @example shortDay('2024-11-20', 'en') // "20 Nov"
 */
export function shortDay(day: string, lang: Lang): string {
	const d = Temporal.PlainDate.from(day);
	return lang === 'ko' ? `${d.month}월 ${d.day}일` : `${d.day} ${d.toLocaleString('en-GB', { month: 'short', calendar: 'gregory' })}`;
}

/** A session's time as a change tells it: the day too when the day is not the same on both sides. */
function placementText(p: Placement, withDay: boolean, lang: Lang): string {
	return withDay ? `${formatEventDate(p.date, lang)} ${p.start}–${p.end}` : `${p.start}–${p.end}`;
}

/**
 * One change in a sentence of the page's language.
 * @example describeChange({ kind: 'moved', from: { date: '2024-11-25', start: '10:00', end: '10:40' }, to: { …, start: '11:00', end: '11:40' } }, 'en', t) // "Moved: 10:00–10:40 → 11:00–11:40"
 */
export function describeChange(change: SessionChange, lang: Lang, t: ChangeWords): string {
	switch (change.kind) {
		case 'moved': {
			const withDay = change.from.date !== change.to.date;
			return t('change.moved', { from: placementText(change.from, withDay, lang), to: placementText(change.to, withDay, lang) });
		}
		case 'room':
			return t('change.room', { from: inLang(change.from, lang), to: inLang(change.to, lang) });
		case 'room-confirmed':
			return t('change.room-confirmed', { room: inLang(change.room, lang) });
		case 'title':
			return t('change.title', { from: inLang(change.from, lang) });
		case 'speakers': {
			const names = [...change.added.map((s) => `+ ${inLang(s, lang)}`), ...change.removed.map((s) => `− ${inLang(s, lang)}`)];
			return t('change.speakers', { names: names.join(', ') });
		}
		default:
			return t(`change.${change.kind}`);
	}
}

/** All changes of an entry in one line. */
export const describeEntry = (entry: Pick<ChangeEntry, 'changes'>, lang: Lang, t: ChangeWords) =>
	entry.changes.map((c) => describeChange(c, lang, t)).join(' · ');

/** Entries grouped by the day they were made on in the event's time zone, newest day first (entries keep their order). */
export function groupByDay<T extends Pick<ChangeEntry, 'date'>>(entries: readonly T[], timeZone: string): { day: string; entries: T[] }[] {
	const days = new Map<string, T[]>();
	for (const entry of entries) {
		const day = changeDay(entry.date, timeZone);
		days.set(day, [...(days.get(day) ?? []), entry]);
	}
	return [...days].map(([day, list]) => ({ day, entries: list }));
}

/** An entry's anchor on the changes page, which its feed entry links to. */
export const entryAnchor = (entry: Pick<ChangeEntry, 'commit' | 'session'>) => `change-${entry.commit.slice(0, 12)}-${entry.session}`;
