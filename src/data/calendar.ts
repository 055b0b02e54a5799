import { buildCalendar, calendarPath, type CalendarFiles, type CalendarScope } from '../lib/calendar/ics';
import { localizedPath } from '../i18n/languages';
import type { Lang } from '../i18n/languages';
import { sessionRevision, type SessionRevision } from '../lib/calendar/revisions';
import type { SessionView } from '../lib/model/model';
import { getSiteData } from './index';
import { contentHistory } from './revisions';
import { absoluteFileUrl, absoluteUrl, siteUrl } from './urls';

/** Each session's revision, worked out once per language's session list (a large event has a calendar file per session). */
const revisionsOf = new WeakMap<readonly SessionView[], ReadonlyMap<string, SessionRevision>>();

/** The text of a calendar file: a scope of the programme in a language (see src/lib/calendar/ics.ts). */
export async function calendarText(lang: Lang, scope: CalendarScope, site: URL = siteUrl()): Promise<string> {
	const [{ event, sessions }, history] = await Promise.all([getSiteData(lang), contentHistory()]);
	let revisions = revisionsOf.get(sessions);
	if (!revisions) revisionsOf.set(sessions, (revisions = new Map(sessions.map((s) => [s.id, sessionRevision(s.id, history, event.revised)]))));
	return buildCalendar({
		lang,
		event,
		sessions,
		scope,
		site,
		absolute: (path) => absoluteUrl(lang, path, site),
		absoluteFile: (path) => absoluteFileUrl(path, site),
		revisions,
	});
}

/** The response of a calendar-file endpoint (calendarText). */
export async function calendarResponse(lang: Lang, scope: CalendarScope, site: URL = siteUrl()): Promise<Response> {
	return new Response(await calendarText(lang, scope, site), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}

/**
 * Every session's calendar file in both languages, by its path under the site's root (e.g. "en/sessions/keynote.ics"),
 * on the site's address as Astro has it (as the route's own responses do): what the sessions' calendar route hands a
 * build to write.
 */
export async function sessionCalendarFiles(paths: readonly { props: { lang: Lang; entry: SessionView } }[], site: URL): Promise<CalendarFiles> {
	const files = await Promise.all(
		paths.map(async ({ props: { lang, entry } }) => {
			const scope: CalendarScope = { kind: 'session', session: entry };
			return [localizedPath(lang, calendarPath(scope), '/').slice(1), await calendarText(lang, scope, site)] as const;
		}),
	);
	return new Map(files);
}
