import { defaultLang, localizedPath, type Lang } from '../i18n/languages';

/** A site path in a language under the configured base (SITE_BASE). */
export function url(lang: Lang, path: string): string {
	return localizedPath(lang, path, import.meta.env.BASE_URL);
}

/** The absolute URL of a site path in a language (for canonical links and calendar files). */
export function absoluteUrl(lang: Lang, path: string, site: URL | undefined): string {
	if (!site) throw new Error('Set `site` in astro.config.mjs (SITE_URL) to build absolute URLs.');
	return new URL(url(lang, path), site).href;
}

/** A language-free file of the site (e.g. "/slides/keynote.pdf") under the configured base. */
export function fileUrl(path: string): string {
	return localizedPath(defaultLang, path, import.meta.env.BASE_URL);
}

/** The absolute URL of a language-free file of the site. */
export function absoluteFileUrl(path: string, site: URL | undefined): string {
	return absoluteUrl(defaultLang, path, site);
}
