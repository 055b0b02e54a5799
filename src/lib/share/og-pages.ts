/**
 * The link-preview card of every page in a language, from the same views the pages render: pure, so a
 * test can read every word a preview image shows (src/data/og.ts hands it the site's views).
 */
import { affiliation, kindLabel, statusLabel, useTranslations } from '../../i18n';
import type { EventData } from '../../schemas/event';
import type { Lang } from '../../i18n/languages';
import type { SiteViews } from '../model/model';
import { ogCardPath, speakerLine, type OgCard } from './og-card';
import { formatEventDate, formatEventDates } from '../time/zoned';
import { programmeDays } from '../time/programme-day';

/** One card per page of a language that has its own (ogCardPath): the language-free page path and what its card shows. */
export function siteOgCards(
	site: Pick<SiteViews, 'sessions' | 'speakers' | 'tracks' | 'days'> & { event: EventData },
	lang: Lang,
): { path: string; card: OgCard }[] {
	const t = useTranslations(lang);
	const { event, sessions, speakers, tracks, days } = site;
	const base = { lang, shortName: event.shortName, eventName: event.name[lang], dateLabel: formatEventDates(programmeDays(event), lang) };
	const more = (n: number) => t('og.moreSpeakers', { n });
	const page = (path: string, title: string, extra: Partial<OgCard> = {}) => ({ path, card: { ...base, title, ...extra } });
	const cards = [
		page('/', event.tagline[lang], { kicker: `${event.venue.name[lang]}, ${event.venue.city[lang]}` }),
		page('/agenda/', t('agenda.title')),
		// An event of several days has a page per day, each with the day on its card.
		...(days.length > 1 ? days.map((d) => page(`/agenda/${d.date}/`, t('agenda.title'), { subtitle: formatEventDate(d.date, lang) })) : []),
		page('/speakers/', t('speakers.title')),
		page('/tracks/', t('tracks.title')),
		page('/results/', t('results.title')),
		page('/venue/', t('venue.title'), { subtitle: `${event.venue.name[lang]}, ${event.venue.city[lang]}` }),
		...(event.gallery.length > 0 ? [page('/gallery/', t('gallery.title'))] : []),
		page('/my/', t('my.title')),
		page('/search/', t('search.title')),
		page('/changes/', t('changes.title')),
		...sessions.map((s) =>
			page(`/sessions/${s.id}/`, s.title, {
				kicker: kindLabel(lang, s.kind),
				// A time never confirmed is left off: messengers keep a preview long after the time changes.
				time: s.status === 'tentative' || s.status === 'unpublished' ? undefined : `${s.start}–${s.end} ${s.zone.short}`,
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
		...tracks.map((tr) =>
			page(`/tracks/${tr.id}/`, `${tr.partner} · ${tr.name}`, { kicker: t('tracks.title'), track: { label: tr.partner, color: tr.color } }),
		),
	];
	return cards.filter(({ path }) => ogCardPath(path) === path);
}

const NOT_WORDS = new Set(['lang', 'color', 'tone']);

/** Every word a card shows (every string in it but its language, colours and tones), for tests and checks. */
export function ogCardWords(card: OgCard): string[] {
	const words = (value: unknown): string[] =>
		typeof value === 'string'
			? [value]
			: value && typeof value === 'object'
				? Object.entries(value).flatMap(([k, v]) => (NOT_WORDS.has(k) ? [] : words(v)))
				: [];
	return words(card);
}
