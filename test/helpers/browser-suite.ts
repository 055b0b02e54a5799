import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, serveSite } from './browser';
import { siteDir } from './paths';

/**
 * One browser and one server of the real build for a whole test file, started before its tests and
 * stopped after them. Read `.browser` and `.site` inside tests.
 */
export function useBrowserAndSite(dir = siteDir, base = '/'): { browser: Browser; site: Awaited<ReturnType<typeof serveSite>> } {
	const shared = {} as { browser: Browser; site: Awaited<ReturnType<typeof serveSite>> };
	beforeAll(async () => {
		[shared.browser, shared.site] = await Promise.all([launchBrowser(), serveSite(dir, base)]);
	});
	afterAll(async () => {
		await shared.browser?.close();
		await shared.site?.close();
	});
	return shared;
}
