/**
 * Generates the service worker at `astro:build:done`, after the search index is written: lists the files to
 * install with a content revision (the MD5 of the file, as Workbox's own build tool gives it), at most 5 MB
 * for any event, chosen by src/lib/offline/precache.ts (the whole site when it fits), and bundles
 * src/service-worker/sw.ts with esbuild, the list in place of `self.__WB_MANIFEST` (dist/sw.js). The worker
 * itself is Workbox; workbox-build is not used, because listing a folder with hashes is all it did here and it
 * installs 300 packages (130 MB). Registered by the pages that already ship scripts (src/scripts/offline.ts);
 * content pages keep 0 B of JavaScript.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { boundPrecache, PRECACHE_BUDGET, type GroupSummary } from '../lib/offline/precache';

/** The worker's file name under the site's base; its scope is the whole site. */
export const SERVICE_WORKER_FILE = 'sw.js';

/** What the worker may install (within the budget): pages, calendar files, feeds, stylesheets, scripts, images, the web font and the search index. */
const INSTALLABLE = /\.(html|css|js|ics|json|xml|svg|png|jpg|jpeg|webp|avif|woff2)$|^pagefind\/.*[^/]$/;
/**
 * What it leaves out: the worker itself, source maps, compressed copies, link-preview cards (og/: for chat apps and
 * search engines, never shown on the site's pages) and the photos astro:assets writes to _astro/ (every width and
 * format of every photo of the day, speaker photo and logo, and each original file): installing them all would
 * make the first visit download megabytes of pictures nobody asked for. The worker keeps each one it is asked for
 * (CacheFirst on /_astro/, src/service-worker/sw.ts).
 */
const LEFT_OUT = /^sw\.js$|\.(map|br|gz)$|^og\/|^_astro\/.*\.(png|jpg|jpeg|webp|avif|gif|tiff)$/;

/** Whether a built file (its path from the site's root, "/"-separated) may be installed. */
export const installable = (path: string) => INSTALLABLE.test(path) && !LEFT_OUT.test(path);

/** One installed file: its URL relative to the worker and the revision that makes a changed file download again. */
export interface PrecacheEntry {
	url: string;
	revision: string;
}

/** "essential 24 files 1200 KB, search 3200 files 9000 KB (cached when visited), …" */
const summary = (groups: GroupSummary[]) =>
	groups.map((g) => `${g.group} ${g.files} files ${Math.round(g.bytes / 1024)} KB${g.installed ? '' : ' (cached when visited)'}`).join(', ');

/** The install list of a built site in dir, in path order, bounded by the budget; with its size and the groups chosen. */
export async function precacheManifest(dir: string): Promise<{ entries: PrecacheEntry[]; count: number; size: number; groups: GroupSummary[] }> {
	const paths = (await readdir(dir, { recursive: true, withFileTypes: true }))
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
		.filter(installable)
		.sort();
	// Sizes decide what is installed; only those files are read for their revision (a large event installs 18 of 8,000).
	const files = await Promise.all(paths.map(async (url) => ({ url, size: (await stat(join(dir, url))).size })));
	const { kept, groups } = boundPrecache(files);
	const entries = await Promise.all(
		kept.map(async ({ url }) => ({
			url,
			revision: createHash('md5')
				.update(await readFile(join(dir, url)))
				.digest('hex'),
		})),
	);
	return { entries, count: kept.length, size: kept.reduce((sum, f) => sum + f.size, 0), groups };
}

/** The Astro integration: writes dist/sw.js with the precache manifest of the finished build. */
export function serviceWorker(): AstroIntegration {
	let root: URL;
	return {
		name: 'techday-service-worker',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = config.root;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const { entries, count, size, groups } = await precacheManifest(site);
				await build({
					entryPoints: [fileURLToPath(new URL('src/service-worker/sw.ts', root))],
					bundle: true,
					format: 'iife',
					minify: true,
					target: 'es2020',
					outfile: join(site, SERVICE_WORKER_FILE),
					define: {
						// Workbox logs only in development builds.
						'process.env.NODE_ENV': '"production"',
						'self.__WB_MANIFEST': JSON.stringify(entries),
					},
					logLevel: 'warning',
				});
				const message = `service worker: ${count} files to install (${Math.round(size / 1024)} KB): ${summary(groups)}`;
				// Only the essential files can pass the budget (an agenda page far over its own byte budget): the build goes on.
				if (size > PRECACHE_BUDGET) logger.warn(`${message}; over the ${PRECACHE_BUDGET / 1024 ** 2} MB install budget`);
				else logger.info(message);
			},
		},
	};
}
