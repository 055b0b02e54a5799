/**
 * MDX bodies: each refused form with the message an organizer reads (file, line, what was found, what to
 * write), the sanitizer keeping exactly the allowed components, and the link lookup per language.
 */
import { readFileSync } from 'node:fs';
import { satteri } from '@astrojs/markdown-satteri';
import { describe, expect, test } from 'vitest';
import { checkContent, parseSource, type Problem } from '../../src/lib/content-check';
import { linkResolves, nearestIds, routesFromPages, type BodyTargets } from '../../src/lib/content-check/mdx';
import { sanitizeHtmlPlugin } from '../../src/lib/content-check/sanitize';
import { propFormOk } from '../../src/lib/mdx/components';
import { linkTarget } from '../../src/lib/mdx/links';
import { fixtureSite, type FixtureInput } from '../helpers/content-fixture';
import { root } from '../helpers/paths';

const event = parseSource('event.yaml', readFileSync(`${root}content/event.yaml`, 'utf8'), 'content');
const entry = (rel: string, frontmatter: string, body = '') => parseSource(rel, `---\n${frontmatter}\n---\n${body}`, 'content');
const others = [
	entry('sessions/keynote.md', 'title: 기조\nsummary: 요약\nkind: keynote\nstart: "10:00"\nend: "10:50"\nroom: main-hall\nspeakers: [cho-sungzoon]'),
	entry('speakers/cho-sungzoon.md', 'name: 조성준\nrole: 교수\norganization: 서울대학교'),
	entry('tracks/google.md', 'partner: 구글\nname: 과정\nteaches: [배움]\ncolor: "#1a73e8"\norder: 1'),
];
const routes = routesFromPages([
	'[...lang]/index.astro',
	'[...lang]/agenda.astro',
	'[...lang]/sessions/[id].astro',
	'[...lang]/schedule.ics.ts',
	'og/[...image].png.ts',
]);

/** The body problems of results/test.mdx (line 6 is the first body line). */
function bodyProblems(body: string, extraFiles: string[] = [], publicFiles: string[] = []): Problem[] {
	const file = entry('results/test.mdx', 'title: 제목\nsummary: 요약\norder: 1', `\n${body}\n`);
	const extras = extraFiles.map((rel) => parseSource(rel, '', 'content'));
	return checkContent([event, ...others, ...extras, file], { publicFiles: new Set(publicFiles), routes }).filter((p) => p.file === file.path);
}

