import { fileURLToPath } from 'node:url';

/** The project root. */
export const root = fileURLToPath(new URL('../../', import.meta.url));
/** Where test builds go (ignored by git). */
export const outputRoot = `${root}test-output/`;
/**
 * A frozen copy of the sample programme: tests that assert particular sessions, times or counts
 * build from it (CONTENT_DIR), so organizers editing content/ never break them.
 */
export const programmeDir = `${root}test/fixtures/programme`;
/** The build of the frozen programme that build-output and browser tests read. */
export const siteDir = `${outputRoot}site/`;
/** The real content/ after ordinary organizer edits (test/helpers/organizer-edits.ts), copied here. */
export const editedContentDir = `${outputRoot}edited/content`;
/** Its build, under a base path on another origin, as a ministry's project site would be. */
export const editedSite = { dir: `${outputRoot}edited-site/`, base: '/techday/', siteUrl: 'https://www.example.go.kr' };

/** Three programme days in Berlin around the end of summer time (test/fixtures/several-days), built in another zone. */
export const severalDays = { content: `${root}test/fixtures/several-days`, site: `${outputRoot}several-days-site/`, tz: 'America/Los_Angeles' };
