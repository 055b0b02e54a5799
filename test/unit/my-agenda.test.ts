import ical, { ICalAlarmType } from 'ical-generator';
import { describe, expect, test } from 'vitest';
import {
	calendarEventUids,
	decodeShareParam,
	overlappingPicks,
	mergeSelection,
	normalizeSelection,
	parseSelection,
	selectCalendarEvents,
	serializeSelection,
	shareLink,
	toggleSelection,
} from '../../src/lib/agenda/my-agenda';

const host = 'tech-day-20241125.techday.example.com';
const uid = (id: string) => `${id}@${host}`;
/** Long enough that the writer folds it across lines. */
const longId = 'a-session-whose-id-is-long-enough-to-make-the-uid-line-fold-over-seventy-five-octets';

/** A calendar as the site writes it (CRLF, folded lines, an alarm, Korean text), built with the same library. */
function fixture(): string {
	const cal = ical({
		name: '2024 디지털 이노베이션 인사이트 (Tech-Day)',
		prodId: '//techday//agenda-test//KO',
		timezone: 'Asia/Seoul',
		url: 'https://techday.example.com/agenda/',
		source: 'https://techday.example.com/schedule.ics',
		ttl: 6 * 60 * 60,
	});
	const events = [
		['keynote', '10:00', '10:50', 'AI 시대, 인류가 갖춰야 할 능력이란 무엇인가'],
		['aws-track', '13:30', '14:30', 'AWS 협력 과정 성과 공유'],
		[longId, '14:40', '15:40', '인텔 협력 과정 성과 공유'],
	] as const;
	for (const [id, start, end, summary] of events) {
		const event = cal.createEvent({
			id: uid(id),
			start: new Date(`2024-11-25T${start}:00+09:00`),
			end: new Date(`2024-11-25T${end}:00+09:00`),
			stamp: new Date('2024-11-18T00:00:00Z'),
			summary,
			description: `${summary}. ${'발표 시간과 장소는 아직 확정되지 않았습니다. '.repeat(4)}`,
			location: '서울드래곤시티',
			url: `https://techday.example.com/sessions/${id}/`,
		});
		if (id === 'aws-track') event.createAlarm({ type: ICalAlarmType.display, trigger: 600, description: 'AWS' });
	}
	return cal.toString();
}

/** The VEVENT blocks of a file, exactly as written. */
const eventBlocks = (ics: string) => ics.match(/BEGIN:VEVENT\r\n[\s\S]*?END:VEVENT\r\n/g) ?? [];

