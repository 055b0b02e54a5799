import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { buildSite } from './build';
import { outputRoot, root, siteDir } from './paths';

/** The content the shared test site is built from: a copy of content/ as it reads before the day. */
export const beforeDayContentDir = `${outputRoot}before-day-content/`;

/**
 * Builds the site once before the tests that read dist/ or drive a browser. It is built from the content as it
 * reads *before* the day (`ended: false`), because the calendar links, "my agenda" and now/next that those
 * tests drive step aside once the event file says the day is over; test/build/event-ended.test.ts builds the
 * "after" site itself.
 */
export default async function setup() {
	await rm(siteDir, { recursive: true, force: true });
	await rm(beforeDayContentDir, { recursive: true, force: true });
	await cp(`${root}content/`, beforeDayContentDir, { recursive: true });
	const event = `${beforeDayContentDir}event.yaml`;
	await writeFile(event, `${(await readFile(event, 'utf8')).replace(/^ended: .*\n?/m, '')}\nended: false\n`);
	const log = await buildSite(siteDir, { CONTENT_DIR: beforeDayContentDir });
	await writeFile(`${siteDir}../site-build.log`, log);
}
