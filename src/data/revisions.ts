/**
 * The repository's history of the content folder, read once per build with `git log`
 * (see src/lib/calendar/revisions.ts). Outside a git checkout, or where git is missing, it is empty and
 * calendar files fall back to event.yaml's `revised`. A shallow clone sees only its commits:
 * CI checks out the whole history (fetch-depth: 0).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { contentPath } from '../lib/settings';
import { GIT_LOG_ARGS, parseGitLog, type FileHistory } from '../lib/calendar/revisions';

const run = promisify(execFile);
let cache: Promise<Map<string, FileHistory>> | undefined;

/** Each content file's history, paths relative to the content folder (CONTENT_DIR, as content.config.ts reads it). */
export function contentHistory(): Promise<Map<string, FileHistory>> {
	const dir = contentPath();
	cache ??= run('git', ['-C', dir, ...GIT_LOG_ARGS, '--', '.'], { maxBuffer: 64 * 1024 * 1024 })
		.then(({ stdout }) => parseGitLog(stdout))
		.catch(() => new Map());
	return cache;
}
