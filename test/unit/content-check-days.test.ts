/**
 * The content check on an event of several days (test/fixtures/several-days: Berlin, 25–27 October 2025, summer
 * time ending at 03:00 on the 26th): dates in the event file, each session's day, and times the clocks skip or repeat.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, describe, expect, test } from 'vitest';
import { runContentCheck, type Problem } from '../../src/lib/content-check';
import { contentCopy, removeCopies } from '../content-check/fixtures';
import { root, severalDays } from '../helpers/paths';

afterAll(removeCopies);

/** The problems after writing some files into a copy of the three-day fixture. */
async function check(files: Record<string, string | ((text: string) => string)>): Promise<Problem[]> {
	const dir = await contentCopy(undefined, 'days', severalDays.content);
	for (const [path, edit] of Object.entries(files)) {
		await writeFile(`${dir}/${path}`, typeof edit === 'string' ? edit : edit(await readFile(`${dir}/${path}`, 'utf8')));
	}
	const { problems } = await runContentCheck({ contentDir: dir, publicDir: `${root}public`, cwd: root });
	return problems.filter((p) => p.severity === 'error');
}

const session = (lines: string) => `---\ntitle: 밤 세션\nsummary: 요약입니다.\nkind: talk\nroom: main-hall\n${lines}\n---\n`;
const brief = (problems: Problem[]) => problems.map((p) => ({ file: p.file.replace(/^.*\/content\//, ''), field: p.field, rule: p.rule, line: p.line }));

describe('the content check on several days', () => {
	test('the fixture itself passes', async () => {
		expect(await check({})).toEqual([]);
	});

	test.each([
		// 02:30 in the night after the 25th happens twice in Berlin (clocks go back at 03:00).
		['date: 2025-10-25\nstart: "02:30"\nend: "03:45"', 'start', 'outside-day', 7, /두 번 오는 시각.*\/.*happens twice on 2025-10-26 in Europe\/Berlin/],
		// The end falls in the repeated hour.
		['date: 2025-10-25\nstart: "01:30"\nend: "02:15"', 'end', 'outside-day', 8, /happens twice/],
		['date: 2025-10-25\nstart: "01:30"\nend: "05:00"', 'end', 'outside-day', 8, /until 04:00 the next morning/],
		['date: 2025-10-26\nstart: "11:00"\nend: "10:00"', 'end', 'end-before-start', 8, /the end must be after the start/],
		['date: 2025-10-28\nstart: "10:00"\nend: "11:00"', 'date', 'outside-day', 6, /one of the programme days: 2025-10-25, 2025-10-26, 2025-10-27/],
		['start: "10:00"\nend: "11:00"', 'date', 'missing-field', undefined, /says its day with date:, one of 2025-10-25/],
	])('%j → %s: %s', async (lines, field, rule, line, words) => {
		const problems = await check({ 'sessions/night.md': session(lines) });
		expect(brief(problems)).toEqual([{ file: 'sessions/night.md', field, rule, line }]);
		expect(problems[0]!.expected).toMatch(words);
	});

	test('a time the clocks skip is refused (30 March 2025 has no 02:30 in Berlin)', async () => {
		const problems = await check({
			'event.yaml': (text) => text.replace('  - 2025-10-25\n', '  - 2025-03-29\n  - 2025-10-25\n'),
			'sessions/night.md': session('date: 2025-03-29\nstart: "02:30"\nend: "03:30"'),
		});
		expect(brief(problems)).toEqual([{ file: 'sessions/night.md', field: 'start', rule: 'outside-day', line: 7 }]);
		expect(problems[0]!.expected).toMatch(/없는 시각.*\/.*does not exist on 2025-03-30 in Europe\/Berlin/);
	});

	test('dayChange moves the end of a programme day', async () => {
		const problems = await check({
			'event.yaml': (text) => `${text.trimEnd()}\ndayChange: "05:00"\n`,
			'sessions/night.md': session('date: 2025-10-26\nstart: "23:00"\nend: "04:30"'),
		});
		expect(problems).toEqual([]);
	});

	test.each([
		['both date: and dates:', (text: string) => text.replace('dates:\n', 'date: 2025-10-25\ndates:\n'), 'date', 'bad-value'],
		['neither', (text: string) => text.replace(/^dates:\n(?: {2}- .*\n)+/m, ''), 'date', 'missing-field'],
		['dates out of order', (text: string) => text.replace('  - 2025-10-25\n  - 2025-10-26\n', '  - 2025-10-26\n  - 2025-10-25\n'), 'dates', 'bad-value'],
	])('the event file with %s is refused', async (_name, edit, field, rule) => {
		const problems = (await check({ 'event.yaml': edit })).filter((p) => p.file.endsWith('event.yaml'));
		expect(problems.map((p) => [p.field, p.rule])).toEqual([[field, rule]]);
		// A field that is there is pointed at by its line; a missing one by the file.
		if (rule !== 'missing-field') expect(problems[0]!.line).toBeGreaterThan(0);
		expect(problems[0]!.expected).toMatch(/date:.*dates:|순서대로.*\/.*in order/);
	});
});
