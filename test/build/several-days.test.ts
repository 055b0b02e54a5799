/**
 * An event of several days (test/fixtures/several-days: 25–27 October 2025 in Berlin, summer time ending in the
 * night of the 26th, a 23:30–00:30 session and a 01:30 session in the night after day 1), built in Los Angeles:
 * every instant agrees across the pages, calendar files, feeds and JSON-LD, and each day page lists its sessions.
 */
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'parse5';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../helpers/build';
import { jsonScheduleProblems, xmlScheduleProblems } from '../helpers/feeds';
import { attr, elements, text, type Element } from '../helpers/html';
import { parseCalendar } from '../helpers/ics';
import { outputRoot, severalDays } from '../helpers/paths';
import { listFiles } from '../helpers/site';

const read = (path: string) => readFile(`${severalDays.site}${path}`, 'utf8');
const page = async (path: string) => [...elements(parse(await read(path)))];
const sessionIds = (els: Element[]) => els.filter((e) => e.tagName === 'article' && attr(e, 'data-session-id')).map((e) => attr(e, 'data-session-id'));

/** Each session's programme day and its instants, as the fixture means them. */
const expected: Record<string, { day: string; start: string; end: string }> = {
	keynote: { day: '2025-10-25', start: '2025-10-25T08:00:00Z', end: '2025-10-25T08:50:00Z' },
	'global-ai-trends': { day: '2025-10-25', start: '2025-10-25T21:30:00Z', end: '2025-10-25T22:30:00Z' },
	'ai-metaverse-future': { day: '2025-10-25', start: '2025-10-25T23:30:00Z', end: '2025-10-25T23:55:00Z' },
	'google-track': { day: '2025-10-26', start: '2025-10-26T12:30:00Z', end: '2025-10-26T13:30:00Z' },
	'aws-track': { day: '2025-10-26', start: '2025-10-26T12:30:00Z', end: '2025-10-26T13:30:00Z' },
	'nvidia-track': { day: '2025-10-26', start: '2025-10-26T12:30:00Z', end: '2025-10-26T13:30:00Z' },
	'intel-track': { day: '2025-10-27', start: '2025-10-27T13:40:00Z', end: '2025-10-27T14:40:00Z' },
	'naver-track': { day: '2025-10-27', start: '2025-10-27T13:40:00Z', end: '2025-10-27T14:40:00Z' },
	'kakao-track': { day: '2025-10-27', start: '2025-10-27T13:40:00Z', end: '2025-10-27T14:40:00Z' },
};
const ids = Object.keys(expected);
const days = ['2025-10-25', '2025-10-26', '2025-10-27'];
const ms = (iso: string) => Date.parse(iso);

describe.each(['', 'en/'])('day pages (%s)', (prefix) => {
	test.each(days)('/agenda/%s/ lists exactly the sessions of its day, with the day tabs', async (day) => {
		const els = await page(`${prefix}agenda/${day}/index.html`);
		expect(new Set(sessionIds(els))).toEqual(new Set(ids.filter((id) => expected[id]!.day === day)));
		const tabs = els.filter((e) => e.tagName === 'nav' && attr(e, 'data-day-tabs') !== undefined);
		expect(tabs).toHaveLength(1);
		const links = [...elements(tabs[0]!)].filter((e) => e.tagName === 'a');
		expect(links.map((a) => attr(a, 'href'))).toEqual(days.map((d) => `/${prefix}agenda/${d}/`));
		expect(links.map((a) => attr(a, 'aria-current'))).toEqual(days.map((d) => (d === day ? 'page' : undefined)));
		// The day's own calendar file is linked from its page.
		expect(els.some((e) => e.tagName === 'a' && attr(e, 'href') === `/${prefix}agenda/${day}.ics`)).toBe(true);
	});

	test('/agenda/ shows the first day and the tabs, and opens today from its script', async () => {
		const els = await page(`${prefix}agenda/index.html`);
		expect(new Set(sessionIds(els))).toEqual(new Set(ids.filter((id) => expected[id]!.day === days[0])));
		const root = els.find((e) => attr(e, 'data-agenda-root') !== undefined)!;
		expect(attr(root, 'data-opens-today')).toBe('');
		expect(JSON.parse(attr(root, 'data-days')!).map((d: { date: string }) => d.date)).toEqual(days);
	});

	test('tabs name the weekday and date in the page language', async () => {
		const els = await page(`${prefix}agenda/2025-10-26/index.html`);
		const tabs = [...elements(els.find((e) => attr(e, 'data-day-tabs') !== undefined)!)].filter((e) => e.tagName === 'time');
		expect(tabs.map((e) => text(e))).toEqual(prefix ? ['Sat 25 Oct', 'Sun 26 Oct', 'Mon 27 Oct'] : ['10월 25일 (토)', '10월 26일 (일)', '10월 27일 (월)']);
	});

	test('times after midnight stay on their evening and say +1', async () => {
		const html = await read(`${prefix}agenda/2025-10-25/index.html`);
		const card = (id: string) => html.slice(html.indexOf(`data-session-id="${id}"`));
		expect(html).toMatch(/<time datetime="2025-10-26T00:30\+02:00">00:30<sup[^>]*title="[^"]*(26|10월 26일)[^"]*"/);
		expect(html).toMatch(/<time datetime="2025-10-26T01:30\+02:00">01:30<sup/);
		expect(card('keynote').slice(0, 400)).not.toContain('+1');
	});
});

