import type { EventData } from '../../schemas/event';
import type { ResultData } from '../../schemas/result';
import type { SessionData, SessionTranslation } from '../../schemas/session';
import type { SpeakerData } from '../../schemas/speaker';
import type { TrackData } from '../../schemas/track';
import { DEFAULT_DAY_CHANGE, firstDay, programmeDays, programmeDaySpan, sessionTimes } from '../time/programme-day';
import { eventPhase, roomNoteKey, shownStatus, type EventPhase } from '../time/event-phase';
import { sessionMaterials } from './session-materials';
import { langAttr, type Lang } from '../../i18n/languages';
import type {
	ProgrammeDayView,
	ResultView,
	RoomView,
	SessionAround,
	SessionView,
	SiteViews,
	SpeakerRef,
	SpeakerView,
	TrackRef,
	TrackView,
	Words,
} from './model';
import { bounded, concurrentSessions, groupSessionsBySlot, nextSessions, sortSessions } from '../agenda/schedule';
import { zoneLabel } from '../time/zoned';

/** A content entry as the loaders give it: id, validated data and the file it came from. */
export interface Entry<D> {
	id: string;
	data: D;
	filePath?: string;
}

/** Korean entries and the English words for some of them. */
export interface Localizable<D, W> {
	entries: readonly Entry<D>[];
	english: readonly Entry<W>[];
}

/**
 * A reference that names nothing. The content check (src/lib/content-check/reference-rules.ts) reports these
 * to organizers before any build, so this only happens on content that skipped it: a bug, said plainly.
 */
export class MissingReferenceError extends Error {
	constructor(entry: Entry<unknown>, what: string) {
		super(`${entry.filePath ?? entry.id}: ${what} does not exist; the content check (npm run check) reports this before a build`);
		this.name = 'MissingReferenceError';
	}
}

/** A referenced view the content check has vouched for. */
function checked<T>(view: T | undefined, entry: Entry<unknown>, what: string): T {
	if (view === undefined) throw new MissingReferenceError(entry, what);
	return view;
}

/** The language of words written in `wordsLang`, for a page in `lang`. */
export function words(lang: Lang, wordsLang: Lang): Words {
	return { wordsLang, langAttr: langAttr(lang, wordsLang) };
}

/**
 * Every entry of a collection with its words in a language: the English file over the Korean when there is
 * one, and the language those words are in.
 */
function localized<D extends object, W extends object>(collection: Localizable<D, W>, lang: Lang) {
	const english = new Map(collection.english.map((e) => [e.id, e.data]));
	return collection.entries.map((entry) => {
		const translation = lang === 'en' ? english.get(entry.id) : undefined;
		const data: D & Partial<W> = translation ? { ...entry.data, ...translation } : entry.data;
		return { entry, data, words: words(lang, translation ? 'en' : 'ko') };
	});
}

const trackRef = (t: TrackRef): TrackRef => ({ id: t.id, partner: t.partner, name: t.name, color: t.color, wordsLang: t.wordsLang, langAttr: t.langAttr });

/** A room in a language, with the note (a key of the interface words) its flag calls for in the event's phase. */
export function roomView(event: EventData, id: string, lang: Lang, phase: EventPhase): RoomView | undefined {
	const room = event.rooms.find((r) => r.id === id);
	if (!room) return undefined;
	// "To be announced" comes from the flag and the phase, never from the name, so it cannot outlive the day.
	return { id: room.id, name: room.name[lang], provisional: room.provisional, note: roomNoteKey(room, phase) };
}

