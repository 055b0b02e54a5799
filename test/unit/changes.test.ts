import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, test } from 'vitest';
import { buildChangelog, type Changelog } from '../../src/lib/changes/history';
import { buildChangesFeed } from '../../src/lib/changes/feed';
import { recentChanges } from '../../src/lib/changes/recent';
import { changeDay, describeChange, describeEntry, groupByDay, shortDay } from '../../src/lib/changes/words';
import { parseCatFileBatch, parseGitCommits } from '../../src/lib/calendar/revisions';
import { useTranslations } from '../../src/i18n';
import { BROKEN_STEP, expectedEntries, expectedMarks, inMemoryHistory, programmeFiles, scriptedHistory, type HistoryStep } from '../helpers/changes-history';

const changelog = (steps: HistoryStep[] = scriptedHistory): Changelog => {
	const { commits, blobs } = inMemoryHistory(steps);
	return buildChangelog(commits, blobs);
};
const kinds = (log: Changelog) => log.entries.map((e) => [changeDay(e.date, 'Asia/Seoul'), e.session, e.changes.map((c) => c.kind)]);
const baseline = scriptedHistory[0]!;
/** The baseline and one more commit. */
const oneStep = (files: HistoryStep['files']) => changelog([baseline, { date: '2024-11-02T10:00:00+09:00', message: 'step', files }]);
const edit = (from: string, to: string) => (text: string) => text.replace(from, to);

describe('the scripted history (move, confirm a room, cancel, a broken commit, reinstate, a typo, a new talk)', () => {
	const log = changelog();

	test('lists each session change, newest first, dated by its commit in the event’s time zone', () => {
		expect(kinds(log)).toEqual(expectedEntries);
	});

	test('leaves out the commit whose content would not build, and names the problem', () => {
		const broken = scriptedHistory.find((s) => s.message === BROKEN_STEP)!;
		expect(log.skipped).toEqual([{ commit: expect.any(String), date: broken.date, problem: expect.stringMatching(/^sessions\/keynote\.md: start: /) }]);
	});

	test('tells what moved and where a room was confirmed', () => {
		const moved = log.entries.find((e) => e.session === 'ai-metaverse-future')!;
		expect(moved.changes).toEqual([
			{ kind: 'moved', from: { date: '2024-11-25', start: '11:50', end: '12:30' }, to: { date: '2024-11-25', start: '12:00', end: '12:40' } },
		]);
		const room = log.entries.find((e) => e.session === 'aws-track')!;
		expect(room.changes).toEqual([{ kind: 'room-confirmed', room: { ko: '트랙 세션장 B', en: 'Track room B' } }]);
	});

	test('its "today" is the last commit, and the marks cover the 7 days before it', () => {
		expect(log.latest).toBe(scriptedHistory.at(-1)!.date);
		const marks = recentChanges(log);
		expect([...marks].map(([id, mark]) => [id, mark.changes.map((c) => c.kind)])).toEqual(expectedMarks);
	});
});

