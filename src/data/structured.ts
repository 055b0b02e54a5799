/**
 * The structured data of the home, session and speaker pages, from the same views the pages render
 * (the builders are in src/lib/share/structured-data.ts).
 */
import type { Event, ProfilePage } from 'schema-dts';
import { localeTag, roomLabel, type Lang } from '../i18n';
import type { SessionView, SpeakerView } from '../lib/model/model';
import { ogCardPath, ogImageName } from '../lib/share/og-card';
import { eventDayJsonLd, programmeSpan, sessionJsonLd, speakerJsonLd, type EventFacts, type PageUrls } from '../lib/share/structured-data';
import type { EventData } from '../schemas/event';
import { logoUrl, speakerPhotoUrl } from './images';
import { absoluteUrl } from './urls';

async function facts(event: EventData, lang: Lang, site: URL | undefined): Promise<EventFacts> {
	const address = event.venue.address;
	return {
		name: event.name[lang],
		description: event.description[lang],
		inLanguage: localeTag(lang),
		venue: {
			name: event.venue.name[lang],
			city: event.venue.city[lang],
			address: address && { street: address.street?.[lang], region: address.region?.[lang], postalCode: address.postalCode, country: address.country },
		},
		organizers: await Promise.all(event.organizers.map(async (o) => ({ name: o.name[lang], url: o.url, logo: o.logo && (await logoUrl(o.logo, site)) }))),
	};
}

/** A page's own URL and image, and the event day's identity (the Korean home page's, in both languages). */
function urls(lang: Lang, path: string, site: URL | undefined): PageUrls {
	return {
		page: absoluteUrl(lang, path, site),
		image: new URL(`${import.meta.env.BASE_URL}og/${ogImageName(lang, ogCardPath(path))}`, site).href,
		dayId: `${absoluteUrl('ko', '/', site)}#event`,
	};
}

/** The home page: the event day, from its first session's start to its last session's end. */
export async function homeJsonLd(event: EventData, lang: Lang, site: URL | undefined, sessions: SessionView[]): Promise<Event[]> {
	const span = programmeSpan(sessions);
	return span ? [eventDayJsonLd(await facts(event, lang, site), urls(lang, '/', site), span)] : [];
}

/** A session page: the session as an Event within the day. */
export async function sessionPageJsonLd(event: EventData, lang: Lang, site: URL | undefined, session: SessionView): Promise<Event> {
	const path = `/sessions/${session.id}/`;
	return sessionJsonLd(
		await facts(event, lang, site),
		{ ...urls(lang, path, site), id: `${absoluteUrl('ko', path, site)}#event`, speaker: (s) => absoluteUrl(lang, `/speakers/${s.id}/`, site) },
		session,
		roomLabel(lang, session.room),
	);
}

/** A speaker page: a profile about the person, with their photo when content gives one. */
export async function speakerPageJsonLd(lang: Lang, site: URL | undefined, speaker: SpeakerView): Promise<ProfilePage> {
	const photo = speaker.photo && (await speakerPhotoUrl(speaker.photo, site));
	return speakerJsonLd(speaker, { ...urls(lang, `/speakers/${speaker.id}/`, site), photo }, localeTag(lang));
}
