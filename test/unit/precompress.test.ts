import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { precompressDir, servedOften } from '../../src/integrations/precompress';
import { switchedOn } from '../../src/lib/settings';

describe('servedOften', () => {
	test.each([
		['_astro/BaseLayout.DIPf7tQU.css', true],
		['_astro/pretendard-gov.e6a8a66509.woff2', true],
		['index.html', true],
		['schedule.ics', true],
		['sw.js', true],
		['agenda/index.html', true],
		['en/index.html', true],
		['en/agenda/index.html', true],
		['en/schedule.ics', true],
		['sessions/keynote/index.html', false],
		['en/sessions/keynote/index.html', false],
		['sessions/keynote.ics', false],
		['en/tracks/aws.ics', false],
		['pagefind/pagefind-entry.json', false],
	])('%s → %s', (path, often) => expect(servedOften(path)).toBe(often));
});

test('PRECOMPRESS=1 or true asks for the copies; anything else does not', () => {
	expect(switchedOn('1')).toBe(true);
	expect(switchedOn('true')).toBe(true);
	expect(switchedOn(undefined)).toBe(false);
	expect(switchedOn('0')).toBe(false);
});

describe('precompressDir', () => {
	let dir: string;
	// Text that compresses better at quality 11 than at 5, so the level each file got shows in its size.
	const page = Array.from({ length: 400 }, (_, i) => `<li><a href="/sessions/s${i * 7919}/">세션 ${i} session title ${(i * 31) % 97}</a></li>`).join('\n');
	const files = { 'agenda/index.html': page, 'sessions/a/index.html': page, 'favicon.png': 'not text' };
	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'precompress-'));
		for (const [path, text] of Object.entries(files)) {
			await mkdir(dirname(join(dir, path)), { recursive: true });
			await writeFile(join(dir, path), text);
		}
	});
	afterAll(() => rm(dir, { recursive: true, force: true }));

	test('writes .br and .gz beside each text file, the section page at quality 11 and the long tail faster', async () => {
		expect(await precompressDir(dir)).toEqual({ often: 1, tail: 1 });
		for (const path of ['agenda/index.html', 'sessions/a/index.html']) {
			expect(brotliDecompressSync(await readFile(join(dir, `${path}.br`))).toString()).toBe(page);
			expect(gunzipSync(await readFile(join(dir, `${path}.gz`))).toString()).toBe(page);
		}
		const q11 = brotliCompressSync(page, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
		expect((await readFile(join(dir, 'agenda/index.html.br'))).length).toBe(q11);
		expect((await readFile(join(dir, 'sessions/a/index.html.br'))).length).toBeGreaterThan(q11);
		expect(await readdir(dir)).not.toContain('favicon.png.br');
	});
});
