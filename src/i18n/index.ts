/**
 * Interface words: one file per language (ko.ts is the reference, en.ts must match it key for key),
 * checked when the site builds, and one `t(key, values)` for pages and browser scripts alike.
 */
import { z } from 'astro/zod';
import { languages, localeTag, type Lang } from '../lib/i18n';
import { translator, type UiValues } from '../lib/translate';
import type { SessionKind } from '../schemas/session';
import type { ShownStatus } from '../lib/time/event-phase';
import en from './en';
import ko from './ko';
import { uiStringsSchema, type UiKey, type UiStrings } from './schema';

export type { UiKey } from './schema';

/** Every language's strings, checked against the Korean reference (throws with every problem listed). */
export function checkUiStrings(all: Record<Lang, Readonly<Record<string, unknown>>>): Record<Lang, UiStrings> {
	const schema = uiStringsSchema(all.ko);
	const problems = languages.flatMap((lang) => {
		const result = schema.safeParse(all[lang]);
		return result.success ? [] : [`src/i18n/${lang}.ts:\n${z.prettifyError(result.error)}`];
	});
	if (problems.length > 0) throw new Error(`Interface strings do not match src/i18n/ko.ts:\n${problems.join('\n')}`);
	return all as Record<Lang, UiStrings>;
}

/** The interface strings of each language. */
export const ui = checkUiStrings({ ko, en });

/**
 * The interface words of a language: `t(key, values)` fills `{name}` slots and picks plural forms for `n`.
 * @example useTranslations('en')('agenda.count', { n: 1 }) // "Showing 1 session."
 */
export function useTranslations(lang: Lang): (key: UiKey, values?: UiValues) => string {
	let t = translators.get(lang);
	if (!t) translators.set(lang, (t = translator<UiKey>(localeTag(lang), ui[lang])));
	return t;
}
const translators = new Map<Lang, (key: UiKey, values?: UiValues) => string>();

/** A subset of a language's strings for a browser script, which builds the same `t` from them. */
export function scriptStrings(lang: Lang, keys: readonly UiKey[]): Partial<UiStrings> {
	return Object.fromEntries(keys.map((key) => [key, ui[lang][key]]));
}

/** The label of a session kind. */
export const kindLabel = (lang: Lang, kind: SessionKind) => ui[lang][`kind.${kind}`];
/** The label of a session status. */
export const statusLabel = (lang: Lang, status: ShownStatus) => ui[lang][`status.${status}`];
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
