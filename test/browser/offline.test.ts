/**
 * Offline at the venue, in Chromium: after one visit to the agenda the service worker has installed the
 * site, so with the network gone a session page never visited, my agenda with two picks, the venue page
 * (both languages) and the calendar file still open. Then the programme is rebuilt with a changed title
 * and the network comes back: the next load shows the new title, not the installed copy.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { buildSite } from '../helpers/build';
import { outputRoot, root, siteDir } from '../helpers/paths';
import { listPages, readSiteFile } from '../helpers/site';

/** A static server whose site can be swapped for a rebuilt one, or taken down (every connection dropped). */
function switchableServer() {
	const state = { dir: siteDir, down: false };
	const handlers = new Map<string, ReturnType<typeof sirv>>();
	const server: Server = createServer((req, res) => {
		if (state.down) return void req.socket.destroy();
		const files = handlers.get(state.dir) ?? handlers.set(state.dir, sirv(state.dir, { dev: true, etag: false, extensions: ['html'] })).get(state.dir)!;
		files(req, res, () => {
			res.statusCode = 404;
			res.end('not found');
		});
	});
	return { state, server };
}

const { state, server } = switchableServer();
let origin = '';
let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	browser = await launchBrowser();
	context = await browser.newContext({ timezoneId: 'Asia/Seoul' });
	page = await context.newPage();
});
afterAll(async () => {
	await browser?.close();
	await new Promise((resolve) => server.close(resolve));
});

const sessionIds = (await listPages()).filter((f) => /^\/sessions\/[^/]+\/index\.html$/.test(f)).map((f) => f.split('/')[2]!);
/** The text of a built page's <h1>, tags removed. */
const builtH1 = async (path: string, dir = siteDir) =>
	(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(await readSiteFile(`${path}index.html`, dir))?.[1] ?? '').replace(/<[^>]+>/g, '').trim();
const shownH1 = async () => (await page.locator('h1').first().textContent())?.trim();
/** A session never opened in this browser: the agenda links to it, but no test visits it before going offline. */
const unvisited = sessionIds.at(-1)!;

describe('after one visit to the agenda', () => {
	let picks: string[] = [];

	test('the agenda registers the service worker, which installs the site', async () => {
		const problems: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
		});
		await page.goto(`${origin}/agenda/`);
		picks = (await page.locator('button[data-star]').evaluateAll((stars) => stars.map((s) => (s as HTMLElement).dataset.star ?? ''))).slice(0, 2);
		expect(picks).toHaveLength(2);
		for (const id of picks) await page.locator(`button[data-star="${id}"]`).first().click();
		// ready: installed (every file in the precache) and active; then it takes over this page.
		await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
		const cached = await page.evaluate(async () =>
			(await Promise.all((await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).length))).reduce((a, b) => a + b, 0),
		);
		expect(cached, 'files installed').toBeGreaterThan(sessionIds.length * 2);
		// No CSP violation (worker-src falls back to script-src 'self') and no failed install.
		expect(problems).toEqual([]);
	});

	describe('with the network gone', () => {
		beforeAll(async () => {
			state.down = true;
			await context.setOffline(true);
		});

		test.each(['', '/en'])('%s: a session page never visited opens', async (prefix) => {
			const path = `${prefix}/sessions/${unvisited}/`;
			const response = await page.goto(`${origin}${path}`);
			expect(response?.ok(), path).toBe(true);
			expect(await shownH1()).toBe(await builtH1(path));
		});

		test('my agenda lists the two picks', async () => {
			await page.goto(`${origin}/my/`);
			await page.waitForFunction(() => document.querySelectorAll('[data-my-item]:not([hidden])').length === 2);
			const listed = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-my-item]:not([hidden])')].map((li) => li.dataset.myItem));
			expect(listed.sort()).toEqual([...picks].sort());
		});

		test.each(['', '/en'])('%s: the venue page opens', async (prefix) => {
			const response = await page.goto(`${origin}${prefix}/venue/`);
			expect(response?.ok()).toBe(true);
			expect(await shownH1()).toBe(await builtH1(`${prefix}/venue/`));
		});

		test('the calendar file and the feeds load', async () => {
			const bodies = await page.evaluate(() => Promise.all(['/schedule.ics', '/en/schedule.json', '/schedule.xml'].map((u) => fetch(u).then((r) => r.text()))));
			expect(bodies[0]).toMatch(/^BEGIN:VCALENDAR\r\n/);
			expect(bodies[0]).toBe(await readSiteFile('/schedule.ics'));
			expect(JSON.parse(bodies[1]!).schedule.conference.acronym).toBeTruthy();
			expect(bodies[2]).toMatch(/^<\?xml/);
		});
	});

	test('after a rebuild with a changed title, the next load online shows the new title', async () => {
		const work = await mkdtemp(join(tmpdir(), 'offline-content-'));
		try {
			const content = join(work, 'content');
			await cp(`${root}content`, content, { recursive: true });
			const file = join(content, 'sessions', `${unvisited}.md`);
			const changed = `새 제목 ${unvisited}`;
			await writeFile(file, (await readFile(file, 'utf8')).replace(/^title:.*$/m, `title: "${changed}"`));
			const rebuilt = `${outputRoot}offline-site/`;
			await buildSite(rebuilt, { CONTENT_DIR: content });
			expect(await builtH1(`/sessions/${unvisited}/`, rebuilt)).toBe(changed);

			state.dir = rebuilt;
			state.down = false;
			await context.setOffline(false);
			await page.goto(`${origin}/sessions/${unvisited}/`);
			expect(await shownH1()).toBe(changed);
		} finally {
			await rm(work, { recursive: true, force: true });
		}
	}, 240_000);
});
