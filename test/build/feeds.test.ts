/**
 * The conference-app feeds of the real build (test-output/site): /schedule.json and /schedule.xml in both
 * languages, valid against the published c3voc schema and frab XSD, with every session at the times its
 * page shows, and the same GUID as its calendar UID.
 */
import { convert } from 'xmlbuilder2';
import { describe, expect, test } from 'vitest';
import type { ConferenceSchedule, FeedEvent } from '../../src/lib/feeds/conference';
import { uidToGuid } from '../../src/lib/feeds/conference';
import { jsonScheduleProblems, xmlScheduleProblems } from '../helpers/feeds';
import { headersFor } from '../helpers/headers';
import { parseCalendar } from '../helpers/ics';
import { shownTimes } from '../helpers/session-page';
import { listFiles, readSiteFile } from '../helpers/site';

const files = await listFiles();
const sessionIds = [...new Set(files.filter((f) => /^\/sessions\/[^/]+\/index\.html$/.test(f)).map((f) => f.split('/')[2]!))].sort();
const minutes = (duration: string) => {
	const [h, m] = duration.split(':').map(Number);
	return h! * 60 + m!;
};

describe.each(['', '/en'])('%s/schedule.json and .xml', (prefix) => {
	const json = async () => JSON.parse(await readSiteFile(`${prefix}/schedule.json`)) as ConferenceSchedule;
	const events = async () => Object.values((await json()).schedule.conference.days[0]!.rooms).flat();
	const idOf = (e: FeedEvent) => /\/sessions\/([^/]+)\/$/.exec(e.url)![1]!;

	test('the JSON is valid against the c3voc schema', async () => {
		expect(jsonScheduleProblems(await json())).toEqual([]);
	});

	test('the XML is valid against the frab XSD (xmllint)', async () => {
		expect(await xmlScheduleProblems(await readSiteFile(`${prefix}/schedule.xml`))).toEqual([]);
	});

	test('every session is there once, at the start and for the length its page shows; cancelled ones are marked', async () => {
		const all = await events();
		expect(all.map(idOf).sort()).toEqual(sessionIds);
		for (const e of all) {
			const shown = await shownTimes(prefix, idOf(e));
			expect(Date.parse(e.date), `${e.url} start`).toBe(shown.startMs);
			expect(minutes(e.duration) * 60_000, `${e.url} duration`).toBe(shown.endMs - shown.startMs);
			expect(e.subtitle !== null, `${e.url} is marked when not confirmed`).toBe(shown.status !== 'confirmed');
		}
	});

	test('the XML events match the JSON ones: GUID, start, duration', async () => {
		const doc = convert(await readSiteFile(`${prefix}/schedule.xml`), { format: 'object' }) as { schedule: { day: { room: unknown } } };
		const xml = ([] as { event?: unknown }[])
			.concat(doc.schedule.day.room as never)
			.flatMap((r) => ([] as Record<string, string>[]).concat((r.event ?? []) as never))
			.map((e) => ({ guid: e['@guid'], date: e.date, duration: e.duration }));
		expect(xml.sort((a, b) => a.guid!.localeCompare(b.guid!))).toEqual(
			(await events()).map(({ guid, date, duration }) => ({ guid, date, duration })).sort((a, b) => a.guid.localeCompare(b.guid)),
		);
	});

	test('each GUID is the UUIDv5 of the session’s UID in the calendar file', async () => {
		const uids = new Map(parseCalendar(await readSiteFile(`${prefix}/schedule.ics`)).events.map((e) => [e.uid.split('@')[0]!, e.uid]));
		for (const e of await events()) expect(e.guid, idOf(e)).toBe(uidToGuid(uids.get(idOf(e))!));
	});
});

test('both languages carry the same GUIDs', async () => {
	const guids = async (prefix: string) =>
		Object.values((JSON.parse(await readSiteFile(`${prefix}/schedule.json`)) as ConferenceSchedule).schedule.conference.days[0]!.rooms)
			.flat()
			.map((e) => e.guid)
			.sort();
	expect(await guids('/en')).toEqual(await guids(''));
});

test.each([
	['/schedule.ics', /^text\/calendar; charset=utf-8$/],
	['/en/sessions/keynote.ics', /^text\/calendar; charset=utf-8$/],
	['/schedule.json', /^application\/json; charset=utf-8$/],
	['/en/schedule.xml', /^application\/xml; charset=utf-8$/],
])('_headers serves %s with its type and to any origin', (path, type) => {
	const headers = headersFor(path);
	expect(headers['content-type']).toMatch(type);
	expect(headers['access-control-allow-origin']).toBe('*');
});
