/**
 * After the day the site is the record of the day: built from a copy of the content with `ended: true`, no
 * page, calendar file or preview text speaks in the future tense, in either language; with `ended: false`
 * the "before" wording returns. Each copy keeps one unconfirmed session and one placeholder room, so the
 * test holds for any valid content.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { parse } from 'parse5';
import { beforeAll, describe, expect, test } from 'vitest';
import { brotliCompressSync, constants } from 'node:zlib';
import { budgets } from '../../bench/budgets';
import { futureTenseWords } from '../../src/lib/event-phase';
import { buildSite } from '../helpers/build';
import { attr, elements, type Node } from '../helpers/html';
import { outputRoot, root } from '../helpers/paths';
import { listFiles, listPages, readSiteFile } from '../helpers/site';

const copies = { after: true, before: false } as const;
const dirs = (phase: keyof typeof copies) => ({ content: `${outputRoot}ended-${phase}-content/`, site: `${outputRoot}ended-${phase}-site/` });

/** A copy of the content in a phase, with its first session unconfirmed and its first room a placeholder. */
async function contentCopy(phase: keyof typeof copies) {
	const { content } = dirs(phase);
	await rm(content, { recursive: true, force: true });
	await cp(`${root}content/`, content, { recursive: true });
	const event = `${content}event.yaml`;
	const yaml = (await readFile(event, 'utf8')).replace(/^ended: .*\n/m, '').replace(/^( {4}provisional: .*\n)/gm, '');
	await writeFile(
		event,
		`${yaml.replace(/^(rooms:\n {2}- id: .*\n(?: {4}.*\n)*?)( {4}name:)/m, '$1    provisional: true\n$2')}\nended: ${copies[phase]}\n${phase === 'after' ? pressYaml : ''}`,
	);
	const session = `${content}sessions/${await firstSession()}.md`;
	const md = (await readFile(session, 'utf8')).replace(/^(status|recording|slides): .*\n/gm, '');
	// After the day the session also left a recording and slides kept in the content folder.
	const materials = phase === 'after' ? `recording: ${recording}\nslides: ${slidesFile}\n` : '';
	await writeFile(session, md.replace(/^---\n/, `---\nstatus: tentative\n${materials}`));
	if (phase === 'after') {
		await mkdir(`${content}slides/`, { recursive: true });
		await writeFile(`${content}slides/${slidesFile}`, pdf);
	}
}

const recording = 'https://video.example.com/watch?v=techday';
const pressYaml = `press:
  - outlet: 전자신문
    title: 정부·빅테크 인재 양성 첫 성과 공개
    date: 2024-11-26
    url: https://news.example.com/a/1
  - outlet: Korea Tech Times
    title: Government and big tech show what their first talent programme achieved
    date: 2024-11-27
    url: https://news.example.com/a/2
    lang: en
`;
const slidesFile = 'first-session.pdf';
/** A one-page PDF, small enough to write here. */
const pdf =
	'%PDF-1.1\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

/** The id of the first session file of the content, which each copy leaves unconfirmed. */
const firstSession = async () =>
	(await readdir(`${root}content/sessions/`))
		.filter((f) => f.endsWith('.md'))
		.sort()[0]!
		.replace(/\.md$/, '');

beforeAll(async () => {
	for (const phase of ['after', 'before'] as const) {
		await contentCopy(phase);
		await buildSite(dirs(phase).site, { CONTENT_DIR: dirs(phase).content });
	}
}, 600_000);

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

async function problems(phase: keyof typeof copies) {
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
