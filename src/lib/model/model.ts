import type { ImageMetadata } from 'astro';
import type { Lang } from '../../i18n/languages';
import type { Bounded, DaySpan, Slot } from '../agenda/schedule';
import type { ZoneLabel } from '../time/zoned';
import type { SessionKind } from '../../schemas/session';
import type { EventPhase, RoomNoteKey, ShownStatus } from '../time/event-phase';
import type { Material } from './session-materials';

/**
 * The language of an entry's words, decided once in the data layer: English words on an English page,
 * or the Korean ones standing in when the English file is missing.
 */
export interface Words {
	/** The language the words are written in. */
	wordsLang: Lang;
	/** The `lang` attribute they need on the page: undefined when they are in the page's language. */
	langAttr?: string;
}

/** A room in one language. */
export interface RoomView {
	id: string;
	/** The room's name from the event file, in the page's language. */
	name: string;
	provisional: boolean;
	/** The note a placeholder room carries in the event's phase (an interface-words key: roomLabel shows it). */
	note?: RoomNoteKey;
}

/** The short form of a track that sessions carry. */
export interface TrackRef extends Words {
	id: string;
	partner: string;
	name: string;
	color: string;
}

/** A partner track in one language, with its sessions and the results it contributed to. */
export interface TrackView extends TrackRef {
	/** The partner's logo, shown with the partner's name as its alt text. */
	logo?: ImageMetadata;
	teaches: string[];
	audience?: string;
	order: number;
	sessions: SessionView[];
	/** The same sessions grouped by start time, as the agenda shows them. */
	slots: Slot<SessionView>[];
	results: ResultView[];
}

/** The short form of a speaker that sessions carry. */
export interface SpeakerRef extends Words {
	id: string;
	name: string;
	role: string;
	organization: string;
	/** Shown with the speaker's name as its alt text, or an empty one where the name stands beside it. */
	photo?: ImageMetadata;
}

/** A speaker in one language, with the sessions that name them (computed from the session files). */
export interface SpeakerView extends SpeakerRef {
	links: { label: string; url: string }[];
	sessions: SessionView[];
}

/** A session in one language with every reference resolved and its times as instants. */
export interface SessionView extends Words {
	id: string;
	title: string;
	summary: string;
	kind: SessionKind;
	/** The status as shown in the event's phase: after the day an unconfirmed time is "unpublished". */
	status: ShownStatus;
	/** The session's programme day, YYYY-MM-DD (the event day of a one-day event). */
	date: string;
	/** Wall-clock times in the event's time zone, "HH:MM". */
	start: string;
	end: string;
	/** Whether the start or the end falls after midnight, on the date after the programme day ("+1"). */
	startsNextDay: boolean;
	endsNextDay: boolean;
	/** The same times as local ISO 8601 with their offset, for `<time datetime>`: "2024-11-25T10:00+09:00". */
	startIso: string;
	endIso: string;
	/** The same times as ISO instants in UTC. */
	startsAt: string;
	endsAt: string;
	startMs: number;
	endMs: number;
	/** The event zone's name when the session starts, in the page language. */
	zone: ZoneLabel;
	/** The room's place in the event's room list: orders sessions that start together. */
	order: number;
	room: RoomView;
	track?: TrackRef;
	speakers: SpeakerRef[];
	/** What the session left behind: its recording and slides, recording first. */
	materials: Material[];
	/** Its "changed" mark, when it changed in the week before the programme's latest commit (src/lib/changes/recent.ts). */
	change?: { day: string; label: string; text: string };
}

/** A photo of the day, with its words in one language. */
export interface PhotoView {
	image: ImageMetadata;
	alt: string;
	caption: string;
}

/** An article about the event, on a page in one language. */
export interface PressView extends Words {
	outlet: string;
	title: string;
	/** YYYY-MM-DD */
	date: string;
	url: string;
}

/** A programme result in one language, with the tracks it came from. */
export interface ResultView extends Words {
	id: string;
	title: string;
	summary: string;
	order: number;
	tracks: TrackRef[];
}

/** What a session page lists beside the session: a few of what runs at the same time and comes next. */
export interface SessionAround {
	same: Bounded<SessionView>;
	next: Bounded<SessionView>;
}

/** The event's span as instants (from its first day's day change to its last day's) and the zone's name at its start. */
export interface DayView extends DaySpan {
	zone: ZoneLabel;
}

/** One programme day: its date, its span from day change to day change, its sessions and their slots. */
export interface ProgrammeDayView extends DayView {
	/** YYYY-MM-DD. */
	date: string;
	/** Its place among the programme days, from 0. */
	index: number;
	sessions: SessionView[];
	slots: Slot<SessionView>[];
}

/** What the agenda's filters offer: the tracks that have a session and the kinds that occur. */
export interface AgendaFilterOptions {
	tracks: TrackRef[];
	kinds: SessionKind[];
}

/** Every view of one language, joined: pages read these and compute nothing. */
export interface SiteViews {
	sessions: SessionView[];
	speakers: SpeakerView[];
	tracks: TrackView[];
	results: ResultView[];
	/** The keynotes, which the home page features. */
	keynotes: SessionView[];
	/** Per session id: the sessions a session page lists beside it, bounded for a large programme. */
	around: Map<string, SessionAround>;
	/** Sessions that start together, in time order, each bounded for the home page's glance. */
	glance: Slot<SessionView>[];
	/** Sessions that start together, in time order. */
	slots: Slot<SessionView>[];
	filters: AgendaFilterOptions;
	/** The whole event's span (one programme day for a one-day event). */
	day: DayView;
	/** The programme days in order, each with its sessions. */
	days: ProgrammeDayView[];
	/** Articles about the event, newest first, each headline with the language it is written in. */
	press: PressView[];
	/** The photos of the day, in the event file's order. */
	gallery: PhotoView[];
	/** The venue's rooms, each with the note its flag and the phase call for. */
	rooms: RoomView[];
	/** Before or after the day, as the event file says. */
	phase: EventPhase;
	/** No session has a confirmed time yet: pages say that all times are provisional. */
	noTimeConfirmed: boolean;
}
