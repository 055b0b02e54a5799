/** /schedule.ics and /en/schedule.ics: the whole day as a calendar file (see src/lib/calendar.ts). */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../data';
import { absoluteUrl } from '../../data/urls';
import { buildCalendar } from '../../lib/calendar';
import { langStaticPaths, type Lang } from '../../lib/i18n';

export const getStaticPaths = langStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ props: { lang }, site }) => {
	const { event, sessions } = await getSiteData(lang);
	const body = buildCalendar({ lang, event, sessions, scope: { kind: 'all' }, site: site!, absolute: (path) => absoluteUrl(lang, path, site) });
	return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
