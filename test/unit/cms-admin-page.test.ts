import { describe, expect, test } from 'vitest';
import { editorBackend, eventFacts, localeScript, renderAdminPage, repoFromRemote, selfHostFonts, UNKNOWN_REPO } from '../../src/lib/cms/admin-page';

describe('which repository the editor saves to', () => {
	test.each([
		['git@github.com:org/techday.git', 'org/techday'],
		['https://github.com/org/techday', 'org/techday'],
		['https://github.com/org/tech.day.git', 'org/tech.day'],
		['https://gitlab.com/org/techday.git', undefined],
		[undefined, undefined],
	])('%s → %s', (remote, repo) => {
		expect(repoFromRemote(remote)).toBe(repo);
	});

	test('CMS_REPO, then GitHub Actions, then the git remote; an OAuth helper only when given', () => {
		expect(editorBackend({ CMS_REPO: 'a/b', GITHUB_REPOSITORY: 'c/d' }, 'git@github.com:e/f.git')).toEqual({ repo: 'a/b', branch: 'main' });
		expect(editorBackend({ GITHUB_REPOSITORY: 'c/d', CMS_BRANCH: 'live' })).toEqual({ repo: 'c/d', branch: 'live' });
		expect(editorBackend({}, 'git@github.com:e/f.git').repo).toBe('e/f');
		expect(editorBackend({}).repo).toBe(UNKNOWN_REPO);
		expect(editorBackend({ CMS_AUTH_URL: 'https://auth.example.kr' }).authUrl).toBe('https://auth.example.kr');
	});
});

describe('the event facts the form needs', () => {
	test('rooms with their Korean names, and the time zone', () => {
		expect(eventFacts('timeZone: Asia/Seoul\nrooms:\n  - id: hall\n    name: { ko: 홀, en: Hall }\n  - id: b\n')).toEqual({
			timeZone: 'Asia/Seoul',
			rooms: [
				{ id: 'hall', label: '홀' },
				{ id: 'b', label: 'b' },
			],
		});
	});

	test('the programme days of an event of several days', () => {
		const text = 'timeZone: Europe/Berlin\ndates:\n  - 2025-10-25\n  - 2025-10-26\nrooms:\n  - id: hall\n';
		expect(eventFacts(text)?.days).toEqual(['2025-10-25', '2025-10-26']);
		expect(eventFacts('timeZone: Asia/Seoul\ndate: 2024-11-25\nrooms:\n  - id: hall\n')?.days).toBeUndefined();
	});

	test.each([['title: [oops'], ['rooms: []\ntimeZone: Asia/Seoul'], ['just text'], [undefined]])('none from %j: the form still opens', (text) => {
		expect(eventFacts(text)).toBeUndefined();
	});
});

test("the editor's fonts point at files beside the page, each traced to its npm package", () => {
	const script =
		'a{src:url(https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2)} b{src:url(https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2)}';
	const { text, fonts } = selfHostFonts(script);
	expect(text).toBe('a{src:url(fonts/material-symbols-outlined-latin-wght-normal.woff2)} b{src:url(fonts/noto-mono-latin-400-normal.woff2)}');
	expect(fonts.map((f) => [f.package, f.version, f.file])).toEqual([
		['@fontsource-variable/material-symbols-outlined', '5.3.7', 'material-symbols-outlined-latin-wght-normal.woff2'],
		['@fontsource/noto-mono', '5.3.0', 'noto-mono-latin-400-normal.woff2'],
	]);
});

test('the page: Korean, not indexed, its policy without frame-ancestors (a <meta> cannot carry it), two script files', () => {
	const page = renderAdminPage("default-src 'self'; frame-ancestors 'none'");
	expect(page).toContain('content="default-src \'self\'"');
	expect(page).toContain('noindex');
	expect([...page.matchAll(/<script src="([^"]+)"><\/script>/g)].map((m) => m[1])).toEqual(['own-locales.js', 'sveltia-cms.js']);
});

test('the language-file script sends unpkg.com requests for language files and the version to this site, and nothing else', async () => {
	const asked: string[] = [];
	const window = { fetch: async (input: unknown) => asked.push(String(input)) } as unknown as { fetch: (input: unknown) => Promise<unknown> };
	const document = { currentScript: { src: 'https://site.example/techday/admin/own-locales.js' } };
	new Function('window', 'document', localeScript())(window, document);
	await window.fetch('https://unpkg.com/@sveltia/cms@0.221.1/locales/ko.json');
	await window.fetch('https://unpkg.com/@sveltia/cms/package.json');
	await window.fetch('https://api.github.com/user');
	expect(asked).toEqual([
		'https://site.example/techday/admin/locales/ko.json',
		'https://site.example/techday/admin/sveltia-cms.package.json',
		'https://api.github.com/user',
	]);
});
