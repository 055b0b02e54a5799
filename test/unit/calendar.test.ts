import { afterEach, describe, expect, test, vi } from 'vitest';
import { buildCalendar, calendarName, calendarPath, plainText, uriValue } from '../../src/lib/calendar/ics';
import { sessionUid } from '../../src/lib/calendar/uid';
import { SessionSchema } from '../../src/schemas/session';
import { contentLines, parseCalendar, physicalLines, timeZoneProblems, veventBlocks, wireProblems } from '../helpers/ics';
import { cancelled, event, google, googleTrack, input, keynote, session, sessions } from './calendar-fixture';

const bytes = (text: string) => new TextEncoder().encode(text);
const all = { kind: 'all' } as const;

describe('times do not depend on the build machine’s time zone', () => {
	const original = process.env.TZ;
	afterEach(() => {
		process.env.TZ = original;
	});

	test('the same bytes under UTC, Los Angeles and Seoul, and a 10:00 KST keynote at 01:00 UTC', () => {
		const outputs = ['UTC', 'America/Los_Angeles', 'Asia/Seoul'].map((tz) => {
			process.env.TZ = tz;
			expect(new Date(0).getTimezoneOffset()).toBe(tz === 'UTC' ? 0 : tz === 'Asia/Seoul' ? -540 : 480);
			return buildCalendar(input(all));
		});
		expect(outputs[1]).toBe(outputs[0]);
		expect(outputs[2]).toBe(outputs[0]);
		const lines = contentLines(outputs[0]!);
		expect(lines).toContain('DTSTART:20241125T010000Z');
		expect(lines).toContain('DTEND:20241125T015000Z');
	});
});

describe('every TZID has its VTIMEZONE, or times are UTC', () => {
	test.each([['all'], ['track'], ['session']] as const)('%s file', (kind) => {
		const scope = kind === 'all' ? all : kind === 'track' ? ({ kind, track: google } as const) : ({ kind, session: keynote } as const);
		const text = buildCalendar(input(scope));
		expect(timeZoneProblems(text)).toEqual([]);
		expect(
			contentLines(text)
				.filter((l) => /^(DTSTART|DTEND|DTSTAMP|LAST-MODIFIED)[;:]/.test(l))
				.every((l) => /:\d{8}T\d{6}Z$/.test(l)),
		).toBe(true);
	});

	test('the checker itself catches a TZID without VTIMEZONE and a floating time', () => {
		const broken = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;TZID=Asia/Seoul:20241125T100000\r\nDTEND:20241125T105000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
		expect(timeZoneProblems(broken)).toHaveLength(2);
	});
});

describe('UIDs', () => {
	const full = buildCalendar(input(all));
	const track = buildCalendar(input({ kind: 'track', track: google }));
	const single = buildCalendar(input({ kind: 'session', session: googleTrack }));
	const english = buildCalendar(input(all, { lang: 'en' }));

	test('are the shared sessionUid: session id, event and site domain', () => {
		const uids = parseCalendar(full).events.map((e) => e.uid);
		expect(uids).toEqual(sessions.map((s) => sessionUid(s.id, event, 'https://techday.example.com')));
		expect(uids[0]).toBe('keynote@tech-day-20241125.techday.example.com');
		expect(new Set(uids).size).toBe(uids.length);
	});

	test('differ between sites', () => {
		const other = parseCalendar(buildCalendar(input(all, { site: 'https://other.example.org' }))).events.map((e) => e.uid);
		expect(other[0]).toBe('keynote@tech-day-20241125.other.example.org');
	});

	test('a session’s VEVENT is byte-identical in the full, track and session files; its UID is the same in English', () => {
		const uid = sessionUid('google-track', event, 'https://techday.example.com');
		const block = veventBlocks(full).get(uid);
		expect(block).toBeDefined();
		expect(veventBlocks(track).get(uid)).toBe(block);
		expect(veventBlocks(single).get(uid)).toBe(block);
		expect(veventBlocks(english).has(uid)).toBe(true);
		expect([...veventBlocks(track).keys()]).toEqual([uid]);
	});
});

