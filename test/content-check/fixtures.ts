import { execFile } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import type { Problem, Rule } from '../../src/lib/content-check';
import { outputRoot, programmeDir, root } from '../helpers/paths';

const run = promisify(execFile);

/** The folder of error fixtures: each is a small overlay on a copy of the frozen sample programme. */
export const fixturesDir = `${root}test/fixtures/content-errors/`;

/** One problem a fixture must produce: its kind, the file inside the content folder and the field. */
export interface Expected {
	rule: Rule;
	file: string;
	field: string;
	line?: number;
}

/** A fixture's case.json. */
export interface FixtureCase {
	about: string;
	/** Files of the real content to remove (relative to the content folder). */
	delete?: string[];
	/** Errors the check must report, and no others. */
	expect: Expected[];
	/** Warnings the check must report (errors must then be exactly `expect`). */
	warnings?: Expected[];
}

/** Every fixture name. */
export async function fixtureNames(): Promise<string[]> {
	return (await readdir(fixturesDir, { withFileTypes: true }))
		.filter((e) => e.isDirectory())
		.map((e) => e.name)
		.sort();
}

/** A fixture's expectations. */
export async function fixtureCase(name: string): Promise<FixtureCase> {
	return JSON.parse(await readFile(`${fixturesDir}${name}/case.json`, 'utf8')) as FixtureCase;
}

let counter = 0;
const copies: string[] = [];

/** Removes the content copies this test file made (call in afterAll). */
export async function removeCopies(): Promise<void> {
	await Promise.all(copies.splice(0).map((dir) => rm(dirname(dir), { recursive: true, force: true })));
}

/**
 * A fresh copy of the frozen sample programme (test/fixtures/programme, or `base`) under test-output/, with a fixture's files laid over it and its deletions made.
 * Returns the content folder's absolute path.
 */
export async function contentCopy(fixture?: string, label = fixture ?? 'content', base = programmeDir): Promise<string> {
	const dir = `${outputRoot}content-check/${label}-${process.pid}-${counter++}/content`;
	await rm(dir, { recursive: true, force: true });
	await mkdir(dir, { recursive: true });
	copies.push(dir);
	await cp(base, dir, { recursive: true });
	if (fixture) {
		const spec = await fixtureCase(fixture);
		for (const file of spec.delete ?? []) await rm(join(dir, file));
		await cp(`${fixturesDir}${fixture}/content`, dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
			if (error.code !== 'ENOENT') throw error;
		});
	}
	return dir;
}

/** The problems as comparable keys "rule file field", the file relative to the content folder. */
export function keys(problems: readonly Problem[], contentDir: string, severity: Problem['severity'] = 'error'): string[] {
	const prefix = `${relative(root, contentDir)}/`;
	const inside = (file: string) => (file.startsWith(prefix) ? file.slice(prefix.length) : file);
	return [...new Set(problems.filter((p) => p.severity === severity).map((p) => `${p.rule} ${inside(p.file)} ${p.field}`))].sort();
}

/** The same keys for what a fixture expects. */
export function expectedKeys(expected: readonly Expected[]): string[] {
	return [...new Set(expected.map((e) => `${e.rule} ${e.file} ${e.field}`))].sort();
}

/** Runs `npm run check`'s script on a content folder (the Node that runs the tests, with tsx); env adds or (undefined) removes variables. */
export async function runCheckCli(contentDir: string, extraEnv: Record<string, string | undefined> = {}): Promise<{ code: number; output: string }> {
	const env = Object.fromEntries(Object.entries({ ...process.env, CONTENT_DIR: contentDir, ...extraEnv }).filter(([, v]) => v !== undefined));
	try {
		const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/check.ts'], { cwd: root, env });
		return { code: 0, output: `${stdout}${stderr}` };
	} catch (error) {
		const e = error as { code?: number; stdout?: string; stderr?: string };
		return { code: typeof e.code === 'number' ? e.code : -1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
	}
}
