import { spawn } from 'node:child_process';
import { inheritedEnv } from './build';
import { freePort, get } from './nginx';
import { root } from './paths';

/** A running `astro dev`: its origin, its log so far, and how to stop it. */
export interface DevServer {
	origin: string;
	stop: () => Promise<void>;
	log: () => string;
}

/** Starts `astro dev` on a content folder; resolves once the server answers (with a page or the list of content errors). */
export async function startDev(contentDir: string): Promise<DevServer> {
	const port = await freePort();
	const child = spawn(process.execPath, [`${root}node_modules/astro/bin/astro.mjs`, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
		cwd: root,
		// Without Vitest's own variables (Astro's dev server serves no pages when it sees VITEST; NODE_ENV=test).
		env: {
			...Object.fromEntries(Object.entries(inheritedEnv()).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV')),
			ASTRO_TELEMETRY_DISABLED: '1',
			CONTENT_DIR: contentDir,
		},
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	let log = '';
	child.stdout!.on('data', (d: Buffer) => (log += d));
	child.stderr!.on('data', (d: Buffer) => (log += d));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const stop = async () => {
		if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM');
		await exited;
	};
	const origin = `http://127.0.0.1:${port}`;
	for (let i = 0; ; i++) {
		if (child.exitCode !== null) throw new Error(`astro dev exited: ${log}`);
		const ok = await get(origin, '/', { accept: 'text/html' }).then(
			(r) => r.status > 0,
			() => false,
		);
		if (ok) return { origin, stop, log: () => log };
		if (i > 480) {
			await stop();
			throw new Error(`astro dev did not answer in 120 s: ${log}`);
		}
		await new Promise((r) => setTimeout(r, 250));
	}
}