describe('every instant agrees', () => {
	test.each(ids)('%s: session page, JSON-LD, calendar files and feeds', async (id) => {
		const want = expected[id]!;
		const html = await read(`sessions/${id}/index.html`);
		const times = [...html.matchAll(/<time datetime="([^"]+T[^"]+)">/g)].map((m) => ms(m[1]!));
		expect(times.slice(0, 2)).toEqual([ms(want.start), ms(want.end)]);
		const ld = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)![1]!)['@graph'][0];
		expect([ms(ld.startDate), ms(ld.endDate)]).toEqual([ms(want.start), ms(want.end)]);
		for (const file of ['schedule.ics', `sessions/${id}.ics`, `agenda/${want.day}.ics`, 'en/schedule.ics']) {
			const event = parseCalendar(await read(file)).events.find((e) => e.uid.startsWith(`${id}@`));
			expect([event?.startMs, event?.endMs], file).toEqual([ms(want.start), ms(want.end)]);
		}
		const json = JSON.parse(await read('schedule.json'));
		const day = json.schedule.conference.days.find((d: { date: string }) => d.date === want.day);
		const feedEvent = Object.values(day.rooms as Record<string, { slug: string; date: string; duration: string }[]>)
			.flat()
			.find((e) => e.slug.endsWith(`-${id}`))!;
		const [h, m] = feedEvent.duration.split(':').map(Number);
		expect([ms(feedEvent.date), ms(feedEvent.date) + (h! * 60 + m!) * 60_000]).toEqual([ms(want.start), ms(want.end)]);
	});

	test('each day calendar holds exactly its day', async () => {
		for (const day of days) {
			const uids = parseCalendar(await read(`agenda/${day}.ics`)).events.map((e) => e.uid.split('@')[0]);
			expect(new Set(uids)).toEqual(new Set(ids.filter((id) => expected[id]!.day === day)));
		}
	});

	test('the home page states the span of the days; JSON-LD runs from the first session to the last', async () => {
		const html = await read('index.html');
		expect(html).toContain('<time datetime="2025-10-25">2025년 10월 25일 (토) – 27일 (월)</time>');
		expect(await read('en/index.html')).toContain('<time datetime="2025-10-25">25–27 October 2025</time>');
		const ld = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)![1]!)['@graph'];
		const event = ld.find((n: { '@type': string }) => n['@type'] === 'Event');
		expect([event.startDate, event.endDate]).toEqual(['2025-10-25T10:00+02:00', '2025-10-27T15:40+01:00']);
	});
});

describe('conference-app feeds', () => {
	test('one <day> per programme day, every event inside its day; valid against the XSD and the JSON Schema', async () => {
		const json = JSON.parse(await read('schedule.json'));
		expect(jsonScheduleProblems(json)).toEqual([]);
		expect(await xmlScheduleProblems(await read('schedule.xml'))).toEqual([]);
		const conference = json.schedule.conference;
		expect([conference.start, conference.end, conference.daysCount]).toEqual(['2025-10-25', '2025-10-27', 3]);
		for (const day of conference.days) {
			for (const event of Object.values(day.rooms as Record<string, { date: string }[]>).flat()) {
				expect(ms(event.date)).toBeGreaterThanOrEqual(ms(day.day_start));
				expect(ms(event.date)).toBeLessThan(ms(day.day_end));
			}
		}
		expect(conference.days[0].day_end).toBe('2025-10-26T01:55:00+02:00');
	});
});

test('the sitemap lists every day page in both languages', async () => {
	const sitemap = await read('sitemap-0.xml');
	for (const day of days) for (const prefix of ['', 'en/']) expect(sitemap).toContain(`/${prefix}agenda/${day}/</loc>`);
});

describe('the same content in any build zone', () => {
	// The global setup built it in Los Angeles; build it again in Seoul and in UTC and compare every byte.
	const zones = ['Asia/Seoul', 'UTC'];
	const sums = async (dir: string) =>
		new Map(
			await Promise.all(
				(await listFiles(dir)).map(
					async (f) =>
						[
							f,
							createHash('sha256')
								.update(await readFile(join(dir, f)))
								.digest('hex'),
						] as const,
				),
			),
		);
	let builds: Map<string, string>[];
	beforeAll(async () => {
		builds = [await sums(severalDays.site)];
		for (const tz of zones) {
			const dir = `${outputRoot}several-days-${tz.replace('/', '-')}/`;
			await rm(dir, { recursive: true, force: true });
			await buildSite(dir, { CONTENT_DIR: severalDays.content, TZ: tz });
			builds.push(await sums(dir));
		}
	});

	test.each(zones.map((tz, i) => [tz, i + 1] as const))('built with TZ=%s: byte-identical to the build in Los Angeles', (_tz, i) => {
		const [base, other] = [builds[0]!, builds[i]!];
		expect([...other.keys()]).toEqual([...base.keys()]);
		expect([...base].filter(([file, sum]) => other.get(file) !== sum).map(([file]) => file)).toEqual([]);
	});
});
