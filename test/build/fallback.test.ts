import { cp, rm } from 'node:fs/promises';
import { beforeAll, expect, test } from 'vitest';
import { buildSite } from '../helpers/build';
import { outputRoot, programmeDir } from '../helpers/paths';
import { readSiteFile } from '../helpers/site';

const contentDir = `${outputRoot}fallback-content/`;
const outDir = `${outputRoot}fallback-site/`;

// The English words of one session and one track are missing: their English pages must still
// exist, in Korean, with a visible note — never a missing page.
beforeAll(async () => {
	await rm(contentDir, { recursive: true, force: true });
	await cp(`${programmeDir}/`, contentDir, { recursive: true });
	await rm(`${contentDir}en/sessions/keynote.md`);
	await rm(`${contentDir}en/tracks/kakao.md`);
	await buildSite(outDir, { CONTENT_DIR: contentDir });
}, 300_000);

test.each([
	['/en/sessions/keynote/', 'AI 시대, 인류가 갖춰야 할 능력이란 무엇인가'],
	['/en/tracks/kakao/', '카카오 API·KoGPT 웹서비스 과정'],
])('%s falls back to Korean with a visible note', async (url, koreanTitle) => {
	const html = await readSiteFile(`${url}index.html`, outDir);
	expect(html).toContain('This text has not been translated yet, so it is shown in Korean.');
	expect(html).toMatch(new RegExp(`<h1[^>]*lang="ko-KR"[^>]*>\\s*${koreanTitle}`));
	// Interface words and facts stay English.
	expect(html).toContain('<html lang="en-GB"');
	expect(html).toContain('Korean Standard Time');
});

test('translated pages carry no fallback note', async () => {
	const html = await readSiteFile('/en/sessions/global-ai-trends/index.html', outDir);
	expect(html).not.toContain('has not been translated yet');
});

test('Korean words standing in on English pages are marked as Korean wherever they appear', async () => {
	const html = await readSiteFile('/en/agenda/index.html', outDir);
	const chips = html.match(/<[^>]+>\s*카카오\s*</g) ?? [];
	expect(chips.length).toBeGreaterThan(0);
	for (const chip of chips) expect(chip).toContain('lang="ko-KR"');
});
