/**
 * An organizer's day in the browser editor: `npm run dev` on a copy of the frozen programme, /admin/ in
 * Chromium working on that copy, and every step of CONTENT.md's "Edit in the browser" done through the
 * form: change a session's time, change a speaker's affiliation, add a speaker with a photo, add a talk
 * with that speaker, cancel a session. Then the files it wrote pass `npm run check` and build into pages
 * that show each change.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { contentCopy, removeCopies, runCheckCli } from '../content-check/fixtures';
import { launchBrowser } from '../helpers/browser';
import { buildSite, withBuildLock } from '../helpers/build';
import { startDev, type DevServer } from '../helpers/dev-server';
import { copyEditorFilesTo, editorFile, openEditor, waitForEditorFile } from '../helpers/editor';
import { outputRoot } from '../helpers/paths';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await removeCopies();
});

/** A field of the entry being edited, in the left (editing) pane, by its key in the file. */
const field = (page: Page, key: string) => page.locator(`#first-pane-body section[data-key-path="${key}"]`);

/** Opens an entry of a collection from the editor's list. */
async function openEntry(page: Page, collection: string, title: string) {
	await page.getByText(collection).first().click();
	await page.getByText(title, { exact: true }).click();
	await field(page, 'title').or(field(page, 'name')).first().waitFor();
}

/** Starts a new entry of a collection. */
async function newEntry(page: Page, collection: string) {
	await page.getByText(collection).first().click();
	await page.getByRole('button', { name: '새 엔트리 만들기' }).click();
	await page.locator('#first-pane-body section').first().waitFor();
}

/**
 * The text typed into the pane since it last changed language or saved. On a busy machine the editor may
 * finish setting up a new entry after the first field was typed and empty it again (seen on the title, and on
 * the slug); so before the pane switches language or saves, every typed field is checked and typed again if
 * it lost its text. Nothing depends on how fast the editor is.
 */
let typed: { input: Locator; value: string }[] = [];

/** Types into a text, time or slug field and remembers it for keepTyped. */
async function type(input: Locator, value: string): Promise<void> {
	await input.fill(value);
	typed.push({ input, value });
}

/** Types again what a field lost (see `typed`), until every typed field holds its text. */
async function keepTyped(): Promise<void> {
	for (const { input, value } of typed) {
		for (let attempt = 0; (await input.inputValue()) !== value; attempt++) {
			if (attempt > 20) throw new Error(`a field does not keep "${value}"`);
			await input.fill(value);
		}
	}
	typed = [];
}

/** Switches the editing pane to a language (한국어 or 영어). */
async function editIn(page: Page, language: '한국어' | '영어') {
	await keepTyped();
	await page.locator('#first-pane-header').getByRole('radio', { name: language }).click();
}

/** Saves the entry and waits until the editor has written `path` so that it passes `ok`. */
async function save(page: Page, path: string, ok: (text: string) => boolean): Promise<string> {
	await keepTyped();
	await page.getByRole('button', { name: '저장', exact: true }).click();
	return waitForEditorFile(page, path, ok);
}

/**
 * Types a new entry's slug (its id and file name) in the editor's side panel "Slug". Found by the panel's
 * name: the panel renders after the form, and "the last input on the page" was a field of the form when it
 * was slow.
 */
const setSlug = (page: Page, slug: string) => type(page.getByRole('group', { name: 'Slug', exact: true }).getByRole('textbox'), slug);

/** A small photo of one colour (no one's likeness). */
const photo = () =>
	sharp({ create: { width: 320, height: 320, channels: 3, background: '#4a6fa5' } })
		.jpeg()
		.toBuffer();

/** The front matter keys of a Markdown file, in order. */
const keysOf = (text: string) => [...text.split('---')[1]!.matchAll(/^([A-Za-z]+):/gm)].map((m) => m[1]);

/** The lines of `after` that are not in `before`, and the other way round. */
function changedLines(before: string, after: string): { added: string[]; removed: string[] } {
	const a = before.split('\n');
	const b = after.split('\n');
	return { added: b.filter((l) => !a.includes(l)), removed: a.filter((l) => !b.includes(l)) };
}

