import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { runContentCheck } from '../../src/lib/content-check';
import { contentCopy, fixtureCase, fixtureNames, keys, removeCopies, runCheckCli } from '../content-check/fixtures';
import { root } from '../helpers/paths';

afterAll(removeCopies);

const run = promisify(execFile);
const fixtures = await fixtureNames();

describe('npm run check', () => {
	test('passes on the real content, in seconds', async () => {
		const started = performance.now();
		const { code, output } = await runCheckCli(`${root}content`);
		expect(output).toContain('Content check passed');
		expect(code).toBe(0);
		expect(performance.now() - started).toBeLessThan(10_000);
	});

	test.each(fixtures)('fixture %s: exit code and a report naming each file and field', async (name) => {
		const spec = await fixtureCase(name);
		const dir = await contentCopy(name);
		const { code, output } = await runCheckCli(dir);
		expect(code).toBe(spec.expect.length > 0 ? 1 : 0);
		for (const e of [...spec.expect, ...(spec.warnings ?? [])]) {
			expect(output).toContain(`content/${e.file}`);
			expect(output).toContain(`· ${e.field}`);
		}
	});
});

/** Runs `npm run new`'s script on a content folder. */
async function scaffold(contentDir: string, ...args: string[]): Promise<{ code: number; output: string }> {
	try {
		const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/new.ts', ...args], {
			cwd: root,
			env: { ...process.env, CONTENT_DIR: contentDir },
		});
		return { code: 0, output: stdout + stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, output: e.stdout + e.stderr };
	}
}

describe('npm run new', () => {
	test('writes a commented session that the check accepts once its empty values are filled', async () => {
		const dir = await contentCopy(undefined, 'scaffold');
		expect((await scaffold(dir, 'session', 'lunch-break')).code).toBe(0);
		const path = `${dir}/sessions/lunch-break.md`;
		const text = await readFile(path, 'utf8');
		for (const field of ['title', 'summary', 'kind', 'start', 'end', 'room', 'track', 'speakers', 'status']) {
			expect(text, `${field} is explained`).toMatch(new RegExp(`^# ${field} — .+\\n#   .+\\n#   예 e\\.g\\.:\\n#   ${field}: `, 'm'));
		}
		expect(text).toContain('main-hall, track-room-a'); // the real rooms are listed

		const check = () => runContentCheck({ contentDir: dir, publicDir: `${root}public`, cwd: root });
		expect(keys((await check()).problems, dir)).toEqual(
			['title', 'summary', 'kind', 'start', 'end', 'room'].map((f) => `missing-field sessions/lunch-break.md ${f}`).sort(),
		);
		const filled = text
			.replace(/^title:$/m, 'title: 점심')
			.replace(/^summary:$/m, 'summary: 점심 시간입니다.')
			.replace(/^kind:$/m, 'kind: break')
			.replace(/^start:$/m, 'start: "12:30"')
			.replace(/^end:$/m, 'end: "13:30"')
			.replace(/^room:$/m, 'room: main-hall');
		await writeFile(path, filled);
		expect((await check()).problems).toEqual([]);

		expect((await scaffold(dir, 'session', 'lunch-break', '--en')).code).toBe(0);
		const english = await readFile(`${dir}/en/sessions/lunch-break.md`, 'utf8');
		expect(english).toMatch(/^title:$/m);
		expect(english).not.toMatch(/^#?\s*(start|room|speakers):/m);
	});

	test.each([
		[['session', 'keynote'], /already exists/],
		[['session', 'Lunch_Break'], /lower-case letters, digits and hyphens[\s\S]*npm run new -- session lunch-break/],
		[['talk', 'lunch'], /cannot make a "talk"/],
		[['speaker', 'nobody-yet', '--en'], /The Korean file must exist first/],
		[['session'], /usage/],
	])('refuses %j', async (args, message) => {
		const dir = await contentCopy(undefined, 'scaffold-refuse');
		const { code, output } = await scaffold(dir, ...args);
		expect(code).toBe(1);
		expect(output).toMatch(message);
	});
});
