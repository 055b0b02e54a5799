import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildCalendar } from '../../src/lib/calendar/ics';
import { GIT_LOG_ARGS, parseGitLog, sessionRevision, type FileHistory } from '../../src/lib/calendar/revisions';
import { contentLines } from '../helpers/ics';
import { outputRoot } from '../helpers/paths';
import { input } from './calendar-fixture';

const run = promisify(execFile);
const revised = '2024-11-18T09:00:00+09:00';

describe('from a real repository', () => {
	let repo: string;
	let history: Map<string, FileHistory>;
	/** Commits the given files with a fixed date, as an organizer's change would be. */
	const commit = async (date: string, files: Record<string, string>) => {
		for (const [path, text] of Object.entries(files)) {
			await mkdir(dirname(`${repo}/content/${path}`), { recursive: true });
			await writeFile(`${repo}/content/${path}`, text);
		}
		await run('git', ['-C', repo, 'add', '-A']);
		await run('git', ['-C', repo, '-c', 'user.name=Organizer', '-c', 'user.email=o@example.org', 'commit', '-q', '-m', date, '--date', date], {
			env: { ...process.env, GIT_COMMITTER_DATE: date },
		});
	};

	beforeAll(async () => {
		await mkdir(outputRoot, { recursive: true });
		repo = await mkdtemp(`${outputRoot}git-history-`);
		await run('git', ['init', '-q', repo]);
		await commit('2024-11-01T10:00:00+09:00', { 'sessions/keynote.md': 'a', 'sessions/lunch.md': 'a', 'event.yaml': 'a' });
		await commit('2024-11-10T10:00:00+09:00', { 'sessions/keynote.md': 'b', 'en/sessions/keynote.md': 'b' });
		await commit('2024-11-20T18:30:00+09:00', { 'en/sessions/keynote.md': 'c' });
		// Read from the content folder, as src/data/revisions.ts does.
		const { stdout } = await run('git', ['-C', `${repo}/content`, ...GIT_LOG_ARGS, '--', '.']);
		history = parseGitLog(stdout);
	});
	afterAll(() => rm(repo, { recursive: true, force: true }));

	test.each([
		['keynote', '2024-11-20T09:30:00.000Z', 3],
		['lunch', '2024-11-01T01:00:00.000Z', 1],
	])('%s: last changed %s, SEQUENCE %i (commits to its Korean or English file, each counted once)', (id, lastModified, sequence) => {
		const revision = sessionRevision(id, history, revised);
		expect(revision.lastModified.toISOString()).toBe(lastModified);
		expect(revision.sequence).toBe(sequence);
	});

	test('a session with no history (not committed, or no git) falls back to revised and SEQUENCE 0', () => {
		expect(sessionRevision('new-talk', history, revised)).toEqual({ lastModified: new Date(revised), sequence: 0 });
		expect(sessionRevision('keynote', parseGitLog(''), revised).sequence).toBe(0);
	});
});

test('calendar files carry each session’s LAST-MODIFIED, DTSTAMP and SEQUENCE', () => {
	const base = input({ kind: 'all' });
	const revisions = new Map([[base.sessions[0]!.id, { lastModified: new Date('2024-11-20T09:30:00Z'), sequence: 4 }]]);
	const lines = contentLines(buildCalendar({ ...base, revisions }));
	expect(lines).toContain('LAST-MODIFIED:20241120T093000Z');
	expect(lines).toContain('DTSTAMP:20241120T093000Z');
	expect(lines).toContain('SEQUENCE:4');
	// The others keep the event's revision date.
	expect(lines.filter((l) => l === 'LAST-MODIFIED:20241118T000000Z')).toHaveLength(base.sessions.length - 1);
});
