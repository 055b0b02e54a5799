/**
 * The one reader of the repository's history of the content folder, read once per build:
 * - each content file's history (`git log`), for calendar files' LAST-MODIFIED and SEQUENCE
 *   (src/lib/calendar/revisions.ts); outside a git checkout it is empty and calendars fall back to `revised`;
 * - the commits of the published line (first parents) with the texts of their programme files, for
 *   the changes page and feed (src/lib/changes/): one `git log` and one `git cat-file --batch`,
 *   however long the history.
 * A shallow clone sees only its last commits: it gets no changelog (a wrong one would say every session
 * was just added). CI checks out the whole history (fetch-depth: 0).
 */
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { contentPath } from '../lib/settings';
import { blobsToRead } from '../lib/changes/history';
import { GIT_LOG_ARGS, parseCatFileBatch, parseGitCommits, parseGitLog, type FileHistory, type GitCommit } from '../lib/calendar/revisions';

const run = promisify(execFile);
const git = (dir: string, args: readonly string[]) => run('git', ['-C', dir, ...args], { maxBuffer: 256 * 1024 * 1024 });
const contentDir = () => contentPath();
let cache: Promise<Map<string, FileHistory>> | undefined;

/** Each content file's history, paths relative to the content folder (CONTENT_DIR, as content.config.ts reads it). */
export function contentHistory(): Promise<Map<string, FileHistory>> {
	cache ??= git(contentDir(), [...GIT_LOG_ARGS, '--', '.'])
		.then(({ stdout }) => parseGitLog(stdout))
		.catch(() => new Map());
	return cache;
}

/** The programme's commits (newest first) and the texts of their files by object id, or why the build has none. */
export type ProgrammeHistory = { commits: GitCommit[]; blobs: Map<string, string> } | { unavailable: string };

/** The texts of git objects, all through one `git cat-file --batch`. */
function readObjects(dir: string, ids: readonly string[]): Promise<Map<string, string>> {
	if (ids.length === 0) return Promise.resolve(new Map());
	return new Promise((resolve, reject) => {
		const child = spawn('git', ['-C', dir, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'inherit'] });
		const chunks: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
		child.on('error', reject);
		child.on('close', (code) => (code === 0 ? resolve(parseCatFileBatch(Buffer.concat(chunks))) : reject(new Error(`git cat-file exited with ${code}`))));
		child.stdin.end(`${ids.join('\n')}\n`);
	});
}

let programme: Promise<ProgrammeHistory> | undefined;

/** The content folder's history on the published line, for the changelog; read once per build. */
export function programmeHistory(): Promise<ProgrammeHistory> {
	programme ??= (async (): Promise<ProgrammeHistory> => {
		const dir = contentDir();
		let shallow: string;
		try {
			shallow = (await git(dir, ['rev-parse', '--is-shallow-repository'])).stdout.trim();
		} catch {
			return { unavailable: 'the content folder is not in a git checkout (or git is not installed)' };
		}
		if (shallow === 'true') return { unavailable: 'this is a shallow clone: fetch the whole history (git fetch --unshallow, or fetch-depth: 0 in CI)' };
		const { stdout } = await git(dir, [...GIT_LOG_ARGS, '--first-parent', '--', '.']);
		const commits = parseGitCommits(stdout);
		if (commits.length === 0) return { unavailable: 'no commit holds the content folder (not committed yet, or ignored by git)' };
		return { commits, blobs: await readObjects(dir, blobsToRead(commits)) };
	})();
	return programme;
}
