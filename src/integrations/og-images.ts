/**
 * Puts the preview images beside the built pages: once Astro has generated the pages (`astro:build:generated`) it
 * takes what the /og/ route handed over (src/lib/share/og-handoff.ts) and links (or copies) each cached PNG to
 * og/<lang>/<page>.png as soon as it is ready (some may still be rendering on the worker threads). This runs
 * while the sitemap is written and the web font is cut; `astro:build:done` waits for the last, before the service
 * worker lists the site's files (it names og/ as left out).
 */
import type { AstroIntegration } from 'astro';
import { copyFile, link, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectOgImages, takeOgImages, type OgImageHandoff } from '../lib/share/og-handoff';

/**
 * A cached image in the site: a hard link to the cache's file (one entry in a folder, where a copy of 3,000 images
 * would keep the disk busy while the build has its last steps to do), or a copy where the two folders are on
 * different disks or the file system has no links. Nothing of the build writes into an image afterwards. A file
 * already there (an output folder Astro did not empty) may be a link into the cache: it is removed, never written over.
 */
export async function placeImage(cached: string, target: string): Promise<void> {
	try {
		await link(cached, target);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return copyFile(cached, target);
		await rm(target, { force: true });
		await placeImage(cached, target);
	}
}

/** Puts every handed-over image into a site's og/ folder, each once its file is there; how long that took. */
async function placeImages(site: string, handoff: OgImageHandoff): Promise<number> {
	const started = performance.now();
	const og = join(site, 'og');
	for (const folder of new Set([...handoff.files.keys()].map((name) => dirname(join(og, name))))) await mkdir(folder, { recursive: true });
	await Promise.all([...handoff.files].map(async ([name, file]) => placeImage(await file, join(og, name))));
	return performance.now() - started;
}

/** The Astro integration: puts the build's preview images into og/. */
export function ogImages(): AstroIntegration {
	let placing: { handoff: OgImageHandoff; done: Promise<number> } | undefined;
	return {
		name: 'techday-og-images',
		hooks: {
			'astro:build:start': () => expectOgImages(),
			'astro:build:generated': ({ dir }) => {
				const handoff = takeOgImages();
				if (!handoff) throw new Error('No preview images were handed over: src/pages/og/[...image].png.ts did not run in this build.');
				placing = { handoff, done: placeImages(fileURLToPath(dir), handoff) };
				// Awaited at astro:build:done; until then a failure must not count as unhandled.
				placing.done.catch(() => {});
			},
			'astro:build:done': async ({ logger }) => {
				if (!placing) throw new Error('The preview images were not started: astro:build:generated did not run.');
				const { handoff, done } = placing;
				placing = undefined;
				const seconds = ((await done) / 1000).toFixed(1);
				const { rendered, cached } = handoff.stats;
				logger.info(`preview images: ${handoff.files.size} files (${rendered} rendered, ${cached} from the cache) in ${seconds} s after the pages`);
			},
		},
	};
}
