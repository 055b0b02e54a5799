/** /schedule.json and /en/schedule.json: the programme for conference apps (c3voc schedule JSON). */
import type { APIRoute } from 'astro';
import { feedResponse } from '../../data/feeds';
import { langStaticPaths, type Lang } from '../../i18n/languages';

export const getStaticPaths = langStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = ({ props: { lang }, site }) => feedResponse(lang, 'json', site);
