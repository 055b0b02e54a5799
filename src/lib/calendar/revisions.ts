/**
 * When each session last changed, from the repository's history of its files, so calendar apps see a
 * change (LAST-MODIFIED, SEQUENCE) without anyone remembering to bump `revised` in event.yaml.
 * Pure: it reads the text of `git log`, never the clock; the same commit gives the same answer.
 */

/** A file's history: its last commit's date (ISO 8601) and the commits that touched it, newest first. */
export interface FileHistory {
	lastCommit: string;
	commits: string[];
}

/** A session's revision, as calendar files carry it. */
export interface SessionRevision {
	/** LAST-MODIFIED: the last commit of any of its files, or event.yaml's `revised` outside git. */
	lastModified: Date;
	/** SEQUENCE: how many commits changed any of its files (0 outside git); it only grows, as RFC 5545 asks. */
	sequence: number;
}

/** The format of `git log` this module reads: a NUL, the commit hash and committer date, then the changed file names. */
export const GIT_LOG_ARGS = ['log', '--format=%x00%H %cI', '--name-only', '--no-renames', '--relative'] as const;

/**
 * Reads the output of `git log` with {@link GIT_LOG_ARGS} (newest commit first) into each file's
 * history, paths relative to where git ran.
 * @example parseGitLog('\0a1b2 2024-11-20T10:00:00+09:00\n\nsessions/keynote.md\n') // Map { 'sessions/keynote.md' → { lastCommit: '2024-11-20T10:00:00+09:00', commits: ['a1b2'] } }
 */
export function parseGitLog(output: string): Map<string, FileHistory> {
	const history = new Map<string, FileHistory>();
	for (const commit of output.split('\0').slice(1)) {
		const [head = '', ...files] = commit.split('\n').map((line) => line.trim());
		const [hash = '', date = ''] = head.split(' ');
		for (const file of files) {
			if (!file) continue;
			const known = history.get(file);
			if (known) known.commits.push(hash);
			else history.set(file, { lastCommit: date, commits: [hash] });
		}
	}
	return history;
}

/** The content files a session's calendar entry is made of: its Korean file and its English words. */
const sessionFiles = (id: string) => [`sessions/${id}.md`, `sessions/${id}.mdx`, `en/sessions/${id}.md`, `en/sessions/${id}.mdx`];

/**
 * A session's revision from the history of its files; `revised` (event.yaml) when none of them has
 * any history (no git, a file not committed yet, a copy outside the repository).
 * @example sessionRevision('keynote', history, '2024-11-18T09:00:00+09:00') // { lastModified: 2024-11-20T01:00:00Z, sequence: 3 }
 */
export function sessionRevision(id: string, history: ReadonlyMap<string, FileHistory>, revised: string): SessionRevision {
	const known = sessionFiles(id).flatMap((file) => history.get(file) ?? []);
	if (known.length === 0) return { lastModified: new Date(revised), sequence: 0 };
	const latest = Math.max(...known.map((h) => new Date(h.lastCommit).getTime()));
	return { lastModified: new Date(latest), sequence: new Set(known.flatMap((h) => h.commits)).size };
}
