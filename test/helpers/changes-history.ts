/**
 * A scripted history of the frozen programme (test/fixtures/programme), as organizers would commit it
 * in the weeks before the day: the unit tests replay it in memory, the build test commits it into a
 * temporary git repository. What each step should show is written beside it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { GitCommit } from '../../src/lib/calendar/revisions';
import { programmeDir } from './paths';

/** A file's new text, a change to its text, or null to delete it. */
type Edit = string | null | ((text: string) => string);

/** One commit: its date (committer and author) and what it does to the content folder. */
export interface HistoryStep {
	date: string;
	message: string;
	files: Record<string, Edit>;
}

/** Replaces a text that must be there: a fixture that changed fails here, not as a silent no-op. */
const swap = (from: string, to: string) => (text: string) => {
	if (!text.includes(from)) throw new Error(`the frozen programme no longer has ${JSON.stringify(from)}`);
	return text.replace(from, to);
};

const closingTalk = `---
title: 마무리 대담
summary: 협력 과정의 다음 해를 함께 이야기합니다.
kind: talk
start: "16:00"
end: "16:30"
room: main-hall
status: tentative
---
`;
const closingTalkEn = `---
title: Closing conversation
summary: Talking together about the next year of the partner programmes.
---
`;

/** The steps, oldest first. The first is the baseline (the programme as published): not a change. */
export const scriptedHistory: HistoryStep[] = [
	{ date: '2024-11-01T10:00:00+09:00', message: 'Programme published', files: {} },
	{
		date: '2024-11-10T10:00:00+09:00',
		message: 'Move a talk',
		files: { 'sessions/ai-metaverse-future.md': (t) => swap('end: "12:30"', 'end: "12:40"')(swap('start: "11:50"', 'start: "12:00"')(t)) },
	},
	{
		date: '2024-11-12T15:00:00+09:00',
		message: 'Confirm a room',
		files: {
			'event.yaml': swap(
				'      ko: 트랙 세션장 B\n      en: Track room B\n    provisional: true',
				'      ko: 트랙 세션장 B\n      en: Track room B\n    provisional: false',
			),
		},
	},
	{ date: '2024-11-14T09:00:00+09:00', message: 'Cancel a session', files: { 'sessions/kakao-track.md': swap('status: tentative', 'status: cancelled') } },
	{ date: '2024-11-15T09:00:00+09:00', message: 'A mistake', files: { 'sessions/keynote.md': swap('start: "10:00"', 'start: "25:00"') } },
	{ date: '2024-11-15T09:30:00+09:00', message: 'Fix the mistake', files: { 'sessions/keynote.md': swap('start: "25:00"', 'start: "10:00"') } },
	{ date: '2024-11-18T11:00:00+09:00', message: 'Reinstate the session', files: { 'sessions/kakao-track.md': swap('status: cancelled', 'status: tentative') } },
	{
		date: '2024-11-19T16:00:00+09:00',
		message: 'Fix a typo',
		files: {
			'sessions/keynote.md': swap('기조연설입니다.', '기조 연설입니다.'),
			'en/sessions/keynote.md': swap('gives the keynote', 'gives the opening keynote'),
		},
	},
	// 00:30 in Seoul is still the day before in UTC: the change belongs to the 20th.
	{
		date: '2024-11-20T00:30:00+09:00',
		message: 'Add a talk',
		files: { 'sessions/closing-talk.md': closingTalk, 'en/sessions/closing-talk.md': closingTalkEn },
	},
];

/** The commit (by message) that the changelog must leave out, with a warning. */
export const BROKEN_STEP = 'A mistake';

/** What the changes page lists, newest first: [day in Seoul, session id, kinds of change]. */
export const expectedEntries: [string, string, string[]][] = [
	['2024-11-20', 'closing-talk', ['added']],
	['2024-11-18', 'kakao-track', ['reinstated']],
	['2024-11-14', 'kakao-track', ['cancelled']],
	['2024-11-12', 'aws-track', ['room-confirmed']],
	['2024-11-12', 'naver-track', ['room-confirmed']],
	['2024-11-10', 'ai-metaverse-future', ['moved']],
];

/** The sessions marked "changed" (the 7 days before the last commit, 2024-11-20 00:30): [id, kinds]. */
export const expectedMarks: [string, string[]][] = [
	['closing-talk', ['added']],
	['kakao-track', ['reinstated']],
];

/** Every file of the frozen programme, by path inside it. */
export function programmeFiles(): Map<string, string> {
	return new Map(
		readdirSync(programmeDir, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile())
			.map((e) => {
				const path = join(e.parentPath, e.name);
				return [relative(programmeDir, path).split('\\').join('/'), readFileSync(path, 'utf8')] as const;
			}),
	);
}

/** What a step writes: each touched file's new text, or null when deleted. */
export function applyStep(files: Map<string, string>, step: HistoryStep): Map<string, string | null> {
	const written = new Map<string, string | null>();
	for (const [path, edit] of Object.entries(step.files)) {
		const text = typeof edit === 'function' ? edit(files.get(path) ?? '') : edit;
		written.set(path, text);
		if (text === null) files.delete(path);
		else files.set(path, text);
	}
	return written;
}

const objectId = (text: string) => createHash('sha1').update(text).digest('hex');

/** The scripted history as `git log` and `git cat-file` would give it, without git: commits newest first, texts by id. */
export function inMemoryHistory(steps: readonly HistoryStep[] = scriptedHistory): { commits: GitCommit[]; blobs: Map<string, string> } {
	const files = programmeFiles();
	const blobs = new Map<string, string>();
	const commits = steps.map((step, i): GitCommit => {
		const written = i === 0 ? new Map([...files]) : applyStep(files, step);
		return {
			hash: objectId(`${i}${step.message}`),
			date: step.date,
			files: [...written].map(([path, text]) => {
				if (text === null) return { path, status: 'D' };
				blobs.set(objectId(text), text);
				return { path, status: i === 0 ? 'A' : 'M', blob: objectId(text) };
			}),
		};
	});
	return { commits: commits.reverse(), blobs };
}
