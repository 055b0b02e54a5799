/**
 * With PRECOMPRESS=1 (the nginx path, README "Path 2"), writes file.br and file.gz beside every text file
 * of the build, so nginx sends them as they are (brotli_static / gzip_static; sirv in `npm run preview`
 * too) instead of compressing per request. Without it the build writes none: GitHub Pages, Netlify and
 * Cloudflare Pages compress on their own and ignore such files, and writing them was most of a large
 * event's build time.
 *
 * Brotli's best quality (11) costs ~50× the time of quality 5 for a few per cent fewer bytes, which pays
 * only on files every visitor loads: the hashed CSS, scripts and font, the files at the site's root and
 * each language's section pages (home, agenda, my agenda, …). The long tail (one page or calendar file
 * per session, speaker and track, the search index) is compressed at brotli 5 and gzip 6.
 * Deterministic: same input, same bytes.
 */
import { precompressWanted } from '../lib/settings';
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip as gzipCompress } from 'node:zlib';
import { languages } from '../i18n/languages';

/** Text files worth compressing (images and fonts already are). */
const COMPRESSIBLE = /\.(html|css|js|mjs|svg|xml|json|txt|ics|webmanifest)$/;

/** Compression levels: the best for files every visitor loads, fast ones for the long tail. */
export const LEVELS = { often: { brotli: 11, gzip: 9 }, tail: { brotli: 5, gzip: 6 } } as const;

/**
 * Whether a file (a path relative to the site, "/"-separated) is served to nearly every visitor: anything
 * under _astro/, and, inside each language's folder or at the root, the files there and the section pages
 * ("agenda/index.html"). Per-session, per-speaker and per-track files and the search index are the tail.
 */
export function servedOften(path: string): boolean {
	if (path.startsWith('_astro/')) return true;
	const parts = path.split('/');
	if (parts.length > 1 && (languages as readonly string[]).includes(parts[0]!)) parts.shift();
	return parts.length === 1 || (parts.length === 2 && parts[1] === 'index.html');
}

const brotli = promisify(brotliCompress);
const gzip = promisify(gzipCompress);

/** Writes the .br and .gz copies of one file (zlib's thread pool does the work, off the main thread). */
async function compressFile(file: string, level: { brotli: number; gzip: number }): Promise<void> {
	const bytes = await readFile(file);
	const [br, gz] = await Promise.all([
		brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: level.brotli, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
		gzip(bytes, { level: level.gzip }),
	]);
	await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
}

/**
 * Writes the .br and .gz copies for every compressible file under dir, as many files at a time as the
 * machine has cores; returns how many files were compressed at each level.
 */
export async function precompressDir(dir: string): Promise<{ often: number; tail: number }> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	const files = entries
		.filter((e) => e.isFile() && COMPRESSIBLE.test(e.name))
		.map((e) => join(e.parentPath, e.name))
		.map((file) => ({ file, often: servedOften(relative(dir, file).split(sep).join('/')) }));
	let next = 0;
	const worker = async () => {
		while (next < files.length) {
			const { file, often } = files[next++]!;
			await compressFile(file, often ? LEVELS.often : LEVELS.tail);
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker));
	const often = files.filter((f) => f.often).length;
	return { often, tail: files.length - often };
}

/** The Astro integration: precompresses dist/ after the build when PRECOMPRESS=1. */
export function precompress(): AstroIntegration {
	return {
		name: 'techday-precompress',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				if (!precompressWanted) return;
				const started = performance.now();
				const { often, tail } = await precompressDir(fileURLToPath(dir));
				const ms = Math.round(performance.now() - started);
				logger.info(
					`wrote .br and .gz beside ${often + tail} text files: ${often} at brotli ${LEVELS.often.brotli}, ${tail} at brotli ${LEVELS.tail.brotli} (${ms} ms)`,
				);
			},
		},
	};
}
