import { execFile } from 'node:child_process';
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { PLACEHOLDER_SITE_URL } from '../../src/lib/publish/site-address';
import { outputRoot, programmeDir, root } from './paths';

const run = promisify(execFile);

/**
 * What Vitest puts in process.env for its own Vite: a child build inheriting BASE_URL would ignore SITE_BASE, and one
 * inheriting NODE_ENV=test would build with import.meta.env.DEV true, unlike every real build.
 */
const vitestViteEnv = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']);
export const inheritedEnv = () => Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestViteEnv.has(key)));

/**
 * Builds the site into outDir with extra environment (TZ, SITE_BASE, …) and returns the build log.
 * The content is the frozen sample programme unless env names another CONTENT_DIR; SITE_URL is set
 * (to the placeholder) like a deployment's, so the build warns about nothing.
 * Runs the project's own astro binary on the Node that runs the tests.
 * One build at a time across test files: concurrent builds share Astro's content store
 * (node_modules/.astro/data-store.json) and would read each other's content (e.g. CONTENT_DIR).
 */
export async function buildSite(outDir: string, env: Record<string, string> = {}): Promise<string> {
	return withBuildLock(async () => {
		const { stdout, stderr } = await run(process.execPath, [`${root}node_modules/astro/bin/astro.mjs`, 'build', '--outDir', outDir], {
			cwd: root,
			env: { ...inheritedEnv(), ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: programmeDir, SITE_URL: PLACEHOLDER_SITE_URL, ...env },
			maxBuffer: 64 * 1024 * 1024,
		});
		return `${stdout}\n${stderr}`;
	});
}

const lockFile = `${outputRoot}build.lock`;

/** Runs fn while holding a lock file that names this process; a lock whose process is gone is taken over. */
export async function withBuildLock<T>(fn: () => Promise<T>): Promise<T> {
	await mkdir(outputRoot, { recursive: true });
	for (;;) {
		try {
			const handle = await open(lockFile, 'wx');
			await handle.writeFile(String(process.pid));
			await handle.close();
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const pid = Number(await readFile(lockFile, 'utf8').catch(() => ''));
			if (pid > 0 && !isAlive(pid)) await rm(lockFile, { force: true });
			else await new Promise((resolve) => setTimeout(resolve, 250));
		}
	}
	try {
		return await fn();
	} finally {
		await rm(lockFile, { force: true });
	}
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}
