/**
 * Writes the sessions' calendar files beside the built pages: the sessions' calendar route
 * (src/pages/[...lang]/sessions/[id].ics.ts) hands them over in a build instead of answering each as a response
 * (src/lib/build/handoff.ts), and once Astro has generated the pages (`astro:build:generated`) this writes them,
 * before the service worker lists the site's files and the files are compressed.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CALENDAR_FILES, type CalendarFiles } from '../lib/calendar/ics';
import { expectHandoff, takeHandoff } from '../lib/build/handoff';

/** The Astro integration: writes the calendar files the route handed over. */
export function calendarFiles(): AstroIntegration {
	return {
		name: 'techday-calendar-files',
		hooks: {
			'astro:build:start': () => expectHandoff(CALENDAR_FILES),
			'astro:build:generated': ({ dir }) => {
				const files = takeHandoff<CalendarFiles>(CALENDAR_FILES);
				if (!files) throw new Error('No calendar files were handed over: src/pages/[...lang]/sessions/[id].ics.ts did not run in this build.');
				const site = fileURLToPath(dir);
				// Thousands of small files, one after the other, while nothing else waits on this thread.
				for (const folder of new Set([...files.keys()].map((path) => dirname(join(site, path))))) mkdirSync(folder, { recursive: true });
				for (const [path, text] of files) writeFileSync(join(site, path), text);
			},
		},
	};
}
