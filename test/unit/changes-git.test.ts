/**
 * The build's git reader for the changelog (src/data/revisions.ts) on real repositories: the scripted
 * history is read as it was committed; a shallow clone, a folder outside git and a folder never
 * committed give no history and say why.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { buildChangelog } from '../../src/lib/changes/history';
import { applyStep, expectedEntries, programmeFiles, scriptedHistory } from '../helpers/changes-history';
import { outputRoot } from '../helpers/paths';

const run = promisify(execFile);
let root: string;
/** A folder in no repository (the test output is inside the project's). */
let outside: string;

/** programmeHistory() for a content folder, from a fresh module (it reads once per build). */
async function historyOf(contentDir: string) {
	vi.resetModules();
	vi.stubEnv('CONTENT_DIR', contentDir);
	const { programmeHistory } = await import('../../src/data/revisions');
	return programmeHistory();
}

beforeAll(async () => {
	await mkdir(outputRoot, { recursive: true });
	root = await mkdtemp(`${outputRoot}changes-git-`);
	await run('git', ['init', '-q', `${root}/repo`]);
	const files = programmeFiles();
	for (const [i, step] of scriptedHistory.entries()) {
		for (const [path, text] of i === 0 ? new Map(files) : applyStep(files, step)) {
			await mkdir(dirname(`${root}/repo/content/${path}`), { recursive: true });
			await writeFile(`${root}/repo/content/${path}`, text!);
		}
		await run('git', ['-C', `${root}/repo`, 'add', '-A']);
		await run('git', ['-C', `${root}/repo`, '-c', 'user.name=O', '-c', 'user.email=o@example.org', 'commit', '-qm', step.message, '--date', step.date], {
			env: { ...process.env, GIT_COMMITTER_DATE: step.date },
		});
	}
	await run('git', ['clone', '-q', '--depth', '1', `file://${root}/repo`, `${root}/shallow`]);
	outside = await mkdtemp(join(tmpdir(), 'changes-outside-'));
	await mkdir(`${root}/repo/drafts`, { recursive: true });
}, 120_000);
afterAll(async () => {
	vi.unstubAllEnvs();
	await rm(root, { recursive: true, force: true });
	await rm(outside, { recursive: true, force: true });
});

test('a full clone: every commit, newest first, and the changelog the scripted history promises', async () => {
	const history = await historyOf(`${root}/repo/content`);
	if ('unavailable' in history) throw new Error(history.unavailable);
	expect(history.commits.map((c) => c.date)).toEqual(scriptedHistory.map((s) => s.date).reverse());
	expect(buildChangelog(history.commits, history.blobs).entries.map((e) => e.session)).toEqual(expectedEntries.map(([, id]) => id));
});

test.each([
	['a shallow clone', 'shallow/content', /shallow clone/],
	['a folder outside git', '', /not in a git checkout/],
	['a folder never committed', 'repo/drafts', /no commit holds/],
])('%s: no history, and why', async (_, dir, reason) => {
	const history = await historyOf(dir ? `${root}/${dir}` : outside);
	expect(history).toEqual({ unavailable: expect.stringMatching(reason) });
});