describe('one commit after the baseline', () => {
	test.each<[string, HistoryStep['files'], string[]]>([
		['a summary and a body reworded', { 'sessions/keynote.md': edit('기조연설입니다.', '기조연설.') }, []],
		['an English file deleted (its words only)', { 'en/sessions/keynote.md': null }, []],
		['a time confirmed', { 'sessions/keynote.md': edit('status: tentative', 'status: confirmed') }, ['time-confirmed']],
		[
			'a moved session that is also confirmed: the move says it',
			{ 'sessions/keynote.md': (t) => edit('status: tentative', 'status: confirmed')(edit('end: "10:50"', 'end: "10:55"')(t)) },
			['moved'],
		],
		['a room changed', { 'sessions/keynote.md': edit('room: main-hall', 'room: track-room-c') }, ['room']],
		['a title changed', { 'sessions/keynote.md': edit('title: AI 시대,', 'title: AI 시대에') }, ['title']],
		['a speaker changed', { 'sessions/keynote.md': edit('speakers: [cho-sungzoon]', 'speakers: [kim-donggyu]') }, ['speakers']],
		['the order of speakers changed', { 'sessions/keynote.md': edit('speakers: [cho-sungzoon]', 'speakers: [cho-sungzoon, kim-donggyu]') }, ['speakers']],
		['a session file deleted', { 'sessions/keynote.md': null, 'en/sessions/keynote.md': null }, ['removed']],
		['a speaker’s file edited', { 'speakers/cho-sungzoon.md': edit('name: 조성준', 'name: 조 성준') }, []],
	])('%s → %j', (_, files, expected) => {
		const log = oneStep(files);
		expect(log.skipped).toEqual([]);
		expect(log.entries.flatMap((e) => e.changes.map((c) => c.kind))).toEqual(expected);
	});

	test('a session naming a room that does not exist is a broken commit, not a change', () => {
		const log = oneStep({ 'sessions/keynote.md': edit('room: main-hall', 'room: main-hal') });
		expect(log.entries).toEqual([]);
		expect(log.skipped[0]!.problem).toBe('sessions/keynote.md: room: "main-hal" names nothing');
	});

	test('two files for one session (keynote.md and keynote.mdx) are a broken commit', () => {
		const log = oneStep({ 'sessions/keynote.mdx': programmeFiles().get('sessions/keynote.md')! });
		expect(log.skipped[0]!.problem).toBe('sessions/keynote.mdx: another file has the same id');
	});

	test('a broken first commit is skipped and the next good one is the baseline', () => {
		const broken = { ...baseline, files: {} };
		const { commits, blobs } = inMemoryHistory([broken, { date: '2024-11-02T10:00:00+09:00', message: 'x', files: {} }]);
		// Break the first commit's event file.
		const first = commits.at(-1)!;
		const event = first.files.find((f) => f.path === 'event.yaml')!;
		blobs.set('broken', 'date: [');
		event.blob = 'broken';
		const log = buildChangelog(commits, blobs);
		expect(log.skipped).toHaveLength(1);
		expect(log.entries).toEqual([]);
	});
});

describe.each(['ko', 'en'] as const)('%s words', (lang) => {
	const t = useTranslations(lang);
	const log = changelog();

	test('each entry reads as a sentence of the language', () => {
		const text = log.entries.map((e) => describeEntry(e, lang, t));
		expect(text).toEqual(
			lang === 'ko'
				? ['세션 추가', '취소 철회 (다시 진행)', '취소', '장소 확정: 트랙 세션장 B', '장소 확정: 트랙 세션장 B', '시간 변경: 11:50–12:30 → 12:00–12:40']
				: [
						'New session',
						'Back on the programme (no longer cancelled)',
						'Cancelled',
						'Room confirmed: Track room B',
						'Room confirmed: Track room B',
						'Moved: 11:50–12:30 → 12:00–12:40',
					],
		);
	});

	test('a move to another day names the days', () => {
		const moved = describeChange(
			{ kind: 'moved', from: { date: '2024-11-25', start: '10:00', end: '11:00' }, to: { date: '2024-11-26', start: '10:00', end: '11:00' } },
			lang,
			t,
		);
		expect(moved).toBe(
			lang === 'ko'
				? '시간 변경: 2024년 11월 25일 (월) 10:00–11:00 → 2024년 11월 26일 (화) 10:00–11:00'
				: 'Moved: Monday, 25 November 2024 10:00–11:00 → Tuesday, 26 November 2024 10:00–11:00',
		);
	});

	test('speakers added and removed are named', () => {
		expect(describeChange({ kind: 'speakers', added: [{ ko: '김동규', en: 'Kim Donggyu' }], removed: [{ ko: '조성준' }] }, lang, t)).toBe(
			lang === 'ko' ? '연사 변경: + 김동규, − 조성준' : 'Speakers changed: + Kim Donggyu, − 조성준',
		);
	});

	test('a mark’s date is short', () => {
		expect(shortDay('2024-11-20', lang)).toBe(lang === 'ko' ? '11월 20일' : '20 Nov');
	});
});

describe('days of change', () => {
	test.each([
		['2024-11-19T15:30:00Z', 'Asia/Seoul', '2024-11-20'],
		['2024-11-19T15:30:00Z', 'Europe/Berlin', '2024-11-19'],
		['2024-11-20T00:30:00+09:00', 'UTC', '2024-11-19'],
	])('%s in %s is %s', (instant, zone, day) => {
		expect(changeDay(instant, zone)).toBe(day);
	});

	test('entries are grouped by day, newest day first, keeping their order', () => {
		const groups = groupByDay(changelog().entries, 'Asia/Seoul');
		expect(groups.map((g) => [g.day, g.entries.map((e) => e.session)])).toEqual([
			['2024-11-20', ['closing-talk']],
			['2024-11-18', ['kakao-track']],
			['2024-11-14', ['kakao-track']],
			['2024-11-12', ['aws-track', 'naver-track']],
			['2024-11-10', ['ai-metaverse-future']],
		]);
	});
});

