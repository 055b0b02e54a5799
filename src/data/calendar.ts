import { buildCalendar, type CalendarScope } from '../lib/calendar';
import type { Lang } from '../lib/i18n';
import { getSiteData } from './index';
import { absoluteFileUrl, absoluteUrl } from './urls';

/** The response of a calendar-file endpoint: a scope of the programme in a language (see src/lib/calendar.ts). */
export async function calendarResponse(lang: Lang, scope: CalendarScope, site: URL | undefined): Promise<Response> {
	if (!site) throw new Error('Set `site` in astro.config.mjs (SITE_URL): calendar files need absolute URLs.');
	const { event, sessions } = await getSiteData(lang);
	const body = buildCalendar({ lang, event, sessions, scope, site, absolute: (path) => absoluteUrl(lang, path, site), absoluteFile: (path) => absoluteFileUrl(path, site) });
	return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
