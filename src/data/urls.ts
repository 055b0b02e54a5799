import { localizedPath, type Lang } from '../lib/i18n';

/** A site path in a language under the configured base (SITE_BASE). */
export function url(lang: Lang, path: string): string {
	return localizedPath(lang, path, import.meta.env.BASE_URL);
}

/** The absolute URL of a site path in a language (for canonical links and calendar files). */
export function absoluteUrl(lang: Lang, path: string, site: URL | undefined): string {
	if (!site) throw new Error('Set `site` in astro.config.mjs (SITE_URL) to build absolute URLs.');
	return new URL(url(lang, path), site).href;
}
