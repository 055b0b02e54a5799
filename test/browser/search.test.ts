/**
 * Site search in Chromium against the real build: each language searches its own pages, every session
 * is found by a word of its title, and a Korean word written with a particle finds the pages that
 * write it with another ending (what Pagefind alone misses: docs/performance.md, "Search").
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { stripParticle } from '../../src/lib/search/korean';
import { useBrowserAndSite } from '../helpers/browser-suite';
import { sessionTitleWord } from '../helpers/page-types';
import { listPages, readSiteFile } from '../helpers/site';

const shared = useBrowserAndSite();
const files = await listPages();
const sessionIds = files.filter((f) => /^\/sessions\/[^/]+\/index\.html$/.test(f)).map((f) => f.split('/')[2]!);

/** The URLs the search page lists for a query typed into it. */
async function search(page: Page, prefix: string, query: string): Promise<string[]> {
	await page.goto(`${shared.site.origin}${prefix}/search/`);
	await page.getByRole('searchbox').fill(query);
	await page.getByRole('searchbox').press('Enter');
	await page.locator('[data-search-status]:not(:empty)').waitFor();
	return page.locator('[data-search-results] a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** The words of the searchable part (data-pagefind-body) of each Korean page. */
async function koreanWords(): Promise<Map<string, Set<string>>> {
	const words = new Map<string, Set<string>>();
	for (const file of files.filter((f) => !f.startsWith('/en/'))) {
		const html = await readSiteFile(file);
		const main = /<main[^>]*data-pagefind-body[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1];
		if (!main) continue;
		const text = main.replace(/<[^>]*data-pagefind-ignore[\s\S]*?<\/section>/g, ' ').replace(/<[^>]+>/g, ' ');
		words.set(file.replace(/index\.html$/, ''), new Set(text.split(/[^\uAC00-\uD7A3]+/).filter(Boolean)));
	}
	return words;
}

/**
 * Korean words written with a particle on one page ("기조연설을") whose bare form starts a word on another
 * page that never writes that exact form ("기조연설입니다"): the cases Pagefind's own matching misses.
 */
async function particleCases(): Promise<{ query: string; page: string }[]> {
	const words = await koreanWords();
	const cases: { query: string; page: string }[] = [];
	const seen = new Set<string>();
	for (const pageWords of words.values()) {
		for (const word of pageWords) {
			const stem = stripParticle(word);
			if (stem === word || stem.length < 3 || seen.has(word)) continue;
			const other = [...words].find(([, w]) => !w.has(word) && [...w].some((x) => x.startsWith(stem)));
			if (other) {
				seen.add(word);
				cases.push({ query: word, page: other[0] });
			}
		}
	}
	return cases.slice(0, 4);
}

describe.each(['', '/en'])('%s/search/', (prefix) => {
	test('finds every session by the longest word of its title, and only pages of its own language', async () => {
		const page = await shared.browser.newPage();
		try {
			for (const id of sessionIds) {
				const found = await search(page, prefix, sessionTitleWord(id, prefix ? 'en' : 'ko'));
				expect(found, id).toContain(`${prefix}/sessions/${id}/`);
				expect(
					found.every((url) => (prefix ? url.startsWith('/en/') : !url.startsWith('/en/'))),
					found.join(' '),
				).toBe(true);
			}
		} finally {
			await page.close();
		}
		// One search per session: allow for a machine busy with the other suites.
	}, 120_000);
});

/** A built page's searchable text without the lists of sessions beside its own (SessionNeighbours), tags removed. */
async function ownText(url: string): Promise<string> {
	const main = /<main[^>]*data-pagefind-body[^>]*>([\s\S]*)<\/main>/.exec(await readSiteFile(`${url}index.html`))?.[1] ?? '';
	return main.replace(/<section aria-labelledby="(same-time|up-next)"[\s\S]*?<\/section>/g, ' ').replace(/<[^>]+>/g, ' ');
}

test('a session is found on its own page, not on the pages that only list it beside their session', async () => {
	const page = await shared.browser.newPage();
	try {
		for (const id of sessionIds) {
			const word = sessionTitleWord(id, 'ko');
			const strays: string[] = [];
			for (const url of await search(page, '', word)) if (url.startsWith('/sessions/') && !(await ownText(url)).includes(word)) strays.push(url);
			expect(strays, `"${word}" (${id})`).toEqual([]);
		}
	} finally {
		await page.close();
	}
}, 120_000);

test('a Korean word with a particle finds the pages that write it with another ending', async () => {
	const cases = await particleCases();
	expect(cases.length, 'the content has Korean words with particles to try').toBeGreaterThan(0);
	const page = await shared.browser.newPage();
	try {
		for (const { query, page: expected } of cases) expect(await search(page, '', query), `${query} → ${expected}`).toContain(expected);
	} finally {
		await page.close();
	}
});

test('without JavaScript the page says so and links the agenda', async () => {
	const context = await shared.browser.newContext({ javaScriptEnabled: false });
	try {
		const page = await context.newPage();
		await page.goto(`${shared.site.origin}/en/search/`);
		const notice = page.locator('main p:has(> a[href="/en/agenda/"])');
		await expect(notice.isVisible()).resolves.toBe(true);
		await expect(notice.textContent()).resolves.toMatch(/JavaScript/);
	} finally {
		await context.close();
	}
});