describe('selectCalendarEvents', () => {
	const ics = fixture();

	test('the fixture is what the test claims: CRLF, folded, three events, an alarm', () => {
		expect(ics).toContain('\r\n ');
		expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
		expect(eventBlocks(ics)).toHaveLength(3);
		expect(ics).toContain('BEGIN:VALARM');
		expect(ics).toMatch(/^SOURCE;VALUE=URI:/m);
		expect(ics).toMatch(/^REFRESH-INTERVAL;/m);
		expect(ics).toMatch(/^X-PUBLISHED-TTL:/m);
		expect(calendarEventUids(ics)).toEqual([uid('keynote'), uid('aws-track'), uid(longId)]);
	});

	test.each([
		{ picked: [], kept: [] },
		{ picked: ['keynote'], kept: [0] },
		{ picked: ['aws-track', 'keynote'], kept: [0, 1] },
		{ picked: [longId], kept: [2] },
		{ picked: ['keynote', 'aws-track', longId], kept: [0, 1, 2] },
		{ picked: ['not-on-the-agenda'], kept: [] },
	])('picking $picked keeps events $kept byte for byte', ({ picked, kept }) => {
		const out = selectCalendarEvents(ics, picked.map(uid));
		const blocks = eventBlocks(ics);
		expect(eventBlocks(out)).toEqual(kept.map((i) => blocks[i]));
		expect(calendarEventUids(out)).toEqual(kept.map((i) => uid([...['keynote', 'aws-track', longId]][i]!)));
		// Everything outside the events (header, time zone, footer) is unchanged, but for the lines that
		// would make the file a subscription to the whole day.
		const frame = (s: string) => eventBlocks(s).reduce((rest, block) => rest.replace(block, ''), s);
		const subscription = /^(SOURCE|REFRESH-INTERVAL|X-PUBLISHED-TTL)[;:].*\r\n/gm;
		expect(frame(out)).toBe(frame(ics).replace(subscription, ''));
		expect(out).not.toMatch(subscription);
		expect(out).toContain('X-WR-CALNAME:');
		expect(out.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
		expect(out.endsWith(ics.slice(ics.lastIndexOf('END:VCALENDAR')))).toBe(true);
	});

	test('a folded UID is matched on its unfolded value', () => {
		const uidLine = ics.split('\r\n').findIndex((l) => l.startsWith(`UID:${longId.slice(0, 20)}`));
		expect(ics.split('\r\n')[uidLine + 1]?.startsWith(' ')).toBe(true);
		expect(calendarEventUids(selectCalendarEvents(ics, [uid(longId)]))).toEqual([uid(longId)]);
	});

	test('an LF-only file is cut the same way and keeps its line ending', () => {
		const lf = ics.replaceAll('\r\n', '\n');
		const out = selectCalendarEvents(lf, [uid('keynote')]);
		expect(out).toBe(selectCalendarEvents(ics, [uid('keynote')]).replaceAll('\r\n', '\n'));
	});

	test('a UID inside an alarm does not stand in for the event UID', () => {
		const withAlarmUid = ics.replace('BEGIN:VALARM\r\n', `BEGIN:VALARM\r\nUID:${uid('keynote')}\r\n`);
		expect(calendarEventUids(withAlarmUid)).toEqual([uid('keynote'), uid('aws-track'), uid(longId)]);
		expect(calendarEventUids(selectCalendarEvents(withAlarmUid, [uid('keynote')]))).toEqual([uid('keynote')]);
	});

	test('a file cut off inside an event is refused rather than half-copied', () => {
		expect(() => selectCalendarEvents(ics.slice(0, ics.indexOf('END:VEVENT')), [uid('keynote')])).toThrow(/VEVENT/);
	});
});

describe('selection', () => {
	test.each([
		[null, []],
		['', []],
		['not json', []],
		['{"a":1}', []],
		['["keynote","aws-track","keynote"]', ['keynote', 'aws-track']],
		['["keynote",42,"<script>","aws-track"]', ['keynote', 'aws-track']],
	])('parseSelection(%j) is %j', (raw, ids) => {
		expect(parseSelection(raw)).toEqual(ids);
	});

	test('parseSelection drops sessions the site no longer has', () => {
		expect(parseSelection('["keynote","removed-session"]', ['keynote', 'aws-track'])).toEqual(['keynote']);
	});

	test('serializeSelection round-trips', () => {
		expect(parseSelection(serializeSelection(['keynote', 'aws-track']))).toEqual(['keynote', 'aws-track']);
	});

	test.each([
		[[], 'keynote', ['keynote']],
		[['keynote'], 'aws-track', ['keynote', 'aws-track']],
		[['keynote', 'aws-track'], 'keynote', ['aws-track']],
	])('toggleSelection(%j, %s) is %j', (ids, id, out) => {
		expect(toggleSelection(ids, id)).toEqual(out);
	});

	test('mergeSelection adds without losing or repeating', () => {
		expect(mergeSelection(['keynote', 'intel-track'], ['aws-track', 'keynote'])).toEqual(['keynote', 'intel-track', 'aws-track']);
	});

	test('normalizeSelection keeps only slugs', () => {
		expect(normalizeSelection(['ok-id', 'Bad', 'a b', '../x', '', 'ok-id'])).toEqual(['ok-id']);
	});
});

describe('share link', () => {
	test.each([
		['keynote,aws-track', ['keynote', 'aws-track']],
		['keynote, aws-track,,keynote', ['keynote', 'aws-track']],
		['keynote,removed', ['keynote']],
		['', []],
		[null, []],
	])('decodeShareParam(%j) is %j', (value, ids) => {
		expect(decodeShareParam(value, ['keynote', 'aws-track'])).toEqual(ids);
	});

	test.each([
		['https://techday.example.com/my/', 'https://techday.example.com/my/?s=keynote,aws-track'],
		['https://example.org/techday/en/my/?s=old&add=x#top', 'https://example.org/techday/en/my/?s=keynote,aws-track'],
	])('shareLink(%s)', (page, link) => {
		expect(shareLink(page, ['keynote', 'aws-track'])).toBe(link);
		expect(decodeShareParam(new URL(link).searchParams.get('s'))).toEqual(['keynote', 'aws-track']);
	});
});

describe('overlappingPicks', () => {
	const at = (id: string, start: number, end: number, status = 'tentative') => ({
		id,
		start: '',
		end: '',
		startMs: start * 60_000,
		endMs: end * 60_000,
		status,
	});
	const keynote = at('keynote', 600, 650);
	const google = at('google-track', 810, 870);
	const aws = at('aws-track', 810, 870);
	const naver = at('naver-track', 880, 940);
	const later = at('later', 870, 900);
	const cancelled = at('cancelled', 810, 870, 'cancelled');

	test.each([
		{ name: 'nothing picked', picked: [], clashes: {} },
		{ name: 'no overlap', picked: [keynote, google, naver], clashes: {} },
		{ name: 'touching ends do not clash', picked: [google, later], clashes: {} },
		{ name: 'two at once', picked: [keynote, google, aws], clashes: { 'google-track': ['aws-track'], 'aws-track': ['google-track'] } },
		{ name: 'a cancelled pick never clashes', picked: [google, cancelled], clashes: {} },
	])('$name', ({ picked, clashes }) => {
		const found = Object.fromEntries([...overlappingPicks(picked)].map(([id, others]) => [id, others.map((o) => o.id)]));
		expect(found).toEqual(clashes);
	});
});
