/** /agenda/<date>.ics and /en/agenda/<date>.ics: one programme day of an event of several days as a calendar file. */
import type { APIRoute } from 'astro';
import { dayStaticPaths } from '../../../data';
import { calendarResponse } from '../../../data/calendar';
import type { Lang } from '../../../i18n/languages';
import type { ProgrammeDayView } from '../../../lib/model/model';

// A day with no session yet has no file: an empty VCALENDAR is invalid.
export const getStaticPaths = () => dayStaticPaths((day) => day.sessions.length > 0);

export const GET: APIRoute<{ lang: Lang; day: ProgrammeDayView }> = ({ props: { lang, day }, site }) =>
	calendarResponse(lang, { kind: 'day', date: day.date }, site);
