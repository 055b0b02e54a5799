import type { Lang } from './i18n';
import type { SessionKind, SessionStatus } from '../schemas/session';

/** A room as shown in one language. */
export interface RoomView {
	id: string;
	name: string;
	provisional: boolean;
}

/** The short form of a track that sessions carry. */
export interface TrackRef {
	id: string;
	partner: string;
	name: string;
	color: string;
	/** false when the English words are missing and the Korean ones stand in. */
	translated: boolean;
}

/** A partner track in one language. */
export interface TrackView extends TrackRef {
	teaches: string[];
	audience?: string;
	order: number;
}

/** The short form of a speaker that sessions carry. */
export interface SpeakerRef {
	id: string;
	name: string;
	role: string;
	organization: string;
	/** false when the English words are missing and the Korean ones stand in. */
	translated: boolean;
}

/** A speaker in one language, with the sessions computed from the session files. */
export interface SpeakerView extends SpeakerRef {
	photo?: string;
	links: { label: string; url: string }[];
	sessionIds: string[];
}

/** A session in one language with every reference resolved and its times as instants. */
export interface SessionView {
	id: string;
	lang: Lang;
	title: string;
	summary: string;
	kind: SessionKind;
	status: SessionStatus;
	/** false when the English words are missing and the Korean ones stand in. */
	translated: boolean;
	/** The event day, YYYY-MM-DD. */
	date: string;
	/** Wall-clock times in the event's time zone, "HH:MM". */
	start: string;
	end: string;
	/** The same times as local ISO 8601 with their offset, for `<time datetime>`: "2024-11-25T10:00+09:00". */
	startIso: string;
	endIso: string;
	/** The same times as ISO instants in UTC. */
	startsAt: string;
	endsAt: string;
	startMs: number;
	endMs: number;
	/** The room's place in the event's room list: orders sessions that start together. */
	order: number;
	room: RoomView;
	track?: TrackRef;
	speakers: SpeakerRef[];
}

/** A programme result in one language. */
export interface ResultView {
	id: string;
	title: string;
	summary: string;
	order: number;
	tracks: string[];
	translated: boolean;
}
