/** /changes.xml and /en/changes.xml: the changes page as an Atom feed (src/lib/changes/feed.ts). */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../data';
import { changesFeedResponse } from '../../data/changes';
import { langStaticPaths, type Lang } from '../../i18n';

export const getStaticPaths = langStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ props: { lang }, site }) => {
	const { sessions } = await getSiteData(lang);
	return changesFeedResponse(lang, new Set(sessions.map((s) => s.id)), site);
};
