/**
 * After the day the site is the record of the day: built from a copy of the content with `ended: true`, no
 * page, calendar file or preview text speaks in the future tense, in either language; with `ended: false`
 * the "before" wording returns. The global setup builds both copies (test/helpers/after-day.ts).
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'parse5';
import { describe, expect, test } from 'vitest';
import { brotliCompressSync, constants } from 'node:zlib';
import { budgets } from '../../bench/budgets';
import { futureTenseWords } from '../../src/lib/time/event-phase';
import { dayDirs, firstId, pdf, recording, slidesFile, type DayPhase } from '../helpers/after-day';
import { attr, elements, type Node } from '../helpers/html';
import { listFiles, listPages, readSiteFile } from '../helpers/site';

const dirs = dayDirs;
const firstSession = () => firstId('sessions');

/** What a reader sees or hears of a page: its text, and the words in alt, aria-label, title and meta content. */
function readerWords(html: string): string {
	const out: string[] = [];
	const walk = (node: Node) => {
		if ('tagName' in node && (node.tagName === 'script' || node.tagName === 'style')) return;
		if (node.nodeName === '#text' && 'value' in node) out.push(node.value);
		for (const child of 'childNodes' in node ? node.childNodes : []) walk(child);
	};
	const doc = parse(html);
	walk(doc);
	for (const el of elements(doc)) for (const name of ['alt', 'aria-label', 'title', 'content']) out.push(attr(el, name) ?? '');
	return out.join('\n');
}

async function problems(phase: DayPhase) {
	const dir = dirs(phase).site;
	const files = (await listFiles(dir)).filter((f) => f.endsWith('.html') || f.endsWith('.ics'));
	const found: string[] = [];
	for (const file of files) {
		const body = await readSiteFile(file, dir);
		// iCalendar folds long lines (CRLF + space): unfold before reading words.
		const words = file.endsWith('.ics') ? body.replace(/\r\n[ \t]/g, '').replace(/\\n/g, '\n') : readerWords(body);
		for (const word of futureTenseWords(words)) found.push(`${file}: ${word}`);
	}
	return { files, found };
}

describe('ended: true', () => {
	test('no page or calendar file in either language speaks in the future tense', async () => {
		const { files, found } = await problems('after');
		expect(files.filter((f) => f.startsWith('/en/')).length).toBeGreaterThan(5);
		expect(files.filter((f) => f.endsWith('.ics')).length).toBeGreaterThan(1);
		expect(found).toEqual([]);
	});

	test.each([
		['/index.html', '이 행사는 2024년 11월 25일'],
		['/en/agenda/index.html', 'This event took place on'],
	])('%s says once that the event took place, when and where', async (path, sentence) => {
		const html = await readSiteFile(path, dirs('after').site);
		const record = [...elements(parse(html))].filter((e) => attr(e, 'data-event-record') !== undefined);
		expect(record).toHaveLength(1);
		expect(readerWords(html)).toContain(sentence);
	});

	test.each(['/index.html', '/en/index.html'])('%s leads with the results; no subscribe link and no "my agenda" in the menu', async (path) => {
		const html = await readSiteFile(path, dirs('after').site);
		expect(html.indexOf('id="results-title"')).toBeGreaterThan(0);
		expect(html.indexOf('id="results-title"')).toBeLessThan(html.indexOf('id="tracks-title"'));
		expect(html).not.toContain('webcal://');
		expect(html).not.toMatch(/href="[^"]*\/my\/"/);
		// The calendar file stays for those who want it.
		expect(html).toMatch(/href="[^"]*schedule\.ics"/);
	});

	test('an unconfirmed session says its time was not published, in both languages', async () => {
		const id = await firstSession();
		expect(readerWords(await readSiteFile(`/sessions/${id}/index.html`, dirs('after').site))).toContain('확정 시간 미공개');
		expect(readerWords(await readSiteFile(`/en/sessions/${id}/index.html`, dirs('after').site))).toContain('Final time not published');
	});
});

