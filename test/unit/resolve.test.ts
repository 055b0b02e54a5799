import { describe, expect, test } from 'vitest';
import { AROUND_MAX, GLANCE_MAX, MissingReferenceError, resolveSessions, resolveSite } from '../../src/lib/model/resolve';
import { roomLabel } from '../../src/i18n';
import { SessionSchema, SessionTranslationSchema } from '../../src/schemas/session';
import { fixtureContent, fixtureSite, type FixtureInput } from '../helpers/content-fixture';

// Fixtures go through the real schemas (test/helpers/content-fixture.ts), so a fixture the site would refuse fails here loudly.
const input: FixtureInput = {
	event: {
		date: new Date('2024-11-25T00:00:00Z') as unknown as string,
		rooms: [
			{ id: 'hall', name: { ko: '홀', en: 'Hall' } },
			{ id: 'room-b', name: { ko: 'B실', en: 'Room B' }, provisional: true },
		],
	},
	sessions: {
		'track-b': {
			ko: { title: '구글 세션', summary: '요약', kind: 'partner-track', start: '13:30', end: '14:30', room: 'room-b', track: 'google', status: 'tentative' },
		},
		'track-a': {
			ko: { title: '기조', summary: '요약', kind: 'keynote', start: '13:30', end: '14:00', room: 'hall', speakers: ['cho'] },
			en: { title: 'Keynote', summary: 'Summary' },
		},
		early: { ko: { title: '아침', summary: '요약', kind: 'talk', start: '09:00', end: '09:30', room: 'hall', status: 'confirmed' } },
	},
	speakers: {
		cho: {
			ko: { name: '조성준', role: '교수', organization: '서울대학교' },
			en: { name: 'Cho Sungzoon', role: 'Professor', organization: 'Seoul National University' },
		},
	},
	tracks: {
		google: { ko: { partner: '구글', name: '과정', teaches: ['배움'], color: '#1a73e8', order: 1 } },
		aws: { ko: { partner: 'AWS', name: '클라우드', teaches: ['배움'], color: '#ff9900', order: 2 } },
	},
	results: {
		b: { ko: { title: 'B', summary: 's', order: 2, tracks: ['google'] } },
		a: { ko: { title: 'A', summary: 's', order: 1 } },
	},
};

test('sessions resolve their room, track and speakers, with times as instants, in programme order', () => {
	const { sessions } = fixtureSite(input, 'ko');
	expect(sessions.map((s) => s.id)).toEqual(['early', 'track-a', 'track-b']);
	const [early, keynote, google] = sessions;
	expect(early).toMatchObject({ startsAt: '2024-11-25T00:00:00Z', endsAt: '2024-11-25T00:30:00Z', status: 'confirmed', room: { name: '홀' } });
	expect(keynote).toMatchObject({ title: '기조', status: 'tentative', speakers: [{ id: 'cho', name: '조성준' }] });
	expect(google).toMatchObject({ track: { id: 'google', partner: '구글', color: '#1a73e8' }, room: { id: 'room-b', provisional: true } });
});

test('the language of every piece of words is decided here: English words, or Korean marked as Korean', () => {
	const en = fixtureSite(input, 'en');
	const keynote = en.sessions.find((s) => s.id === 'track-a')!;
	expect(keynote).toMatchObject({ title: 'Keynote', wordsLang: 'en', langAttr: undefined, start: '13:30', room: { name: 'Hall' } });
	expect(keynote.speakers[0]).toMatchObject({ name: 'Cho Sungzoon', wordsLang: 'en', langAttr: undefined });
	expect(en.sessions.find((s) => s.id === 'early')).toMatchObject({ title: '아침', wordsLang: 'ko', langAttr: 'ko-KR' });
	expect(en.tracks[0]).toMatchObject({ partner: '구글', wordsLang: 'ko', langAttr: 'ko-KR' });
	expect(en.sessions.find((s) => s.id === 'track-b')!.track).toMatchObject({ langAttr: 'ko-KR' });
	// On a Korean page Korean words need no attribute.
	expect(fixtureSite(input, 'ko').sessions.every((s) => s.langAttr === undefined && s.wordsLang === 'ko')).toBe(true);
});

test.each([
	['room', { room: 'nowhere' }, 'content/x/a.md: room "nowhere" does not exist'],
	['speaker', { speakers: ['ghost'] }, 'content/x/a.md: speaker "ghost" does not exist'],
	['track', { track: 'nope' }, 'content/x/a.md: track "nope" does not exist'],
])('a %s that names nothing (content the check never saw) is a clear error naming the file', (_kind, fields, message) => {
	const data = SessionSchema.parse({ title: 't', summary: 's', kind: 'talk', start: '10:00', end: '11:00', room: 'hall', ...fields });
	const content = fixtureContent(input);
	const sessions = { entries: [{ id: 'a', filePath: 'content/x/a.md', data }], english: [] };
	const resolve = () => resolveSessions({ lang: 'ko', event: content.event, sessions, speakers: content.speakers, tracks: content.tracks });
	expect(resolve).toThrow(MissingReferenceError);
	expect(resolve).toThrow(message);
});

