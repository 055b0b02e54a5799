import { z } from 'astro/zod';
import { languages, type Lang } from './languages';
import type { PluralText } from './translate';
import type ko from './ko';

/** The shape every language's file must have: Korean's keys, each plain text or plural forms like Korean's. */
export type UiStrings = { [K in keyof typeof ko]: (typeof ko)[K] extends string ? string : PluralText };
export type UiKey = keyof UiStrings;

const text = z.string().trim().min(1, 'an interface string may not be empty');
const plural = z.strictObject({
	zero: text.optional(),
	one: text.optional(),
	two: text.optional(),
	few: text.optional(),
	many: text.optional(),
	other: text,
});

/**
 * The schema of a language's interface strings, derived from the Korean file: a missing key, an extra
 * key, an empty string or plain text where Korean has plural forms (or the reverse) fails the build.
 */
export function uiStringsSchema(reference: Readonly<Record<string, unknown>>) {
	return z.strictObject(Object.fromEntries(Object.entries(reference).map(([key, value]) => [key, typeof value === 'string' ? text : plural])));
}

/**
 * Every language's strings checked against the Korean file of a folder of strings (src/i18n/ for the
 * interface, src/i18n/check/ for the content check); throws with every problem listed.
 * @example checkStringFiles({ ko, en }, 'src/i18n/check') // { ko, en }, typed by ko
 */
export function checkStringFiles<T>(all: Record<Lang, Readonly<Record<string, unknown>>>, folder: string): Record<Lang, T> {
	const schema = uiStringsSchema(all.ko);
	const problems = languages.flatMap((lang) => {
		const result = schema.safeParse(all[lang]);
		return result.success ? [] : [`${folder}/${lang}.ts:\n${z.prettifyError(result.error)}`];
	});
	if (problems.length > 0) throw new Error(`Strings do not match ${folder}/ko.ts:\n${problems.join('\n')}`);
	return all as Record<Lang, T>;
}
