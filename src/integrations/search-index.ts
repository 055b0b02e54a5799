/**
 * Builds the search index with Pagefind's Node API once Astro has written the site: Pagefind reads the
 * built pages (only the parts marked data-pagefind-body: sessions, speakers, tracks, results) and writes
 * one index per <html lang> to dist/pagefind/. The search page loads it (src/scripts/search.ts).
 */
import type { AstroIntegration } from 'astro';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Where the index goes under the built site; the search page loads `${base}pagefind/pagefind.js`. */
export const SEARCH_INDEX_DIR = 'pagefind';

/** The Astro integration: indexes dist/ at `astro:build:done`, and fails the build on any indexing error. */
export function searchIndex(): AstroIntegration {
	return {
		name: 'techday-search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
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
					logger.info(`search index: ${added.page_count} pages`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
