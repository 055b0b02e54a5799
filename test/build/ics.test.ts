/**
 * The calendar files and links of the real build (test-output/site): every session and track in both
 * languages, each file valid on the wire and in ical.js, and every event at the times its page shows.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteDir } from '../helpers/paths';
import { contentLines, parseCalendar, timeZoneProblems, veventBlocks, wireProblems, type ParsedEvent } from '../helpers/ics';
import { shownTimes } from '../helpers/session-page';
import { listFiles, readSiteFile } from '../helpers/site';

const files = await listFiles();
const icsFiles = files.filter((f) => f.endsWith('.ics'));
const prefixes = ['', '/en'] as const;
const idsUnder = (dir: string) =>
	[...new Set(files.filter((f) => f.startsWith(`/${dir}/`) && f.endsWith('/index.html')).map((f) => f.split('/')[2]!))]
		.filter((id) => id !== 'index.html')
		.sort();
const sessionIds = idsUnder('sessions');
const trackIds = idsUnder('tracks');
const origin = new URL(/<link rel="canonical" href="([^"]+)"/.exec(await readSiteFile('/index.html'))![1]!).origin;
const host = new URL(origin).hostname;
const text = (path: string) => readSiteFile(path);
const raw = async (path: string) => new Uint8Array(await readFile(join(siteDir, path)));

/** Attribute values as the browser reads them. */
const decode = (s: string) => s.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

const sessionIdOf = (e: ParsedEvent) => e.uid.split('@')[0]!;

test('the build has sessions and tracks to test', () => {
	expect(sessionIds.length).toBeGreaterThan(0);
	expect(trackIds.length).toBeGreaterThan(0);
});

test('a file for the whole day, every session and every track, in Korean and English, and nothing else', () => {
	const expected = prefixes.flatMap((p) => [
		`${p}/schedule.ics`,
		...sessionIds.map((id) => `${p}/sessions/${id}.ics`),
		...trackIds.map((id) => `${p}/tracks/${id}.ics`),
	]);
	expect(icsFiles.sort()).toEqual(expected.sort());
});

