/**
 * /sessions/<id>.ics and /en/sessions/<id>.ics: one session as a calendar file. A large event has thousands: in a build
 * this route lists none and hands them all to src/integrations/calendar-files.ts, which writes them after the pages
 * (src/lib/build/handoff.ts); the dev server answers each from here.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { entryStaticPaths } from '../../../data';
import { calendarResponse, sessionCalendarFiles } from '../../../data/calendar';
import type { Lang } from '../../../i18n/languages';
import { handoffExpected, handOver } from '../../../lib/build/handoff';
import { CALENDAR_FILES } from '../../../lib/calendar/ics';
import type { SessionView } from '../../../lib/model/model';

export const getStaticPaths = (async () => {
	const paths = await entryStaticPaths((site) => site.sessions);
	if (handoffExpected(CALENDAR_FILES) && handOver(CALENDAR_FILES, await sessionCalendarFiles(paths, new URL(import.meta.env.SITE)))) return [];
	return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang; entry: SessionView }> = ({ props: { lang, entry }, site }) =>
	calendarResponse(lang, { kind: 'session', session: entry }, site);
