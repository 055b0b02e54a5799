/**
 * An organizer's ordinary edits must never break CI: the global setup copies the real content/,
 * confirms a session's time, cancels another and adds a talk (test/helpers/organizer-edits.ts), and
 * builds it under /techday/. Here: the content check passes, every entry has its pages, and the
 * edits reach the pages and calendar files. (links.test.ts checks the same build's links and sitemap.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { runContentCheck } from '../../src/lib/content-check';
import { parseCalendar } from '../helpers/ics';
import type { OrganizerEdits } from '../helpers/organizer-edits';
import { editedContentDir, editedSite, root } from '../helpers/paths';

const edits = JSON.parse(readFileSync(`${editedContentDir}/../edits.json`, 'utf8')) as OrganizerEdits;
const built = (path: string) => `${editedSite.dir}${path}`;
const ids = (collection: string) =>
	readdirSync(`${editedContentDir}/${collection}`)
		.filter((f) => /\.mdx?$/.test(f))
		.map((f) => f.replace(/\.mdx?$/, ''));
const calendar = (lang: 'ko' | 'en') => parseCalendar(readFileSync(built(lang === 'ko' ? 'schedule.ics' : 'en/schedule.ics'), 'utf8')).events;
const eventOf = (lang: 'ko' | 'en', id: string) => calendar(lang).find((e) => e.uid.startsWith(`${id}@`));
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

test('the edited content passes the content check', async () => {
	const { problems } = await runContentCheck({ contentDir: editedContentDir, publicDir: `${root}public`, cwd: root });
	expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
});

test('every session, speaker and track of the edited content has its page in both languages', () => {
	const missing: string[] = [];
	for (const collection of ['sessions', 'speakers', 'tracks']) {
		for (const id of ids(collection)) {
			for (const path of [`${collection}/${id}/index.html`, `en/${collection}/${id}/index.html`]) if (!existsSync(built(path))) missing.push(path);
		}
	}
	expect(ids('sessions')).toContain(edits.added.id);
	expect(missing).toEqual([]);
});

test('every session is in both calendar files, once', () => {
	for (const lang of ['ko', 'en'] as const) {
		const uids = calendar(lang).map((e) => e.uid.split('@')[0]);
		expect([...uids].sort(), lang).toEqual(ids('sessions').sort());
	}
});

test('the added talk is on the agenda, on its page and in the calendar at its time', () => {
	expect(readFileSync(built('agenda/index.html'), 'utf8')).toContain(edits.added.title);
	expect(readFileSync(built(`sessions/${edits.added.id}/index.html`), 'utf8')).toContain(edits.added.title);
	const event = eventOf('ko', edits.added.id)!;
	expect(event.summary).toBe(edits.added.title);
	expect((event.endMs - event.startMs) / 60_000).toBe(minutes(edits.added.end) - minutes(edits.added.start));
});

test('the confirmed session is confirmed in the calendar with its new end', () => {
	const { id, start, end } = edits.confirmed;
	for (const lang of ['ko', 'en'] as const) {
		const event = eventOf(lang, id)!;
		expect(event.status, lang).toBe('CONFIRMED');
		expect((event.endMs - event.startMs) / 60_000, lang).toBe(minutes(end) - minutes(start));
	}
	expect(readFileSync(built(`sessions/${id}/index.html`), 'utf8')).toContain(end);
});

test('the cancelled session stays in the calendar as cancelled, so subscribers learn of it', () => {
	for (const lang of ['ko', 'en'] as const) expect(eventOf(lang, edits.cancelled.id)?.status, lang).toBe('CANCELLED');
});