test('joins come ready: a speaker’s and a track’s sessions, a track’s results, a result’s tracks', () => {
	const site = fixtureSite(input, 'ko');
	expect(site.speakers[0]!.sessions.map((s) => s.id)).toEqual(['track-a']);
	const google = site.tracks.find((t) => t.id === 'google')!;
	expect(google.sessions.map((s) => s.id)).toEqual(['track-b']);
	expect(google.slots.map((s) => s.id)).toEqual(['t-1330']);
	expect(google.results.map((r) => r.id)).toEqual(['b']);
	expect(site.tracks.find((t) => t.id === 'aws')!.sessions).toEqual([]);
	expect(site.results.map((r) => r.id)).toEqual(['a', 'b']);
	expect(site.results[1]!.tracks).toMatchObject([{ id: 'google', partner: '구글' }]);
});

test('the agenda gets its slots, filter options and the day ready', () => {
	const site = fixtureSite(input, 'en');
	expect(site.slots.map((s) => [s.id, s.sessions.map((x) => x.id)])).toEqual([
		['t-0900', ['early']],
		['t-1330', ['track-a', 'track-b']],
	]);
	// Only tracks that have a session, and only kinds that occur.
	expect(site.filters.tracks.map((t) => t.id)).toEqual(['google']);
	expect(site.filters.kinds.sort()).toEqual(['keynote', 'partner-track', 'talk']);
	// The programme day runs from its day change (04:00) to the next morning's.
	expect(site.day).toMatchObject({
		startMs: Date.UTC(2024, 10, 24, 19),
		endMs: Date.UTC(2024, 10, 25, 19),
		zone: { short: 'GMT+9', long: 'Korean Standard Time', offset: 'GMT+09:00' },
	});
	expect(site.days.map((d) => [d.date, d.sessions.length, d.startMs === site.day.startMs])).toEqual([['2024-11-25', 3, true]]);
	expect(site.keynotes.map((s) => s.id)).toEqual(['track-a']);
	expect(site.noTimeConfirmed).toBe(false);
});

test('a large programme stays bounded where a page lists neighbours: same time, next, the glance', () => {
	const many = Object.fromEntries(
		Array.from({ length: 12 }, (_, i) => [`p${i}`, { ko: { title: `병렬 ${i}`, summary: 's', kind: 'talk', start: '10:00', end: '11:00', room: 'hall' } }]),
	);
	const later = Object.fromEntries(
		Array.from({ length: 7 }, (_, i) => [`n${i}`, { ko: { title: `다음 ${i}`, summary: 's', kind: 'talk', start: '11:00', end: '12:00', room: 'hall' } }]),
	);
	const site = fixtureSite({ ...input, sessions: { ...many, ...later } }, 'ko');
	const around = site.around.get('p0')!;
	expect(around.same.shown).toHaveLength(AROUND_MAX);
	expect(around.same.more).toBe(11 - AROUND_MAX);
	expect(around.next.shown.map((s) => s.start)).toEqual(Array(AROUND_MAX).fill('11:00'));
	expect(around.next.more).toBe(7 - AROUND_MAX);
	expect(site.glance[0]!.sessions).toHaveLength(GLANCE_MAX);
	expect(site.glance[0]!.more).toBe(12 - GLANCE_MAX);
	expect(site.slots[0]!.sessions).toHaveLength(12);
});

test('the time zone is content: labels follow the zone and its summer time, per instant', () => {
	const summer = fixtureSite({ ...input, event: { ...input.event, date: '2025-07-01', timeZone: 'Europe/Berlin' } }, 'en');
	expect(summer.sessions[0]).toMatchObject({
		startIso: '2025-07-01T09:00+02:00',
		startsAt: '2025-07-01T07:00:00Z',
		zone: { short: 'CEST', offset: 'GMT+02:00' },
	});
	const winter = fixtureSite({ ...input, event: { ...input.event, date: '2025-11-25', timeZone: 'Europe/Berlin' } }, 'ko');
	expect(winter.sessions[0]).toMatchObject({ startIso: '2025-11-25T09:00+01:00', zone: { short: 'GMT+1', long: '중부유럽 표준시' } });
	expect(winter.day.zone.offset).toBe('GMT+01:00');
});

test('schemas refuse what the site cannot show', () => {
	const base = { title: 't', summary: 's', kind: 'talk', room: 'hall' };
	expect(SessionSchema.safeParse({ ...base, start: '11:00', end: '11:00' }).success).toBe(false);
	expect(SessionSchema.safeParse({ ...base, start: '10:00' }).success).toBe(false);
	expect(SessionSchema.safeParse({ ...base, start: '25:00', end: '26:00' }).success).toBe(false);
	expect(SessionSchema.safeParse({ ...base, start: '10:00', end: '11:00', speakr: ['x'] }).success).toBe(false);
	expect(SessionTranslationSchema.safeParse({ title: 't', summary: 's', start: '10:00' }).success).toBe(false);
});