describe.each(icsFiles)('%s', (file) => {
	test('wire format: CRLF everywhere and at the end, lines ≤ 75 octets, no split UTF-8 character', async () => {
		expect(wireProblems(await raw(file))).toEqual([]);
	});

	test('times in UTC or in a TZID with its VTIMEZONE; no METHOD; calendar name and refresh interval', async () => {
		const ics = await text(file);
		expect(timeZoneProblems(ics)).toEqual([]);
		const lines = contentLines(ics);
		expect(lines.some((l) => /^METHOD[:;]/.test(l))).toBe(false);
		expect(lines.some((l) => /^X-WR-CALNAME:./.test(l))).toBe(true);
		expect(lines.some((l) => /^REFRESH-INTERVAL;VALUE=DURATION:P/.test(l))).toBe(true);
	});

	test('ical.js reads it: events with unique UIDs on the site’s domain, plain-text descriptions, absolute URLs', async () => {
		const { events } = parseCalendar(await text(file));
		expect(events.length).toBeGreaterThan(0);
		const uids = events.map((e) => e.uid);
		expect(new Set(uids).size).toBe(uids.length);
		const lang = file.startsWith('/en/') ? 'en' : 'ko';
		for (const e of events) {
			expect(e.uid).toMatch(new RegExp(`^[a-z0-9-]+@[a-z0-9-]+\\.${host.replaceAll('.', '\\.')}$`));
			const page = `${origin}${lang === 'en' ? '/en' : ''}/sessions/${sessionIdOf(e)}/`;
			expect(e.url).toBe(page);
			expect(e.description).toContain(page);
			// No Markdown, MDX or HTML syntax left in the text.
			expect(e.description).not.toMatch(/\*\*|__|\]\(|<\/?[A-Za-z]|\{[^}]*\}|`/);
			expect(e.summary.length).toBeGreaterThan(0);
			expect(e.location.length).toBeGreaterThan(0);
			expect(e.categories.length).toBeGreaterThan(0);
			expect(e.stamp).toMatch(/Z$/);
			expect(e.lastModified).toMatch(/Z$/);
		}
	});
});

describe.each(prefixes)('language "%s"', (prefix) => {
	test.each(sessionIds)('session %s: every file that holds it has its page’s times and status', async (id) => {
		const shown = await shownTimes(prefix, id);
		const holders = [`${prefix}/schedule.ics`, `${prefix}/sessions/${id}.ics`, ...trackIds.map((t) => `${prefix}/tracks/${t}.ics`)];
		let found = 0;
		for (const file of holders) {
			const event = parseCalendar(await text(file)).events.find((e) => sessionIdOf(e) === id);
			if (!event) continue;
			found++;
			expect({ startMs: event.startMs, endMs: event.endMs }, file).toEqual({ startMs: shown.startMs, endMs: shown.endMs });
			expect(event.status, file).toBe(shown.status.toUpperCase());
			if (shown.status === 'tentative') expect(event.description, file).toContain(prefix ? 'Time TBC' : '시간 미정');
		}
		expect(found).toBeGreaterThanOrEqual(2);
	});

	test('a session’s VEVENT is byte-identical in the full, track and session files', async () => {
		const full = veventBlocks(await text(`${prefix}/schedule.ics`));
		expect(full.size).toBe(sessionIds.length);
		const others = [...sessionIds.map((id) => `${prefix}/sessions/${id}.ics`), ...trackIds.map((id) => `${prefix}/tracks/${id}.ics`)];
		for (const file of others) {
			for (const [uid, block] of veventBlocks(await text(file))) expect(block, `${file} ${uid}`).toBe(full.get(uid));
		}
	});
});

test('a session has the same UID in Korean and English', async () => {
	const ko = parseCalendar(await text('/schedule.ics')).events.map((e) => e.uid);
	const en = parseCalendar(await text('/en/schedule.ics')).events.map((e) => e.uid);
	expect(en).toEqual(ko);
});

describe('calendar links on the pages', () => {
	const pages = prefixes.flatMap((p) => [
		{ page: `${p}/index.html`, ics: `${p}/schedule.ics` },
		{ page: `${p}/agenda/index.html`, ics: `${p}/schedule.ics` },
		...sessionIds.map((id) => ({ page: `${p}/sessions/${id}/index.html`, ics: `${p}/sessions/${id}.ics` })),
		...trackIds.map((id) => ({ page: `${p}/tracks/${id}/index.html`, ics: `${p}/tracks/${id}.ics` })),
	]);

	test.each(pages)('$page links to $ics: download, webcal, https to copy, Google, Outlook', async ({ page, ics }) => {
		const html = await text(page);
		const start = html.indexOf('data-calendar-links=');
		expect(start, 'the calendar links are on the page').toBeGreaterThan(-1);
		const section = html.slice(html.lastIndexOf('<section', start), html.indexOf('</section>', start));
		const href = (name: string) => {
			const m = new RegExp(`<a href="([^"]+)"[^>]*data-calendar="${name}"`).exec(section);
			return m ? decode(m[1]!) : undefined;
		};
		expect(href('download')).toBe(ics);
		expect(href('subscribe')).toBe(`webcal://${host}${ics}`);
		// The address as a reader copies it: the <wbr> break hints are not text.
		const https = decode((/data-calendar="https">([\s\S]*?)<\/code>/.exec(section)?.[1] ?? '').replace(/<[^>]+>/g, '').trim());
		expect(https).toBe(`${origin}${ics}`);
		const { events } = parseCalendar(await text(ics));
		const happening = events.filter((e) => e.status !== 'CANCELLED');
		if (happening.length === 0) {
			expect(href('google')).toBeUndefined();
			return;
		}
		const compact = (ms: number) =>
			new Date(ms)
				.toISOString()
				.replace(/\.\d{3}Z$/, 'Z')
				.replace(/[-:]/g, '');
		const from = Math.min(...happening.map((e) => e.startMs));
		const to = Math.max(...happening.map((e) => e.endMs));
		expect(new URL(href('google')!).searchParams.get('dates')).toBe(`${compact(from)}/${compact(to)}`);
		expect(new URL(href('outlook')!).searchParams.get('startdt')).toBe(new Date(from).toISOString().replace(/\.\d{3}Z$/, 'Z'));
		expect(new URL(href('outlook')!).searchParams.get('enddt')).toBe(new Date(to).toISOString().replace(/\.\d{3}Z$/, 'Z'));
		// No JavaScript: no script and no event-handler attribute.
		expect(section).not.toMatch(/<script|\son[a-z]+=/i);
	});
});

test('public/_headers serves every .ics as text/calendar; charset=utf-8 (Netlify / Cloudflare Pages format)', async () => {
	const headers = await text('/_headers');
	const blocks = headers.split(/\n(?=\S)/).map((b) => {
		const [path = '', ...rest] = b.split('\n');
		return { path: path.trim(), lines: rest.map((l) => l.trim()).filter(Boolean) };
	});
	const matches = (pattern: string, path: string) =>
		new RegExp(
			`^${pattern
				.split('*')
				.map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
				.join('.*')}$`,
		).test(path);
	for (const file of ['/schedule.ics', '/en/sessions/keynote.ics', '/tracks/google.ics']) {
		const types = blocks.filter((b) => matches(b.path, file)).flatMap((b) => b.lines.filter((l) => /^content-type:/i.test(l)));
		expect(types, file).toEqual(['Content-Type: text/calendar; charset=utf-8']);
	}
});
