/**
 * Serves a built site on 127.0.0.1 as a production host would: the headers of its _headers file and
 * pre-compressed brotli/gzip copies of text files, so Lighthouse measures what readers would get.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { headersFor, parseHeaders } from '../test/helpers/headers';
import { listFiles } from '../test/helpers/site';

/** Writes file.br and file.gz next to every text file of a built site (sirv serves them when the browser accepts them). */
export async function precompress(dir: string): Promise<void> {
	for (const file of await listFiles(dir)) {
		if (!/\.(html|css|js|mjs|svg|xml|json|txt|ics)$/.test(file)) continue;
		const bytes = readFileSync(join(dir, file));
		writeFileSync(join(dir, `${file}.br`), brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
		writeFileSync(join(dir, `${file}.gz`), gzipSync(bytes, { level: 9 }));
	}
}

/** Starts the server on a free port; close() stops it. */
export async function serveProduction(dir: string): Promise<{ origin: string; close: () => Promise<void> }> {
	const rules = parseHeaders(readFileSync(join(dir, '_headers'), 'utf8'));
	const files = sirv(dir, { dev: false, etag: true, brotli: true, gzip: true, extensions: ['html'] });
	const server = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://localhost').pathname;
		for (const [name, value] of Object.entries(headersFor(path, rules))) res.setHeader(name, value);
		files(req, res, () => {
			res.statusCode = 404;
			res.setHeader('Content-Type', 'text/html; charset=utf-8');
			res.end(readFileSync(join(dir, '404.html')));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
