/**
 * What a newcomer's install costs: a fresh clone of the committed HEAD, `npm ci` in it (the ordinary client,
 * its cache as it is), the wall time, `du -sk node_modules` and the number of packages in the lock file.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface InstallMeasurement {
	wallMs: number;
	diskBytes: number;
	packages: number;
}

export function measureInstall(root: string): InstallMeasurement {
	const dir = mkdtempSync(join(tmpdir(), 'bench-install-'));
	try {
		execFileSync('git', ['clone', '--quiet', root, dir]);
		const started = performance.now();
		execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'ignore' });
		const wallMs = performance.now() - started;
		const diskBytes = Number(execFileSync('du', ['-sk', join(dir, 'node_modules')], { encoding: 'utf8' }).split('\t')[0]) * 1024;
		const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
		return { wallMs, diskBytes, packages: Object.keys(lock.packages).filter((p) => p.startsWith('node_modules/')).length };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
