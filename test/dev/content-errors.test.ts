/**
 * `npm run dev` shows content errors in the browser with the same report as `npm run check`
 * (file, line, field, message), and an open page turns back into the site by itself once the
 * file is fixed. Runs the real dev server on a copy of the frozen programme, and Chromium.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { contentCopy, removeCopies, runCheckCli } from '../content-check/fixtures';
import { launchBrowser } from '../helpers/browser';
import { withBuildLock } from '../helpers/build';
import { startDev } from '../helpers/dev-server';
import { get } from '../helpers/nginx';
import { root } from '../helpers/paths';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await removeCopies();
});

/**
 * The report the open page shows, once it shows the given words. writeFile empties a file before it writes it, so the
 * dev server may first see the file empty and show that report for a moment (on a busy machine, long enough to read).
 */
async function reportShowing(page: Page, words: RegExp): Promise<string> {
	const until = Date.now() + 120_000;
	let shown = '';
	while (Date.now() < until) {
		// The page may be reloading: a read that fails is tried again.
		shown =
			(await page
				.locator('pre')
				.first()
				.textContent({ timeout: 5_000 })
				.catch(() => null)) ?? shown;
		if (words.test(shown)) return shown;
		await new Promise((r) => setTimeout(r, 500));
	}
	throw new Error(`The page never showed ${words}; it last showed:\n${shown}`);
}

test('a bad time and broken YAML show in the open page with npm run check’s report; fixing them brings the page back', async () => {
	await withBuildLock(async () => {
		const dir = await contentCopy(undefined, 'dev');
		const keynote = `${dir}/sessions/keynote.md`;
		const good = await readFile(keynote, 'utf8');
		const dev = await startDev(dir);
		const page = await browser.newPage();
		try {
			let navigations = 0;
			let connected = false;
			page.on('framenavigated', () => {
				navigations++;
				connected = false;
			});
			page.on('console', (m) => {
				if (m.text().includes('[vite] connected')) connected = true;
			});
			await page.goto(`${dev.origin}/agenda/`);
			// Vite may reload the page once after optimizing dependencies: wait until it is connected and stays put.
			for (let seen = -1; seen !== navigations || !connected;) {
				seen = navigations;
				await new Promise((r) => setTimeout(r, 1500));
			}
			const siteTitle = await page.title();
			expect(await page.locator('h1').first().textContent()).not.toMatch(/The content has errors/);

			// A time that is not a time: the open page reloads into the report, file and line included.
			await writeFile(keynote, good.replace(/^start: .*$/m, 'start: "25:00"'));
			await page.waitForSelector('text=The content has errors', { timeout: 120_000 });
			const line = good.split('\n').findIndex((l) => l.startsWith('start:')) + 1;
			const shown = await reportShowing(page, new RegExp(`start \\(${line}행 / line ${line}\\)`));
			const cli = await runCheckCli(dir);
			expect(cli.code).toBe(1);
			expect(shown).toContain(`${relative(root, dir)}/sessions/keynote.md`);
			// The same words as the terminal report.
			for (const l of shown.split('\n').filter((x) => x.includes('·') || x.includes('found:'))) expect(cli.output).toContain(l);
			// A new tab sees it too, with an error status.
			expect((await get(dev.origin, '/sessions/keynote/', { accept: 'text/html' })).status).toBe(500);

			// Fixed: the page becomes the site again without anyone reloading it.
			await writeFile(keynote, good);
			await page.waitForFunction((title) => document.title === title, siteTitle, { timeout: 120_000 });

			// Broken YAML in the event file: the same, then back again.
			const eventFile = `${dir}/event.yaml`;
			const event = await readFile(eventFile, 'utf8');
			await writeFile(eventFile, `${event}title: [oops\n`);
			await page.waitForSelector('text=The content has errors', { timeout: 120_000 });
			await reportShowing(page, /event\.yaml[\s\S]*YAML syntax error/);
			await writeFile(eventFile, event);
			await page.waitForFunction((title) => document.title === title, siteTitle, { timeout: 120_000 });
		} catch (error) {
			throw new Error(`${String(error)}\n--- astro dev said:\n${dev.log()}`);
		} finally {
			await page.close();
			await dev.stop();
		}
	});
	// Most of it can be waiting for the lock while another test file builds a site on a busy machine.
}, 900_000);
