/**
 * Byte budgets of the real event's build, compressed as a host would serve them (brotli, quality 11):
 * every HTML page fits the first network round trip (14 KB), all CSS together stays under 10 KB,
 * and the build log has no warnings.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { beforeAll, expect, test } from 'vitest';
import { budgets } from '../../bench/budgets';
import { outputRoot, siteDir } from '../helpers/paths';
import { listFiles } from '../helpers/site';

const htmlBudget = budgets.htmlBrotli;
const cssBudget = budgets.cssBrotli;

const brotli = (bytes: Buffer) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

let sizes: { file: string; raw: number; br: number }[];
beforeAll(async () => {
	const files = (await listFiles()).filter((f) => /\.(html|css)$/.test(f));
	sizes = await Promise.all(
		files.map(async (file) => {
			const bytes = await readFile(join(siteDir, file));
			return { file, raw: bytes.length, br: brotli(bytes) };
		}),
	);
});

test(`every HTML page is at most ${kb(htmlBudget)} with brotli`, () => {
	const pages = sizes.filter((s) => s.file.endsWith('.html'));
	expect(pages.length).toBeGreaterThan(10);
	const largest = pages.reduce((m, s) => (s.br > m.br ? s : m));
	const over = pages.filter((s) => s.br > htmlBudget).map((s) => `${s.file}: ${kb(s.br)} brotli (${kb(s.raw)} raw)`);
	expect(over, `pages over ${kb(htmlBudget)}; largest is ${largest.file} at ${kb(largest.br)}`).toEqual([]);
});

test(`all CSS together is at most ${kb(cssBudget)} with brotli`, () => {
	const css = sizes.filter((s) => s.file.endsWith('.css'));
	expect(css.length).toBeGreaterThan(0);
	const total = css.reduce((sum, s) => sum + s.br, 0);
	expect(total, css.map((s) => `${s.file}: ${kb(s.br)}`).join(', ')).toBeLessThanOrEqual(cssBudget);
});

test('the build log has no warnings', async () => {
	const log = await readFile(`${outputRoot}site-build.log`, 'utf8');
	expect(log).toMatch(/page\(s\) built/);
	const warnings = log.split('\n').filter((line) => /\[warn\]|\bwarn(ing)?s?\b|\(!\)|deprecat/i.test(line));
	expect(warnings).toEqual([]);
});
