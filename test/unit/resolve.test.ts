import { expect, test } from 'vitest';
import { MissingReferenceError, resolveResults, resolveSessions, resolveSpeakers, resolveTracks } from '../../src/lib/resolve';
import { EventSchema } from '../../src/schemas/event';
import { ResultSchema } from '../../src/schemas/result';
import { SessionSchema, SessionTranslationSchema } from '../../src/schemas/session';
import { SpeakerSchema, SpeakerTranslationSchema } from '../../src/schemas/speaker';
import { TrackSchema } from '../../src/schemas/track';

// Fixtures go through the real schemas, so a fixture that the site would refuse fails here loudly.
const event = EventSchema.parse({
	name: { ko: '행사', en: 'Event' },
	shortName: 'Tech-Day',
	tagline: { ko: '한 줄', en: 'One line' },
	description: { ko: '설명', en: 'About' },
	date: new Date('2024-11-25T00:00:00Z'),
	timeZone: 'Asia/Seoul',
	revised: '2024-11-18T09:00:00+09:00',
	venue: { name: { ko: '서울드래곤시티', en: 'Seoul Dragon City' }, city: { ko: '서울', en: 'Seoul' }, mapQuery: '서울드래곤시티' },
	rooms: [
		{ id: 'hall', name: { ko: '홀', en: 'Hall' } },
		{ id: 'room-b', name: { ko: 'B실', en: 'Room B' }, provisional: true },
	],
	organizers: [{ name: { ko: 'NIPA', en: 'NIPA' }, role: { ko: '운영', en: 'Runs it' } }],
});
const entry = <T>(id: string, data: T) => ({ id, data, filePath: `content/x/${id}.md` });
const sessions = {
	entries: [
		entry('track-b', SessionSchema.parse({ title: '구글 세션', summary: '요약', kind: 'partner-track', start: '13:30', end: '14:30', room: 'room-b', track: 'google', status: 'tentative' })),
		entry('track-a', SessionSchema.parse({ title: '기조', summary: '요약', kind: 'keynote', start: '13:30', end: '14:00', room: 'hall', speakers: ['cho'] })),
		entry('early', SessionSchema.parse({ title: '아침', summary: '요약', kind: 'talk', start: '09:00', end: '09:30', room: 'hall', status: 'confirmed' })),
	],
	english: [entry('track-a', SessionTranslationSchema.parse({ title: 'Keynote', summary: 'Summary' }))],
};
const speakers = {
	entries: [entry('cho', SpeakerSchema.parse({ name: '조성준', role: '교수', organization: '서울대학교' }))],
	english: [entry('cho', SpeakerTranslationSchema.parse({ name: 'Cho Sungzoon', role: 'Professor', organization: 'Seoul National University' }))],
};
const tracks = {
	entries: [entry('google', TrackSchema.parse({ partner: '구글', name: '과정', teaches: ['배움'], color: '#1a73e8', order: 1 }))],
	english: [],
};

test('sessions resolve their room, track and speakers, with times as instants, in programme order', () => {
	const ko = resolveSessions({ lang: 'ko', event, sessions, speakers, tracks });
	expect(ko.map((s) => s.id)).toEqual(['early', 'track-a', 'track-b']);
	const [early, keynote, google] = ko;
	expect(early).toMatchObject({ startsAt: '2024-11-25T00:00:00Z', endsAt: '2024-11-25T00:30:00Z', status: 'confirmed', room: { name: '홀' } });
	expect(keynote).toMatchObject({ title: '기조', status: 'tentative', speakers: [{ id: 'cho', name: '조성준' }] });
	expect(google).toMatchObject({ track: { id: 'google', partner: '구글', color: '#1a73e8' }, room: { id: 'room-b', provisional: true } });
});

test('English takes the translated words and keeps every fact; a missing translation falls back to Korean, flagged', () => {
	const en = resolveSessions({ lang: 'en', event, sessions, speakers, tracks });
	const keynote = en.find((s) => s.id === 'track-a')!;
	expect(keynote).toMatchObject({ title: 'Keynote', translated: true, start: '13:30', room: { name: 'Hall' }, speakers: [{ name: 'Cho Sungzoon' }] });
	const untranslated = en.find((s) => s.id === 'early')!;
	expect(untranslated).toMatchObject({ title: '아침', translated: false });
	expect(resolveTracks(tracks, 'en')[0]).toMatchObject({ partner: '구글', translated: false });
});

test('every reference to something that does not exist is reported at once, with the file', () => {
	const broken = {
		entries: [
			entry('a', SessionSchema.parse({ title: 't', summary: 's', kind: 'talk', start: '10:00', end: '11:00', room: 'nowhere', speakers: ['ghost'] })),
			entry('b', SessionSchema.parse({ title: 't', summary: 's', kind: 'talk', start: '10:00', end: '11:00', room: 'hall', track: 'nope' })),
		],
		english: [],
	};
	let error: unknown;
	try {
		resolveSessions({ lang: 'ko', event, sessions: broken, speakers, tracks });
	} catch (e) {
		error = e;
	}
	expect(error).toBeInstanceOf(MissingReferenceError);
	const problems = (error as MissingReferenceError).problems;
	expect(problems).toHaveLength(3);
	expect(problems.join('\n')).toMatch(/content\/x\/a\.md: room "nowhere"/);
	expect(problems.join('\n')).toMatch(/content\/x\/a\.md: speaker "ghost"/);
	expect(problems.join('\n')).toMatch(/content\/x\/b\.md: track "nope"/);
});

test("a speaker's sessions are computed from the session files, never written twice", () => {
	const list = resolveSessions({ lang: 'ko', event, sessions, speakers, tracks });
	expect(resolveSpeakers(speakers, list, 'ko')[0]).toMatchObject({ id: 'cho', sessionIds: ['track-a'] });
});

test('results keep their set order', () => {
	const results = {
		entries: [entry('b', ResultSchema.parse({ title: 'B', summary: 's', order: 2 })), entry('a', ResultSchema.parse({ title: 'A', summary: 's', order: 1 }))],
		english: [],
	};
	expect(resolveResults(results, 'ko').map((r) => r.id)).toEqual(['a', 'b']);
});

test('schemas refuse what the site cannot show', () => {
	const base = { title: 't', summary: 's', kind: 'talk', room: 'hall' };
	expect(SessionSchema.safeParse({ ...base, start: '11:00', end: '10:00' }).success).toBe(false);
	expect(SessionSchema.safeParse({ ...base, start: '10:00' }).success).toBe(false);
	expect(SessionSchema.safeParse({ ...base, start: '25:00', end: '26:00' }).success).toBe(false);
	expect(SessionSchema.safeParse({ ...base, start: '10:00', end: '11:00', speakr: ['x'] }).success).toBe(false);
	expect(SessionTranslationSchema.safeParse({ title: 't', summary: 's', start: '10:00' }).success).toBe(false);
});
