import { z } from 'astro/zod';
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
