/**
 * The content check's words: one file per language (ko.ts is the reference, en.ts must match it key for
 * key, the same check as the interface strings), and `both(key, values)`, which says a message the way
 * every check message is said: Korean, then English, "한국어 / English".
 */
import { localeTag, type Lang } from '../languages';
import { translator, type PluralText, type UiValues } from '../translate';
import { checkStringFiles } from '../schema';
import en from './en';
import ko from './ko';

/** The shape every language's file must have: Korean's keys, each plain text or plural forms like Korean's. */
export type CheckStrings = { [K in keyof typeof ko]: (typeof ko)[K] extends string ? string : PluralText };
/** A key of the check's words. */
export type CheckKey = keyof CheckStrings;

/** Every language's check words, checked against the Korean reference (throws with every problem listed). */
export function checkCheckStrings(all: Record<Lang, Readonly<Record<string, unknown>>>): Record<Lang, CheckStrings> {
	return checkStringFiles<CheckStrings>(all, 'src/i18n/check');
}

const strings = checkCheckStrings({ ko, en });
const say = { ko: translator<CheckKey>(localeTag('ko'), strings.ko), en: translator<CheckKey>(localeTag('en'), strings.en) };

/** A value for a message slot: the same in both languages, or worded in each. */
export type CheckValue = string | number | Readonly<Record<Lang, string>>;

const valuesIn = (lang: Lang, values: Readonly<Record<string, CheckValue>>): UiValues =>
	Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === 'object' ? value[lang] : value]));

/**
 * A check message in one language.
 * @example inLanguage('en', 'word.or') // "or"
 */
export function inLanguage(lang: Lang, key: CheckKey, values: Readonly<Record<string, CheckValue>> = {}): string {
	return say[lang](key, valuesIn(lang, values));
}

/**
 * A check message worded in each language, to fill a slot of another message.
 * @example both('reference.unknown', { where: inEach('where.rooms') })
 */
export function inEach(key: CheckKey, values: Readonly<Record<string, CheckValue>> = {}): Record<Lang, string> {
	return { ko: inLanguage('ko', key, values), en: inLanguage('en', key, values) };
}

/**
 * A check message in both languages, Korean first.
 * @example both('yaml.quote') // "따옴표가 닫히지 않았습니다 / a quote is not closed."
 */
export function both(key: CheckKey, values: Readonly<Record<string, CheckValue>> = {}): string {
	return `${inLanguage('ko', key, values)} / ${inLanguage('en', key, values)}`;
}
