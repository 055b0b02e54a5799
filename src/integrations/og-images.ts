/**
 * Puts the preview images beside the built pages: at `astro:build:done` it takes what the /og/ route handed over
 * (src/lib/share/og-handoff.ts), waits for any image still being rendered on the worker threads, and copies each
 * cached PNG to og/<lang>/<page>.png. Before the service worker lists the site's files, which names og/ as left out.
 */
import type { AstroIntegration } from 'astro';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { takeOgImages } from '../lib/share/og-handoff';

/** The Astro integration: copies the build's preview images into og/. */
export function ogImages(): AstroIntegration {
	return {
		name: 'techday-og-images',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const handoff = takeOgImages();
				if (!handoff) throw new Error('No preview images were handed over: src/pages/og/[...image].png.ts did not run in this build.');
				const og = join(fileURLToPath(dir), 'og');
				const started = performance.now();
				const folders = new Set([...handoff.files.keys()].map((name) => dirname(join(og, name))));
				for (const folder of folders) await mkdir(folder, { recursive: true });
				await Promise.all([...handoff.files].map(async ([name, file]) => copyFile(await file, join(og, name))));
				const { rendered, cached } = handoff.stats;
				const waited = ((performance.now() - started) / 1000).toFixed(1);
				logger.info(`preview images: ${handoff.files.size} files (${rendered} rendered, ${cached} from the cache) in ${waited} s after the pages`);
			},
		},
	};
}
