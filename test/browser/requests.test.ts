/**
 * Loads every page type in Chromium with the site's CSP and _headers in force and records every request:
 * the site must ask nothing of any other origin (no analytics, font CDN or map embed), load
 * nothing that fails, and trip no CSP violation or script error.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { useBrowserAndSite } from '../helpers/browser-suite';
import { headersFor } from '../helpers/headers';
import { builtFile, sampleReady, samplePages, sampleUrl } from '../helpers/page-types';

const shared = useBrowserAndSite();

describe.each([390, 1280])('%i px', (width) => {
	let context: BrowserContext;
	beforeAll(async () => {
		context = await shared.browser.newContext({ viewport: { width, height: 900 }, serviceWorkers: 'block' });
		// Serve with the headers of public/_headers (CSP frame-ancestors, Permissions-Policy, …) as a host would;
		// routing also turns off the cache, so every subresource is requested and seen. Other origins are never contacted.
		await context.route('**/*', async (route) => {
			const url = new URL(route.request().url());
			if (url.origin !== shared.site.origin) return route.abort();
			// A loaded machine can drop a local connection now and then: ask once more before failing the page.
			const response = await route.fetch().catch(() => route.fetch());
			await route.fulfill({ response, headers: { ...response.headers(), ...headersFor(url.pathname) } });
		});
	});
	afterAll(() => context?.close());

	// Pages load in parallel: most of each test is waiting for the network to fall quiet.
	test.concurrent.for(samplePages())('$lang $type $path asks only its own origin and loads cleanly', async (sample, { expect }) => {
		builtFile(sample);
		const page = await context.newPage();
		const requests: string[] = [];
		const failed: string[] = [];
		const problems: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		page.on('requestfailed', (r) => failed.push(`${r.url()}: ${r.failure()?.errorText}`));
		page.on('response', (r) => {
			if (r.status() >= 400) failed.push(`${r.url()}: HTTP ${r.status()}`);
		});
		// CSP violations and script errors are reported on the console.
		page.on('console', (m) => {
			// This context blocks service workers (so every request reaches the route above); Playwright says so on the console.
			if (m.text() === 'Service Worker registration blocked by Playwright') return;
			if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
		});
		page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
		try {
			const response = await page.goto(`${shared.site.origin}${sampleUrl(sample)}`, { waitUntil: 'load' });
			expect(response?.status(), 'page served').toBe(200);
			await sampleReady(page, sample);
			// Reach the end of the page so lazy images and anything shown late are requested too.
			await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
			await page.waitForLoadState('networkidle');
			expect(requests.length, 'requests recorded').toBeGreaterThan(0);
			expect(
				requests.filter((u) => new URL(u).origin !== shared.site.origin && !u.startsWith('data:')),
				'requests to other origins',
			).toEqual([]);
			expect(failed, 'failed requests').toEqual([]);
			expect(problems, 'console errors, warnings and CSP violations').toEqual([]);
		} finally {
			await page.close();
		}
	});
});