describe('refused in .mdx bodies, with file, line, what was found and what to write instead', () => {
	test.each([
		['import Chart from "./chart.js"', 'mdx-code', 'import Chart from "./chart.js"', /import 없이 씁니다/, /delete the line/],
		['export const year = 2024', 'mdx-code', 'export const year = 2024', /no code/, /<Callout/],
		['{new Date().getFullYear()}년', 'mdx-code', '{new Date().getFullYear()}', /코드/, /\\\{/],
		[
			'<Calout type="note">x</Calout>',
			'mdx-component',
			'<Calout …>',
			/Callout, SessionLink, SpeakerLink, TrackLink, Figure, LinkCard, Steps/,
			/did you mean <Callout>/,
		],
		['<Countdown to="10:00" />', 'mdx-component', '<Countdown …>', /the only components are these/, /<Callout type="note">/],
		['<Callout type="note" tpye="tip">x</Callout>', 'mdx-component', '<Callout tpye=…>', /the props of <Callout> are type \(type\?\)/, /<Callout type="note">/],
		['<Callout>x</Callout>', 'mdx-component', '<Callout> (type 없음 / no type)', /needs type/, /<Callout type="note">/],
		['<Callout type="danger">x</Callout>', 'mdx-component', 'type="danger"', /one of note, tip, warning/, /<Callout type="note">/],
		['<TrackLink id={track} />', 'mdx-component', 'id={track}', /without \{ \}/, /<TrackLink id="google" \/>/],
		['<TrackLink id="google" {...props} />', 'mdx-component', '<TrackLink {…}>', /name="text"/, /<TrackLink id="google" \/>/],
		['<SessionLink id="keynot" />', 'unknown-reference', '<SessionLink id="keynot" />', /가까운 id: keynote/, /<SessionLink id="keynote" \/>/],
		['<SpeakerLink id="cho" />', 'unknown-reference', '<SpeakerLink id="cho" />', /cho-sungzoon/, /<SpeakerLink id="cho-sungzoon" \/>/],
		['<Figure src="./stage.jpg" alt="무대" />', 'missing-image', 'src="./stage.jpg"', /content\/results\/stage\.jpg/, /results\/stage\.jpg/],
		['<Figure src="/images/a.jpg" alt="무대" />', 'mdx-component', 'src="/images/a.jpg"', /starting with \.\//, /<Figure src="\.\/photo\.jpg"/],
		['<LinkCard href="javascript:alert(1)" title="t" />', 'mdx-component', 'href="javascript:alert(1)"', /http:\/\/ or https:\/\//, /<LinkCard href="https:/],
		['<LinkCard href="/agenda/" title="t" />', 'mdx-component', 'href="/agenda/"', /another site/, /<LinkCard href="https:/],
		['<Steps>\n\n- 하나\n\n</Steps>', 'mdx-component', '<Steps> (번호 목록 없음 / no numbered list)', /numbered list/, /1\. /],
		['<SessionLink id="keynote">글</SessionLink>', 'mdx-component', '<SessionLink>…</SessionLink>', /close it with \/>/, /<SessionLink id="keynote" \/>/],
		['[자료](/files/guide.pdf)', 'broken-link', '/files/guide.pdf', /no file public\/files\/guide\.pdf/, /add the file public\/files\/guide\.pdf/],
		['[세션](/en/sessions/nope/)', 'broken-link', '/en/sessions/nope/', /no page \/en\/sessions\/nope\//, /\(\/agenda\/\)/],
	])('%j → %s', (body, rule, found, expected, example) => {
		const problems = bodyProblems(body);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ rule, found, field: '(본문 body)', line: 7, severity: 'error', file: 'content/results/test.mdx' });
		expect(problems[0]!.expected).toMatch(expected);
		expect(problems[0]!.example).toMatch(example);
	});

	test.each([
		'<Callout type="tip">\n**굵게** <SessionLink id="keynote" />, <SpeakerLink id="cho-sungzoon" />, <TrackLink id="google" />\n</Callout>',
		'<Figure src="./stage.jpg" alt="무대" caption="설명" />',
		'<LinkCard href="https://example.com/a" title="안내" description="설명" />',
		'<Steps>\n\n1. 하나\n2. 둘\n\n</Steps>',
		'[프로그램](/agenda/) [기조연설](/en/sessions/keynote/) [일정](/schedule.ics) [사진](/images/a.jpg)',
	])('allowed: %j', (body) => {
		expect(bodyProblems(body, ['results/stage.jpg'], ['/images/a.jpg'])).toEqual([]);
	});

	test('a photo beside the bodies is not an unread file; other files still are', () => {
		const problems = checkContent([event, ...others, parseSource('sessions/stage.jpg', '', 'content'), parseSource('sessions/notes.txt', '', 'content')], {
			publicFiles: new Set(),
		});
		expect(problems.map((p) => `${p.rule} ${p.file}`)).toEqual(['unread-file content/sessions/notes.txt']);
	});
});

describe('helpers', () => {
	test.each([
		['web-link', 'https://example.com/x', true],
		['web-link', 'http://example.com', true],
		['web-link', 'javascript:alert(1)', false],
		['web-link', '//example.com/x', false],
		['web-link', '/agenda/', false],
		['local-image', './a.jpg', true],
		['local-image', '../sessions/a.png', true],
		['local-image', 'a.jpg', false],
		['local-image', './a.pdf', false],
		['id', 'cho-sungzoon', true],
		['id', 'Cho', false],
		['callout-type', 'warning', true],
		['callout-type', 'danger', false],
	] as const)('propFormOk(%s, %j) = %s', (form, value, ok) => {
		expect(propFormOk(form, value)).toBe(ok);
	});

	test('nearestIds: the closest spelling first, then ids sharing a part', () => {
		expect(nearestIds('keynot', ['aws-track', 'keynote', 'google-track'])[0]).toBe('keynote');
		expect(nearestIds('google', ['aws-track', 'keynote', 'google-track'])[0]).toBe('google-track');
	});

	const targets: BodyTargets = { ids: { sessions: ['keynote'], speakers: [], tracks: [] }, contentFiles: new Set(), routes };
	test.each([
		['/', true],
		['/en/', true],
		['/agenda/', true],
		['/en/agenda/#x', true],
		['/sessions/keynote/', true],
		['/sessions/nope/', false],
		['/schedule.ics', true],
		['/nowhere/', false],
		['/files/a.pdf', false],
	])('linkResolves(%j) = %s', (url, ok) => {
		expect(linkResolves(url, targets, new Set())).toBe(ok);
	});
});

describe('linkTarget: the words and page a link component shows, per language', () => {
	const input: FixtureInput = {
		sessions: {
			keynote: {
				ko: { title: '기조연설', summary: '요약', kind: 'keynote', start: '10:00', end: '10:50', room: 'main-hall', speakers: ['cho'] },
				en: { title: 'Keynote', summary: 'Summary' },
			},
		},
		speakers: {
			cho: { ko: { name: '조성준', role: '교수', organization: '서울대학교' }, en: { name: 'Cho Sungzoon', role: 'Professor', organization: 'SNU' } },
		},
		tracks: { google: { ko: { partner: '구글', name: '과정', teaches: ['배움'], color: '#1a73e8', order: 1 } } },
	};
	test.each([
		['ko', 'sessions', 'keynote', '기조연설', undefined],
		['en', 'sessions', 'keynote', 'Keynote', undefined],
		['ko', 'speakers', 'cho', '조성준', undefined],
		['en', 'speakers', 'cho', 'Cho Sungzoon', undefined],
		['en', 'tracks', 'google', '구글 · 과정', 'ko-KR'],
	] as const)('%s %s/%s → %j', (lang, collection, id, text, langAttr) => {
		const target = linkTarget(fixtureSite(input, lang), collection, id);
		expect(target).toMatchObject({ path: `/${collection}/${id}/`, text, langAttr });
	});
	test('a missing id finds nothing', () => {
		expect(linkTarget(fixtureSite(input, 'ko'), 'sessions', 'nope')).toBeUndefined();
	});
});

describe('sanitizer: only the allowed components, with plain-text props, reach the page', () => {
	const compile = async (body: string) => {
		const renderer = await satteri({ features: { rawHtml: true }, hastPlugins: [sanitizeHtmlPlugin] }).createMdxRenderer!(
			{ syntaxHighlight: false, gfm: true, smartypants: true } as never,
			{ optimize: false, srcDir: new URL(`file://${root}src/`), sourcemap: false } as never,
		);
		return (await renderer.process(body, `${root}content/results/test.mdx`, {})).code;
	};

	test('kept: allowed components and their children, a Figure photo imported for astro:assets', async () => {
		const code = await compile(
			'<Callout type="tip">\n**굵게** <TrackLink id="google" />\n</Callout>\n\n<Figure src="./stage.jpg" alt="무대" caption="설명" />',
		);
		expect(code).toMatch(/_jsx\(Callout, \{\s*type: "tip"/);
		expect(code).toMatch(/_jsx\(TrackLink, \{\s*id: "google"/);
		expect(code).toMatch(/_jsx\(Figure, \{\s*caption: "설명",\s*children: _jsx\(_components\["astro-image"\], \{\s*alt: "무대",\s*src: __0___stage_jpg__/);
		expect(code).toContain('import __0___stage_jpg__ from "./stage.jpg";');
	});

	test.each([
		['import X from "./x.js"\n\n<X />', /from "\.\/x\.js"|_jsx\(X/],
		['{alert(1)}', /alert/],
		['<Callout type="note" onClick={alert(1)}>x</Callout>', /alert|onClick/],
		['<Callout type={danger()}>x</Callout>', /danger/],
		['<b onclick="alert(1)">x</b>', /alert|onclick/],
		['<techday-mdx-component data-mdx="0:0">x</techday-mdx-component>', /techday-mdx|_jsx\(Callout/],
		['<img src="x" onerror="alert(1)" />', /alert/],
	])('dropped: %j', async (body, forbidden) => {
		expect(await compile(body)).not.toMatch(forbidden);
	});
});
