/**
 * Two builds of the same commit are byte-identical, even on machines with different time zones and
 * locales: nothing in dist/ may depend on the build machine's clock, zone or language.
 */
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildSite } from '../helpers/build';
import { outputRoot } from '../helpers/paths';
import { listFiles } from '../helpers/site';

// Each build renders its preview images afresh (its own empty image cache), so the PNGs are compared too.
const builds = [
	{ dir: `${outputRoot}repro-a/`, env: { TZ: 'America/Los_Angeles', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8', OG_CACHE_DIR: `${outputRoot}repro-a-og/` } },
	{ dir: `${outputRoot}repro-b/`, env: { TZ: 'UTC', LANG: 'ko_KR.UTF-8', LC_ALL: 'ko_KR.UTF-8', OG_CACHE_DIR: `${outputRoot}repro-b-og/` } },
];

/** Every file of a build with the SHA-256 of its bytes. */
async function fingerprint(dir: string): Promise<Map<string, string>> {
	const files = await listFiles(dir);
	const sums = await Promise.all(
		files.map(
			async (f) =>
				[
					f,
					createHash('sha256')
						.update(await readFile(join(dir, f)))
						.digest('hex'),
				] as const,
		),
	);
	return new Map(sums);
}

let a: Map<string, string>;
let b: Map<string, string>;

beforeAll(async () => {
	// One after the other: two builds at once would only fight over the two cores.
	for (const { dir, env } of builds) {
		await rm(dir, { recursive: true, force: true });
		await rm(env.OG_CACHE_DIR, { recursive: true, force: true });
		await buildSite(dir, env);
	}
	[a, b] = await Promise.all(builds.map(({ dir }) => fingerprint(dir)));
});

test('both builds write the same files', () => {
	expect(a.size).toBeGreaterThan(10);
	expect([...a.keys()].filter((f) => f.endsWith('.png')).length, 'preview images').toBeGreaterThan(10);
	expect([...b.keys()]).toEqual([...a.keys()]);
});

test('every file is byte-identical across time zones and locales', () => {
	const differing = [...a].filter(([file, sum]) => b.get(file) !== sum).map(([file]) => file);
	expect(differing, 'files that differ between the two builds').toEqual([]);
});
