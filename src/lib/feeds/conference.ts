/**
 * The programme for conference apps (Giggity, EventFahrplan, ConfClerk, …): the c3voc schedule JSON
 * (https://c3voc.de/schedule/schema.json) and the frab schedule XML, made from the same session views as
 * the pages and calendar files. Pure: no astro:* imports, no clock, no machine time zone.
 *
 * Both formats come from one model ({@link buildConferenceSchedule}); the XML is that model written with
 * xmlbuilder2, so the two can never disagree.
 */
import { Temporal } from 'temporal-polyfill';
import { v5 as uuidv5 } from 'uuid';
import { create } from 'xmlbuilder2';
import type { EventData } from '../../schemas/event';
import { sessionSummary, statusNote, summaryText } from '../calendar/ics';
import type { Lang } from '../../i18n/languages';
import type { SessionView, TrackRef } from '../model/model';
import { sessionUid, type EventKey } from '../calendar/uid';
import { firstDay, lastDay, programmeDays } from '../time/programme-day';

/** The event facts a feed needs. */
export type FeedEventFacts = Pick<EventData, 'name' | 'shortName' | 'description' | 'date' | 'dates' | 'timeZone' | 'revised' | 'rooms'>;

/** Everything a feed is made from. */
export interface FeedInput {
	lang: Lang;
	event: FeedEventFacts;
	/** Every session of the language, in programme order (cancelled ones too, marked). */
	sessions: readonly SessionView[];
	/** The site's origin (Astro.site): part of every GUID, as of every calendar UID. */
	site: string | URL;
	/** The absolute URL of a language-free site path in this feed's language, e.g. "/sessions/keynote/". */
	absolute: (path: string) => string;
}

/** The language-free site paths of the feeds. */
export const FEED_PATHS = { json: '/schedule.json', xml: '/schedule.xml' } as const;

/** A person of an event, as the c3voc schema's pretalx-style person (name + guid). */
export interface FeedPerson {
	guid: string;
	name: string;
	url: string;
}

/** One event (session) in c3voc JSON terms. */
export interface FeedEvent {
	guid: string;
	id: number;
	date: string;
	start: string;
	duration: string;
	room: string;
	slug: string;
	url: string;
	title: string;
	subtitle: string | null;
	track: string | null;
	type: string;
	language: string;
	abstract: string;
	description: null;
	persons: FeedPerson[];
	links: never[];
}

/** A room of the conference. */
export interface FeedRoom {
	name: string;
	slug: string;
	guid: string;
}

/** A track of the conference. */
export interface FeedTrack {
	name: string;
	slug: string;
	color: string;
}

/** The c3voc schedule JSON document. */
export interface ConferenceSchedule {
	$schema: string;
	schedule: {
		version: string;
		base_url: string;
		conference: {
			acronym: string;
			title: string;
			description: string;
			start: string;
			end: string;
			daysCount: number;
			timeslot_duration: string;
			time_zone_name: string;
			url: string;
			tracks: FeedTrack[];
			rooms: FeedRoom[];
			days: { index: number; date: string; day_start: string; day_end: string; rooms: Record<string, FeedEvent[]> }[];
		};
	};
}

/**
 * A GUID that follows a calendar UID: UUIDv5 of the UID in the URL namespace (c3voc names persons the
 * same way, uuid5(NS_URL, 'acct:…')). The same session has the same GUID in every language and file.
 * @example uidToGuid('keynote@tech-day-20241125.techday.example.com') // "…-5…-…" (version 5)
 */
export function uidToGuid(uid: string): string {
	return uuidv5(uid, uuidv5.URL);
}

/** The GUID of a session: from its calendar UID, so apps and calendars agree on what is the same session. */
export function sessionGuid(sessionId: string, event: EventKey, site: string | URL): string {
	return uidToGuid(sessionUid(sessionId, event, site));
}

/** The GUID of a room or speaker: a UID in the session UID's form, prefixed with the kind so it never meets a session's. */
function entityGuid(kind: 'room' | 'speaker', id: string, event: EventKey, site: string | URL): string {
	return uidToGuid(`${kind}:${sessionUid(id, event, site)}`);
}

/**
 * The legacy integer id frab apps still key favourites and alarms on: taken from the GUID, so it stays the
 * same when sessions are added or moved (a running number would not). Positive and below 2^28.
 */
export function guidToLegacyId(guid: string): number {
	return Number.parseInt(guid.replaceAll('-', '').slice(0, 7), 16) + 1;
}

