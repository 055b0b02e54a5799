/**
 * Builds the search index with Pagefind's Node API once Astro has written the pages: Pagefind reads the
 * built pages (only the parts marked data-pagefind-body: sessions, speakers, tracks, results) and writes
 * one index per <html lang> to dist/pagefind/. The search page loads it (src/scripts/search.ts).
 *
 * Pagefind runs in a process of its own, so the index is started as soon as the pages are generated
 * (`astro:build:generated`) and only waited for at `astro:build:done`: meanwhile this process copies the preview
 * images and cuts the web font (whose file name it then writes into each page's head in place, over a placeholder of the
 * same length: nothing Pagefind reads moves or changes).
 */
import type { AstroIntegration } from 'astro';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Where the index goes under the built site; the search page loads `${base}pagefind/pagefind.js`. */
export const SEARCH_INDEX_DIR = 'pagefind';

/** Indexes a built site into its pagefind/ folder; the number of pages indexed, or an error saying what failed. */
async function indexSite(site: string): Promise<number> {
	try {
		const { index, errors } = await pagefind.createIndex({});
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		const added = await index.addDirectory({ path: site });
		if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
		if (added.page_count === 0) throw new Error('Pagefind found no page marked data-pagefind-body to index.');
		const written = await index.writeFiles({ outputPath: join(site, SEARCH_INDEX_DIR) });
		if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
		// Pagefind also writes its ready-made UIs (≈ 400 KB of JS and CSS); the search page uses its own few lines.
		const output = join(site, SEARCH_INDEX_DIR);
		for (const file of await readdir(output)) if (/^pagefind-(.*ui\.(js|css)|highlight\.js)$/.test(file)) await rm(join(output, file));
		return added.page_count;
	} finally {
		await pagefind.close();
	}
}

/** The Astro integration: starts indexing dist/ when the pages are written, and fails the build on any indexing error. */
export function searchIndex(): AstroIntegration {
	let indexing: Promise<number> | undefined;
	return {
		name: 'techday-search-index',
		hooks: {
			'astro:build:generated': ({ dir }) => {
				indexing = indexSite(fileURLToPath(dir));
				// Awaited at astro:build:done; until then a failure must not count as unhandled.
				indexing.catch(() => {});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const pages = await (indexing ?? indexSite(fileURLToPath(dir)));
				indexing = undefined;
				logger.info(`search index: ${pages} pages`);
			},
		},
	};
}
