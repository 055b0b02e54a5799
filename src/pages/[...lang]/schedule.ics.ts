/** /schedule.ics and /en/schedule.ics: the whole day as a calendar file. */
import type { APIRoute } from 'astro';
import { calendarResponse } from '../../data/calendar';
import { langStaticPaths, type Lang } from '../../i18n/languages';

export const getStaticPaths = langStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = ({ props: { lang }, site }) => calendarResponse(lang, { kind: 'all' }, site);
