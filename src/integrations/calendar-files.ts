/**
 * Writes the sessions' calendar files beside the built pages: the sessions' calendar route
 * (src/pages/[...lang]/sessions/[id].ics.ts) hands them over in a build instead of answering each as a response
 * (src/lib/build/handoff.ts). Once Astro has generated the pages (`astro:build:generated`) this starts writing them,
 * on Node's I/O threads while this thread goes on with the sitemap and the web font; `astro:build:done` waits for the
 * last, before the service worker lists the site's files and the files are compressed.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CALENDAR_FILES, type CalendarFiles } from '../lib/calendar/ics';
import { expectHandoff, takeHandoff } from '../lib/build/handoff';

/** Writes every handed-over file under a site's folder. */
async function writeFiles(site: string, files: CalendarFiles): Promise<void> {
	for (const folder of new Set([...files.keys()].map((path) => dirname(join(site, path))))) await mkdir(folder, { recursive: true });
	await Promise.all([...files].map(([path, text]) => writeFile(join(site, path), text)));
}

/** The Astro integration: writes the calendar files the route handed over. */
export function calendarFiles(): AstroIntegration {
	let writing: Promise<void> | undefined;
	return {
		name: 'techday-calendar-files',
		hooks: {
			'astro:build:start': () => expectHandoff(CALENDAR_FILES),
			'astro:build:generated': ({ dir }) => {
				const files = takeHandoff<CalendarFiles>(CALENDAR_FILES);
				if (!files) throw new Error('No calendar files were handed over: src/pages/[...lang]/sessions/[id].ics.ts did not run in this build.');
				writing = writeFiles(fileURLToPath(dir), files);
				// Awaited at astro:build:done; until then a failure must not count as unhandled.
				writing.catch(() => {});
			},
			'astro:build:done': async () => {
				if (!writing) throw new Error('The calendar files were not written: astro:build:generated did not run.');
				await writing;
				writing = undefined;
			},
		},
	};
}
