/**
 * Interface words with values filled in: one function for pages (at build time) and the browser scripts
 * (which receive the strings they need from the page). No imports, so the scripts stay small.
 */

/** A word that depends on a count: the CLDR plural forms a language uses ("other" always). */
export type PluralText = Partial<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>> & { other: string };

/** One interface string: plain text, or plural forms chosen by the value `n`. Both may hold `{name}` slots. */
export type UiText = string | PluralText;

/** Values for the `{name}` slots of a string; `n` also picks a plural form. */
export type UiValues = Record<string, string | number>;

/**
 * Fills `{name}` slots and picks the plural form for `values.n` with the language's own rules.
 * @example translator('en-GB', { count: { one: '{n} session', other: '{n} sessions' } })('count', { n: 1 }) // "1 session"
 */
export function translator<K extends string>(localeTag: string, strings: Readonly<Record<K, UiText>>) {
	const plural = new Intl.PluralRules(localeTag);
	return (key: K, values: UiValues = {}): string => {
		const entry = strings[key];
		if (entry === undefined) throw new Error(`No interface string "${key}" for ${localeTag}`);
		let text: string;
		if (typeof entry === 'string') text = entry;
		else {
			if (typeof values.n !== 'number') throw new Error(`Interface string "${key}" has plural forms: give it a number n`);
			text = entry[plural.select(values.n)] ?? entry.other;
		}
		return text.replace(/\{(\w+)\}/g, (slot, name: string) => {
			const value = values[name];
			if (value === undefined) throw new Error(`Interface string "${key}" needs a value for {${name}}`);
			return typeof value === 'number' ? value.toLocaleString(localeTag) : value;
		});
	};
}
