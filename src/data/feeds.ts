import { buildScheduleJson, buildScheduleXml, type FeedInput } from '../lib/feeds/conference';
import type { Lang } from '../i18n/languages';
import { getSiteData } from './index';
import { absoluteUrl, siteUrl } from './urls';

const formats = {
	json: { build: buildScheduleJson, type: 'application/json; charset=utf-8' },
	xml: { build: buildScheduleXml, type: 'application/xml; charset=utf-8' },
} as const;

/** The response of a conference-app feed endpoint: the whole programme in a language (see src/lib/feeds/conference.ts). */
export async function feedResponse(lang: Lang, format: keyof typeof formats, site: URL = siteUrl()): Promise<Response> {
	const { event, sessions } = await getSiteData(lang);
	const input: FeedInput = { lang, event, sessions, site, absolute: (path) => absoluteUrl(lang, path, site) };
	return new Response(formats[format].build(input), { headers: { 'Content-Type': formats[format].type } });
}