describe('marks', () => {
	const at = (date: string, session: string, kind: 'cancelled' | 'reinstated' | 'added') => ({
		commit: date,
		date,
		session,
		title: { ko: session },
		changes: [{ kind }],
	});

	test('a cancellation undone within the week shows only the newer of the two', () => {
		const entries = [at('2024-11-20T10:00:00Z', 'a', 'reinstated'), at('2024-11-19T10:00:00Z', 'a', 'cancelled')];
		expect(recentChanges({ entries, latest: '2024-11-20T10:00:00Z' }).get('a')).toEqual({ date: '2024-11-20T10:00:00Z', changes: [{ kind: 'reinstated' }] });
	});

	test('the week ends at the last commit, whatever the clock says; no history, no marks', () => {
		const entries = [at('2024-11-13T09:59:00Z', 'old', 'added'), at('2024-11-13T10:00:00Z', 'edge', 'added')];
		expect([...recentChanges({ entries, latest: '2024-11-20T10:00:00Z' }).keys()]).toEqual(['edge']);
		expect(recentChanges({ entries, latest: undefined }).size).toBe(0);
	});
});

describe('the feed', () => {
	const input = {
		lang: 'en',
		title: 'Tech-Day: programme changes',
		subtitle: 'What changed',
		self: 'https://techday.example.com/en/changes.xml',
		page: 'https://techday.example.com/en/changes/',
		author: 'NIPA',
		updated: '2024-11-20T00:30:00+09:00',
		entries: [
			{
				id: 'https://techday.example.com/en/changes/#change-abc-closing-talk',
				title: 'Closing & more: New session',
				date: '2024-11-20T00:30:00+09:00',
				link: 'https://techday.example.com/en/sessions/closing-talk/',
				summary: 'New session',
			},
		],
	};

	test('a feed parser reads its entries back: titles, dates, links', () => {
		const feed = parseFeed(buildChangesFeed(input));
		expect(feed.meta.type).toBe('atom');
		expect(feed.title).toBe(input.title);
		expect(feed.language).toBe('en');
		expect(feed.updated?.toISOString()).toBe('2024-11-19T15:30:00.000Z');
		expect(feed.self).toBe(input.self);
		expect(feed.items.map((i) => [i.id, i.title, i.url, i.updated?.toISOString()])).toEqual([
			[input.entries[0]!.id, 'Closing & more: New session', input.entries[0]!.link, '2024-11-19T15:30:00.000Z'],
		]);
	});

	test('the same input gives the same bytes', () => {
		expect(buildChangesFeed(input)).toBe(buildChangesFeed(structuredClone(input)));
	});
});

describe('reading git', () => {
	test('git log --raw: each commit’s files with their status and new object id', () => {
		const zero = '0'.repeat(40);
		const out = `\0aaa 2024-11-20T10:00:00+09:00\n\n:100644 100644 ${'1'.repeat(40)} ${'2'.repeat(40)} M\tsessions/keynote.md\n:100644 000000 ${'3'.repeat(40)} ${zero} D\ten/sessions/old.md\n\0bbb 2024-11-19T10:00:00+09:00\n\n:000000 100644 ${zero} ${'4'.repeat(40)} A\tevent.yaml\n`;
		expect(parseGitCommits(out)).toEqual([
			{
				hash: 'aaa',
				date: '2024-11-20T10:00:00+09:00',
				files: [
					{ path: 'sessions/keynote.md', status: 'M', blob: '2'.repeat(40) },
					{ path: 'en/sessions/old.md', status: 'D', blob: undefined },
				],
			},
			{ hash: 'bbb', date: '2024-11-19T10:00:00+09:00', files: [{ path: 'event.yaml', status: 'A', blob: '4'.repeat(40) }] },
		]);
	});

	test('git cat-file --batch: texts by object id, byte counts honoured (Korean is several bytes a letter)', () => {
		const text = '제목: 한글\n';
		const out = Buffer.concat([Buffer.from(`abc blob ${Buffer.byteLength(text)}\n${text}\n`), Buffer.from('def missing\n'), Buffer.from('0a1 blob 2\nhi\n')]);
		expect([...parseCatFileBatch(out)]).toEqual([
			['abc', text],
			['0a1', 'hi'],
		]);
	});
});
