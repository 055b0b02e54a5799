import { readFileSync } from 'node:fs';
import { markdownToHtml } from 'satteri';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent, formatReport, parseSource, runContentCheck, type RawFile } from '../../src/lib/content-check';
import { basePathPlugin, htmlRemovals, sanitizeHtmlPlugin, withBase } from '../../src/lib/content-check/sanitize';
import { keyLine } from '../../src/lib/content-check/parse';
import { suggestTime } from '../../src/lib/content-check/times';
import { fieldName } from '../../src/lib/content-check/zod-issues';
import { closestMatch } from '../../src/lib/model/closest';
import { contentCopy, expectedKeys, fixtureCase, fixtureNames, keys, removeCopies } from '../content-check/fixtures';
import { programmeDir, root } from '../helpers/paths';

afterAll(removeCopies);

const publicDir = `${root}public`;
const check = (contentDir: string) => runContentCheck({ contentDir, publicDir, cwd: root });

test('the real content passes with no errors and no warnings', async () => {
	const { problems, files, ms } = await check(`${root}content`);
	expect(problems).toEqual([]);
	expect(files.filter((f) => f.collection === 'sessions').length).toBeGreaterThan(0);
	expect(ms).toBeLessThan(5000);
});

describe.each(await fixtureNames())('fixture %s', (name) => {
	test('reports exactly the expected problems, naming file and field, in organizer words', async () => {
		const spec = await fixtureCase(name);
		const dir = await contentCopy(name);
		const { problems } = await check(dir);
		expect(keys(problems, dir)).toEqual(expectedKeys(spec.expect));
		expect(keys(problems, dir, 'warning')).toEqual(expectedKeys(spec.warnings ?? []));
		const report = formatReport(problems);
		for (const p of problems) {
			expect(p.found, `${p.rule} found`).not.toBe('');
			expect(p.expected, `${p.rule} expected`).not.toBe('');
			expect(p.example, `${p.rule} example`).not.toBe('');
			expect(p.expected, 'expected is in Korean and English').toMatch(/[가-힣].* \/ .*[a-z]/);
			expect(report).toContain(p.file);
			expect(report).toContain(`· ${p.field}`);
		}
		for (const e of spec.expect.filter((x) => x.line)) {
			expect(problems.filter((p) => p.rule === e.rule && p.field === e.field && p.file.endsWith(`/${e.file}`)).map((p) => p.line)).toContain(e.line);
		}
	});
});

