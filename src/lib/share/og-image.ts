/**
 * Renders preview cards to PNG at build time: satori lays the card out with Pretendard GOV (an npm
 * font package, so `npm ci` brings it) into an SVG whose text is outlines, resvg rasterizes it.
 * Both are deterministic, so the same card gives the same bytes on every machine and time zone.
 *
 * A content-keyed cache (node_modules/.cache/og/ unless OG_CACHE_DIR says otherwise) keeps each PNG
 * under the hash of its element tree, the font files' version and the renderers' versions: a rebuild
 * only renders cards whose words, colour, font or renderer changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { OG_HEIGHT, OG_WIDTH, ogCardElement, type OgCard } from './og-card';

const requireFromRoot = createRequire(join(process.cwd(), 'package.json'));

/** The folder and version of an installed package (found from the project root). */
function installedPackage(name: string): { dir: string; version: string } {
	let dir = dirname(requireFromRoot.resolve(name));
	while (!existsSync(join(dir, 'package.json')) || JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name !== name) {
		const up = dirname(dir);
		if (up === dir) throw new Error(`Cannot find the package.json of ${name}`);
		dir = up;
	}
	return { dir, version: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version };
}

/** The font package has no entry point; its folder is found through its package.json. */
function fontPackage() {
	const file = requireFromRoot.resolve('pretendard-gov/package.json');
	return { dir: dirname(file), version: JSON.parse(readFileSync(file, 'utf8')).version as string };
}

const weights = [
	[400, 'Regular'],
	[700, 'Bold'],
	[800, 'ExtraBold'],
] as const;

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700 | 800; style: 'normal' }[]> | undefined;
const loadFonts = () =>
	(fonts ??= Promise.all(
		weights.map(async ([weight, file]) => ({
			name: 'Pretendard GOV',
			data: await readFile(join(fontPackage().dir, `dist/public/static/PretendardGOV-${file}.otf`)),
			weight,
			style: 'normal' as const,
		})),
	));

let versions: string | undefined;
/** What besides the card decides the bytes: bump any of these and every image is made again (read once per build). */
function rendererVersions(): string {
	versions ??= [
		`pretendard-gov@${fontPackage().version}`,
		`satori@${installedPackage('satori').version}`,
		`resvg@${installedPackage('@resvg/resvg-js').version}`,
		`${OG_WIDTH}x${OG_HEIGHT}`,
	].join(' ');
	return versions;
}

/** The cache key of a card: a hash of its element tree and the renderer versions. */
export function ogCacheKey(card: OgCard): string {
	return createHash('sha256')
		.update(rendererVersions())
		.update('\0')
		.update(JSON.stringify(ogCardElement(card)))
		.digest('hex');
}

/** A card laid out by satori and rasterized by resvg (whose result gives PNG bytes or raw pixels). */
export async function rasterizeOgCard(card: OgCard) {
	// satori's types want a React element; the tree has the same shape.
	const svg = await satori(ogCardElement(card) as unknown as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts: await loadFonts() });
	// Text is already outlines in the SVG, so no system font can change the result.
	return new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } }).render();
}

/** Renders a card to PNG bytes without the cache. */
export async function renderOgPng(card: OgCard): Promise<Uint8Array> {
	return (await rasterizeOgCard(card)).asPng();
}

/** Counts for the build log and the benchmark. */
export const ogStats = { rendered: 0, cached: 0 };

/** A card's PNG: from the cache when the same card was rendered before, else rendered and stored. */
export async function ogPng(card: OgCard, cacheDir: string): Promise<Uint8Array> {
	const file = join(cacheDir, `${ogCacheKey(card)}.png`);
	try {
		const bytes = await readFile(file);
		ogStats.cached++;
		return bytes;
	} catch {
		// Not cached yet.
	}
	const png = await renderOgPng(card);
	await mkdir(cacheDir, { recursive: true });
	// Write then rename, so a build that stops halfway never leaves half a PNG under a valid key.
	const partial = `${file}.${process.pid}.tmp`;
	await writeFile(partial, png);
	await rename(partial, file);
	ogStats.rendered++;
	return png;
}
