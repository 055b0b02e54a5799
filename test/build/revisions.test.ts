/**
 * The built calendar files take each session's LAST-MODIFIED and SEQUENCE from the repository's
 * history of its files (here the frozen programme's), as `git log` tells it for this commit.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { parseCalendar } from '../helpers/ics';
import { programmeDir, siteDir } from '../helpers/paths';

const run = promisify(execFile);
const revised = /^revised:\s*(\S+)/m.exec(readFileSync(`${programmeDir}/event.yaml`, 'utf8'))![1]!;

/** What git says about a session's files, or undefined outside a git checkout. */
async function gitFacts(id: string): Promise<{ last: string; count: number } | undefined> {
	const files = [`sessions/${id}.md`, `en/sessions/${id}.md`];
	try {
		const { stdout } = await run('git', ['-C', programmeDir, 'log', '--format=%H %cI', '--', ...files]);
		const commits = stdout.trim().split('\n').filter(Boolean);
		if (commits.length === 0) return undefined;
		return { last: commits[0]!.split(' ')[1]!, count: commits.length };
	} catch {
		return undefined;
	}
}

test('every session’s LAST-MODIFIED and SEQUENCE follow its files’ history (or revised and 0 outside git)', async () => {
	const ics = readFileSync(`${siteDir}schedule.ics`, 'utf8');
	const events = parseCalendar(ics).events;
	const ids = readdirSync(`${programmeDir}/sessions`).map((f) => f.replace(/\.mdx?$/, ''));
	expect(events.length).toBe(ids.length);
	for (const id of ids) {
		const event = events.find((e) => e.uid.startsWith(`${id}@`))!;
		const facts = await gitFacts(id);
		const block = ics
			.replace(/\r\n[ \t]/g, '')
			.split('BEGIN:VEVENT')
			.find((b) => b.includes(`UID:${id}@`))!;
		expect(new Date(event.lastModified.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z')).getTime(), id).toBe(
			new Date(facts?.last ?? revised).getTime(),
		);
		expect(/\r\nSEQUENCE:(\d+)\r\n/.exec(block)?.[1], id).toBe(String(facts?.count ?? 0));
	}
});
