/**
 * The calendar files are byte-identical whatever the build
 * machine's time zone. Builds the site under the zones that test-output/site was not built in, one
 * after another, and compares every .ics byte for byte.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildSite } from '../helpers/build';
import { outputRoot, siteDir } from '../helpers/paths';
import { listFiles } from '../helpers/site';

const zones = ['UTC', 'America/Los_Angeles', 'Asia/Seoul'];
/** The zone test-output/site was built in: the one this process runs in (global setup passes its environment on). */
const siteZone = new Intl.DateTimeFormat().resolvedOptions().timeZone.replace(/^Etc\/(UTC|GMT)$/, 'UTC');

async function icsOf(dir: string): Promise<Map<string, Buffer>> {
	const files = (await listFiles(dir)).filter((f) => f.endsWith('.ics'));
	return new Map(await Promise.all(files.map(async (f) => [f, await readFile(join(dir, f))] as const)));
}

test('.ics files are byte-identical built with TZ=UTC, TZ=America/Los_Angeles and TZ=Asia/Seoul', async () => {
	const reference = await icsOf(siteDir);
	expect(reference.size).toBeGreaterThan(0);
	const built = [siteZone];
	// Sequentially: two cores, and each build is a full Astro build.
	for (const tz of zones.filter((z) => z !== siteZone)) {
		const dir = `${outputRoot}tz-${tz.replaceAll('/', '-').toLowerCase()}/`;
		await rm(dir, { recursive: true, force: true });
		await buildSite(dir, { TZ: tz });
		const other = await icsOf(dir);
		expect([...other.keys()], `files built with TZ=${tz}`).toEqual([...reference.keys()]);
		for (const [file, bytes] of reference) {
			expect(other.get(file)!.equals(bytes), `${file} built with TZ=${tz} differs from TZ=${siteZone}`).toBe(true);
		}
		built.push(tz);
	}
	expect(zones.every((z) => built.includes(z))).toBe(true);
}, 240_000);