describe('messages', () => {
	const sessionFile = (frontmatter: string, body = '') => parseSource('sessions/test-session.md', `---\n${frontmatter}\n---\n${body}`, 'content');
	const base = `title: 제목\nsummary: 요약\nkind: talk\nroom: main-hall`;
	const event = parseSource('event.yaml', readFileSync(`${programmeDir}/event.yaml`, 'utf8'), 'content');
	const problemsFor = (file: RawFile) => checkContent([event, file], { publicFiles: new Set() }).filter((p) => p.file === 'content/sessions/test-session.md');

	test.each([
		['"25:00"', 'bad-time', 'start: "13:30"'],
		['10시', 'bad-time', 'start: "10:00"'],
		['"오후 2시"', 'bad-time', 'start: "14:00"'],
		['1400', 'bad-time', 'start: "14:00"'],
		['"9:30"', 'bad-time', 'start: "09:30"'],
	])('start %s is a %s with the example %s', (value, rule, example) => {
		const [problem] = problemsFor(sessionFile(`${base}\nstart: ${value}\nend: "23:00"`));
		expect(problem).toMatchObject({ rule, field: 'start', example, line: 6 });
	});

	test.each([
		['"24:30"', 'outside-day'],
		// An end earlier than the start is the next morning, up to the day change (04:00); later, it is a mistake.
		['"05:00"', 'end-before-start'],
		['"18:00"', 'end-before-start'],
		['"19:00"', 'end-before-start'],
	])('start "19:00" and end %s is %s', (value, rule) => {
		const [problem] = problemsFor(sessionFile(`${base}\nstart: "19:00"\nend: ${value}`));
		expect(problem).toMatchObject({ rule, field: 'end' });
	});

	test('a session in the night after its day may not run past the day change', () => {
		const [problem] = problemsFor(sessionFile(`${base}\nstart: "01:30"\nend: "05:00"`));
		expect(problem).toMatchObject({ rule: 'outside-day', field: 'end', example: 'end: "04:00"' });
	});

	test('start "19:00" and end "00:30" ends the next morning: no problem', () => {
		expect(problemsFor(sessionFile(`${base}\nstart: "19:00"\nend: "00:30"`))).toEqual([]);
	});

	test('an event day that is not in the calendar is refused, though js-yaml quietly reads it as the next day', () => {
		const text = readFileSync(`${programmeDir}/event.yaml`, 'utf8');
		const line = text.split('\n').findIndex((l) => l.startsWith('date:')) + 1;
		const problems = (written: string) =>
			checkContent([parseSource('event.yaml', text.replace(/^date: .*$/m, `date: ${written}`), 'content')], { publicFiles: new Set() });
		expect(problems('2024-11-31')).toEqual([
			expect.objectContaining({
				rule: 'bad-value',
				field: 'date',
				found: 'date: 2024-11-31',
				line,
				expected: '달력에 있는 날짜 YYYY-MM-DD / a day that exists, YYYY-MM-DD',
			}),
		]);
		expect(problems('2024-11-30')).toEqual([]);
	});

	test('a missing required field names the field and gives an example', () => {
		const problems = problemsFor(sessionFile(`title: 제목\nkind: talk\nroom: main-hall\nstart: "10:00"\nend: "11:00"`));
		expect(problems).toEqual([
			expect.objectContaining({ rule: 'missing-field', field: 'summary', found: '(없음 / missing)', example: expect.stringMatching(/^summary: /) }),
		]);
	});

	test('a typo suggests the field that was meant', () => {
		const [problem] = problemsFor(sessionFile(`${base}\nstart: "10:00"\nend: "11:00"\nstatsu: confirmed`));
		expect(problem).toMatchObject({ rule: 'unknown-field', field: 'statsu', example: 'status: confirmed' });
		expect(problem!.expected).toContain('did you mean status?');
	});

	test.each([
		['status: canceled', 'status: cancelled'],
		['kind: Keynote', 'kind: keynote'],
		['kind: lecture', 'kind: talk'],
	])('%s is a bad value with the example %s', (line, example) => {
		const [problem] = problemsFor(
			sessionFile(`title: 제목\nsummary: 요약\nroom: main-hall\nstart: "10:00"\nend: "11:00"\n${line}${line.startsWith('kind') ? '' : '\nkind: talk'}`),
		);
		expect(problem).toMatchObject({ rule: 'bad-value', example, line: 7 });
	});

	test('a mistyped reference suggests the id most like it, not merely the first', () => {
		const room = sessionFile(`title: 제목\nsummary: 요약\nkind: talk\nroom: track-rom-b\nstart: "10:00"\nend: "11:00"`);
		expect(problemsFor(room)).toMatchObject([{ rule: 'unknown-reference', field: 'room', found: 'track-rom-b', example: 'room: track-room-b' }]);
	});

	test('slides named as a PDF must be in content/slides/ (file and line in the report); a PDF there is read, not stray', () => {
		const talk = sessionFile(`${base}\nstart: "10:00"\nend: "11:00"\nslides: talk.pdf`);
		expect(problemsFor(talk)).toMatchObject([{ rule: 'unknown-reference', field: 'slides', found: 'talk.pdf', line: 8 }]);
		const pdf = parseSource('slides/talk.pdf', '%PDF-1.1', 'content');
		expect(checkContent([event, talk, pdf], { publicFiles: new Set() })).toEqual([]);
	});

	test('a cancelled session frees its room and its speakers', () => {
		const keynote = parseSource('sessions/a.md', `---\n${base}\nstart: "10:00"\nend: "11:00"\nstatus: cancelled\n---\n`, 'content');
		const other = sessionFile(`${base}\nstart: "10:30"\nend: "11:30"`);
		expect(checkContent([event, keynote, other], { publicFiles: new Set() })).toEqual([]);
		const live = parseSource('sessions/a.md', `---\n${base}\nstart: "10:00"\nend: "11:00"\n---\n`, 'content');
		expect(checkContent([event, live, other], { publicFiles: new Set() }).map((p) => p.rule)).toEqual(['room-overlap']);
	});

	test('back-to-back sessions in one room do not overlap', () => {
		const a = parseSource('sessions/a.md', `---\n${base}\nstart: "10:00"\nend: "11:00"\n---\n`, 'content');
		expect(checkContent([event, a, sessionFile(`${base}\nstart: "11:00"\nend: "12:00"`)], { publicFiles: new Set() })).toEqual([]);
	});

	test('a YAML mistake is reported with its line and does not hide other files', () => {
		const broken = parseSource('sessions/broken.md', '---\ntitle: a\ntitle: b\n---\n', 'content');
		expect(broken.syntaxError).toMatchObject({ line: 3 });
		const problems = checkContent([event, broken, sessionFile(`${base}\nstart: "25:00"\nend: "11:00"`)], { publicFiles: new Set() });
		expect(problems.map((p) => `${p.rule} ${p.line}`)).toEqual(['yaml-syntax 3', 'bad-time 6']);
		expect(problems[0]!.expected).toContain('the same field is written twice');
	});

	describe('images named by content', () => {
		const speaker = (photo: string) => parseSource('speakers/kim.md', `---\nname: 김\nrole: 교수\norganization: 대학\nphoto: ${photo}\n---\n`, 'content');
		const image = (rel: string, bytes = 200_000): RawFile => ({ ...parseSource(rel, '', 'content'), bytes });
		const none = { publicFiles: new Set<string>() };

		test('a photo beside the file passes; a missing one names the file to add and the nearest one there', () => {
			expect(checkContent([event, speaker('./kim.jpg'), image('speakers/kim.jpg')], none)).toEqual([]);
			const [problem, ...rest] = checkContent([event, speaker('./kim.jpg'), image('speakers/Kim.JPG')], none);
			expect(rest).toEqual([]);
			expect(problem).toMatchObject({ rule: 'missing-image', field: 'photo', line: 5, severity: 'error', example: 'photo: ./Kim.JPG' });
			expect(problem!.expected).toContain('content/speakers/kim.jpg');
		});

		test('a path from public/ (the old way) is refused with where the file goes now', () => {
			const [problem] = checkContent([event, speaker('/speakers/kim.jpg')], none);
			expect(problem).toMatchObject({ rule: 'bad-value', field: 'photo', line: 5 });
			expect(problem!.expected).toContain('./');
		});

		test('a HEIC photo is told to become a JPEG or PNG', () => {
			const [problem] = checkContent([event, speaker('./kim.heic'), image('speakers/kim.heic')], none);
			expect(problem).toMatchObject({ rule: 'image-format', field: 'photo', severity: 'error', example: 'photo: ./kim.jpg' });
			expect(problem!.expected).toMatch(/JPEG.*PNG/);
		});

		test('a 12 MB camera JPEG builds, with a warning that it weighs on the repository', () => {
			const problems = checkContent([event, speaker('./kim.jpg'), image('speakers/kim.jpg', 12 * 1024 * 1024)], none);
			expect(problems).toMatchObject([{ rule: 'large-image', severity: 'warning', field: 'photo', found: 'photo: ./kim.jpg (12.0 MB)' }]);
			expect(checkContent([event, speaker('./kim.jpg'), image('speakers/kim.jpg', 4 * 1024 * 1024)], none)).toEqual([]);
		});

		test('images in the event file: an organizer logo and the photos of the day, with their lines', () => {
			const withImages = parseSource(
				'event.yaml',
				`${event.yaml}\ngallery:\n  - image: ./gallery/stage.jpg\n    alt: { ko: 무대, en: The stage }\n    caption: { ko: 개회식, en: The opening }\n`,
				'content',
			);
			const galleryLine = event.yaml.split('\n').length + 2;
			expect(checkContent([withImages, image('gallery/stage.jpg')], none)).toEqual([]);
			expect(checkContent([withImages], none)).toMatchObject([{ rule: 'missing-image', field: 'gallery[#1].image', line: galleryLine }]);
			// A photo in gallery/ the event file does not list can't be shown without its alt text.
			expect(checkContent([withImages, image('gallery/stage.jpg'), image('gallery/extra.png')], none)).toMatchObject([
				{ rule: 'unlisted-photo', severity: 'warning', file: 'content/gallery/extra.png' },
			]);
		});
	});

	test.each([
		['import Chart from "./chart.js"', 'mdx-code'],
		['export const year = 2024', 'mdx-code'],
		['Hello <Countdown />', 'mdx-code'],
		['<script src="/x.js"></script>', 'script'],
		['Hello <SCRIPT>alert(1)</SCRIPT>', 'script'],
		['<b>굵게</b> and <br> and <sup>1</sup>', undefined],
		['<!-- 메모 -->', undefined],
		['Import duties rose; export markets grew.', undefined],
		['`<script>` in code is fine', undefined],
	])('.md body %j → %s', (body, rule) => {
		const problems = problemsFor(sessionFile(`${base}\nstart: "10:00"\nend: "11:00"`, `\n${body}\n`));
		expect(problems.map((p) => p.rule)).toEqual(rule ? [rule] : []);
		if (rule) expect(problems[0]).toMatchObject({ field: '(본문 body)', line: 10, severity: 'error' });
	});

	test.each([
		['import X from "y"', ['mdx-code']],
		['{new Date().getFullYear()}년', ['mdx-code']],
		['<Chart />', ['mdx-component']],
		['<script>{"alert(1)"}</script>', ['script']],
		['<b>굵게</b>', ['raw-html']],
		['Hello { broken', ['mdx-syntax']],
		['**굵게** 그리고 [링크](https://example.com)', []],
	])('.mdx body %j → %j', (body, rules) => {
		const file = parseSource('sessions/test-session.mdx', `---\n${base}\nstart: "10:00"\nend: "11:00"\n---\n\n${body}\n`, 'content');
		expect(
			checkContent([event, file], { publicFiles: new Set() })
				.filter((p) => p.file === file.path)
				.map((p) => p.rule),
		).toEqual(rules);
	});
});

