import type { EventData } from '../schemas/event';
import type { ResultData } from '../schemas/result';
import type { SessionData, SessionTranslation } from '../schemas/session';
import type { SpeakerData } from '../schemas/speaker';
import type { TrackData } from '../schemas/track';
import { referenceFaults, referenceFaultText } from './cross-entity';
import type { Lang } from './i18n';
import type { ResultView, RoomView, SessionView, SpeakerRef, SpeakerView, TrackView } from './model';
import { sortSessions } from './schedule';
import { instantToEpochMs, localIsoWithOffset, localTimeToInstant } from './time';

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

/** A reference in content that names nothing. */
export class MissingReferenceError extends Error {
	constructor(readonly problems: string[]) {
		super(`Content refers to entries that do not exist:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.name = 'MissingReferenceError';
	}
}

/** The words of an entry in a language: its English file over the Korean when there is one. */
function localize<D extends object, W extends object>(
	entry: Entry<D>,
	lang: Lang,
	english: ReadonlyMap<string, W>,
): { data: D & Partial<W>; translated: boolean } {
	if (lang === 'ko') return { data: entry.data, translated: true };
	const words = english.get(entry.id);
	return words ? { data: { ...entry.data, ...words }, translated: true } : { data: entry.data, translated: false };
}

const byId = <W>(entries: readonly Entry<W>[]) => new Map(entries.map((e) => [e.id, e.data]));

/** A room in a language. */
export function roomView(event: EventData, id: string, lang: Lang): RoomView | undefined {
	const room = event.rooms.find((r) => r.id === id);
	return room && { id: room.id, name: room.name[lang], provisional: room.provisional };
}

/** Partner tracks in a language, in their set order. */
export function resolveTracks(tracks: Localizable<TrackData, Partial<TrackData>>, lang: Lang): TrackView[] {
	const english = byId(tracks.english);
	return tracks.entries
		.map((entry) => {
			const { data, translated } = localize(entry, lang, english);
			return {
				id: entry.id,
				partner: data.partner,
				name: data.name,
				color: data.color,
				teaches: data.teaches,
				audience: data.audience,
				order: data.order,
				translated,
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
	const english = byId(input.sessions.english);
	const tracks = new Map(resolveTracks(input.tracks, lang).map((t) => [t.id, t]));
	const speakers = new Map(resolveSpeakerRefs(input.speakers, lang).map((s) => [s.id, s]));
	const known = { rooms: event.rooms.map((r) => r.id), speakers: [...speakers.keys()], tracks: [...tracks.keys()] };
	const problems = input.sessions.entries.flatMap((entry) =>
		referenceFaults('sessions', entry.data, known).map((fault) => `${entry.filePath ?? entry.id}: ${referenceFaultText(fault)}`),
	);
	if (problems.length > 0) throw new MissingReferenceError(problems);
	const views = input.sessions.entries.map((entry): SessionView => {
		const { data, translated } = localize(entry, lang, english);
		const room = roomView(event, data.room, lang);
		const track = data.track ? tracks.get(data.track) : undefined;
		const people = data.speakers.map((id) => speakers.get(id));
		const startsAt = localTimeToInstant(event.date, data.start, event.timeZone);
		const endsAt = localTimeToInstant(event.date, data.end, event.timeZone);
		return {
			id: entry.id,
			lang,
			title: data.title,
			summary: data.summary,
			kind: data.kind,
			status: data.status,
			translated,
			date: event.date,
			start: data.start,
			end: data.end,
			startIso: localIsoWithOffset(event.date, data.start, event.timeZone),
			endIso: localIsoWithOffset(event.date, data.end, event.timeZone),
			startsAt,
			endsAt,
			startMs: instantToEpochMs(startsAt),
			endMs: instantToEpochMs(endsAt),
			order: event.rooms.findIndex((r) => r.id === data.room),
			room: room ?? { id: data.room, name: data.room, provisional: true },
			track: track && { id: track.id, partner: track.partner, name: track.name, color: track.color, translated: track.translated },
			speakers: people.filter((p): p is SpeakerRef => p !== undefined),
		};
	});
	return sortSessions(views);
}

function resolveSpeakerRefs(speakers: Localizable<SpeakerData, Partial<SpeakerData>>, lang: Lang) {
	const english = byId(speakers.english);
	return speakers.entries.map((entry) => {
		const { data, translated } = localize(entry, lang, english);
		return { id: entry.id, name: data.name, role: data.role, organization: data.organization, translated };
	});
}

/** Speakers in a language, each with the sessions that name them, in the order of their first session. */
export function resolveSpeakers(
	speakers: Localizable<SpeakerData, Partial<SpeakerData>>,
	sessions: readonly SessionView[],
	lang: Lang,
): SpeakerView[] {
	const english = byId(speakers.english);
	const views = speakers.entries.map((entry) => {
		const { data, translated } = localize(entry, lang, english);
		return {
			id: entry.id,
			name: data.name,
			role: data.role,
			organization: data.organization,
			photo: data.photo,
			links: data.links,
			translated,
			sessionIds: sessions.filter((s) => s.speakers.some((p) => p.id === entry.id)).map((s) => s.id),
		};
	});
	const firstSession = (v: SpeakerView) => {
		const i = sessions.findIndex((s) => s.id === v.sessionIds[0]);
		return i === -1 ? Number.MAX_SAFE_INTEGER : i;
	};
	return views.sort((a, b) => firstSession(a) - firstSession(b) || a.name.localeCompare(b.name, lang));
}

/** Programme results in a language, in their set order. */
export function resolveResults(results: Localizable<ResultData, Partial<ResultData>>, lang: Lang): ResultView[] {
	const english = byId(results.english);
	return results.entries
		.map((entry) => {
			const { data, translated } = localize(entry, lang, english);
			return { id: entry.id, title: data.title, summary: data.summary, order: data.order, tracks: data.tracks, translated };
		})
		.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}