test('resolveSite is the one entry point pages use', () => {
	expect(Object.keys(resolveSite(fixtureContent(input), 'ko')).sort()).toEqual(
		[
			'around',
			'day',
			'days',
			'filters',
			'gallery',
			'glance',
			'keynotes',
			'noTimeConfirmed',
			'phase',
			'press',
			'results',
			'rooms',
			'sessions',
			'slots',
			'speakers',
			'tracks',
		].sort(),
	);
});

test("a speaker's photo travels with them: on their own view and on every session that names them", () => {
	const withPhoto = { ...input, speakers: { cho: { ...input.speakers!.cho!, ko: { ...input.speakers!.cho!.ko, photo: './cho.jpg' } } } };
	for (const lang of ['ko', 'en'] as const) {
		const site = resolveSite(fixtureContent(withPhoto), lang);
		expect(site.speakers.find((s) => s.id === 'cho')!.photo).toBe('./cho.jpg');
		expect(site.sessions.find((s) => s.id === 'track-a')!.speakers[0]!.photo).toBe('./cho.jpg');
	}
	expect(fixtureSite(input, 'ko').sessions.find((s) => s.id === 'track-a')!.speakers[0]!.photo).toBeUndefined();
});

test('the photos of the day keep the event file order, with their words in the page language', () => {
	const photo = (name: string) => ({
		image: `./gallery/${name}.jpg`,
		alt: { ko: `${name} 사진`, en: `Photo of ${name}` },
		caption: { ko: `${name} 설명`, en: `About ${name}` },
	});
	const content = fixtureContent({ ...input, event: { ...input.event, gallery: [photo('stage'), photo('booth')] } });
	expect(resolveSite(content, 'en').gallery).toEqual([
		{ image: './gallery/stage.jpg', alt: 'Photo of stage', caption: 'About stage' },
		{ image: './gallery/booth.jpg', alt: 'Photo of booth', caption: 'About booth' },
	]);
	expect(resolveSite(content, 'ko').gallery.map((p) => p.alt)).toEqual(['stage 사진', 'booth 사진']);
});

describe.each([
	[false, 'before', 'tentative', { ko: 'B실 (세부 장소 미정)', en: 'Room B (to be announced)' }],
	[true, 'after', 'unpublished', { ko: 'B실 (세부 장소 미공개)', en: 'Room B (exact room not published)' }],
] as const)('ended: %s', (ended, phase, status, roomName) => {
	const site = (lang: 'ko' | 'en') => fixtureSite({ ...input, event: { ...input.event, ended } }, lang);
	test.each([['ko'], ['en']] as const)('%s: the phase, an unconfirmed time and a placeholder room follow the event file', (lang) => {
		const { phase: shown, sessions, rooms } = site(lang);
		expect(shown).toBe(phase);
		const trackB = sessions.find((s) => s.id === 'track-b')!;
		expect(trackB).toMatchObject({ status, room: { name: lang === 'ko' ? 'B실' : 'Room B', note: `room.${phase === 'before' ? 'tba' : 'unpublished'}` } });
		expect(roomLabel(lang, trackB.room)).toBe(roomName[lang]);
		// A confirmed session and a confirmed room are the same on both sides of the day.
		const early = sessions.find((s) => s.id === 'early')!;
		expect(early).toMatchObject({ status: 'confirmed', room: { name: lang === 'ko' ? '홀' : 'Hall', note: undefined } });
		expect(rooms.map((r) => roomLabel(lang, r))).toEqual([lang === 'ko' ? '홀' : 'Hall', roomName[lang]]);
	});
});

test('press: newest first, each headline with the lang attribute its language needs on the page', () => {
	const press = [
		{ outlet: '전자신문', title: '성과 공개', date: '2024-11-26', url: 'https://news.example.com/1' },
		{ outlet: 'Korea Tech', title: 'Results shown', date: new Date('2024-11-27T00:00:00Z'), url: 'https://news.example.com/2', lang: 'en' },
	];
	const en = fixtureSite({ ...input, event: { ...input.event, press } }, 'en').press;
	expect(en.map((p) => [p.outlet, p.date, p.langAttr])).toEqual([
		['Korea Tech', '2024-11-27', undefined],
		['전자신문', '2024-11-26', 'ko-KR'],
	]);
	expect(fixtureSite({ ...input, event: { ...input.event, press } }, 'ko').press.map((p) => p.langAttr)).toEqual(['en-GB', undefined]);
	expect(fixtureSite(input, 'ko').press).toEqual([]);
});
