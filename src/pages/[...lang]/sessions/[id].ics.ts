/** /sessions/<id>.ics and /en/sessions/<id>.ics: one session as a calendar file. */
import type { APIRoute } from 'astro';
import { entryStaticPaths } from '../../../data';
import { calendarResponse } from '../../../data/calendar';
import type { Lang } from '../../../i18n/languages';
import type { SessionView } from '../../../lib/model/model';

export const getStaticPaths = () => entryStaticPaths((site) => site.sessions);

export const GET: APIRoute<{ lang: Lang; entry: SessionView }> = ({ props: { lang, entry }, site }) =>
	calendarResponse(lang, { kind: 'session', session: entry }, site);
