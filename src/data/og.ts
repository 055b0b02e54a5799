/**
 * The link-preview cards of every page in a language, from the same views the pages render.
 * src/pages/og/[...image].png.ts renders them; BaseLayout points og:image at them.
 */
import { affiliation, kindLabel, statusLabel, useTranslations } from '../i18n';
import type { Lang } from '../lib/i18n';
import { speakerLine, type OgCard } from '../lib/og-card';
import { formatEventDate } from '../lib/time';
import { getSiteData } from '.';

/** One card per page of a language: the language-free page path and what its card shows. */
export async function getOgCards(lang: Lang): Promise<{ path: string; card: OgCard }[]> {
	const t = useTranslations(lang);
	const { event, sessions, speakers, tracks } = await getSiteData(lang);
	const base = { lang, shortName: event.shortName, eventName: event.name[lang], dateLabel: formatEventDate(event.date, lang) };
	const more = (n: number) => t('og.moreSpeakers', { n });
	const page = (path: string, title: string, extra: Partial<OgCard> = {}) => ({ path, card: { ...base, title, ...extra } });
	return [
		page('/', event.tagline[lang], { kicker: `${event.venue.name[lang]}, ${event.venue.city[lang]}` }),
		page('/agenda/', t('agenda.title')),
		page('/speakers/', t('speakers.title')),
		page('/tracks/', t('tracks.title')),
		page('/results/', t('results.title')),
		page('/venue/', t('venue.title'), { subtitle: `${event.venue.name[lang]}, ${event.venue.city[lang]}` }),
		page('/my/', t('my.title')),
		page('/search/', t('search.title')),
		...sessions.map((s) =>
			page(`/sessions/${s.id}/`, s.title, {
				kicker: kindLabel(lang, s.kind),
				// A provisional time is left off: messengers keep a preview long after the time changes.
				time: s.status === 'tentative' ? undefined : `${s.start}–${s.end} ${s.zone.short}`,
				badge: s.status === 'confirmed' ? undefined : { label: statusLabel(lang, s.status), tone: s.status === 'cancelled' ? 'cancelled' : 'pending' },
				struck: s.status === 'cancelled',
				speakers: speakerLine(
					s.speakers.map((p) => p.name),
					more,
				),
				track: s.track && { label: `${s.track.partner} · ${s.track.name}`, color: s.track.color },
			}),
		),
		...speakers.map((p) => page(`/speakers/${p.id}/`, p.name, { kicker: t('speakers.title'), subtitle: affiliation(p) })),
		...tracks.map((tr) => page(`/tracks/${tr.id}/`, `${tr.partner} · ${tr.name}`, { kicker: t('tracks.title'), track: { label: tr.partner, color: tr.color } })),
	];
}
