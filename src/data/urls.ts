import { defaultLang, localizedPath, type Lang } from '../i18n/languages';
import { siteSettings } from '../lib/settings';

/** The site's origin (SITE_URL), the same URL astro.config.mjs gives Astro as `site`. */
export const siteUrl = (): URL => new URL(siteSettings().site);

/** A site path in a language under the configured base (SITE_BASE). */
export function url(lang: Lang, path: string): string {
	return localizedPath(lang, path, import.meta.env.BASE_URL);
}

/** The absolute URL of a site path in a language (for canonical links and calendar files), on Astro.site or SITE_URL's origin. */
export function absoluteUrl(lang: Lang, path: string, site: URL = siteUrl()): string {
	return new URL(url(lang, path), site).href;
}

/** A language-free file of the site (e.g. "/slides/keynote.pdf") under the configured base. */
export function fileUrl(path: string): string {
	return localizedPath(defaultLang, path, import.meta.env.BASE_URL);
}

/** The absolute URL of a language-free file of the site. */
export function absoluteFileUrl(path: string, site: URL = siteUrl()): string {
	return absoluteUrl(defaultLang, path, site);
}
