import { rm, writeFile } from 'node:fs/promises';
import { buildSite } from './build';
import { siteDir } from './paths';

/** Builds the real site once before the tests that read dist/ or drive a browser. */
export default async function setup() {
	await rm(siteDir, { recursive: true, force: true });
	const log = await buildSite(siteDir);
	await writeFile(`${siteDir}../site-build.log`, log);
}
