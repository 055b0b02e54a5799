import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { siteDir } from './paths';

/** Every file of a built site, as paths relative to its root with a leading "/". */
export async function listFiles(dir = siteDir): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile())
		.map((e) => `/${relative(dir, join(e.parentPath, e.name))}`)
		.sort();
}

/** Every public HTML page of a built site (the browser editor at /admin/ is not one: test/build/admin.test.ts tests it). */
export async function listPages(dir = siteDir): Promise<string[]> {
	return (await listFiles(dir)).filter((f) => f.endsWith('.html') && !f.startsWith('/admin/'));
}

/** A built file's text. */
export function readSiteFile(path: string, dir = siteDir): Promise<string> {
	return readFile(join(dir, path), 'utf8');
}

/** The URL path a page file is served at: "/en/agenda/index.html" → "/en/agenda/". */
export function pageUrl(file: string): string {
	return file.replace(/index\.html$/, '');
}
