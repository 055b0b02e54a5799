/**
 * Content for unit tests, made the way the site makes it: every entry goes through the real schemas and
 * every view through the real resolver, so a fixture the site would refuse fails loudly here.
 */
import { resolveSite, type Entry, type SiteContent } from '../../src/lib/model/resolve';
import { EventSchema } from '../../src/schemas/event';
import { ResultSchema, ResultTranslationSchema } from '../../src/schemas/result';
import { SessionSchema, SessionTranslationSchema } from '../../src/schemas/session';
import { SpeakerSchema, SpeakerTranslationSchema } from '../../src/schemas/speaker';
import { TrackSchema, TrackTranslationSchema } from '../../src/schemas/track';
import type { Lang } from '../../src/i18n/languages';
import { pageRoute, type PageRoute } from '../../src/data/route';

/** An event file's data (YAML as parsed, before the schema). */
export const eventInput = {
	name: { ko: '2024 디지털 이노베이션 인사이트', en: '2024 Digital Innovation Insight' },
	shortName: 'Tech-Day',
	tagline: { ko: '태그라인', en: 'Tagline' },
	description: { ko: '과기정통부, NIPA; 그리고 빅테크\\파트너', en: 'MSIT, NIPA; and big tech\\partners' },
	date: '2024-11-25',
	timeZone: 'Asia/Seoul',
	revised: '2024-11-18T09:00:00+09:00',
	venue: { name: { ko: '서울드래곤시티', en: 'Seoul Dragon City' }, city: { ko: '서울', en: 'Seoul' }, mapQuery: '서울드래곤시티' },
	rooms: [
		{ id: 'main-hall', name: { ko: '메인 세션장', en: 'Main hall' }, provisional: true },
		{ id: 'room-b', name: { ko: 'B실', en: 'Room B' } },
	],
	organizers: [{ name: { ko: '과학기술정보통신부', en: 'Ministry of Science and ICT' }, role: { ko: '주최', en: 'Host' } }],
};

/** Content files by id: Korean data and, where given, the English words (both as YAML would give them). */
export interface FixtureInput {
	event?: Partial<typeof eventInput> & Record<string, unknown>;
	sessions?: Record<string, { ko: Record<string, unknown>; en?: Record<string, unknown> }>;
	speakers?: Record<string, { ko: Record<string, unknown>; en?: Record<string, unknown> }>;
	tracks?: Record<string, { ko: Record<string, unknown>; en?: Record<string, unknown> }>;
	results?: Record<string, { ko: Record<string, unknown>; en?: Record<string, unknown> }>;
}

type Schema<T> = { parse: (data: unknown) => T };

function localizable<D, W>(files: FixtureInput['sessions'], korean: Schema<D>, english: Schema<W>, dir: string) {
	const list = Object.entries(files ?? {});
	const entry = <T>(id: string, data: T, lang: string): Entry<T> => ({ id, data, filePath: `content/${lang}${dir}/${id}.md` });
	return {
		entries: list.map(([id, f]) => entry(id, korean.parse(f.ko), '')),
		english: list.filter(([, f]) => f.en).map(([id, f]) => entry(id, english.parse(f.en), 'en/')),
	};
}

/** The content of a site, parsed by the real schemas. */
export function fixtureContent(input: FixtureInput): SiteContent {
	return {
		event: EventSchema.parse({ ...eventInput, ...input.event }),
		sessions: localizable(input.sessions, SessionSchema, SessionTranslationSchema, 'sessions'),
		speakers: localizable(input.speakers, SpeakerSchema, SpeakerTranslationSchema, 'speakers'),
		tracks: localizable(input.tracks, TrackSchema, TrackTranslationSchema, 'tracks'),
		results: localizable(input.results, ResultSchema, ResultTranslationSchema, 'results'),
	};
}

/** Every view of a language, as pages get them. */
export function fixtureSite(input: FixtureInput, lang: Lang = 'ko') {
	const content = fixtureContent(input);
	return { event: content.event, ...resolveSite(content, lang) };
}

/** What src/middleware.ts puts on `Astro.locals` for a page of a language: for components rendered alone (Container API). */
export function fixtureLocals(input: FixtureInput, lang: Lang = 'ko'): { route: PageRoute } {
	return { route: pageRoute(lang, fixtureSite(input, lang)) };
}
