/** /schedule.xml and /en/schedule.xml: the programme for conference apps (frab schedule XML). */
import type { APIRoute } from 'astro';
import { feedResponse } from '../../data/feeds';
import { langStaticPaths, type Lang } from '../../i18n/languages';

export const getStaticPaths = langStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = ({ props: { lang }, site }) => feedResponse(lang, 'xml', site);
