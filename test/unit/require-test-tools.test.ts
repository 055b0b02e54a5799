import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { root } from '../helpers/paths';

const run = promisify(execFile);

/** Runs the precheck with extra environment; its exit code and what it printed. */
async function precheck(env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
	try {
		const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/require-test-tools.ts'], {
			cwd: root,
			env: { ...process.env, ...env },
		});
		return { code: 0, stdout, stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, stdout: e.stdout, stderr: e.stderr };
	}
}

test('npm test runs the precheck before anything else', () => {
	const scripts = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).scripts as Record<string, string>;
	expect(scripts.test).toMatch(/^tsx scripts\/require-test-tools\.ts && /);
});

test('without Chromium: one line naming the Debian package and CHROMIUM_PATH, exit 1', async () => {
	const { code, stdout, stderr } = await precheck({ CHROMIUM_PATH: `${root}no-such-chromium` });
	expect(code).toBe(1);
	expect(stdout).toBe('');
	const lines = stderr.trim().split('\n');
	expect(lines).toHaveLength(1);
	expect(lines[0]).toMatch(/apt-get install chromium\b/);
	expect(lines[0]).toContain('CHROMIUM_PATH');
});

test('without nginx: one line naming the package and NGINX_PATH', async () => {
	const { code, stderr } = await precheck({ NGINX_PATH: `${root}no-such-nginx` });
	expect(code).toBe(1);
	expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/apt-get install nginx-light.*NGINX_PATH/)]);
});

test('with both present: silent, exit 0', async () => {
	expect(await precheck({})).toEqual({ code: 0, stdout: '', stderr: '' });
});
