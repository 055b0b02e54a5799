/** /tracks/<id>.ics and /en/tracks/<id>.ics: a partner track's sessions as a calendar file. */
import type { APIRoute } from 'astro';
import { entryStaticPaths } from '../../../data';
import { calendarResponse } from '../../../data/calendar';
import { sessionsInScope } from '../../../lib/calendar/ics';
import type { Lang } from '../../../i18n/languages';
import type { TrackView } from '../../../lib/model/model';

// A track with no session yet has no file: an empty VCALENDAR is invalid (its page shows no links either).
export const getStaticPaths = () =>
	entryStaticPaths((site) => site.tracks.filter((track) => sessionsInScope({ kind: 'track', track }, site.sessions).length > 0));

export const GET: APIRoute<{ lang: Lang; entry: TrackView }> = ({ props: { lang, entry }, site }) =>
	calendarResponse(lang, { kind: 'track', track: entry }, site);
