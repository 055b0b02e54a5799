import { rm } from 'node:fs/promises';
import { relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatAnnotations, formatMissingTranslations, loadContent, missingTranslations, type Problem } from '../../src/lib/content-check';
import { contentCopy, fixtureCase, removeCopies, runCheckCli } from '../content-check/fixtures';
import { root } from '../helpers/paths';

afterAll(removeCopies);

const problem = (over: Partial<Problem>): Problem => ({
	file: 'content/sessions/keynote.md',
	field: 'start',
	found: '25:00',
	expected: 'HH:MM',
	example: 'start: 2024-11-25T10:00',
	rule: 'bad-time',
	severity: 'error',
	...over,
});

describe('formatAnnotations', () => {
	test.each([
		[
			'an error with its line',
			problem({ line: 4 }),
			/^::error file=content\/sessions\/keynote\.md,line=4,title=시각 형식이 틀렸습니다 \/ not a valid time::start: 25:00%0A/,
		],
		[
			'a warning without a line',
			problem({ severity: 'warning', rule: 'raw-html', field: '(본문 body)' }),
			/^::warning file=content\/sessions\/keynote\.md,title=[^:,]+::\(본문 body\): /,
		],
	])('%s', (_, p, pattern) => {
		expect(formatAnnotations([p])).toMatch(pattern);
	});

	test('keeps each problem on one line: newlines, % and the property separators are escaped', () => {
		const out = formatAnnotations([problem({ file: 'content/a,b:c.md', found: 'line one\nline two 100%', line: 2 }), problem({ line: 3 })]);
		const lines = out.split('\n');
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatch(/^::error file=content\/a%2Cb%3Ac\.md,line=2,/);
		expect(lines[0]).toContain('line one%0Aline two 100%25');
		expect(lines[1]).toMatch(/,line=3,/);
	});
});

const check = runCheckCli;

describe('npm run check on GitHub Actions', () => {
	test('prints an ::error annotation on the file and line of each content error, only when GITHUB_ACTIONS is set', async () => {
		const dir = await contentCopy('bad-time');
		const spec = await fixtureCase('bad-time');
		const onGitHub = await check(dir, { GITHUB_ACTIONS: 'true' });
		expect(onGitHub.code).toBe(1);
		const annotations = onGitHub.output.split('\n').filter((l) => l.startsWith('::error '));
		expect(annotations.length).toBeGreaterThanOrEqual(spec.expect.length);
		for (const e of spec.expect) {
			const file = `${relative(root, dir)}/${e.file}`.replaceAll(',', '%2C');
			expect(
				annotations.some((a) => a.startsWith(`::error file=${file},line=`) && a.includes(`::${e.field}: `)),
				`${file} ${e.field}`,
			).toBe(true);
		}
		const elsewhere = await check(dir, { GITHUB_ACTIONS: undefined });
		expect(elsewhere.code).toBe(1);
		expect(elsewhere.output).not.toMatch(/^::error/m);
	});
});

describe('missing English translations', () => {
	test('are listed as information, and the check still passes', async () => {
		const dir = await contentCopy(undefined, 'untranslated');
		const before = missingTranslations(await loadContent(dir, root));
		await rm(`${dir}/en/sessions/keynote.md`);
		const files = await loadContent(dir, root);
		const missing = missingTranslations(files).filter((p) => !before.includes(p));
		expect(missing).toEqual([`${relative(root, dir)}/sessions/keynote.md`]);
		const { code, output } = await check(dir, { GITHUB_ACTIONS: undefined });
		expect(code).toBe(0);
		expect(output).toContain(`  - ${relative(root, dir)}/sessions/keynote.md`);
		expect(output).toContain('without an English translation');
		expect(formatMissingTranslations([])).toBe('');
		expect(formatMissingTranslations(['content/sessions/x.md'], true)).toMatch(/^::notice file=content\/sessions\/x\.md,/m);
	});
});
