/**
 * Serves a built site on 127.0.0.1 as production does: under its base path, with the headers of
 * src/lib/publish/headers.ts (those of public/_headers and deploy/nginx.conf), a PRECOMPRESS=1 build's .br/.gz
 * copies when the browser accepts them, and 404.html for a missing address.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { responseHeaders } from '../../src/lib/publish/headers';

/** A running server: its origin (no trailing slash) and how to stop it. */
export interface BuiltSiteServer {
	origin: string;
	close: () => Promise<void>;
}

/** Starts the server on host:port (port 0: a free one). */
export async function serveBuiltSite(dir: string, { base = '/', port = 0, host = '127.0.0.1' } = {}): Promise<BuiltSiteServer> {
	const files = sirv(dir, {
		dev: false,
		etag: true,
		brotli: true,
		gzip: true,
		extensions: ['html'],
		// Pages as nginx types them (sirv writes "text/html;charset=utf-8").
		setHeaders: (res, pathname) => {
			if (/(\/|\.html)$/.test(pathname)) res.setHeader('Content-Type', 'text/html; charset=utf-8');
		},
	});
	const notFound = readFileSync(join(dir, '404.html'));
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const path = url.pathname.startsWith(base) ? `/${url.pathname.slice(base.length)}` : undefined;
		const sendNotFound = () => {
			for (const [name, value] of Object.entries(responseHeaders('/404.html'))) res.setHeader(name, value);
			res.statusCode = 404;
			res.setHeader('Content-Type', 'text/html; charset=utf-8');
			res.end(notFound);
		};
		// Like Netlify, Cloudflare Pages and nginx: hidden files and the headers file are not part of the site.
		if (path === undefined || path === '/_headers' || /\/\./.test(path)) return sendNotFound();
		for (const [name, value] of Object.entries(responseHeaders(path))) res.setHeader(name, value);
		req.url = `${path}${url.search}`;
		files(req, res, sendNotFound);
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, resolve);
	});
	const address = server.address() as AddressInfo;
	return {
		origin: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
