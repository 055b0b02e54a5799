/** The site's languages; Korean is the default and has no URL prefix. */
export const languages = ['ko', 'en'] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = 'ko';

/** The other language, for the language switch. */
export function otherLang(lang: Lang): Lang {
	return lang === 'ko' ? 'en' : 'ko';
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

/** getStaticPaths entries for a page written once for both languages under src/pages/[...lang]/. */
export function langStaticPaths(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
	return languages.map((lang) => ({ params: { lang: lang === defaultLang ? undefined : lang }, props: { lang } }));
}

/** Each language's one locale tag: the `lang` attribute, hreflang, Intl formatting, the sitemap and og:locale. */
export const localeTags = { ko: 'ko-KR', en: 'en-GB' } as const satisfies Record<Lang, string>;

/** The BCP 47 tag of a language. */
export function localeTag(lang: Lang): string {
	return localeTags[lang];
}

/** The same tag as Open Graph writes it ("ko_KR"). */
export function ogLocale(lang: Lang): string {
	return localeTag(lang).replace('-', '_');
}

/** The `lang` attribute words need on a page in another language: undefined when they are in the page's language. */
export function langAttr(pageLang: Lang, wordsLang: Lang): string | undefined {
	return wordsLang === pageLang ? undefined : localeTag(wordsLang);
}
