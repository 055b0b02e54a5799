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

/**
 * The format of `git log` this module reads: a NUL, the commit hash and committer date, then one `--raw`
 * line per changed file (modes, old and new object ids, status, a tab, the path).
 */
export const GIT_LOG_ARGS = ['log', '--format=%x00%H %cI', '--raw', '--no-abbrev', '--no-renames', '--relative'] as const;

/** One file a commit changed: its path, its status (A added, M modified, D deleted, T type changed) and the object id of its new content. */
export interface GitFileChange {
	path: string;
	status: string;
	/** The new content's object id; undefined when the commit deleted the file. */
	blob?: string;
}

/** One commit as `git log` with {@link GIT_LOG_ARGS} tells it. */
export interface GitCommit {
	hash: string;
	/** Committer date, ISO 8601 with the committer's offset. */
	date: string;
	files: GitFileChange[];
}

const NO_OBJECT = /^0+$/;

/**
 * Reads the output of `git log` with {@link GIT_LOG_ARGS} into its commits, in the order git gave them.
 * @example parseGitCommits('\0a1b2 2024-11-20T10:00:00+09:00\n\n:100644 100644 0ld 9e3 M\tsessions/keynote.md\n') // [{ hash: 'a1b2', date: '2024-11-20T10:00:00+09:00', files: [{ path: 'sessions/keynote.md', status: 'M', blob: '9e3' }] }]
 */
export function parseGitCommits(output: string): GitCommit[] {
	return output
		.split('\0')
		.slice(1)
		.map((commit) => {
			const [head = '', ...lines] = commit.split('\n');
			const [hash = '', date = ''] = head.trim().split(' ');
			const files = lines.flatMap((line): GitFileChange[] => {
				const tab = line.indexOf('\t');
				if (!line.startsWith(':') || tab < 0) return [];
				const [, , , blob = '', status = ''] = line.slice(1, tab).split(' ');
				return [{ path: line.slice(tab + 1), status: status.charAt(0), blob: NO_OBJECT.test(blob) ? undefined : blob }];
			});
			return { hash, date, files };
		});
}

/**
 * Reads the output of `git log` with {@link GIT_LOG_ARGS} (newest commit first) into each file's
 * history, paths relative to where git ran.
 * @example parseGitLog('\0a1b2 2024-11-20T10:00:00+09:00\n\n:000000 100644 000 9e3 A\tsessions/keynote.md\n') // Map { 'sessions/keynote.md' → { lastCommit: '2024-11-20T10:00:00+09:00', commits: ['a1b2'] } }
 */
export function parseGitLog(output: string): Map<string, FileHistory> {
	const history = new Map<string, FileHistory>();
	for (const { hash, date, files } of parseGitCommits(output)) {
		for (const { path } of files) {
			const known = history.get(path);
			if (known) known.commits.push(hash);
			else history.set(path, { lastCommit: date, commits: [hash] });
		}
	}
	return history;
}

/**
 * Reads the output of `git cat-file --batch` (a header "<id> <type> <size>", the bytes, a newline; or
 * "<name> missing") into each object's text.
 * @example parseCatFileBatch(Buffer.from('9e3 blob 2\nhi\n')) // Map { '9e3' → 'hi' }
 */
export function parseCatFileBatch(output: Buffer): Map<string, string> {
	const objects = new Map<string, string>();
	let at = 0;
	while (at < output.length) {
		const eol = output.indexOf(10, at);
		if (eol < 0) break;
		const [id = '', type = '', size] = output.toString('utf8', at, eol).split(' ');
		at = eol + 1;
		if (type === 'missing' || size === undefined) continue;
		const end = at + Number(size);
		objects.set(id, output.toString('utf8', at, end));
		at = end + 1;
	}
	return objects;
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
