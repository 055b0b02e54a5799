import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import config from '../../astro.config.mjs';
import { checkOrThrow, contentCheck } from '../../src/integrations/content-check';
import { ContentCheckError, runContentCheck } from '../../src/lib/content-check';
import { sanitizeHtmlPlugin } from '../../src/lib/content-check/sanitize';
import { contentCopy, fixtureCase, fixtureNames, removeCopies } from '../content-check/fixtures';
import { buildSite } from '../helpers/build';
import { outputRoot, root } from '../helpers/paths';
import { listFiles, readSiteFile } from '../helpers/site';

afterAll(removeCopies);

const quietLogger = { info: () => {}, warn: () => {} };
const fixtures = await fixtureNames();

describe('the build runs the same check as npm run check', () => {
	test('astro.config.mjs registers the check first and the sanitizing Markdown processor', () => {
		expect(config.integrations?.[0]).toMatchObject({ name: contentCheck().name });
		const processor = config.markdown?.processor as { name: string; options: { hastPlugins: unknown[]; features: { rawHtml?: boolean } } };
		expect(processor.name).toBe('satteri');
		expect(processor.options.hastPlugins).toContain(sanitizeHtmlPlugin);
		expect(processor.options.features.rawHtml).toBe(true);
	});

	test.each(fixtures)('fixture %s: the integration stops with exactly the problems of npm run check', async (name) => {
		const spec = await fixtureCase(name);
		const contentDir = await contentCopy(name);
		const expected = (await runContentCheck({ contentDir, publicDir: `${root}public`, cwd: root })).problems;
		const run = checkOrThrow(pathToFileURL(root), pathToFileURL(`${root}public/`), quietLogger, contentDir);
		if (spec.expect.length === 0) {
			expect((await run).problems).toEqual(expected);
		} else {
			const error = await run.then(
				() => undefined,
				(e: unknown) => e,
			);
			expect(error).toBeInstanceOf(ContentCheckError);
			expect((error as ContentCheckError).problems).toEqual(expected);
		}
	});
});

describe('real builds', () => {
	test('several mistakes: astro build fails before building anything and lists them all', async () => {
		const spec = await fixtureCase('several-mistakes');
		const contentDir = await contentCopy('several-mistakes');
		const outDir = `${outputRoot}content-check-build/several-mistakes/`;
		await rm(outDir, { recursive: true, force: true });
		const failure = await buildSite(outDir, { CONTENT_DIR: contentDir }).then(
			() => undefined,
			(e: { stdout?: string; stderr?: string }) => `${e.stdout ?? ''}${e.stderr ?? ''}`,
		);
		expect(failure, 'the build must fail').toBeDefined();
		expect(failure).toContain(`Content check: ${spec.expect.length} errors`);
		for (const e of spec.expect) {
			expect(failure).toContain(`content/${e.file}`);
			expect(failure).toContain(`· ${e.field}`);
		}
		// The check runs before Astro loads any collection, so its report is the first and only one.
		expect(failure).not.toContain('Syncing content');
		expect(existsSync(`${outDir}index.html`)).toBe(false);
	}, 300_000);

	test('HTML that could run code never reaches dist/, and the build says so', async () => {
		const contentDir = await contentCopy('raw-html');
		const outDir = `${outputRoot}content-check-build/raw-html/`;
		await rm(outDir, { recursive: true, force: true });
		const log = await buildSite(outDir, { CONTENT_DIR: contentDir });
		expect(log).toContain('HTML 이 지워집니다 / HTML will be removed');
		// No page, calendar file or anything else in dist/ carries the injected code.
		const files = await listFiles(outDir);
		expect(files).toContain('/sessions/keynote/index.html');
		for (const file of files.filter((f) => /\.(html|ics|xml|js|json|txt|css)$/.test(f))) {
			expect(await readSiteFile(file, outDir), file).not.toMatch(/xss-|evil\.example/);
		}
		for (const page of ['sessions/keynote/index.html', 'en/sessions/keynote/index.html']) {
			const html = await readFile(`${outDir}${page}`, 'utf8');
			expect(html, page).not.toMatch(/xss-|onerror|onclick|javascript:|<iframe|evil\.example|style="color/);
		}
		const korean = await readFile(`${outDir}sessions/keynote/index.html`, 'utf8');
		expect(korean).toContain('<b>기조연설</b>');
		expect(korean).toMatch(/<img src="\/favicon\.svg" alt="로고">/);
	}, 300_000);
});
