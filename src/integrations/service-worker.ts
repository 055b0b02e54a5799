/**
 * Generates the service worker at `astro:build:done`, after the search index is written: bundles
 * src/service-worker/sw.ts with esbuild and lets workbox-build's injectManifest list the files to install
 * with a content revision (dist/sw.js): at most 5 MB for any event, chosen by src/lib/offline/precache.ts
 * (the whole site when it fits). Registered by the pages that already ship scripts (src/scripts/offline.ts);
 * content pages keep 0 B of JavaScript.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getManifest, injectManifest, type ManifestTransform } from 'workbox-build';
import { boundPrecache, PRECACHE_BUDGET, type GroupSummary } from '../lib/offline/precache';

/** The worker's file name under the site's base; its scope is the whole site. */
export const SERVICE_WORKER_FILE = 'sw.js';

/** What the worker may install (within the budget): pages, calendar files, feeds, stylesheets, scripts, images, the web font and the search index. */
export const PRECACHE_PATTERNS = ['**/*.{html,css,js,ics,json,xml,svg,png,jpg,jpeg,webp,avif,woff2}', 'pagefind/**/*'];
/**
 * What it leaves out: link-preview cards (og/: for chat apps and search engines, never shown on the site's pages)
 * and the photos astro:assets writes to _astro/ (every width and format of every photo of the day, speaker photo
 * and logo, and each original file): installing them all would make the first visit download megabytes of
 * pictures nobody asked for. The worker keeps each one it is asked for (CacheFirst on /_astro/, src/service-worker/sw.ts).
 */
export const PRECACHE_IGNORES = [SERVICE_WORKER_FILE, '**/*.map', 'og/**', '_astro/**/*.{png,jpg,jpeg,webp,avif,gif,tiff}'];

/** The install list's options for a built site in dir: the patterns above, bounded by the budget; `groups` is filled with what was chosen. */
export function precacheOptions(dir: string, groups: GroupSummary[] = []) {
	const bound: ManifestTransform = async (entries) => {
		const { kept, groups: chosen } = boundPrecache(entries);
		groups.push(...chosen);
		return { manifest: kept };
	};
	return { globDirectory: dir, globPatterns: PRECACHE_PATTERNS, globIgnores: PRECACHE_IGNORES, manifestTransforms: [bound] };
}

/** "essential 24 files 1200 KB, search 3200 files 9000 KB (cached when visited), …" */
const summary = (groups: GroupSummary[]) =>
	groups.map((g) => `${g.group} ${g.files} files ${Math.round(g.bytes / 1024)} KB${g.installed ? '' : ' (cached when visited)'}`).join(', ');

/** The install list of a built site (what dist/sw.js gets), without writing anything. */
export async function precacheManifest(dir: string) {
	const groups: GroupSummary[] = [];
	const { manifestEntries, count, size, warnings } = await getManifest(precacheOptions(dir, groups));
	return { entries: manifestEntries ?? [], count, size, warnings, groups };
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
				const work = await mkdtemp(join(tmpdir(), 'techday-sw-'));
				try {
					const swSrc = join(work, SERVICE_WORKER_FILE);
					await build({
						entryPoints: [fileURLToPath(new URL('src/service-worker/sw.ts', root))],
						bundle: true,
						format: 'iife',
						minify: true,
						target: 'es2020',
						outfile: swSrc,
						// Workbox logs only in development builds.
						define: { 'process.env.NODE_ENV': '"production"' },
						logLevel: 'warning',
					});
					const groups: GroupSummary[] = [];
					const { count, size, warnings } = await injectManifest({ swSrc, swDest: join(site, SERVICE_WORKER_FILE), ...precacheOptions(site, groups) });
					if (warnings.length > 0) throw new Error(`workbox-build: ${warnings.join('; ')}`);
					const message = `service worker: ${count} files to install (${Math.round(size / 1024)} KB): ${summary(groups)}`;
					// Only the essential files can pass the budget (an agenda page far over its own byte budget): the build goes on.
					if (size > PRECACHE_BUDGET) logger.warn(`${message}; over the ${PRECACHE_BUDGET / 1024 ** 2} MB install budget`);
					else logger.info(message);
				} finally {
					await rm(work, { recursive: true, force: true });
				}
			},
		},
	};
}
