/**
 * The changes page, its feed and the "changed" marks, built from a temporary git repository whose
 * content folder is the frozen programme with a scripted history (test/helpers/changes-history.ts):
 * a talk moved, a room confirmed, a session cancelled and reinstated, a broken commit, a typo fixed, a
 * talk added. Then once more after the day (`ended: true`), when the page speaks in the past tense.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompressSync, constants } from 'node:zlib';
import { parse } from 'parse5';
import { beforeAll, describe, expect, test } from 'vitest';
import { budgets } from '../../bench/budgets';
import { futureTenseWords } from '../../src/lib/time/event-phase';
import { buildSite } from '../helpers/build';
import { applyStep, BROKEN_STEP, expectedEntries, expectedMarks, programmeFiles, scriptedHistory, type HistoryStep } from '../helpers/changes-history';
import { attr, elements, type Element } from '../helpers/html';
import { outputRoot } from '../helpers/paths';

const run = promisify(execFile);
const repo = `${outputRoot}changes-repo`;
const content = `${repo}/content`;
const sites = { before: `${outputRoot}changes-site/`, after: `${outputRoot}changes-ended-site/` };
const logs: Record<keyof typeof sites, string> = { before: '', after: '' };
const site = 'https://techday.example.com';

/** Commits what a step writes, dated as the step says (author and committer). */
async function commit(files: Map<string, string | null>, step: HistoryStep) {
	for (const [path, text] of files) {
		if (text === null) await rm(`${content}/${path}`);
		else {
			await mkdir(dirname(`${content}/${path}`), { recursive: true });
			await writeFile(`${content}/${path}`, text);
		}
	}
	await run('git', ['-C', repo, 'add', '-A']);
	await run('git', ['-C', repo, '-c', 'user.name=Organizer', '-c', 'user.email=o@example.org', 'commit', '-q', '-m', step.message, '--date', step.date], {
		env: { ...process.env, GIT_COMMITTER_DATE: step.date },
	});
}

beforeAll(async () => {
	await rm(repo, { recursive: true, force: true });
	await mkdir(content, { recursive: true });
	await run('git', ['init', '-q', repo]);
	const files = programmeFiles();
	for (const [i, step] of scriptedHistory.entries()) await commit(i === 0 ? new Map(files) : applyStep(files, step), step);
	logs.before = await buildSite(sites.before, { CONTENT_DIR: content });
	const ended: HistoryStep = { date: '2024-11-26T09:00:00+09:00', message: 'The day is over', files: { 'event.yaml': (t) => `${t}\nended: true\n` } };
	await commit(applyStep(files, ended), ended);
	logs.after = await buildSite(sites.after, { CONTENT_DIR: content });
}, 900_000);

const read = (phase: keyof typeof sites, path: string) => readFile(`${sites[phase]}${path}`, 'utf8');
const byClass = (root: Element, name: string) => [...elements(root)].filter((el) => (attr(el, 'class') ?? '').split(/\s+/).includes(name));
const textOf = (el: Element): string =>
	el.childNodes
		.map((c) => ('value' in c && c.nodeName === '#text' ? c.value : 'tagName' in c ? textOf(c) : ''))
		.join('')
		.replace(/\s+/g, ' ')
		.trim();
const page = async (phase: keyof typeof sites, path: string) => parse(await read(phase, path)) as unknown as Element;

/** The changes page as [day, [session link or title, text]] per day heading. */
async function changesPage(phase: keyof typeof sites, prefix: string) {
	const doc = await page(phase, `${prefix}changes/index.html`);
	const sections = [...elements(doc)].filter((el) => el.tagName === 'section' && attr(el, 'aria-labelledby')?.startsWith('day-'));
	return sections.map((section) => {
		const time = [...elements(section)].find((el) => el.tagName === 'time')!;
		const items = [...elements(section)].filter((el) => el.tagName === 'li');
		return [
			attr(time, 'datetime'),
			items.map((li) => {
				const link = [...elements(li)].find((el) => el.tagName === 'a');
				return { id: attr(li, 'id'), href: link && attr(link, 'href'), text: textOf([...elements(li)].find((el) => el.tagName === 'p')!) };
			}),
		] as const;
	});
}

const words = {
	ko: {
		'closing-talk': '세션 추가',
		'kakao-track': ['취소 철회 (다시 진행)', '취소'],
		'aws-track': '장소 확정: 트랙 세션장 B',
		'naver-track': '장소 확정: 트랙 세션장 B',
		'ai-metaverse-future': '시간 변경: 11:50–12:30 → 12:00–12:40',
	},
	en: {
		'closing-talk': 'New session',
		'kakao-track': ['Back on the programme (no longer cancelled)', 'Cancelled'],
		'aws-track': 'Room confirmed: Track room B',
		'naver-track': 'Room confirmed: Track room B',
		'ai-metaverse-future': 'Moved: 11:50–12:30 → 12:00–12:40',
	},
} as const;

/** The expected entries in a language: [day, session, text]. */
const expected = (lang: 'ko' | 'en') => {
	let kakao = 0;
	return expectedEntries.map(([day, id]) => {
		const w = words[lang][id as keyof (typeof words)['ko']];
		return [day, id, typeof w === 'string' ? w : w[kakao++]!] as const;
	});
};

