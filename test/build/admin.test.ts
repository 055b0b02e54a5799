/**
 * The built site's browser editor at /admin/: its own page, policy and files, all from the site itself,
 * and nothing of it in the public pages, the sitemap, the search index or the service worker.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { ADMIN_CSP } from '../../src/lib/publish/headers';
import { siteDir } from '../helpers/paths';

const admin = join(siteDir, 'admin');
const read = (path: string) => readFile(join(siteDir, path), 'utf8');
const allFiles = async () =>
	(await readdir(siteDir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));

describe('dist/admin/', () => {
	test('is a Korean page that is never indexed, with the editor policy as a <meta> as well', async () => {
		const page = await read('admin/index.html');
		expect(page).toContain('<html lang="ko">');
		expect(page).toContain('<meta name="robots" content="noindex, nofollow" />');
		const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)![1]!;
		expect(meta).toBe(ADMIN_CSP.replace(/; frame-ancestors 'none'/, ''));
		expect(page).not.toMatch(/og:|twitter:/);
		// Scripts only from files beside the page (script-src 'self'): nothing inline, nothing from another origin.
		expect([...page.matchAll(/<script([^>]*)>/g)].map((m) => m[1])).toEqual([' src="own-locales.js"', ' src="sveltia-cms.js"']);
	});

	test('the configuration edits content/ and saves pull requests', async () => {
		const config = yaml.load(await read('admin/config.yml')) as { publish_mode: string; collections: { name: string }[] };
		expect(config.publish_mode).toBe('editorial_workflow');
		expect(config.collections.map((c) => c.name)).toEqual(['sessions', 'speakers', 'tracks', 'results', 'event']);
	});

	test('the editor fetches its fonts and Korean words from this site, each file present', async () => {
		const script = await read('admin/sveltia-cms.js');
		expect(script).not.toContain('cdn.jsdelivr.net/fontsource');
		for (const [, file] of script.matchAll(/url\((fonts\/[^)]+)\)/g)) expect((await readFile(join(admin, file!))).length, file).toBeGreaterThan(1000);
		expect(JSON.parse(await read('admin/locales/ko.json'))).toBeTypeOf('object');
		expect(await read('admin/sveltia-cms.LICENSE.txt')).toMatch(/MIT License/);
	});

	test('is in no public page, nor in the sitemap, the search index or the service worker', async () => {
		const files = (await allFiles()).filter((f) => !f.startsWith(`${admin}/`));
		for (const file of files.filter((f) => /\.(html|xml|js|json)$/.test(f) && !f.endsWith('sw.js'))) {
			const text = await readFile(file, 'utf8');
			expect(text.includes('admin/') || text.includes('sveltia'), file).toBe(false);
		}
		expect(await read('sw.js')).not.toMatch(/admin\/(index\.html|config|sveltia|own-locales|locales|fonts)/);
	});
});
