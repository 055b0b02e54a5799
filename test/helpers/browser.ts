import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import sirv from 'sirv';
import { siteDir } from './paths';

/** Debian's Chromium; tests never download a browser. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium's flags for this machine: headless as root, and no background calls into a closed network. */
export const chromiumFlags = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
];

/** Starts Chromium headless with the flags this machine's closed network needs. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
}

/**
 * The page's address as the page itself sees it. `page.url()` learns of history.replaceState and of a
 * jump to #main from an event that may arrive a moment later, so reading it right after a click or a key
 * passes or fails by luck on a busy machine; `location` is already up to date when the handler returns.
 */
export async function pageURL(page: Page): Promise<URL> {
	return new URL(await page.evaluate(() => location.href));
}

/** A static server for a built site on 127.0.0.1, mounted under a base path like a real host. */
export async function serveSite(dir = siteDir, base = '/'): Promise<{ origin: string; server: Server; close: () => Promise<void> }> {
	const files = sirv(dir, { dev: false, etag: false, extensions: ['html'] });
	const server = createServer((req, res) => {
		const path = req.url ?? '/';
		if (!path.startsWith(base)) {
			res.statusCode = 404;
			res.end('not under base');
			return;
		}
		req.url = `/${path.slice(base.length)}`;
		if (req.url.endsWith('.ics')) res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
		files(req, res, () => {
			res.statusCode = 404;
			res.end('not found');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		server,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
