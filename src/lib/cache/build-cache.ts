/**
 * The build's cache of things it renders (preview images, QR codes, the web font's cuts, each page's characters): each kept as a file named by a hash of
 * everything that decides its bytes, so a rebuild makes only what changed and never reads a stale one. The folder
 * can be deleted at any time.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const requireFromRoot = createRequire(join(process.cwd(), 'package.json'));

/** The folder of an installed package, found from the project root or from inside another package (its own dependency). */
function packageDir(name: string, within?: string): string {
	const from = within ? createRequire(join(packageDir(within), 'package.json')) : requireFromRoot;
	let dir = dirname(from.resolve(name));
	while (!existsSync(join(dir, 'package.json')) || JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name !== name) {
		const up = dirname(dir);
		if (up === dir) throw new Error(`Cannot find the package.json of ${name}`);
		dir = up;
	}
	return dir;
}

/**
 * The version of an installed package (found from the project root, or as the package `within` finds it: a dependency
 * of a dependency may be installed in another version too): part of the key of what it renders.
 */
export function installedVersion(name: string, within?: string): string {
	return JSON.parse(readFileSync(join(packageDir(name, within), 'package.json'), 'utf8')).version;
}

/**
 * A cache key: the SHA-256 of its parts, each ended by a NUL so no two lists of parts give the same text.
 * @example cacheKey(['qrcode@1.5.4', 'https://x.test/']).length // 64
 */
export function cacheKey(parts: readonly string[]): string {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(part).update('\0');
	return hash.digest('hex');
}

/** A name beside a cache file to write it under first: whole or not at all under the real name. */
const partialName = (file: string) => `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;

/**
 * The path of a cached file: there already when it was made before, else made by `make` and stored. It is written
 * beside and then renamed, so a build that stops halfway never leaves half a file under a valid name, and two
 * builds making the same file at once both end with a whole one. `made` says whether this call made it.
 */
export async function cachedFile(file: string, make: () => Promise<Uint8Array | string>): Promise<{ path: string; made: boolean }> {
	if (existsSync(file)) return { path: file, made: false };
	const bytes = await make();
	await mkdir(dirname(file), { recursive: true });
	const partial = partialName(file);
	await writeFile(partial, bytes);
	await rename(partial, file);
	return { path: file, made: true };
}

/**
 * A small cached text read or made at once, for a step that does thousands of these one after the other on a thread
 * with nothing else to do (cachedFile's promises would cost more than the work): stored as cachedFile stores.
 */
export function cachedTextSync(file: string, make: () => string): string {
	try {
		return readFileSync(file, 'utf8');
	} catch {
		const text = make();
		mkdirSync(dirname(file), { recursive: true });
		const partial = partialName(file);
		writeFileSync(partial, text);
		renameSync(partial, file);
		return text;
	}
}
