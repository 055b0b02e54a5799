/**
 * The link-preview cards of every page in a language that has its own, from the same views the pages render.
 * src/pages/og/[...image].png.ts renders them; BaseLayout points og:image at them.
 */
import type { Lang } from '../i18n/languages';
import type { OgCard } from '../lib/share/og-card';
import { siteOgCards } from '../lib/share/og-pages';
import { getSiteData } from '.';

/** One card per page of a language that has its own (ogCardPath): the language-free page path and what its card shows. */
export async function getOgCards(lang: Lang): Promise<{ path: string; card: OgCard }[]> {
	return siteOgCards(await getSiteData(lang), lang);
}
