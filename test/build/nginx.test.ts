/**
 * deploy/nginx.conf in Debian's real nginx, serving the built site on 127.0.0.1: status codes, types,
 * every production header (from src/lib/publish/headers.ts), caching, the 404 page and the build's
 * precompressed files of a PRECOMPRESS=1 build, all checked over HTTP. npm run preview is held to the same table.
 * A build without PRECOMPRESS (the hosts that compress on their own) writes no such copies.
 */
import { readdir, readFile } from 'node:fs/promises';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CALENDAR_TYPE, IMMUTABLE, REVALIDATE, responseHeaders } from '../../src/lib/publish/headers';
import { serveBuiltSite } from '../../scripts/lib/serve-built';
import { adaptServerBlock, get, startNginx, type RawResponse } from '../helpers/nginx';
import { listFiles } from '../helpers/site';
import { editedSite, root, siteDir } from '../helpers/paths';

const css = `/_astro/${(await readdir(`${siteDir}_astro`)).find((f) => f.endsWith('.css'))}`;
const notFoundPage = await readFile(`${siteDir}404.html`);

/** What each kind of address must answer: status, type and Cache-Control. */
const table: [path: string, status: number, type: RegExp, cache: string][] = [
	['/', 200, /^text\/html; charset=utf-8$/i, REVALIDATE],
	['/en/', 200, /^text\/html; charset=utf-8$/i, REVALIDATE],
	['/en/agenda/', 200, /^text\/html; charset=utf-8$/i, REVALIDATE],
	['/sessions/keynote/', 200, /^text\/html; charset=utf-8$/i, REVALIDATE],
	['/schedule.ics', 200, /^text\/calendar; charset=utf-8$/i, REVALIDATE],
	['/en/schedule.ics', 200, /^text\/calendar; charset=utf-8$/i, REVALIDATE],
	['/sitemap-index.xml', 200, /xml/, REVALIDATE],
	[css, 200, /^text\/css/, IMMUTABLE],
	['/favicon.svg', 200, /^image\/svg\+xml/, REVALIDATE],
	['/no-such-page/', 404, /^text\/html; charset=utf-8$/i, REVALIDATE],
	['/en/no-such-page/', 404, /^text\/html; charset=utf-8$/i, REVALIDATE],
	['/no-such-calendar.ics', 404, /^text\/html; charset=utf-8$/i, REVALIDATE],
	['/_headers', 404, /^text\/html/, REVALIDATE],
	['/.git/config', 404, /^text\/html/, REVALIDATE],
];

/** The production headers a response must carry, by the list's names lower-cased (Cache-Control checked by the table). */
function expectProductionHeaders(response: RawResponse, path: string) {
	const expected = responseHeaders(path);
	for (const [name, value] of Object.entries(expected)) {
		if (name === 'Cache-Control' || name === 'Content-Type') continue;
		expect(response.headers[name.toLowerCase()], `${path}: ${name}`).toBe(value);
	}
}

const servers = {
	nginx: () => startNginx(siteDir).then((n) => ({ origin: n.origin, close: n.stop })),
	'npm run preview': () => serveBuiltSite(siteDir),
};

describe.each(Object.entries(servers))('%s serving the built site', (_, start) => {
	let server: { origin: string; close: () => Promise<void> };
	beforeAll(async () => {
		server = await start();
	});
	afterAll(() => server?.close());

	test.each(table)('%s → %i, its type, its caching and every security header', async (path, status, type, cache) => {
		const response = await get(server.origin, path);
		expect(response.status).toBe(status);
		expect(response.headers['content-type']).toMatch(type);
		expect(response.headers['cache-control']).toBe(cache);
		expectProductionHeaders(response, status === 404 ? '/404.html' : path);
		if (status === 404) expect(response.body.equals(notFoundPage), "the site's own 404 page").toBe(true);
	});

	test('a calendar is the built file, typed for calendar apps', async () => {
		const response = await get(server.origin, '/schedule.ics');
		expect(response.headers['content-type']).toBe(CALENDAR_TYPE);
		expect(response.body.equals(await readFile(`${siteDir}schedule.ics`))).toBe(true);
	});

	test.each([
		['br', brotliDecompressSync],
		['gzip', gunzipSync],
	] as const)('sends the precompressed %s copy to a browser that accepts it', async (encoding, decode) => {
		for (const path of ['/en/agenda/', css, '/schedule.ics']) {
			const response = await get(server.origin, path, { 'accept-encoding': encoding });
			expect(response.headers['content-encoding'], path).toBe(encoding);
			expect(response.headers.vary, path).toMatch(/Accept-Encoding/i);
			const file = path.endsWith('/') ? `${path}index.html` : path;
			expect(decode(response.body).equals(await readFile(`${siteDir}${file.slice(1)}`)), path).toBe(true);
		}
		const plain = await get(server.origin, '/en/agenda/');
		expect(plain.headers['content-encoding']).toBeUndefined();
	});
});

describe('nginx only', () => {
	test('a page address without its slash redirects to it, relative to the host the visitor used', async () => {
		const nginx = await startNginx(siteDir);
		try {
			const response = await get(nginx.origin, '/en/agenda');
			expect(response.status).toBe(301);
			expect(response.headers.location).toBe('/en/agenda/');
			expectProductionHeaders(response, '/en/agenda');
		} finally {
			await nginx.stop();
		}
	});

	test('listen and root are the only lines an administrator changes (each marked once)', async () => {
		const conf = await readFile(`${root}deploy/nginx.conf`, 'utf8');
		expect(conf.match(/# CHANGE/g)).toHaveLength(2);
		expect(() => adaptServerBlock(conf.replace(/^\troot .*$/m, '\troot /srv;'), '127.0.0.1:1', '/tmp')).toThrow(/root/);
	});
});

test('npm run preview serves the site under its base path only', async () => {
	const preview = await serveBuiltSite(siteDir, { base: '/techday/' });
	try {
		expect((await get(preview.origin, '/techday/en/agenda/')).status).toBe(200);
		expect((await get(preview.origin, '/techday/schedule.ics')).headers['content-type']).toBe(CALENDAR_TYPE);
		const outside = await get(preview.origin, '/en/agenda/');
		expect(outside.status).toBe(404);
		expectProductionHeaders(outside, '/404.html');
	} finally {
		await preview.close();
	}
});

test('a build without PRECOMPRESS writes no .br or .gz copy', async () => {
	const files = await listFiles(editedSite.dir);
	expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(10);
	expect(files.filter((f) => /\.(br|gz)$/.test(f))).toEqual([]);
});