describe('the same content gives the same bytes, whatever the clock', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	test('two builds at different times are identical; DTSTAMP and LAST-MODIFIED are the revision date in UTC', () => {
		vi.useFakeTimers({ now: new Date('2024-01-01T00:00:00Z') });
		const first = buildCalendar(input(all));
		vi.setSystemTime(new Date('2031-07-15T12:34:56Z'));
		const second = buildCalendar(input(all));
		expect(second).toBe(first);
		const lines = contentLines(first);
		// revised: 2024-11-18T09:00:00+09:00
		expect(lines.filter((l) => l.startsWith('DTSTAMP:'))).toEqual(sessions.map(() => 'DTSTAMP:20241118T000000Z'));
		expect(lines.filter((l) => l.startsWith('LAST-MODIFIED:'))).toEqual(sessions.map(() => 'LAST-MODIFIED:20241118T000000Z'));
	});

	test('a new revision date changes DTSTAMP', () => {
		const text = buildCalendar(input(all, { event: { ...event, revised: '2024-11-20T18:30:00+09:00' } }));
		expect(contentLines(text)).toContain('DTSTAMP:20241120T093000Z');
	});
});

describe('wire format', () => {
	const long = session('long', '11:00', '11:40', {
		title: `${'아주 긴 한국어 제목과 이모지 🎉 '.repeat(6)}끝`,
		summary: '쉼표, 세미콜론; 역슬래시\\ 그리고\n줄바꿈',
	});
	const withLong = [keynote, long];
	const weird = { ...event, name: { ko: '이름, 세미콜론; 역슬래시\\ 끝', en: 'Name, semi; back\\slash' }, description: { ko: '설명,\n둘째 줄; 끝', en: 'x' } };
	const text = buildCalendar(input(all, { sessions: withLong, event: weird }));

	test('CRLF only, CRLF after the last line, lines of at most 75 octets, no UTF-8 character split', () => {
		expect(wireProblems(bytes(text))).toEqual([]);
		expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
		// The long title is folded over several lines, and at least one fold falls next to a multi-byte character.
		expect(physicalLines(text).filter((l) => l.startsWith(' ')).length).toBeGreaterThan(3);
	});

	test('the checker itself catches a split character, a long line and LF endings', () => {
		const emoji = bytes('🎉');
		const split = new Uint8Array([...bytes('SUMMARY:x'), emoji[0]!, emoji[1]!, 0x0d, 0x0a, 0x20, emoji[2]!, emoji[3]!, 0x0d, 0x0a]);
		expect(wireProblems(split)).toContain('line 1 splits a UTF-8 character');
		expect(wireProblems(bytes(`${'X'.repeat(76)}\r\n`))).toContain('line 1 has 76 octets');
		expect(wireProblems(bytes('A\nB\n'))).toContain('no CRLF after the last line');
	});

	test('TEXT values are escaped and read back whole, the long Korean title with its emoji too', () => {
		const parsed = parseCalendar(text);
		expect(parsed.events[1]!.summary).toBe(long.title);
		expect(parsed.events[1]!.description).toContain('쉼표, 세미콜론; 역슬래시\\ 그리고 줄바꿈');
		expect(contentLines(text).find((l) => l.startsWith('SUMMARY:아주'))).toBeDefined();
	});

	test('the calendar’s own name and description are escaped (ical-generator does not)', () => {
		const lines = contentLines(text);
		expect(lines).toContain('X-WR-CALNAME:이름\\, 세미콜론\\; 역슬래시\\\\ 끝 (Tech-Day)');
		expect(lines).toContain('NAME:이름\\, 세미콜론\\; 역슬래시\\\\ 끝 (Tech-Day)');
		expect(lines).toContain('X-WR-CALDESC:설명\\,\\n둘째 줄\\; 끝');
		expect(parseCalendar(text).props['X-WR-CALNAME']).toEqual(['이름, 세미콜론; 역슬래시\\ 끝 (Tech-Day)']);
	});

	test('URLs are URI values, not escaped as text', () => {
		const site = 'https://techday.example.com';
		const commaBase = buildCalendar(input(all, { absolute: (p) => new URL(`/a,b;c${p}`, site).href }));
		const urlLines = contentLines(commaBase).filter((l) => /^(URL|SOURCE)[;:]/.test(l));
		expect(urlLines.length).toBe(2 + sessions.length);
		for (const l of urlLines) expect(l).not.toContain('\\');
		expect(parseCalendar(commaBase).events[0]!.url).toBe('https://techday.example.com/a%2Cb%3Bc/sessions/keynote/');
		expect(contentLines(buildCalendar(input(all)))).toContain('URL;VALUE=URI:https://techday.example.com/sessions/keynote/');
	});

	test.each([
		['https://x.example/a,b/', 'https://x.example/a%2Cb/'],
		['https://x.example/a;b/?q=1,2', 'https://x.example/a%3Bb/?q=1%2C2'],
		['https://x.example/세션/', 'https://x.example/%EC%84%B8%EC%85%98/'],
	])('uriValue(%s) = %s', (url, expected) => {
		expect(uriValue(url)).toBe(expected);
	});
});

