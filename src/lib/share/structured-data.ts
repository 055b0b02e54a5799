/**
 * Structured data (JSON-LD, schema.org types from schema-dts) that tells search engines what a page
 * is: the event day, a session, a speaker's profile, where a page sits in the site. Pure: pages pass
 * views and absolute URLs in, BaseLayout writes the result with {@link serializeJsonLd}.
 */
import type { BreadcrumbList, Event, EventStatusType, Graph, Organization, Person, Place, PostalAddress, ProfilePage, Thing } from 'schema-dts';
import type { SessionView, SpeakerRef } from '../model/model';

/** The event facts structured data needs, in one language. */
export interface EventFacts {
	name: string;
	description: string;
	/** BCP 47, e.g. "ko-KR". */
	inLanguage: string;
	venue: { name: string; city: string; address?: { street?: string; region?: string; postalCode?: string; country?: string } };
	/** Each with the absolute URL of its logo, when content gives one. */
	organizers: { name: string; url?: string; logo?: string }[];
}

/** Absolute URLs a page's structured data points at. */
export interface PageUrls {
	/** The page itself in its language. */
	page: string;
	/** The page's preview image. */
	image: string;
	/** The stable identity of the event day: the same in both languages. */
	dayId: string;
}

/**
 * JSON-LD that can sit inside a <script> element whatever the content says: "<", ">" and "&" and the
 * line separators U+2028/U+2029 are written as \u escapes, so no "</script>", "<!--" or "]]>" can
 * appear, and JSON.parse reads back exactly the same value.
 * @example serializeJsonLd({ name: '</script>' }) // '{"name":"\\u003c/script\\u003e"}'
 */
export function serializeJsonLd(data: Thing | Graph): string {
	return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The nodes of a page as one JSON-LD document. */
export function jsonLdGraph(nodes: Thing[]): Graph {
	return { '@context': 'https://schema.org', '@graph': nodes };
}

/**
 * The programme's span: the session that starts first and the one that ends last, of those that still take place.
 * @example programmeSpan(sessions) // { first: keynote, last: closing }
 */
export function programmeSpan<T extends Pick<SessionView, 'status' | 'startMs' | 'endMs'>>(sessions: readonly T[]): { first: T; last: T } | undefined {
	const live = sessions.filter((s) => s.status !== 'cancelled');
	if (live.length === 0) return undefined;
	return { first: live.reduce((a, b) => (b.startMs < a.startMs ? b : a)), last: live.reduce((a, b) => (b.endMs > a.endMs ? b : a)) };
}

function place(facts: EventFacts, room?: string): Place {
	const { address } = facts.venue;
	const postal: PostalAddress = {
		'@type': 'PostalAddress',
		addressLocality: facts.venue.city,
		...(address?.street && { streetAddress: address.street }),
		...(address?.region && { addressRegion: address.region }),
		...(address?.postalCode && { postalCode: address.postalCode }),
		...(address?.country && { addressCountry: address.country }),
	};
	return { '@type': 'Place', name: room ? `${room}, ${facts.venue.name}` : facts.venue.name, address: postal };
}

const organizers = (facts: EventFacts): Organization[] =>
	facts.organizers.map((o) => ({ '@type': 'Organization', name: o.name, ...(o.url && { url: o.url }), ...(o.logo && { logo: o.logo }) }));

const statusOf = (status: SessionView['status']): EventStatusType =>
	status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled';

/** The event day as a schema.org Event (the home page). */
export function eventDayJsonLd(facts: EventFacts, urls: PageUrls, span: { first: { startIso: string }; last: { endIso: string } }): Event {
	return {
		'@type': 'Event',
		'@id': urls.dayId,
		name: facts.name,
		description: facts.description,
		startDate: span.first.startIso,
		endDate: span.last.endIso,
		eventStatus: 'https://schema.org/EventScheduled',
		eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
		location: place(facts),
		organizer: organizers(facts),
		image: [urls.image],
		inLanguage: facts.inLanguage,
		url: urls.page,
	};
}

/** A session as an Event of its own, part of the day (superEvent), its speakers as performers. */
export function sessionJsonLd(
	facts: EventFacts,
	urls: PageUrls & { id: string; speaker: (s: SpeakerRef) => string },
	session: Pick<SessionView, 'title' | 'summary' | 'status' | 'startIso' | 'endIso' | 'speakers'>,
	/** The room as the page names it (roomLabel). */
	room: string,
): Event {
	return {
		'@type': 'Event',
		'@id': urls.id,
		name: session.title,
		description: session.summary,
		startDate: session.startIso,
		endDate: session.endIso,
		eventStatus: statusOf(session.status),
		eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
		location: place(facts, room),
		organizer: organizers(facts),
		image: [urls.image],
		inLanguage: facts.inLanguage,
		url: urls.page,
		superEvent: { '@id': urls.dayId },
		...(session.speakers.length > 0 && { performer: session.speakers.map((s): Person => ({ '@type': 'Person', name: s.name, url: urls.speaker(s) })) }),
	};
}

/** A speaker's page: a ProfilePage about the Person, their photo (an absolute URL) as the Person's image. */
export function speakerJsonLd(
	speaker: Pick<SpeakerRef, 'name' | 'role' | 'organization'>,
	urls: { page: string; image: string; photo?: string },
	inLanguage: string,
): ProfilePage {
	return {
		'@type': 'ProfilePage',
		url: urls.page,
		inLanguage,
		image: urls.image,
		mainEntity: {
			'@type': 'Person',
			name: speaker.name,
			jobTitle: speaker.role,
			worksFor: { '@type': 'Organization', name: speaker.organization },
			url: urls.page,
			...(urls.photo && { image: urls.photo }),
		},
	};
}

/** Where a page sits: home, then each level down to the page itself (which needs no link). */
export function breadcrumbJsonLd(crumbs: { name: string; url: string }[]): BreadcrumbList {
	return {
		'@type': 'BreadcrumbList',
		itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
	};
}
