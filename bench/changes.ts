/**
 * How long the changelog (src/lib/changes/) takes on a long history: the benchmark's large event
 * (1,000 sessions) committed once and then changed in 299 more commits (a few sessions each: a status,
 * a title, a summary), read as the build reads it (src/data/revisions.ts: one git log, one cat-file).
 * Run: npx tsx bench/changes.ts [commits]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildChangelog } from '../src/lib/changes/history';
import { largeEventFiles } from './large-event';

const commits = Number(process.argv[2] ?? 300);
const repo = `${process.cwd()}/test-output/changes-bench`;
const content = `${repo}/content`;
rmSync(repo, { recursive: true, force: true });
mkdirSync(content, { recursive: true });
const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { maxBuffer: 1 << 30 });
git('init', '-q');
const files = largeEventFiles();
const write = (path: string, text: string) => {
	mkdirSync(dirname(`${content}/${path}`), { recursive: true });
	writeFileSync(`${content}/${path}`, text);
};
for (const [path, text] of files) write(path, text);
const sessions = [...files.keys()].filter((p) => p.startsWith('sessions/'));
const env = (i: number) => ({ ...process.env, GIT_COMMITTER_DATE: `2024-10-01T09:00:00+09:00`, GIT_AUTHOR_DATE: `2024-10-01T09:00:00+09:00`, I: String(i) });
const commit = (i: number) => {
	git('add', '-A');
	execFileSync('git', ['-C', repo, '-c', 'user.name=b', '-c', 'user.email=b@example.org', 'commit', '-qm', `step ${i}`], { env: env(i) });
};
commit(0);
for (let i = 1; i < commits; i++) {
	for (let k = 0; k < 3; k++) {
		const path = sessions[(i * 7 + k * 331) % sessions.length]!;
		const text = files.get(path)!;
		const next =
			k === 0
				? text.replace(/status: (\w+)/, (_, s) => `status: ${s === 'confirmed' ? 'tentative' : 'confirmed'}`)
				: k === 1
					? text.replace(/title: "/, `title: "${i} `)
					: `${text}\n더 쓴 설명 ${i}.\n`;
		files.set(path, next);
		write(path, next);
	}
	commit(i);
}

// What the build does (src/data/revisions.ts), timed.
const { programmeHistory } = await import('../src/data/revisions');
process.env.CONTENT_DIR = content;
const started = performance.now();
const history = await programmeHistory();
const read = performance.now();
if ('unavailable' in history) throw new Error(history.unavailable);
const log = buildChangelog(history.commits, history.blobs);
const done = performance.now();
console.log(
	`${history.commits.length} commits, ${history.blobs.size} file versions: git ${Math.round(read - started)} ms, changelog ${Math.round(done - read)} ms, ${log.entries.length} entries, ${log.skipped.length} skipped`,
);