/** Partner tracks in a language, in their set order, not yet joined to sessions and results. */
export function resolveTracks(tracks: Localizable<TrackData, Partial<TrackData>>, lang: Lang): TrackView[] {
	return localized(tracks, lang)
		.map(({ entry, data, words }) => {
			return {
				id: entry.id,
				partner: data.partner,
				name: data.name,
				color: data.color,
				logo: data.logo,
				teaches: data.teaches,
				audience: data.audience,
				order: data.order,
				...words,
				sessions: [],
				slots: [],
				results: [],
			};
		})
		.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** Sessions in a language with their room, track and speakers resolved, in programme order. */
export function resolveSessions(input: {
	lang: Lang;
	event: EventData;
	sessions: Localizable<SessionData, SessionTranslation>;
	speakers: Localizable<SpeakerData, Partial<SpeakerData>>;
	tracks: Localizable<TrackData, Partial<TrackData>>;
}): SessionView[] {
	const { lang, event } = input;
	const phase = eventPhase(event);
	const tracks = new Map(resolveTracks(input.tracks, lang).map((t) => [t.id, t]));
	const speakers = new Map(resolveSpeakerRefs(input.speakers, lang).map((s) => [s.id, s]));
	const views = localized(input.sessions, lang).map(({ entry, data, words }): SessionView => {
		const room = checked(roomView(event, data.room, lang, phase), entry, `room "${data.room}"`);
		const track = data.track ? checked(tracks.get(data.track), entry, `track "${data.track}"`) : undefined;
		const date = data.date ?? firstDay(event);
		const times = sessionTimes(date, data.start, data.end, event.timeZone, event.dayChange ?? DEFAULT_DAY_CHANGE);
		// The content check refuses such times with the file and line; this guards data that skipped it.
		if (!times.ok) throw new Error(`${entry.filePath ?? entry.id}: the times ${data.start}–${data.end} on ${date} cannot be placed (${times.fault.kind}).`);
		return {
			id: entry.id,
			title: data.title,
			summary: data.summary,
			kind: data.kind,
			status: shownStatus(data.status, phase),
			...words,
			date,
			start: data.start,
			end: data.end,
			startIso: times.start.iso,
			endIso: times.end.iso,
			startsAt: times.start.instant,
			endsAt: times.end.instant,
			startMs: times.start.ms,
			endMs: times.end.ms,
			startsNextDay: times.start.nextDay,
			endsNextDay: times.end.nextDay,
			zone: zoneLabel(times.start.ms, event.timeZone, lang),
			order: event.rooms.findIndex((r) => r.id === data.room),
			room,
			track: track && trackRef(track),
			speakers: data.speakers.map((id) => checked(speakers.get(id), entry, `speaker "${id}"`)),
			materials: sessionMaterials(data),
		};
	});
	return sortSessions(views);
}

function resolveSpeakerRefs(speakers: Localizable<SpeakerData, Partial<SpeakerData>>, lang: Lang) {
	return localized(speakers, lang).map(({ entry, data, words }): SpeakerRef => {
		return { id: entry.id, name: data.name, role: data.role, organization: data.organization, photo: data.photo, ...words };
	});
}

/** Speakers in a language, each with the sessions that name them, in the order of their first session. */
export function resolveSpeakers(speakers: Localizable<SpeakerData, Partial<SpeakerData>>, sessions: readonly SessionView[], lang: Lang): SpeakerView[] {
	const position = new Map(sessions.map((s, i) => [s.id, i]));
	const views = localized(speakers, lang).map(({ entry, data, words }): SpeakerView => {
		return {
			id: entry.id,
			name: data.name,
			role: data.role,
			organization: data.organization,
			photo: data.photo,
			links: data.links,
			...words,
			sessions: sessions.filter((s) => s.speakers.some((p) => p.id === entry.id)),
		};
	});
	const firstSession = (v: SpeakerView) => (v.sessions[0] ? (position.get(v.sessions[0].id) ?? 0) : Number.MAX_SAFE_INTEGER);
	return views.sort((a, b) => firstSession(a) - firstSession(b) || a.name.localeCompare(b.name, lang));
}

/** Programme results in a language, in their set order, with the tracks they came from. */
export function resolveResults(results: Localizable<ResultData, Partial<ResultData>>, tracks: readonly TrackRef[], lang: Lang): ResultView[] {
	const byTrack = new Map(tracks.map((t) => [t.id, t]));
	return localized(results, lang)
		.map(({ entry, data, words }) => {
			const from = data.tracks.map((id) => checked(byTrack.get(id), entry, `track "${id}"`));
			return { id: entry.id, title: data.title, summary: data.summary, order: data.order, tracks: from.map(trackRef), ...words };
		})
		.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** Everything the content holds, for one language. */
export interface SiteContent {
	event: EventData;
	sessions: Localizable<SessionData, SessionTranslation>;
	speakers: Localizable<SpeakerData, Partial<SpeakerData>>;
	tracks: Localizable<TrackData, Partial<TrackData>>;
	results: Localizable<ResultData, Partial<ResultData>>;
}

/** How many sessions a session page lists at the same time and up next, and the glance per time slot. */
export const AROUND_MAX = 4;
export const GLANCE_MAX = 4;

/**
 * Each programme day with its sessions and slots, from its day change to the next (a one-day event has one).
 * Named at the day's first session: on a day when the clocks change, that is the time its programme starts in.
 */
export function resolveDays(event: EventData, sessions: readonly SessionView[], lang: Lang): ProgrammeDayView[] {
	const dated = programmeDays(event).length > 1;
	return programmeDays(event).map((date, index) => {
		const span = programmeDaySpan(date, event.timeZone, event.dayChange ?? DEFAULT_DAY_CHANGE);
		const own = sessions.filter((s) => s.date === date);
		return {
			date,
			index,
			...span,
			zone: zoneLabel(own[0]?.startMs ?? span.startMs, event.timeZone, lang),
			sessions: own,
			slots: groupSessionsBySlot(own, dated),
		};
	});
}

/**
 * Every view of a language, references resolved and joined: a speaker's and a track's sessions, a track's
 * results, the agenda's slots and filter options, the day's span. Pages only render what this returns.
 */
export function resolveSite(content: SiteContent, lang: Lang): SiteViews {
	const { event } = content;
	const phase = eventPhase(event);
	const sessions = resolveSessions({ lang, event, sessions: content.sessions, speakers: content.speakers, tracks: content.tracks });
	const tracks = resolveTracks(content.tracks, lang);
	const results = resolveResults(content.results, tracks, lang);
	for (const track of tracks) {
		track.sessions = sessions.filter((s) => s.track?.id === track.id);
		track.slots = groupSessionsBySlot(track.sessions, programmeDays(event).length > 1);
		track.results = results.filter((r) => r.tracks.some((t) => t.id === track.id));
	}
	const dated = programmeDays(event).length > 1;
	const slots = groupSessionsBySlot(sessions, dated);
	const days = resolveDays(event, sessions, lang);
	// "Up next" stays within the session's programme day; "at the same time" is any overlap.
	const sameDay = new Map(days.map((d) => [d.date, d.sessions]));
	const around = new Map<string, SessionAround>(
		sessions.map((s) => [
			s.id,
			{ same: bounded(concurrentSessions(s, sessions), AROUND_MAX), next: bounded(nextSessions(s, sameDay.get(s.date) ?? []), AROUND_MAX) },
		]),
	);
	return {
		sessions,
		speakers: resolveSpeakers(content.speakers, sessions, lang),
		tracks,
		results,
		keynotes: sessions.filter((s) => s.kind === 'keynote'),
		around,
		glance: slots.map((slot) => ({ ...slot, sessions: slot.sessions.slice(0, GLANCE_MAX), more: Math.max(0, slot.sessions.length - GLANCE_MAX) })),
		slots,
		filters: {
			tracks: tracks.filter((t) => t.sessions.length > 0).map(trackRef),
			kinds: [...new Set(sessions.map((s) => s.kind))],
		},
		day: { startMs: days[0]!.startMs, endMs: days.at(-1)!.endMs, zone: days[0]!.zone },
		days,
		press: event.press
			.map((p) => ({ outlet: p.outlet, title: p.title, date: p.date, url: p.url, ...words(lang, p.lang) }))
			.sort((a, b) => b.date.localeCompare(a.date) || a.outlet.localeCompare(b.outlet)),
		gallery: event.gallery.map((p) => ({ image: p.image, alt: p.alt[lang], caption: p.caption[lang] })),
		rooms: event.rooms.map((r) => roomView(event, r.id, lang, phase)!),
		phase,
		noTimeConfirmed: sessions.every((s) => s.status !== 'confirmed'),
	};
}