describe('helpers', () => {
	test.each([
		['10시', '10:00'],
		['10시 30분', '10:30'],
		['오후 2시', '14:00'],
		['2pm', '14:00'],
		['오전 12시', '00:00'],
		['9:05', '09:05'],
		[930, '09:30'],
		[9, '09:00'],
		['25:00', undefined],
		['noon', undefined],
	])('suggestTime(%j) = %j', (value, suggestion) => {
		expect(suggestTime(value)).toBe(suggestion);
	});

	test.each([
		['speakr', 'speakers'],
		['Title', 'title'],
		['stat', 'start'],
		['sumary', 'summary'],
		['photograph', undefined],
	])('closestMatch(%j) = %j', (key, best) => {
		expect(closestMatch(key, ['title', 'summary', 'start', 'status', 'speakers'])).toBe(best);
	});

	const eventText = readFileSync(`${programmeDir}/event.yaml`, 'utf8');
	const eventLines = eventText.split('\n');
	test.each([
		[['date'], 'date: 2024-11-25'],
		[['rooms', 0, 'id'], '  - id: main-hall'],
		[['rooms', 1, 'id'], '  - id: track-room-a'],
		[['rooms', 1, 'provisional'], '    provisional: true'],
		[['rooms', 2, 'name', 'en'], '      en: Track room B'],
		[['venue', 'mapQuery'], '  mapQuery: 서울드래곤시티'],
		[['organizers', 2, 'role', 'en'], '      en: Runs the Google course together with Google'],
	])('keyLine(event.yaml, %j) points at %j', (path, line) => {
		const n = keyLine(parseSource('event.yaml', eventText, 'content'), ...path);
		expect(eventLines[n! - 1]).toBe(line);
	});

	test.each([
		['a quoted key', '"start": "10:00"\nroom: main-hall', ['room'], 3],
		['a quoted key, asked for', 'title: a\n"start": "10:00"', ['start'], 3],
		['an item of a list written over several lines', 'speakers: [\n  kim,\n  cho\n]', ['speakers', 1], 4],
		['a key indented by a comment line above it', 'rooms:\n  # the main room\n  - id: hall', ['rooms', 0, 'id'], 4],
		['a field under a missing parent: the parent is not written either', 'title: a', ['venue', 'name'], undefined],
		['a field missing under a written parent: the parent’s line', 'venue:\n  city: 서울', ['venue', 'name'], 2],
	] as const)('keyLine reads YAML positions, not indentation: %s', (_, yaml, path, line) => {
		const file = parseSource('sessions/a.md', `---\n${yaml}\n---\nbody`, 'content');
		expect(keyLine(file, ...path)).toBe(line);
	});

	test('keyLine of a field that is not written is undefined; of a Markdown file counts the --- line', () => {
		const file = parseSource('sessions/a.md', '\n---\ntitle: a\nstart: "10:00"\n---\nbody', 'content');
		expect(keyLine(file, 'start')).toBe(4);
		expect(keyLine(file, 'room')).toBeUndefined();
	});

	test.each([
		[['rooms', 1, 'id'], 'rooms[#2].id'],
		[['start'], 'start'],
		[[], '(파일 file)'],
	])('fieldName(%j) = %s', (path, name) => {
		expect(fieldName(path)).toBe(name);
	});

	test.each([
		['<img src="/a.png" onerror="alert(1)">', ['<img onerror>']],
		['<a href="javascript:alert(1)">x</a>', ['<a href>']],
		['<iframe src="https://x"></iframe>', ['<iframe>', '<iframe src>']],
		['<div style="color:red" class="x">y</div>', ['<div style>', '<div class>']],
		['<b>bold</b><br><sup>2</sup><a href="https://example.com">ok</a>', []],
	])('htmlRemovals(%j) = %j', (html, removed) => {
		expect(htmlRemovals(html)).toEqual(removed);
	});
});

