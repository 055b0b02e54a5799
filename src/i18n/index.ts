/**
 * The site's languages and their words, in one place: the languages and their paths and locale tags
 * (languages.ts), interface words in one file per language (ko.ts is the reference, en.ts must match it key for
 * key), checked when the site builds, and one `t(key, values)` for pages and browser scripts alike
 * (translate.ts, which imports nothing, so scripts import it directly and stay small).
 */
import { localeTag, type Lang } from './languages';
import { translator, type UiValues } from './translate';
import type { SessionKind } from '../schemas/session';
import type { RoomNoteKey, ShownStatus } from '../lib/time/event-phase';
import en from './en';
import ko from './ko';
import { checkStringFiles, type UiKey, type UiStrings } from './schema';

export type { UiKey } from './schema';
export * from './languages';
export type { PluralText, UiText, UiValues } from './translate';

/** The interface words of one language with values filled in (see useTranslations). */
export type Translate = (key: UiKey, values?: UiValues) => string;

/** Every language's strings, checked against the Korean reference (throws with every problem listed). */
export function checkUiStrings(all: Record<Lang, Readonly<Record<string, unknown>>>): Record<Lang, UiStrings> {
	return checkStringFiles<UiStrings>(all, 'src/i18n');
}

/** The interface strings of each language. */
export const ui = checkUiStrings({ ko, en });

/**
 * The interface words of a language: `t(key, values)` fills `{name}` slots and picks plural forms for `n`.
 * @example useTranslations('en')('agenda.count', { n: 1 }) // "Showing 1 session."
 */
export function useTranslations(lang: Lang): Translate {
	let t = translators.get(lang);
	if (!t) translators.set(lang, (t = translator<UiKey>(localeTag(lang), ui[lang])));
	return t;
}
const translators = new Map<Lang, Translate>();

/** A subset of a language's strings for a browser script, which builds the same `t` from them. */
export function scriptStrings(lang: Lang, keys: readonly UiKey[]): Partial<UiStrings> {
	return Object.fromEntries(keys.map((key) => [key, ui[lang][key]]));
}

/** The label of a session kind. */
export const kindLabel = (lang: Lang, kind: SessionKind) => ui[lang][`kind.${kind}`];
/** The label of a session status. */
export const statusLabel = (lang: Lang, status: ShownStatus) => ui[lang][`status.${status}`];
/**
 * A room's name as pages and calendars show it: a placeholder room with its note in brackets.
 * @example roomLabel('en', { name: 'Room B', note: 'room.tba' }) // "Room B (to be announced)"
 */
export function roomLabel(lang: Lang, room: { name: string; note?: RoomNoteKey | undefined }): string {
	return room.note ? `${room.name} (${useTranslations(lang)(room.note)})` : room.name;
}
/** The sentence that explains a status other than confirmed. */
export const statusSentence = (lang: Lang, status: Exclude<ShownStatus, 'confirmed'>) => ui[lang][`status.${status}Long`];

/**
 * A person's title and organization as the language of their words writes them.
 * @example affiliation({ role: '교수', organization: '서울대학교', wordsLang: 'ko' }) // "서울대학교 교수"
 * @example affiliation({ role: 'Professor', organization: 'Seoul National University', wordsLang: 'en' }) // "Professor, Seoul National University"
 */
export function affiliation(person: { role: string; organization: string; wordsLang: Lang }): string {
	return person.wordsLang === 'ko' ? `${person.organization} ${person.role}` : `${person.role}, ${person.organization}`;
}
