import { validate as isUuid, version as uuidVersion } from 'uuid';
import { convert } from 'xmlbuilder2';
import { describe, expect, test } from 'vitest';
import {
	buildConferenceSchedule,
	buildScheduleJson,
	buildScheduleXml,
	conferenceAcronym,
	guidToLegacyId,
	sessionGuid,
	type FeedInput,
} from '../../src/lib/feeds/conference';
import { sessionUid } from '../../src/lib/calendar/uid';
import { jsonScheduleProblems, xmlScheduleProblems } from '../helpers/feeds';
import { cancelled, event, googleTrack, keynote, session, sessions } from './calendar-fixture';

const site = 'https://techday.example.com';
const feedInput = (more: Partial<FeedInput> = {}): FeedInput => {
	const lang = more.lang ?? 'ko';
	return { lang, event, sessions, site, absolute: (path) => new URL(`${lang === 'en' ? '/en' : ''}${path}`, more.site ?? site).href, ...more };
};
const events = (input: FeedInput) => Object.values(buildConferenceSchedule(input).schedule.conference.days[0]!.rooms).flat();

/** The events of a frab XML as { guid, date, duration, title }, read back with xmlbuilder2. */
function xmlEvents(xml: string) {
	const doc = convert(xml, { format: 'object' }) as { schedule: { day: { room: unknown } } };
	const rooms = ([] as { event?: unknown }[]).concat(doc.schedule.day.room as never);
	return rooms
		.flatMap((r) => ([] as Record<string, string>[]).concat((r.event ?? []) as never))
		.map((e) => ({ guid: e['@guid'], id: Number(e['@id']), date: e.date, duration: e.duration, title: e.title }));
}

describe.each(['ko', 'en'] as const)('%s feeds', (lang) => {
	const input = feedInput({ lang });

	test('the JSON is valid against the published c3voc schema', () => {
		expect(jsonScheduleProblems(JSON.parse(buildScheduleJson(input)))).toEqual([]);
	});

	test('the XML is valid against the published frab XSD (xmllint)', async () => {
		expect(await xmlScheduleProblems(buildScheduleXml(input))).toEqual([]);
	});

	test('the XML says what the JSON says', () => {
		const fromJson = events(input).map(({ guid, id, date, duration, title }) => ({ guid, id, date, duration, title }));
		expect(xmlEvents(buildScheduleXml(input))).toEqual(fromJson);
	});
});

describe('the validators catch a broken feed', () => {
	test('JSON without a GUID or with a non-ASCII slug', () => {
		const doc = buildConferenceSchedule(feedInput());
		const first = doc.schedule.conference.days[0]!.rooms[event.rooms.find((r) => r.id === keynote.room.id)!.name.ko]![0]!;
		first.guid = 'not-a-uuid';
		first.slug = '기조연설';
		expect(jsonScheduleProblems(doc).join('\n')).toMatch(/guid[\s\S]*slug|slug[\s\S]*guid/);
	});

	test('XML with a duration in minutes', async () => {
		const xml = buildScheduleXml(feedInput()).replace('<duration>00:50</duration>', '<duration>50</duration>');
		expect((await xmlScheduleProblems(xml)).join('\n')).toMatch(/duration/);
	});
});

describe('GUIDs and ids', () => {
	test('a session’s GUID is the UUIDv5 of its calendar UID, the same in both languages', () => {
		const guid = sessionGuid('keynote', event, site);
		expect(isUuid(guid) && uuidVersion(guid)).toBe(5);
		// Stable across builds and releases: apps keep favourites by it.
		expect(guid).toBe('491ba9c9-6dbc-5c95-b17c-c060367eb41c');
		expect(sessionUid('keynote', event, site)).toBe('keynote@tech-day-20241125.techday.example.com');
		expect(events(feedInput({ lang: 'en' })).map((e) => e.guid)).toEqual(events(feedInput()).map((e) => e.guid));
	});

	test('GUIDs differ between sites and between sessions; rooms and speakers have their own', () => {
		const here = events(feedInput());
		const there = events(feedInput({ site: 'https://other.example.org' }));
		expect(there[0]!.guid).not.toBe(here[0]!.guid);
		const conference = buildConferenceSchedule(feedInput()).schedule.conference;
		const all = [...here.map((e) => e.guid), ...conference.rooms.map((r) => r.guid), ...here.flatMap((e) => e.persons.map((p) => p.guid))];
		expect(new Set(all).size).toBe(all.length);
	});

	test('the legacy integer id comes from the GUID, so adding a session moves no other id', () => {
		const before = events(feedInput());
		const after = events(feedInput({ sessions: [session('aaa-first', '09:00', '09:30'), ...sessions] }));
		expect(after.filter((e) => e.guid !== sessionGuid('aaa-first', event, site)).map((e) => e.id)).toEqual(before.map((e) => e.id));
		expect(guidToLegacyId('00000000-0000-5000-8000-000000000000')).toBe(1);
	});
});

