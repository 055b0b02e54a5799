import { buildCalendar, type CalendarScope } from '../lib/calendar/ics';
import type { Lang } from '../i18n/languages';
import { sessionRevision, type SessionRevision } from '../lib/calendar/revisions';
import type { SessionView } from '../lib/model/model';
import { getSiteData } from './index';
import { contentHistory } from './revisions';
import { absoluteFileUrl, absoluteUrl, siteUrl } from './urls';

/** Each session's revision, worked out once per language's session list (a large event has a calendar file per session). */
const revisionsOf = new WeakMap<readonly SessionView[], ReadonlyMap<string, SessionRevision>>();

/** The response of a calendar-file endpoint: a scope of the programme in a language (see src/lib/calendar/ics.ts). */
export async function calendarResponse(lang: Lang, scope: CalendarScope, site: URL = siteUrl()): Promise<Response> {
	const [{ event, sessions }, history] = await Promise.all([getSiteData(lang), contentHistory()]);
	let revisions = revisionsOf.get(sessions);
	if (!revisions) revisionsOf.set(sessions, (revisions = new Map(sessions.map((s) => [s.id, sessionRevision(s.id, history, event.revised)]))));
	const body = buildCalendar({
		lang,
		event,
		sessions,
		scope,
		site,
		absolute: (path) => absoluteUrl(lang, path, site),
		absoluteFile: (path) => absoluteFileUrl(path, site),
		revisions,
	});
	return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
