/**
 * Every built page passes html-validate with the project's config (.htmlvalidate.mjs: the recommended preset and
 * the site's own rule that nothing sits outside <html>).
 */
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { beforeAll, expect, test } from 'vitest';
import config, { disabledRules } from '../../.htmlvalidate.mjs';
import { dayDirs } from '../helpers/after-day';
import { siteDir } from '../helpers/paths';
import { listPages, readSiteFile } from '../helpers/site';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const describe = (page: string, m: Message) => `${page}:${m.line}:${m.column} [${m.ruleId}] ${m.message}`;

let pages: string[];
beforeAll(async () => {
	pages = await listPages();
});

test('the config extends the recommended preset and gives a reason for every rule it turns off', () => {
	expect(config.extends).toEqual(['html-validate:recommended']);
	const off = Object.entries(config.rules)
		.filter(([, level]) => level === 'off')
		.map(([rule]) => rule);
	expect(off.sort()).toEqual(Object.keys(disabledRules).sort());
	for (const [rule, reason] of Object.entries(disabledRules)) expect(reason.length, `reason for ${rule}`).toBeGreaterThan(40);
});

test('the config still catches invalid HTML', async () => {
	const report = await validator.validateString(
		'<!doctype html><html lang="en"><head><title>x</title></head><body><p id="a">one</p><p id="a">two<div></div></body></html>',
		join(siteDir, 'probe.html'),
	);
	expect(report.valid).toBe(false);
	expect(report.results.flatMap((r) => r.messages.map((m) => m.ruleId))).toContain('no-dup-id');
});

test.each([
	['a script after </html>', '', '<script type="module" src="/a.js"></script>', 'techday/no-content-outside-html', '<script> is outside <html>'],
	['words after </html>', '', 'stray', 'techday/no-content-outside-html', '"stray" is outside <html>'],
	['an empty hidden link for a script to fill', '<a href="#main" hidden></a>', '', 'techday/no-empty-hidden-link', 'empty <a hidden>'],
])('the config catches %s, which the preset lets through', async (_case, inMain, afterHtml, rule, message) => {
	const page = (main: string, after: string) =>
		`<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><main>a${main}</main></body></html>${after}\n`;
	const report = await validator.validateString(page(inMain, afterHtml), join(siteDir, 'probe.html'));
	const messages = report.results.flatMap((r) => r.messages);
	expect(messages.map((m) => m.ruleId)).toEqual([rule]);
	expect(messages[0]?.message).toContain(message);
	expect((await validator.validateString(page('', ''), join(siteDir, 'probe.html'))).valid).toBe(true);
});

test('every built page is valid HTML', async () => {
	expect(pages.length).toBeGreaterThan(10);
	const problems: string[] = [];
	for (const page of pages) {
		const report = await validator.validateFile(join(siteDir, page));
		for (const result of report.results) problems.push(...result.messages.map((m) => describe(page, m)));
	}
	expect(problems).toEqual([]);
});

test('every page of the after-the-day build, with a speaker photo and logos (astro:assets), is valid HTML', async () => {
	const dir = dayDirs('after').site;
	const problems: string[] = [];
	for (const page of await listPages(dir)) {
		const report = await validator.validateFile(join(dir, page));
		for (const result of report.results) problems.push(...result.messages.map((m) => describe(page, m)));
	}
	expect(problems).toEqual([]);
});

test('no developer comment reaches a page: comments in components stay in their frontmatter', async () => {
	const commented: string[] = [];
	for (const page of pages) if ((await readSiteFile(page)).includes('<!--')) commented.push(page);
	expect(commented).toEqual([]);
});