describe('a session with a recording and slides (a PDF in the content folder)', () => {
	const site = dirs('after').site;
	test('the PDF is copied to the site as it is', async () => {
		expect(await readFile(`${site}slides/${slidesFile}`, 'utf8')).toBe(pdf);
	});

	test.each([['ko'], ['en']] as const)('%s: both are linked on the session page and marked on its agenda card', async (lang) => {
		const prefix = lang === 'en' ? '/en' : '';
		const id = await firstSession();
		const links = (html: string) =>
			[...elements(parse(html))].filter((e) => attr(e, 'data-material') !== undefined).map((e) => [attr(e, 'data-material'), attr(e, 'href')]);
		const expected = [
			['recording', recording],
			['slides', `/slides/${slidesFile}`],
		];
		expect(links(await readSiteFile(`${prefix}/sessions/${id}/index.html`, site))).toEqual(expected);
		expect(links(await readSiteFile(`${prefix}/agenda/index.html`, site))).toEqual(expected);
	});

	test.each([
		['ko', '녹화 영상'],
		['en', 'Recording'],
	] as const)('%s: the session calendar entry names both and attaches the slides', async (lang, label) => {
		const ics = (await readSiteFile(`${lang === 'en' ? '/en' : ''}/sessions/${await firstSession()}.ics`, site)).replace(/\r\n[ \t]/g, '');
		expect(ics).toContain(`${label}: ${recording}`);
		expect(ics).toMatch(new RegExp(`^ATTACH:https?://[^\\r]*/slides/${slidesFile}\\r$`, 'm'));
	});
});

describe('press coverage from the event file', () => {
	test.each(['/index.html', '/results/index.html', '/en/index.html', '/en/results/index.html'])(
		'%s lists both articles, newest first, as plain links',
		async (path) => {
			const html = await readSiteFile(path, dirs('after').site);
			const section = [...elements(parse(html))].find((e) => attr(e, 'data-press') !== undefined);
			expect(section).toBeDefined();
			const hrefs = [...elements(section!)].filter((e) => e.tagName === 'a').map((e) => attr(e, 'href'));
			expect(hrefs).toEqual(['https://news.example.com/a/2', 'https://news.example.com/a/1']);
		},
	);

	test('with no press, no press section', async () => {
		expect(await readSiteFile('/index.html', dirs('before').site)).not.toContain('data-press');
	});
});

test('the "after" site with recordings, slides and press keeps the byte budgets (brotli)', async () => {
	const dir = dirs('after').site;
	const brotli = async (file: string) => brotliCompressSync(await readFile(`${dir}${file}`), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
	const files = await listFiles(dir);
	const over = [];
	for (const file of files.filter((f) => f.endsWith('.html'))) if ((await brotli(file)) > budgets.htmlBrotli) over.push(file);
	expect(over).toEqual([]);
	let css = 0;
	for (const file of files.filter((f) => f.endsWith('.css'))) css += await brotli(file);
	expect(css).toBeLessThanOrEqual(budgets.cssBrotli);
});

describe('ended: false', () => {
	test('the "before" wording is back: pending times and rooms, subscribe links, my agenda', async () => {
		const { found } = await problems('before');
		expect(found.some((f) => f.startsWith('/en/'))).toBe(true);
		expect(found.some((f) => !f.startsWith('/en/') && f.includes('미정'))).toBe(true);
		const home = await readSiteFile('/index.html', dirs('before').site);
		expect(home).toContain('webcal://');
		expect(home).toMatch(/href="[^"]*\/my\/"/);
		expect(home).not.toContain('data-event-record');
		expect(home.indexOf('id="results-title"')).toBeGreaterThan(home.indexOf('id="tracks-title"'));
	});

	test('every page exists in both phases', async () => {
		expect((await listPages(dirs('before').site)).length).toBe((await listPages(dirs('after').site)).length);
	});
});
