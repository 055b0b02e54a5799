import { describe, expect, test } from 'vitest';
import { calendarLinks, compactUtc, googleCalendarUrl, outlookCalendarUrl, webcalUrl } from '../../src/lib/calendar/links';
import { cancelled, event, google, googleTrack, keynote, sessions } from './calendar-fixture';

const site = 'https://techday.example.com';
const linksFor = (scope: Parameters<typeof calendarLinks>[0]['scope'], base = '/', list = sessions) =>
	calendarLinks({
		lang: 'ko',
		event,
		sessions: list,
		scope,
		path: (p) => `${base}${p.replace(/^\//, '')}`,
		absolute: (p) => new URL(`${base}${p.replace(/^\//, '')}`, site).href,
	});
const params = (url: string) => Object.fromEntries(new URL(url).searchParams);

describe('webcalUrl', () => {
	test.each([
		['https://techday.example.com/schedule.ics', 'webcal://techday.example.com/schedule.ics'],
		['https://techday.example.com/techday/en/tracks/google.ics', 'webcal://techday.example.com/techday/en/tracks/google.ics'],
		['http://127.0.0.1:4321/schedule.ics', 'webcal://127.0.0.1:4321/schedule.ics'],
	])('%s → %s', (url, expected) => {
		expect(webcalUrl(url)).toBe(expected);
	});

	test('refuses what is not http(s)', () => {
		expect(() => webcalUrl('ftp://x.example/a.ics')).toThrow();
	});
});

test.each([
	['2024-11-25T01:00:00Z', '20241125T010000Z'],
	['2024-11-24T15:30:00Z', '20241124T153000Z'],
])('compactUtc(%s) = %s', (instant, expected) => {
	expect(compactUtc(instant)).toBe(expected);
});

describe('add-event links carry the right times', () => {
	const add = {
		title: 'AI, 시대; 끝 & more',
		startsAt: keynote.startsAt,
		endsAt: keynote.endsAt,
		location: '서울, 드래곤시티',
		details: '첫 줄\n둘째 줄 https://x.example/?a=1&b=2',
	};

	test('Google Calendar: UTC dates, the event zone, every field whole', () => {
		const url = googleCalendarUrl(add, 'Asia/Seoul');
		expect(url.startsWith('https://calendar.google.com/calendar/render?')).toBe(true);
		expect(params(url)).toEqual({
			action: 'TEMPLATE',
			text: add.title,
			dates: '20241125T010000Z/20241125T015000Z',
			ctz: 'Asia/Seoul',
			location: add.location,
			details: add.details,
		});
		expect(url).not.toContain('+');
	});

	test('Outlook: UTC start and end, every field whole', () => {
		const url = outlookCalendarUrl(add);
		expect(url.startsWith('https://outlook.live.com/calendar/0/deeplink/compose?')).toBe(true);
		expect(params(url)).toEqual({
			path: '/calendar/action/compose',
			rru: 'addevent',
			subject: add.title,
			startdt: '2024-11-25T01:00:00Z',
			enddt: '2024-11-25T01:50:00Z',
			location: add.location,
			body: add.details,
		});
	});
});

describe('calendarLinks', () => {
	test('a session: its own file, subscription and times', () => {
		const links = linksFor({ kind: 'session', session: keynote });
		expect(links.file).toBe('/sessions/keynote.ics');
		expect(links.https).toBe('https://techday.example.com/sessions/keynote.ics');
		expect(links.webcal).toBe('webcal://techday.example.com/sessions/keynote.ics');
		expect(params(links.google!).dates).toBe('20241125T010000Z/20241125T015000Z');
		expect(params(links.google!).text).toBe(keynote.title);
		expect(params(links.google!).details).toContain('시간 미정');
		expect(params(links.outlook!).startdt).toBe('2024-11-25T01:00:00Z');
		expect(links.span).toBeUndefined();
	});

	test('the whole day: one event from the first start to the last end of the sessions that happen', () => {
		const links = linksFor({ kind: 'all' });
		// The cancelled closing (16:00–16:30) is left out; the Google track ends at 14:30 KST = 05:30 UTC.
		expect(params(links.google!).dates).toBe('20241125T010000Z/20241125T053000Z');
		expect(params(links.outlook!).enddt).toBe('2024-11-25T05:30:00Z');
		expect(links.span).toEqual({ start: '10:00', end: '14:30', zone: 'GMT+9' });
		expect(params(links.google!).details).toContain('https://techday.example.com/schedule.ics');
	});

	test('a track: its file and its one session', () => {
		const links = linksFor({ kind: 'track', track: google });
		expect(links.file).toBe('/tracks/google.ics');
		expect(params(links.google!).dates).toBe('20241125T043000Z/20241125T053000Z');
		expect(params(links.google!).text).toBe(googleTrack.title);
	});

	test('under a base path (SITE_BASE) every link keeps it', () => {
		const links = linksFor({ kind: 'all' }, '/techday/');
		expect(links.file).toBe('/techday/schedule.ics');
		expect(links.https).toBe('https://techday.example.com/techday/schedule.ics');
		expect(links.webcal).toBe('webcal://techday.example.com/techday/schedule.ics');
	});

	test('nothing to add when every session in scope is cancelled; the file and subscription stay', () => {
		const links = linksFor({ kind: 'session', session: cancelled });
		expect(links.google).toBeUndefined();
		expect(links.outlook).toBeUndefined();
		expect(links.file).toBe('/sessions/closing.ics');
	});
});
