/**
 * The time zone is content: the same content with `timeZone: Europe/Berlin`, once on a summer day and
 * once on a winter day, builds pages, calendar files and now/next that follow Berlin's offset of that day
 * and never name Korea's zone. Expectations come from the content itself, so any valid programme passes.
 */
import { cp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, serveSite } from '../helpers/browser';
import { buildSite } from '../helpers/build';
import { outputRoot, root } from '../helpers/paths';
import { listFiles, readSiteFile } from '../helpers/site';

const days = [
	{ season: 'summer', date: '2025-07-01', offset: '+02:00', zone: 'CEST' },
	{ season: 'winter', date: '2025-11-25', offset: '+01:00', zone: 'CET' },
] as const;

/** Each session file's id and start, as the organizer wrote it. */
async function starts(contentDir: string): Promise<Map<string, string>> {
	const files = (await readdir(join(contentDir, 'sessions'))).filter((f) => /\.mdx?$/.test(f));
	const entries = await Promise.all(
		files.map(
			async (f) => [f.replace(/\.mdx?$/, ''), /^start:\s*["']?(\d\d:\d\d)/m.exec(await readFile(join(contentDir, 'sessions', f), 'utf8'))?.[1] ?? ''] as const,
		),
	);
	return new Map(entries);
}

let browser: Browser;
beforeAll(async () => {
	for (const day of days) {
		const content = `${outputRoot}berlin-${day.season}-content/`;
		await rm(content, { recursive: true, force: true });
		await cp(`${root}content`, content, { recursive: true });
		const event = await readFile(`${content}event.yaml`, 'utf8');
		await writeFile(`${content}event.yaml`, event.replace(/^date:.*$/m, `date: ${day.date}`).replace(/^timeZone:.*$/m, 'timeZone: Europe/Berlin'));
		await buildSite(`${outputRoot}berlin-${day.season}/`, { CONTENT_DIR: content });
	}
	browser = await launchBrowser();
}, 300_000);
afterAll(() => browser?.close());

describe.each(days)('Europe/Berlin in $season ($date)', (day) => {
	const dir = `${outputRoot}berlin-${day.season}/`;

	test('every session page shows its time with the offset of that day and the zone’s own name', async () => {
		const sessions = await starts(`${outputRoot}berlin-${day.season}-content/`);
		expect(sessions.size).toBeGreaterThan(0);
		for (const [id, start] of sessions) {
			for (const prefix of ['', '/en']) {
				const html = await readSiteFile(`${prefix}/sessions/${id}/index.html`, dir);
				expect(html, `${prefix}/sessions/${id}/`).toContain(`<time datetime="${day.date}T${start}${day.offset}">${start}</time>`);
			}
		}
		expect(await readSiteFile('/en/agenda/index.html', dir)).toContain(`>${day.zone}</abbr>`);
	});

	test('nothing in the built site names Korea’s zone', async () => {
		const files = (await listFiles(dir)).filter((f) => /\.(html|ics)$/.test(f));
		const named: string[] = [];
		for (const file of files) if (/KST|UTC\+9|GMT\+9|\+09:00|Korean Standard Time|한국 표준시/.test(await readSiteFile(file, dir))) named.push(file);
		expect(named).toEqual([]);
	});

	test('the calendar file puts each session at the same instant as its page', async () => {
		const sessions = await starts(`${outputRoot}berlin-${day.season}-content/`);
		const calendar = new ICAL.Component(ICAL.parse(await readSiteFile('/schedule.ics', dir)));
		const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
		expect(events).toHaveLength(sessions.size);
		for (const event of events) {
			const id = event.uid.split('@')[0]!;
			expect(event.startDate.toJSDate().toISOString(), id).toBe(new Date(`${day.date}T${sessions.get(id)}:00${day.offset}`).toISOString());
		}
	});

	test('now and next follow the Berlin clock', async () => {
		const site = await serveSite(dir);
		try {
			const context = await browser.newContext({ timezoneId: 'Europe/Berlin' });
			const page = await context.newPage();
			const first = [...(await starts(`${outputRoot}berlin-${day.season}-content/`)).entries()].sort((a, b) => a[1].localeCompare(b[1]))[0]!;
			const during = new Date(Date.parse(`${day.date}T${first[1]}:00${day.offset}`) + 5 * 60_000).toISOString();
			await page.goto(`${site.origin}/agenda/?now=${encodeURIComponent(during)}`);
			const current = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[aria-current="time"]')].map((el) => el.dataset.sessionId));
			expect(current).toContain(first[0]);
			await context.close();
		} finally {
			await site.close();
		}
	});
});
