import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { root } from './paths';

const run = promisify(execFile);

/** What Vitest puts in process.env for its own Vite; a child build inheriting BASE_URL would ignore SITE_BASE. */
const vitestViteEnv = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);
const inheritedEnv = () => Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestViteEnv.has(key)));

/**
 * Builds the site into outDir with extra environment (TZ, SITE_BASE, …) and returns the build log.
 * Runs the project's own astro binary on the Node that runs the tests.
 */
export async function buildSite(outDir: string, env: Record<string, string> = {}): Promise<string> {
	const { stdout, stderr } = await run(process.execPath, [`${root}node_modules/astro/bin/astro.mjs`, 'build', '--outDir', outDir], {
		cwd: root,
		env: { ...inheritedEnv(), ASTRO_TELEMETRY_DISABLED: '1', ...env },
		maxBuffer: 64 * 1024 * 1024,
	});
	return `${stdout}\n${stderr}`;
}
