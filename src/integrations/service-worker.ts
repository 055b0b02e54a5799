/**
 * Generates the service worker at `astro:build:done`, after the search index is written: bundles
 * src/service-worker/sw.ts with esbuild and lets workbox-build's injectManifest list every file to
 * install with a content revision (dist/sw.js). Registered by the pages that already ship scripts
 * (src/scripts/offline.ts); content pages keep 0 B of JavaScript.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { injectManifest } from 'workbox-build';

/** The worker's file name under the site's base; its scope is the whole site. */
const SERVICE_WORKER_FILE = 'sw.js';

/** What the worker installs: every page, calendar file, feed, stylesheet, script, image, the web font and the search index. */
const PRECACHE_PATTERNS = ['**/*.{html,css,js,ics,json,xml,svg,png,jpg,jpeg,webp,avif,woff2}', 'pagefind/**/*'];
/**
 * What it leaves out: link-preview cards (og/: for chat apps and search engines, never shown on the site's pages)
 * and the photos astro:assets writes to _astro/ (every width and format of every photo of the day, speaker photo
 * and logo, and each original file): installing them all would make the first visit download megabytes of
 * pictures nobody asked for. The worker keeps each one it is asked for (CacheFirst on /_astro/, src/service-worker/sw.ts).
 */
const PRECACHE_IGNORES = [SERVICE_WORKER_FILE, '**/*.map', 'og/**', '_astro/**/*.{png,jpg,jpeg,webp,avif,gif,tiff}'];

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
					const { count, size, warnings } = await injectManifest({
						swSrc,
						swDest: join(site, SERVICE_WORKER_FILE),
						globDirectory: site,
						globPatterns: PRECACHE_PATTERNS,
						globIgnores: PRECACHE_IGNORES,
					});
					if (warnings.length > 0) throw new Error(`workbox-build: ${warnings.join('; ')}`);
					logger.info(`service worker: ${count} files to install (${Math.round(size / 1024)} KB)`);
				} finally {
					await rm(work, { recursive: true, force: true });
				}
			},
		},
	};
}
