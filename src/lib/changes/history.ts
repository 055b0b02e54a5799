/**
 * The changelog of a programme: its states commit by commit (read through the real schemas), each
 * compared with the last state that built. The first state is the baseline, not a change; a commit
 * whose content would not build is skipped and named, so the next good one is compared across it.
 * Pure: it is given `git log` and the file texts, and reads no clock.
 */
import type { GitCommit } from '../calendar/revisions';
import { programmeChanges, type SessionChange } from './diff';
import { isProgrammeFile, ProgrammeReader, type BilingualText, type ProgrammeFacts } from './read';

/** What happened to one session in one commit. */
export interface ChangeEntry {
	commit: string;
	/** The commit's date, ISO 8601 with its offset. */
	date: string;
	session: string;
	/** The session's title then (before it was removed, for a removed one). */
	title: BilingualText;
	changes: SessionChange[];
}

/** A commit whose content would not build. */
export interface SkippedCommit {
	commit: string;
	date: string;
	problem: string;
}

/** Every change of the programme, newest first, and the commits left out. */
export interface Changelog {
	entries: ChangeEntry[];
	skipped: SkippedCommit[];
	/** The date of the latest commit that touched the programme: the changelog's "today". */
	latest?: string;
	/** The programme at the latest commit that built. */
	facts?: ProgrammeFacts;
}

/** The object ids of every programme file the commits wrote: what `git cat-file --batch` must give. */
export function blobsToRead(commits: readonly GitCommit[]): string[] {
	return [...new Set(commits.flatMap((c) => c.files.filter((f) => f.blob && isProgrammeFile(f.path)).map((f) => f.blob!)))];
}

/**
 * The changelog from the commits that touched the content folder, newest first as `git log` gives
 * them (first parents only: what the published branch saw), and the texts of their files by object id.
 * @example buildChangelog(parseGitCommits(log), parseCatFileBatch(blobs)).entries[0] // { session: 'keynote', changes: [{ kind: 'moved', … }], … }
 */
export function buildChangelog(commits: readonly GitCommit[], blobs: ReadonlyMap<string, string>): Changelog {
	const reader = new ProgrammeReader();
	const commitsEntries: ChangeEntry[][] = [];
	const skipped: SkippedCommit[] = [];
	let last: ProgrammeFacts | undefined;
	for (const commit of [...commits].reverse()) {
		const touched = commit.files.filter((f) => isProgrammeFile(f.path));
		for (const file of touched) reader.set(file.path, file.blob && blobs.get(file.blob), file.blob ?? '');
		if (touched.length === 0) continue;
		const state = reader.read();
		if ('problem' in state) {
			skipped.push({ commit: commit.hash, date: commit.date, problem: state.problem });
			continue;
		}
		if (last) {
			const before = last;
			commitsEntries.push(
				programmeChanges(before, state.facts).map(([session, changes]) => {
					const title = (state.facts.sessions.get(session) ?? before.sessions.get(session))!.title;
					return { commit: commit.hash, date: commit.date, session, title, changes };
				}),
			);
		}
		last = state.facts;
	}
	const latest = commits.find((c) => c.files.some((f) => isProgrammeFile(f.path)))?.date;
	return { entries: commitsEntries.reverse().flat(), skipped: skipped.reverse(), latest, facts: last };
}