test('an organizer changes a time and an affiliation, adds a talk with a new speaker and a photo, and cancels a session in the form; the site shows it', async () => {
	const contentDir = await contentCopy(undefined, 'editor');
	const repoDir = dirname(contentDir);
	// One dev server at a time in this project (Astro refuses a second): the lock the other dev test takes.
	await withBuildLock(() => editInTheForm(contentDir, repoDir));

	// What the form wrote passes the content check and builds into pages that show each change.
	const check = await runCheckCli(contentDir);
	expect(check.code, check.output).toBe(0);
	const site = `${outputRoot}editor-site/`;
	await buildSite(site, { CONTENT_DIR: contentDir });
	const html = (path: string) => readFile(join(site, path, 'index.html'), 'utf8');
	expect(await html('sessions/keynote')).toContain('10:10');
	expect(await html('speakers/cho-sungzoon')).toContain('테스트대학교');
	expect(await html('en/speakers/cho-sungzoon')).toContain('Test University');
	const talkPage = await html('sessions/test-talk');
	expect(talkPage).toContain('테스트 발표');
	expect(talkPage).toContain('테스트 연사');
	expect(await html('speakers/test-speaker')).toMatch(/<img[^>]+alt="테스트 연사"/);
	expect(await html('sessions/ai-metaverse-future')).toContain('이 세션은 취소되었습니다.');
}, 900_000);

