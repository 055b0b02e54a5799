/**
 * Writes file.br and file.gz beside every text file of the build, so a server can send them as they
 * are (nginx brotli_static / gzip_static, sirv in `npm run preview`) instead of compressing per request.
 * Netlify and Cloudflare Pages ignore them. Deterministic: same input, same bytes.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip as gzipCompress } from 'node:zlib';

/** Text files worth compressing (images and fonts already are). */
const COMPRESSIBLE = /\.(html|css|js|mjs|svg|xml|json|txt|ics|webmanifest)$/;

const brotli = promisify(brotliCompress);
const gzip = promisify(gzipCompress);

/** Writes the .br and .gz copies of one file (zlib's thread pool does the work, off the main thread). */
async function compressFile(file: string): Promise<void> {
	const bytes = await readFile(file);
	const [br, gz] = await Promise.all([
		brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
		gzip(bytes, { level: 9 }),
	]);
	await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
}

/**
 * Writes the .br and .gz copies for every compressible file under dir, as many files at a time as the
 * machine has cores (brotli at quality 11 is most of a large build's tail otherwise); returns how many files.
 */
async function precompressDir(dir: string): Promise<number> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	const files = entries.filter((e) => e.isFile() && COMPRESSIBLE.test(e.name)).map((e) => join(e.parentPath, e.name));
	let next = 0;
	const worker = async () => {
		while (next < files.length) await compressFile(files[next++]!);
	};
	await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker));
	return files.length;
}

/** The Astro integration: precompresses dist/ after every build. */
export function precompress(): AstroIntegration {
	return {
		name: 'techday-precompress',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const count = await precompressDir(fileURLToPath(dir));
				logger.info(`wrote .br and .gz beside ${count} text files (${Math.round(performance.now() - started)} ms)`);
			},
		},
	};
}