describe('METHOD, ORGANIZER, calendar name and refresh', () => {
	test.each([['ko'], ['en']] as const)('%s: no METHOD (so no ORGANIZER needed); X-WR-CALNAME and REFRESH-INTERVAL present', (lang) => {
		const lines = contentLines(buildCalendar(input(all, { lang })));
		expect(lines.some((l) => l.startsWith('METHOD'))).toBe(false);
		expect(lines).toContain(`X-WR-CALNAME:${calendarName(all, event, lang).replaceAll(',', '\\,')}`);
		expect(lines).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT6H');
		expect(lines.filter((l) => l.startsWith('VERSION:'))).toEqual(['VERSION:2.0']);
		expect(lines.filter((l) => l.startsWith('PRODID:'))).toHaveLength(1);
	});
});

describe('no empty or invalid file', () => {
	const base = { title: 't', summary: 's', kind: 'talk', room: 'main-hall' };
	test.each([
		['no end', { ...base, start: '10:00' }],
		['an empty end', { ...base, start: '10:00', end: '' }],
		['end equal to start', { ...base, start: '11:00', end: '11:00' }],
	])('the schema refuses a session with %s', (_, entry) => {
		expect(SessionSchema.safeParse(entry).success).toBe(false);
	});

	test('the schema accepts a session with a start and a later end', () => {
		expect(SessionSchema.safeParse({ title: 't', summary: 's', kind: 'talk', start: '10:00', end: '10:50', room: 'main-hall' }).success).toBe(true);
	});

	test('the builder refuses a scope with no session and a session that does not end after it starts', () => {
		expect(() => buildCalendar(input({ kind: 'track', track: { ...google, id: 'nobody' } }))).toThrow(/no session/);
		const backwards = { ...keynote, endsAt: keynote.startsAt, endMs: keynote.startMs };
		expect(() => buildCalendar(input(all, { sessions: [backwards] }))).toThrow(/end after/);
	});
});

