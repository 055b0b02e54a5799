import { readdir, readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { checkContent } from './check';
import { imageFileKind } from '../images/files';
import { routesFromPages } from './mdx';
import { parseSource } from './parse';
import type { Problem, RawFile } from './types';

/** Where content and public files are, as the build sees them. */
export interface CheckPaths {
	/** The content folder (CONTENT_DIR, default ./content). */
	contentDir: string;
	/** The public folder that photos and images are served from. */
	publicDir: string;
	/** Paths in messages are shown relative to this folder (the project root). */
	cwd?: string;
	/** The pages folder whose routes links in bodies may point at (default: src/pages under cwd). */
	pagesDir?: string;
}

/** What one run of the check found. */
export interface CheckRun {
	problems: Problem[];
	files: RawFile[];
	/** How long reading and checking took, in milliseconds. */
	ms: number;
}

/** Files under a folder, relative, "/"-separated, skipping names that start with "." and folders that start with "_". */
async function listFiles(dir: string): Promise<string[]> {
	let entries;
	try {
		entries = await readdir(dir, { recursive: true, withFileTypes: true });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw error;
	}
	return entries
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
		.filter((rel) => !rel.split('/').some((part, i, parts) => part.startsWith('.') || (i < parts.length - 1 && part.startsWith('_'))))
		.sort();
}

/** How a folder is named in messages: relative to the project when inside it, else absolute. */
function displayDir(dir: string, cwd: string): string {
	const rel = relative(cwd, dir);
	return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? dir : rel.split(sep).join('/');
}

/** Reads and parses every file of the content folder (no validation). */
export async function loadContent(contentDir: string, cwd = process.cwd()): Promise<RawFile[]> {
	const shown = displayDir(contentDir, cwd);
	const rels = await listFiles(contentDir);
	return Promise.all(
		rels.map(async (rel) => {
			const path = join(contentDir, rel);
			// Images are not text: only their size matters to the check.
			if (imageFileKind(rel)) return { ...parseSource(rel, '', shown), bytes: (await stat(path)).size };
			return parseSource(rel, await readFile(path, 'utf8'), shown);
		}),
	);
}

/**
 * Reads the content and public folders and checks everything: the one entry point that
 * `npm run check` and the build's integration share.
 */
export async function runContentCheck(paths: CheckPaths): Promise<CheckRun> {
	const started = performance.now();
	const cwd = paths.cwd ?? process.cwd();
	const [files, publicFiles, pageFiles] = await Promise.all([
		loadContent(paths.contentDir, cwd),
		listFiles(paths.publicDir),
		listFiles(paths.pagesDir ?? join(cwd, 'src/pages')),
	]);
	const problems = checkContent(files, {
		publicFiles: new Set(publicFiles.map((f) => `/${f}`)),
		contentDir: displayDir(paths.contentDir, cwd),
		routes: pageFiles.length > 0 ? routesFromPages(pageFiles) : undefined,
	});
	return { problems, files, ms: performance.now() - started };
}