describe('the Markdown sanitizer used by the build', () => {
	const render = async (md: string) => (await markdownToHtml(md, { features: { rawHtml: true }, hastPlugins: [sanitizeHtmlPlugin] })).html;

	test.each([
		['<script>alert("x")</script>', /<script|alert/],
		['<img src="/a.png" onerror="alert(1)">', /onerror|alert/],
		['<a href="javascript:alert(1)">x</a>', /javascript:/],
		['[x](javascript:alert(1))', /javascript:/],
		['<iframe src="https://evil.example"></iframe>', /iframe|evil/],
		['<div style="background:url(x)" onclick="alert(1)">y</div>', /style=|onclick/],
		['<svg><script>alert(1)</script></svg>', /<svg|<script|alert/],
	])('%s never reaches the page', async (md, forbidden) => {
		expect(await render(md)).not.toMatch(forbidden);
	});

	test('ordinary Markdown and harmless HTML stay as written, footnotes keep working links', async () => {
		const html = await render('**굵게** [링크](https://example.com) <sup>2</sup> 각주[^1]\n\n[^1]: 설명\n');
		expect(html).toContain('<strong>굵게</strong>');
		expect(html).toContain('<a href="https://example.com">링크</a>');
		expect(html).toContain('<sup>2</sup>');
		expect(html).toContain('href="#user-content-fn-1"');
		expect(html).toContain('id="user-content-fn-1"');
	});
});

describe('links and images in organizer Markdown follow the site base path', () => {
	test.each([
		['/agenda/', '/techday/', '/techday/agenda/'],
		['/images/x.jpg', '/techday/', '/techday/images/x.jpg'],
		['/techday/agenda/', '/techday/', '/techday/agenda/'],
		['/agenda/', '/', '/agenda/'],
		['https://example.com/a', '/techday/', 'https://example.com/a'],
		['//cdn.example/x', '/techday/', '//cdn.example/x'],
		['#top', '/techday/', '#top'],
	])('withBase(%s, %s) = %s', (url, base, expected) => {
		expect(withBase(url, base)).toBe(expected);
	});

	test('the build pipeline rewrites them after sanitizing', async () => {
		const { html } = await markdownToHtml('[프로그램](/agenda/) ![지도](/images/map.png) <img src="/images/b.png" alt="b">', {
			features: { rawHtml: true },
			hastPlugins: [sanitizeHtmlPlugin, basePathPlugin('/techday/')],
		});
		expect(html).toContain('href="/techday/agenda/"');
		expect(html).toContain('src="/techday/images/map.png"');
		expect(html).toContain('src="/techday/images/b.png"');
	});
});