/**
 * The conference acronym in the form both schemas accept: ASCII letters and digits of the short name, then the year.
 * @example conferenceAcronym({ shortName: 'Tech-Day', date: '2024-11-25' }) // "techday2024"
 */
export function conferenceAcronym(event: EventKey): string {
	return `${event.shortName.toLowerCase().replace(/[^a-z0-9]+/g, '')}${firstDay(event).slice(0, 4)}`;
}

/** Minutes as "HH:MM". */
function hoursMinutes(minutes: number): string {
	return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** An instant as the event's local date-time with seconds and offset: "2024-11-25T10:00:00+09:00". */
function localDateTime(instant: string, timeZone: string): string {
	return Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone).toString({ timeZoneName: 'never', smallestUnit: 'second' });
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** The grid apps draw the day on: the largest step that every start and duration is a multiple of. */
function timeslotMinutes(sessions: readonly SessionView[]): number {
	const steps = sessions.flatMap((s) => {
		const t = Temporal.PlainTime.from(s.start);
		return [t.hour * 60 + t.minute, (s.endMs - s.startMs) / 60_000];
	});
	return steps.reduce(gcd, 0) || 60;
}

const trackName = (track: TrackRef) => `${track.partner} · ${track.name}`;

/** The c3voc schedule of a language, as a plain object (what /schedule.json holds). */
export function buildConferenceSchedule(input: FeedInput): ConferenceSchedule {
	const { lang, event, sessions, site } = input;
	if (sessions.length === 0) throw new Error('A conference schedule needs at least one session.');
	const acronym = conferenceAcronym(event);
	const rooms: FeedRoom[] = event.rooms.map((room) => ({ name: room.name[lang], slug: room.id, guid: entityGuid('room', room.id, event, site) }));
	const tracks = new Map<string, FeedTrack>();
	for (const s of sessions)
		if (s.track && !tracks.has(s.track.id)) tracks.set(s.track.id, { name: trackName(s.track), slug: s.track.id, color: s.track.color.toLowerCase() });

	const ids = new Map<number, string>();
	const events = sessions.map((s) => {
		if (!(s.endMs > s.startMs)) throw new Error(`Session "${s.id}" must end after it starts (${s.start}–${s.end}).`);
		const event = feedEvent(s, input, acronym, rooms);
		const clash = ids.get(event.id);
		if (clash) throw new Error(`Sessions "${clash}" and "${s.id}" get the same legacy id ${event.id}; rename one of them.`);
		ids.set(event.id, s.id);
		return { session: s, event };
	});
	const days = programmeDays(event);
	for (const { session } of events)
		if (!days.includes(session.date)) throw new Error(`Session "${session.id}" is on ${session.date}, not on a programme day (${days.join(', ')}).`);
	return {
		$schema: 'https://c3voc.de/schedule/schema.json',
		schedule: {
			// Apps compare the version to see a new programme: the revision the organizers bump with every change.
			version: event.revised,
			base_url: input.absolute('/'),
			conference: {
				acronym,
				title: event.name[lang],
				description: event.description[lang],
				start: firstDay(event),
				end: lastDay(event),
				daysCount: days.length,
				timeslot_duration: hoursMinutes(timeslotMinutes(sessions)),
				time_zone_name: event.timeZone,
				url: input.absolute('/'),
				tracks: [...tracks.values()],
				rooms,
				days: days.map((date, i) =>
					feedDay(
						date,
						i + 1,
						events.filter((e) => e.session.date === date),
						rooms,
						event.timeZone,
					),
				),
			},
		},
	};
}

/** One session as a c3voc event. */
function feedEvent(s: SessionView, input: FeedInput, acronym: string, rooms: readonly FeedRoom[]): FeedEvent {
	const { event, site, lang } = input;
	const room = rooms.find((r) => r.slug === s.room.id)?.name;
	if (!room) throw new Error(`A session is in room "${s.room.id}", which content/event.yaml does not list.`);
	const guid = sessionGuid(s.id, event, site);
	const id = guidToLegacyId(guid);
	return {
		guid,
		id,
		date: localDateTime(s.startsAt, event.timeZone),
		start: s.start,
		duration: hoursMinutes((s.endMs - s.startMs) / 60_000),
		room,
		// c3voc's slug form "<acronym>-<id>-<name>": ASCII whatever the title's language.
		slug: `${acronym}-${id}-${s.id}`,
		url: input.absolute(`/sessions/${s.id}/`),
		title: sessionSummary(s, lang),
		subtitle: statusNote(s.status, lang) ?? null,
		track: s.track ? trackName(s.track) : null,
		type: s.kind,
		language: s.wordsLang,
		abstract: summaryText(s.summary),
		description: null,
		persons: s.speakers.map((p) => ({ guid: entityGuid('speaker', p.id, event, site), name: p.name, url: input.absolute(`/speakers/${p.id}/`) })),
		links: [],
	};
}

type FeedDay = ConferenceSchedule['schedule']['conference']['days'][number];

/**
 * One programme day: its events by room, from its first session's start to its last session's end (which may
 * be after midnight: a day runs until its day change). A day without sessions spans its date.
 */
function feedDay(
	date: string,
	index: number,
	events: readonly { session: SessionView; event: FeedEvent }[],
	rooms: readonly FeedRoom[],
	timeZone: string,
): FeedDay {
	const byRoom: Record<string, FeedEvent[]> = Object.fromEntries(rooms.map((r) => [r.name, []]));
	for (const { event } of events) byRoom[event.room]!.push(event);
	const starts = events.map((e) => e.session);
	const first = starts.reduce<SessionView | undefined>((a, s) => (!a || s.startMs < a.startMs ? s : a), undefined);
	const last = starts.reduce<SessionView | undefined>((a, s) => (!a || s.endMs > a.endMs ? s : a), undefined);
	const midnight = (d: string) => Temporal.PlainDate.from(d).toZonedDateTime({ timeZone }).toString({ timeZoneName: 'never', smallestUnit: 'second' });
	return {
		index,
		date,
		day_start: first ? localDateTime(first.startsAt, timeZone) : midnight(date),
		day_end: last ? localDateTime(last.endsAt, timeZone) : midnight(Temporal.PlainDate.from(date).add({ days: 1 }).toString()),
		rooms: byRoom,
	};
}

/** /schedule.json: the c3voc schedule JSON, indented, ending in a newline. */
export function buildScheduleJson(input: FeedInput): string {
	return `${JSON.stringify(buildConferenceSchedule(input), null, 2)}\n`;
}

type XmlElement = ReturnType<ReturnType<typeof create>['ele']>;

/** Child elements with text, in order: [name, text] pairs. */
function textElements(parent: XmlElement, fields: [string, string][]): void {
	for (const [name, text] of fields) parent.ele(name).txt(text);
}

/** /schedule.xml: the same schedule as frab XML (https://c3voc.de/schedule/schema.xsd). */
export function buildScheduleXml(input: FeedInput): string {
	const { schedule } = buildConferenceSchedule(input);
	const c = schedule.conference;
	const doc = create({ version: '1.0', encoding: 'UTF-8' });
	const root = doc.ele('schedule');
	root.ele('version').txt(schedule.version);
	const conference = root.ele('conference');
	textElements(conference, [
		['title', c.title],
		['acronym', c.acronym],
		['start', c.start],
		['end', c.end],
		['days', String(c.daysCount)],
		['timeslot_duration', c.timeslot_duration],
		['base_url', schedule.base_url],
		['url', c.url],
		['time_zone_name', c.time_zone_name],
	]);
	for (const track of c.tracks) conference.ele('track', { name: track.name, slug: track.slug, color: track.color });
	for (const day of c.days) {
		const dayEl = root.ele('day', { index: String(day.index), date: day.date, start: day.day_start, end: day.day_end });
		for (const room of c.rooms) {
			const roomEl = dayEl.ele('room', { name: room.name, guid: room.guid });
			for (const e of day.rooms[room.name] ?? []) {
				const el = roomEl.ele('event', { id: String(e.id), guid: e.guid });
				textElements(el, [
					['date', e.date],
					['start', e.start],
					['duration', e.duration],
					['room', e.room],
					['slug', e.slug],
					['url', e.url],
					['title', e.title],
					...(e.subtitle ? [['subtitle', e.subtitle] as [string, string]] : []),
					['track', e.track ?? ''],
					['type', e.type],
					['language', e.language],
					['abstract', e.abstract],
				]);
				const persons = el.ele('persons');
				for (const p of e.persons) persons.ele('person', { guid: p.guid }).txt(p.name);
				el.ele('links');
			}
		}
	}
	return `${doc.end({ prettyPrint: true, indent: '  ' })}\n`;
}
