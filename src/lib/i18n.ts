/** The site's languages; Korean is the default and has no URL prefix. */
export const languages = ['ko', 'en'] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = 'ko';

/** The other language, for the language switch. */
export function otherLang(lang: Lang): Lang {
	return lang === 'ko' ? 'en' : 'ko';
}

/** Whether a string names one of the site's languages. */
export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/**
 * A site path in a language under the deploy base, always ending in "/" unless it names a file.
 * @example localizedPath('en', '/agenda/', '/techday/') // "/techday/en/agenda/"
 * @example localizedPath('ko', '/schedule.ics', '/') // "/schedule.ics"
 */
export function localizedPath(lang: Lang, path: string, base = '/'): string {
	const clean = path.replace(/^\/+/, '');
	const prefix = lang === defaultLang ? '' : `${lang}/`;
	const isFile = /\.[a-z0-9]+$/i.test(clean.split(/[?#]/)[0] ?? '');
	let joined = `${prefix}${clean}`;
	if (!isFile && joined !== '' && !/\/([?#].*)?$/.test(joined)) {
		joined = joined.replace(/^([^?#]*)/, '$1/');
	}
	return `${base.endsWith('/') ? base : `${base}/`}${joined}`;
}

/**
 * The language and language-free path of a site path (after the base is removed).
 * @example splitLangPath('/en/agenda/') // { lang: 'en', path: '/agenda/' }
 */
export function splitLangPath(path: string): { lang: Lang; path: string } {
	const match = /^\/(en)(\/.*)?$/.exec(path);
	if (match) return { lang: 'en', path: match[2] ?? '/' };
	return { lang: defaultLang, path: path || '/' };
}

/** getStaticPaths entries for a page written once for both languages under src/pages/[...lang]/. */
export function langStaticPaths(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
	return languages.map((lang) => ({ params: { lang: lang === defaultLang ? undefined : lang }, props: { lang } }));
}

/** The BCP 47 tag used for formatting and the `lang` attribute. */
export function langTag(lang: Lang): string {
	return lang === 'ko' ? 'ko-KR' : 'en';
}
