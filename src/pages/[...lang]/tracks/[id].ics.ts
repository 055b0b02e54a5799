/** /tracks/<id>.ics and /en/tracks/<id>.ics: a partner track's sessions as a calendar file (see src/lib/calendar.ts). */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../../data';
import { absoluteUrl } from '../../../data/urls';
import { buildCalendar, sessionsInScope } from '../../../lib/calendar';
import { langStaticPaths, type Lang } from '../../../lib/i18n';
import type { TrackView } from '../../../lib/model';

export async function getStaticPaths() {
	const paths = await Promise.all(
		langStaticPaths().map(async ({ params, props }) => {
			const { tracks, sessions } = await getSiteData(props.lang);
			// A track with no session yet has no file: an empty VCALENDAR is invalid (its page shows no links either).
			return tracks
				.filter((track) => sessionsInScope({ kind: 'track', track }, sessions).length > 0)
				.map((track) => ({ params: { ...params, id: track.id }, props: { lang: props.lang, track } }));
		}),
	);
	return paths.flat();
}

export const GET: APIRoute<{ lang: Lang; track: TrackView }> = async ({ props: { lang, track }, site }) => {
	const { event, sessions } = await getSiteData(lang);
	const body = buildCalendar({ lang, event, sessions, scope: { kind: 'track', track }, site: site!, absolute: (path) => absoluteUrl(lang, path, site) });
	return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
