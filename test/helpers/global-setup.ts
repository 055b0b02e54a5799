import { rm, writeFile } from 'node:fs/promises';
import { dayDirs, makeDayContent } from './after-day';
import { buildSite } from './build';
import { applyOrganizerEdits } from './organizer-edits';
import { editedContentDir, editedSite, outputRoot, root, severalDays, siteDir } from './paths';

/**
 * Builds once before the tests that read a build or drive a browser:
 * - the frozen sample programme (test/fixtures/programme) into test-output/site/, for tests that assert it,
 *   with the .br/.gz copies an nginx deployment builds (PRECOMPRESS=1; test/build/nginx.test.ts serves them);
 * - the real content/ after ordinary organizer edits, under /techday/ on another origin, for the tests
 *   that must hold for any valid content (links, sitemap, every session's page and calendar entry);
 * - three programme days in Berlin around a clock change (test/fixtures/several-days), built with TZ in Los Angeles;
 * - the real content/ after the day and before it, with photos, logos, recordings, slides and press
 *   (test/helpers/after-day.ts), for the tests of the site as the record of the day.
 */
export default async function setup() {
	await rm(siteDir, { recursive: true, force: true });
	await writeFile(`${outputRoot}site-build.log`, await buildSite(siteDir, { PRECOMPRESS: '1' }));
	const edits = await applyOrganizerEdits(`${root}content`, editedContentDir);
	await writeFile(`${editedContentDir}/../edits.json`, JSON.stringify(edits, null, 2));
	await rm(editedSite.dir, { recursive: true, force: true });
	await writeFile(
		`${outputRoot}edited-site-build.log`,
		await buildSite(editedSite.dir, { CONTENT_DIR: editedContentDir, SITE_BASE: editedSite.base, SITE_URL: editedSite.siteUrl }),
	);
	await rm(severalDays.site, { recursive: true, force: true });
	await writeFile(`${outputRoot}several-days-build.log`, await buildSite(severalDays.site, { CONTENT_DIR: severalDays.content, TZ: severalDays.tz }));
	for (const phase of ['after', 'before'] as const) {
		await makeDayContent(phase);
		await rm(dayDirs(phase).site, { recursive: true, force: true });
		await writeFile(`${outputRoot}ended-${phase}-build.log`, await buildSite(dayDirs(phase).site, { CONTENT_DIR: dayDirs(phase).content }));
	}
}