describe('ical.js reads every event with the times of the session', () => {
	test.each([['ko'], ['en']] as const)('%s: instants, text, categories, status, URL', (lang) => {
		const { events } = parseCalendar(buildCalendar(input(all, { lang })));
		expect(events.map((e) => [e.startMs, e.endMs])).toEqual(sessions.map((s) => [s.startMs, s.endMs]));
		const [k, g, c] = events;
		expect(k!.summary).toBe(keynote.title);
		// The sessions are the Korean views; the placeholder room's note is in the calendar's language.
		expect(k!.location).toBe(lang === 'ko' ? '메인 세션장 (세부 장소 미정), 서울드래곤시티, 서울' : '메인 세션장 (to be announced), Seoul Dragon City, Seoul');
		expect(k!.url).toBe(lang === 'ko' ? 'https://techday.example.com/sessions/keynote/' : 'https://techday.example.com/en/sessions/keynote/');
		expect(k!.status).toBe('TENTATIVE');
		expect(k!.categories).toEqual([lang === 'ko' ? '기조연설' : 'Keynote']);
		expect(g!.categories).toEqual(['구글', lang === 'ko' ? '협력 과정 세션' : 'Partner-track session']);
		expect(g!.status).toBe('CONFIRMED');
		expect(c!.status).toBe('CANCELLED');
		expect(c!.summary).toBe(lang === 'ko' ? '취소됨: 폐회식' : 'Cancelled: 폐회식');
	});

	test('the description is plain text: status note, summary without Markdown, speakers, track, page URL', () => {
		const [k, g] = parseCalendar(buildCalendar(input(all))).events;
		expect(k!.description).toBe(
			[
				'시간 미정: 시간과 장소는 확정되면 바뀔 수 있습니다. 최신 일정은 아래 주소에서 확인하세요.',
				'서울대학교 조성준 교수의 기조연설입니다.',
				'연사: 조성준 (서울대학교 교수)\n종류: 기조연설',
				'자세히 보기: https://techday.example.com/sessions/keynote/',
			].join('\n\n'),
		);
		expect(g!.description).toContain('협력 과정: 구글 · 머신러닝 부트캠프');
		expect(g!.description).not.toContain('시간 미정');
		const en = parseCalendar(buildCalendar(input(all, { lang: 'en' }))).events[0]!;
		expect(en.description.startsWith('Time TBC:')).toBe(true);
	});

	test('a cancelled session stays in every file it belongs to', () => {
		expect(parseCalendar(buildCalendar(input({ kind: 'session', session: cancelled }))).events.map((e) => e.status)).toEqual(['CANCELLED']);
	});
});

describe('plainText', () => {
	test.each([
		['plain words stay', '정부와 빅테크, 처음 함께', '정부와 빅테크, 처음 함께'],
		['emphasis', 'the **abilities** _people_ need', 'the abilities people need'],
		['links', 'see [the agenda](/agenda/) now', 'see the agenda now'],
		['inline code', 'run `npm test`', 'run npm test'],
		['raw HTML and JSX', 'a <b>bold</b> <Aside kind="x" /> word', 'a bold word'],
		['headings and lists become lines', '# Title\n\n- one\n- two', 'Title\none\ntwo'],
		['soft line breaks become spaces', 'first\nsecond', 'first second'],
	])('%s', (_, input, expected) => {
		expect(plainText(input)).toBe(expected);
	});
});

test.each([
	[{ kind: 'all' } as const, '/schedule.ics'],
	[{ kind: 'track', track: google } as const, '/tracks/google.ics'],
	[{ kind: 'session', session: keynote } as const, '/sessions/keynote.ics'],
])('calendarPath(%o) = %s', (scope, path) => {
	expect(calendarPath(scope)).toBe(path);
});

test.each([
	['2024. 11. 25. 개최되는 세션', '2024. 11. 25. 개최되는 세션'],
	['1) 소개와 질의응답', '1) 소개와 질의응답'],
	['- 목록처럼 시작하는 요약', '- 목록처럼 시작하는 요약'],
	['# 숫자가 아닌 기호', '# 숫자가 아닌 기호'],
])('a summary that starts like a list or heading keeps its words in the description: %s', (summary, expected) => {
	const session = { ...keynote, summary };
	const [event] = parseCalendar(buildCalendar(input({ kind: 'session', session }, { sessions: [session] }))).events;
	expect(event!.description.split('\n\n')[1]).toBe(expected);
});