describe.each([
	['ko', ''],
	['en', 'en/'],
] as const)('%s', (lang, prefix) => {
	test('the changes page lists each change under the day it was made, newest first, linked to its session', async () => {
		const days = await changesPage('before', prefix);
		const listed = days.flatMap(([day, items]) => items.map((i) => [day, i.href, i.text]));
		expect(listed).toEqual(expected(lang).map(([day, id, text]) => [day, `/${prefix}sessions/${id}/`, text]));
		// One heading per day.
		expect(days.map(([day]) => day)).toEqual([...new Set(expectedEntries.map(([day]) => day))]);
	});

	test('the feed passes a feed parser and carries the same entries, dated by their commits, linked to the sessions', async () => {
		const feed = parseFeed(await read('before', `${prefix}changes.xml`));
		expect(feed.meta.type).toBe('atom');
		expect(feed.language).toBe(lang);
		expect(feed.self).toBe(`${site}/${prefix}changes.xml`);
		expect(feed.updated?.toISOString()).toBe(new Date(scriptedHistory.at(-1)!.date).toISOString());
		const commitDate = (day: string) => scriptedHistory.find((s) => s.date.startsWith(day))!.date;
		expect(feed.items.map((i) => [i.url, i.description, i.updated?.toISOString()])).toEqual(
			expected(lang).map(([day, id, text]) => [`${site}/${prefix}sessions/${id}/`, text, new Date(commitDate(day)).toISOString()]),
		);
		const pageIds = (await changesPage('before', prefix)).flatMap(([, items]) => items.map((i) => `${site}/${prefix}changes/#${i.id}`));
		expect(feed.items.map((i) => i.id)).toEqual(pageIds);
	});

	test('the page and the agenda link the feed for feed readers; the agenda’s calendar box links the page and the feed', async () => {
		for (const path of ['changes/', 'agenda/']) {
			const links = [...elements(await page('before', `${prefix}${path}index.html`))].filter(
				(el) => el.tagName === 'link' && attr(el, 'rel') === 'alternate' && attr(el, 'type') === 'application/atom+xml',
			);
			expect(
				links.map((l) => attr(l, 'href')),
				path,
			).toEqual([`/${prefix}changes.xml`]);
		}
		const box = [...elements(await page('before', `${prefix}agenda/index.html`))].find((el) => attr(el, 'data-calendar') === 'feeds')!;
		expect([...elements(box)].filter((el) => el.tagName === 'a').map((a) => attr(a, 'href'))).toEqual(
			expect.arrayContaining([`/${prefix}changes/`, `/${prefix}changes.xml`]),
		);
	});

	test('sessions changed in the week before the last commit are marked on their cards and pages, with what changed', async () => {
		const agenda = await page('before', `${prefix}agenda/index.html`);
		const cards = [...elements(agenda)].filter((el) => el.tagName === 'article' && attr(el, 'data-session-id'));
		const marked = cards.flatMap((card) => byClass(card, 'change-mark').map((m) => [attr(card, 'data-session-id'), textOf(m)]));
		const mark = (id: string, day: string) =>
			`${lang === 'ko' ? `11월 ${Number(day.slice(8))}일 변경` : `Changed ${Number(day.slice(8))} Nov`}: ${expected(lang).find(([, s]) => s === id)![2]}`;
		expect(marked).toEqual(expect.arrayContaining(expectedMarks.map(([id]) => [id, mark(id, expectedEntries.find(([, s]) => s === id)![0])])));
		expect(marked).toHaveLength(expectedMarks.length);
		for (const [id] of expectedMarks) {
			const session = await page('before', `${prefix}sessions/${id}/index.html`);
			expect(byClass(session, 'change-mark').map(textOf)[0], id).toContain(mark(id, expectedEntries.find(([, s]) => s === id)![0]));
		}
		const unchanged = await page('before', `${prefix}sessions/ai-metaverse-future/index.html`);
		expect(byClass(unchanged, 'change-mark')).toEqual([]);
	});

	test('after the day the page stays, in the past tense, with the same entries and no marks', async () => {
		const html = await read('after', `${prefix}changes/index.html`);
		expect(html).toContain(lang === 'ko' ? '행사 전에 프로그램이 바뀐 기록입니다' : 'How the programme changed before the day');
		expect(futureTenseWords(html.replace(/<head>[\s\S]*<\/head>/, ''))).toEqual([]);
		expect((await changesPage('after', prefix)).flatMap(([, items]) => items.map((i) => i.text))).toEqual(expected(lang).map(([, , text]) => text));
		expect(await read('after', `${prefix}agenda/index.html`)).not.toContain('change-mark');
		// The agenda still leads to it.
		const agenda = [...elements(await page('after', `${prefix}agenda/index.html`))];
		expect(agenda.filter((el) => el.tagName === 'a').map((a) => attr(a, 'href'))).toContain(`/${prefix}changes/`);
	});

	test(`the changes page ships no JavaScript and fits ${budgets.htmlBrotli / 1024} KB with brotli`, async () => {
		const html = await read('before', `${prefix}changes/index.html`);
		expect(html).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/);
		expect(brotliCompressSync(Buffer.from(html), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length).toBeLessThanOrEqual(budgets.htmlBrotli);
	});
});

test('the build log names the broken commit it left out, and what it read', () => {
	const broken = scriptedHistory.find((s) => s.message === BROKEN_STEP)!;
	const warnings = logs.before.split('\n').filter((line) => line.includes('[changes] warning'));
	expect(warnings).toHaveLength(1);
	expect(warnings[0]).toContain(broken.date);
	expect(warnings[0]).toContain('sessions/keynote.md: start');
	expect(logs.before).toContain(`[changes] ${expectedEntries.length} changes from ${scriptedHistory.length} commits`);
});
