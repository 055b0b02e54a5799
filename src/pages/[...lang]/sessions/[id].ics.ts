/** /sessions/<id>.ics and /en/sessions/<id>.ics: one session as a calendar file (see src/lib/calendar.ts). */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../../data';
import { absoluteUrl } from '../../../data/urls';
import { buildCalendar } from '../../../lib/calendar';
import { langStaticPaths, type Lang } from '../../../lib/i18n';
import type { SessionView } from '../../../lib/model';

export async function getStaticPaths() {
	const paths = await Promise.all(
		langStaticPaths().map(async ({ params, props }) => {
			const { sessions } = await getSiteData(props.lang);
			return sessions.map((session) => ({ params: { ...params, id: session.id }, props: { lang: props.lang, session } }));
		}),
	);
	return paths.flat();
}

export const GET: APIRoute<{ lang: Lang; session: SessionView }> = async ({ props: { lang, session }, site }) => {
	const { event, sessions } = await getSiteData(lang);
	const body = buildCalendar({ lang, event, sessions, scope: { kind: 'session', session }, site: site!, absolute: (path) => absoluteUrl(lang, path, site) });
	return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
