import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { outputRoot, root } from './paths';

/** Debian's nginx (scripts/require-test-tools.ts stops npm test when it is missing). */
export const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const brotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** A raw HTTP response: status, lower-cased headers and the bytes as sent (not decompressed). */
export interface RawResponse {
	status: number;
	headers: Record<string, string>;
	body: Buffer;
}

/** GET a path from an origin without following redirects or decoding the body. */
export function get(origin: string, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
	return new Promise((resolve, reject) => {
		const req = httpRequest(`${origin}${path}`, { headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				resolve({
					status: res.statusCode ?? 0,
					headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')])),
					body: Buffer.concat(chunks),
				}),
			);
		});
		req.on('error', reject);
		req.end();
	});
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise<void>((resolve) => server.close(() => resolve()));
	return port;
}

/**
 * deploy/nginx.conf with its two CHANGE lines set to a port and a folder, as an administrator would.
 * Throws when either line is not there exactly once, so the file keeps its promise.
 */
export function adaptServerBlock(conf: string, listen: string, rootDir: string, { brotli = true } = {}): string {
	const one = (text: string, pattern: RegExp, line: string) => {
		const found = text.match(new RegExp(pattern, 'gm')) ?? [];
		if (found.length !== 1) throw new Error(`deploy/nginx.conf: expected one line matching ${pattern}, found ${found.length}`);
		return text.replace(pattern, line);
	};
	let out = one(conf, /^\tlisten .*# CHANGE.*$/m, `\tlisten ${listen};`);
	out = one(out, /^\troot .*# CHANGE.*$/m, `\troot ${rootDir};`);
	return brotli ? out : out.replace(/^\tbrotli_static on;$/m, '');
}

/** A running nginx: its origin and how to stop it (and remove its temp prefix). */
export interface RunningNginx {
	origin: string;
	stop: () => Promise<void>;
}

/**
 * Starts Debian's nginx in the foreground with deploy/nginx.conf serving siteDir on 127.0.0.1:
 * a temp prefix for pid, logs and temp files (nothing root-owned), one process (master_process off),
 * brotli_static loaded when Debian's module is installed.
 */
export async function startNginx(siteDir: string): Promise<RunningNginx> {
	await mkdir(outputRoot, { recursive: true });
	const prefix = await mkdtemp(`${outputRoot}nginx-`);
	const port = await freePort();
	const brotli = existsSync(brotliModule);
	const server = adaptServerBlock(await readFile(`${root}deploy/nginx.conf`, 'utf8'), `127.0.0.1:${port}`, siteDir.replace(/\/$/, ''), { brotli });
	await writeFile(`${prefix}/site.conf`, server);
	await writeFile(
		`${prefix}/nginx.conf`,
		[
			brotli ? `load_module ${brotliModule};` : '',
			'daemon off;',
			'master_process off;',
			`pid ${prefix}/nginx.pid;`,
			`error_log ${prefix}/error.log warn;`,
			'events { worker_connections 64; }',
			'http {',
			'	include /etc/nginx/mime.types;',
			'	default_type application/octet-stream;',
			'	access_log off;',
			...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `	${t}_temp_path ${prefix}/${t};`),
			`	include ${prefix}/site.conf;`,
			'}',
		].join('\n'),
	);
	const child: ChildProcess = spawn(nginxPath, ['-p', `${prefix}/`, '-c', `${prefix}/nginx.conf`, '-e', `${prefix}/error.log`], { stdio: 'ignore' });
	const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
	const origin = `http://127.0.0.1:${port}`;
	const stop = async () => {
		if (child.exitCode === null) child.kill('SIGTERM');
		await exited;
		await rm(prefix, { recursive: true, force: true });
	};
	for (let tries = 0; ; tries++) {
		if (child.exitCode !== null) {
			const log = await readFile(`${prefix}/error.log`, 'utf8').catch(() => '');
			await stop();
			throw new Error(`nginx exited with ${child.exitCode}: ${log}`);
		}
		try {
			await get(origin, '/');
			return { origin, stop };
		} catch {
			if (tries > 100) {
				await stop();
				throw new Error('nginx did not answer within 5 s');
			}
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
	}
}