describe('what apps show', () => {
	const byGuid = (input: FeedInput) => new Map(events(input).map((e) => [e.guid, e]));
	const ko = byGuid(feedInput());
	const en = byGuid(feedInput({ lang: 'en' }));

	test('start, duration and the event’s time zone', () => {
		const e = ko.get(sessionGuid('keynote', event, site))!;
		expect(e).toMatchObject({ date: '2024-11-25T10:00:00+09:00', start: '10:00', duration: '00:50' });
		expect(Date.parse(e.date)).toBe(keynote.startMs);
		const conference = buildConferenceSchedule(feedInput()).schedule.conference;
		expect(conference).toMatchObject({ time_zone_name: 'Asia/Seoul', start: '2024-11-25', end: '2024-11-25', daysCount: 1 });
		expect(conference.days[0]).toMatchObject({ day_start: '2024-11-25T10:00:00+09:00', day_end: '2024-11-25T16:30:00+09:00' });
		// 10:00, 10:50, 13:30, 16:00 and 50, 60, 30 minutes all sit on a 10-minute grid.
		expect(conference.timeslot_duration).toBe('00:10');
	});

	test('cancelled sessions stay, marked in the title and subtitle', () => {
		const e = ko.get(sessionGuid(cancelled.id, event, site))!;
		expect(e.title).toBe('취소됨: 폐회식');
		expect(e.subtitle).toMatch(/^취소됨: /);
		expect(en.get(sessionGuid(cancelled.id, event, site))!.title).toMatch(/^Cancelled: /);
		expect(ko.get(sessionGuid(googleTrack.id, event, site))!.subtitle).toBeNull();
	});

	test('rooms, tracks, persons and pages; slugs are ASCII', () => {
		const conference = buildConferenceSchedule(feedInput({ lang: 'en' })).schedule.conference;
		expect(conference.acronym).toBe(conferenceAcronym(event));
		expect(conference.acronym).toBe('techday2024');
		// Every room of the event, in its order, also one without a session yet.
		expect(conference.rooms.map(({ name, slug }) => ({ name, slug }))).toEqual([
			{ name: 'Main hall', slug: 'main-hall' },
			{ name: 'Room B', slug: 'room-b' },
		]);
		expect(conference.tracks).toEqual([{ name: '구글 · 머신러닝 부트캠프', slug: 'google', color: '#1a73e8' }]);
		const e = en.get(sessionGuid('keynote', event, site))!;
		expect(e.persons).toEqual([expect.objectContaining({ name: '조성준', url: 'https://techday.example.com/en/speakers/cho/' })]);
		expect(e.url).toBe('https://techday.example.com/en/sessions/keynote/');
		expect(e.abstract).toBe('서울대학교 조성준 교수의 기조연설입니다.');
		expect(en.get(sessionGuid(googleTrack.id, event, site))!.track).toBe('구글 · 머신러닝 부트캠프');
		for (const ev of en.values()) expect(ev.slug).toMatch(/^techday2024-\d+-[a-z0-9-]+$/);
	});

	test('the same bytes whatever the machine’s time zone', () => {
		const original = process.env.TZ;
		try {
			const outputs = ['UTC', 'America/Los_Angeles'].map((tz) => {
				process.env.TZ = tz;
				return buildScheduleJson(feedInput()) + buildScheduleXml(feedInput());
			});
			expect(outputs[1]).toBe(outputs[0]);
		} finally {
			process.env.TZ = original;
		}
	});
});