/** The five edits, made in /admin/ of `npm run dev` on the copy; the files the editor wrote are copied back into it. */
async function editInTheForm(contentDir: string, repoDir: string) {
	const dev: DevServer = await startDev(contentDir);
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'ko-KR' });
	const outside: string[] = [];
	page.on('request', (r) => {
		if (!r.url().startsWith(dev.origin) && !/^(data|blob):/.test(r.url())) outside.push(r.url());
	});
	try {
		await openEditor(page, dev.origin, repoDir);

		// 1. The keynote starts ten minutes later. The editor writes YAML its own way (times unquoted, which
		// YAML reads as the same text; lists one item per line), so a file's first save also rewrites those
		// lines; keys keep their order and the body is untouched, and from then on a change is its own line.
		const keynotePath = 'content/sessions/keynote.md';
		const keynote = (await editorFile(page, keynotePath))!;
		await openEntry(page, '세션 · Sessions', 'AI 시대, 인류가 갖춰야 할 능력이란 무엇인가');
		await type(field(page, 'start').locator('input[type=time]'), '10:10');
		const retimed = await save(page, keynotePath, (t) => t !== keynote);
		expect(changedLines(keynote, retimed)).toEqual({
			added: ['start: 10:10', 'end: 10:50', 'speakers:', '  - cho-sungzoon'],
			removed: ['start: "10:00"', 'end: "10:50"', 'speakers: [cho-sungzoon]'],
		});
		expect(keysOf(retimed)).toEqual(keysOf(keynote));
		expect(retimed.split('---').at(-1)).toBe(keynote.split('---').at(-1));
		await openEntry(page, '세션 · Sessions', 'AI 시대, 인류가 갖춰야 할 능력이란 무엇인가');
		await type(field(page, 'end').locator('input[type=time]'), '10:55');
		const extended = await save(page, keynotePath, (t) => t !== retimed);
		expect(changedLines(retimed, extended)).toEqual({ added: ['end: 10:55'], removed: ['end: 10:50'] });

		// 2. A speaker's affiliation, in Korean and in English.
		const speakerPath = 'content/speakers/cho-sungzoon.md';
		const speaker = (await editorFile(page, speakerPath))!;
		await openEntry(page, '연사 · Speakers', '조성준');
		await type(field(page, 'organization').locator('input'), '테스트대학교');
		await editIn(page, '영어');
		await type(field(page, 'organization').locator('input'), 'Test University');
		await editIn(page, '한국어');
		const moved = await save(page, speakerPath, (t) => t !== speaker);
		expect(changedLines(speaker, moved)).toEqual({ added: ['organization: 테스트대학교'], removed: ['organization: 서울대학교'] });
		expect(await waitForEditorFile(page, 'content/en/speakers/cho-sungzoon.md', (t) => t.includes('Test University'))).toMatch(
			/^organization: Test University$/m,
		);

		// 3. A new speaker with a photo, in both languages.
		await newEntry(page, '연사 · Speakers');
		await type(field(page, 'name').locator('input'), '테스트 연사');
		await type(field(page, 'role').locator('input'), '연구원');
		await type(field(page, 'organization').locator('input'), '테스트연구소');
		await field(page, 'photo')
			.locator('input[type=file]')
			.first()
			.setInputFiles({ name: 'test-speaker.jpg', mimeType: 'image/jpeg', buffer: await photo() });
		// The editor reads the file before the field holds it: saving earlier would save no photo (a busy machine showed it).
		await field(page, 'photo').locator('img').first().waitFor();
		await editIn(page, '영어');
		await type(field(page, 'name').locator('input'), 'Test Speaker');
		await type(field(page, 'role').locator('input'), 'Researcher');
		await type(field(page, 'organization').locator('input'), 'Test Institute');
		await editIn(page, '한국어');
		await setSlug(page, 'test-speaker');
		const newSpeaker = await save(page, 'content/speakers/test-speaker.md', () => true);
		expect(newSpeaker).toMatch(/^photo: \.\/test-speaker\.jpg$/m);
		expect(await waitForEditorFile(page, 'content/en/speakers/test-speaker.md', () => true)).toMatch(/^name: Test Speaker$/m);

		// 4. A new talk by the new speaker, chosen from the list of speakers, in a room chosen from the event's rooms.
		await newEntry(page, '세션 · Sessions');
		await type(field(page, 'title').locator('input'), '테스트 발표');
		await type(field(page, 'summary').locator('input'), '편집기에서 만든 발표입니다.');
		await field(page, 'kind').getByRole('combobox').click();
		await page.getByRole('option', { name: 'talk', exact: true }).click();
		await type(field(page, 'start').locator('input[type=time]'), '16:00');
		await type(field(page, 'end').locator('input[type=time]'), '16:30');
		await field(page, 'room')
			.getByRole('radio', { name: /\(main-hall\)/ })
			.click();
		await field(page, 'speakers')
			.getByRole('checkbox', { name: /테스트 연사/ })
			.click();
		await field(page, 'status').getByRole('radio', { name: 'confirmed' }).click();
		await editIn(page, '영어');
		await type(field(page, 'title').locator('input'), 'Test talk');
		await type(field(page, 'summary').locator('input'), 'A talk made in the editor.');
		await editIn(page, '한국어');
		await setSlug(page, 'test-talk');
		const talk = await save(page, 'content/sessions/test-talk.md', () => true);
		expect(talk).toMatch(/^kind: talk\nstart: 16:00\nend: 16:30\nroom: main-hall\nspeakers:\n {2}- test-speaker\nstatus: confirmed$/m);
		expect(await waitForEditorFile(page, 'content/en/sessions/test-talk.md', () => true)).toBe(
			'---\ntitle: Test talk\nsummary: A talk made in the editor.\n---\n',
		);

		// 5. A session is cancelled: the file stays, marked cancelled.
		const cancelPath = 'content/sessions/ai-metaverse-future.md';
		const before = (await editorFile(page, cancelPath))!;
		await openEntry(page, '세션 · Sessions', 'AI 기반 초실감형 메타버스 플랫폼의 미래');
		await field(page, 'status').getByRole('radio', { name: 'cancelled' }).click();
		expect(await save(page, cancelPath, (t) => t !== before)).toMatch(/^status: cancelled$/m);

		// Everything the editor needed came from this site; the only other host it asked is GitHub (its status page, even when working locally).
		const github = /^https:\/\/(api\.github\.com|www\.githubstatus\.com|avatars\.githubusercontent\.com)\//;
		expect(outside.filter((url) => !github.test(url))).toEqual([]);

		const written = await copyEditorFilesTo(page, repoDir);
		expect(written).toContain('content/speakers/test-speaker.jpg');
	} catch (error) {
		await page.screenshot({ path: `${outputRoot}admin-editor-failure.png`, fullPage: true });
		throw new Error(`${String(error)}\n--- astro dev said:\n${dev.log()}`);
	} finally {
		await page.close();
		await dev.stop();
	}
}
