/**
 * Renders preview cards to PNG at build time: satori lays the card out with Pretendard GOV (vendored in
 * src/fonts/, src/lib/style/web-font-files.ts) into an SVG whose text is outlines, resvg rasterizes it.
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
import { readVendoredFont, STATIC_FONTS, VENDORED_FONT_VERSION } from '../style/web-font-files';

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

const weights = [400, 700, 800] as const;

/** The card font's three weights as satori takes them. */
export type OgFonts = { name: string; data: Buffer; weight: 400 | 700 | 800; style: 'normal' }[];

/**
 * The three weights as OpenType, each whole or changed by `cut` (og-pool.ts cuts them to the cards' characters for its
 * worker threads). Read one after the other: the WOFF2 decoder holds one file at a time.
 */
export async function ogFonts(cut: (font: Buffer) => Promise<Buffer> = async (font) => font): Promise<OgFonts> {
	const result: OgFonts = [];
	for (const weight of weights) result.push({ name: 'Pretendard GOV', data: await cut(await readVendoredFont(STATIC_FONTS[weight])), weight, style: 'normal' });
	return result;
}

let fonts: Promise<OgFonts> | undefined;
/** The three weights whole (read once per process, and only when a card is rendered without fonts given). */
const loadFonts = () => (fonts ??= ogFonts());

let versions: string | undefined;
/** What besides the card decides the bytes: bump any of these and every image is made again (read once per build). */
function rendererVersions(): string {
	versions ??= [
		`${VENDORED_FONT_VERSION} ${Object.values(STATIC_FONTS).join(' ')}`,
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
export async function rasterizeOgCard(card: OgCard, fonts?: OgFonts) {
	// satori's types want a React element; the tree has the same shape.
	const svg = await satori(ogCardElement(card) as unknown as Parameters<typeof satori>[0], {
		width: OG_WIDTH,
		height: OG_HEIGHT,
		fonts: fonts ?? (await loadFonts()),
	});
	// Text is already outlines in the SVG, so no system font can change the result.
	return new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } }).render();
}

/** Renders a card to PNG bytes without the cache (with the whole fonts unless given others). */
export async function renderOgPng(card: OgCard, fonts?: OgFonts): Promise<Uint8Array> {
	return (await rasterizeOgCard(card, fonts)).asPng();
}

/** Counts for the build log and the benchmark. */
export const ogStats = { rendered: 0, cached: 0 };

/**
 * The cached PNG file of a card: there already when the same card was rendered before, else made by `render`
 * (by default here, on this thread; src/lib/share/og-pool.ts passes its worker threads) and stored. Returns its path,
 * so a build holding thousands of these keeps none of the bytes in memory.
 */
export async function ogPngFile(card: OgCard, cacheDir: string, render: (card: OgCard) => Promise<Uint8Array> = renderOgPng): Promise<string> {
	const file = join(cacheDir, `${ogCacheKey(card)}.png`);
	if (existsSync(file)) {
		ogStats.cached++;
		return file;
	}
	const png = await render(card);
	await mkdir(cacheDir, { recursive: true });
	// Write then rename, so a build that stops halfway never leaves half a PNG under a valid key.
	const partial = `${file}.${process.pid}.tmp`;
	await writeFile(partial, png);
	await rename(partial, file);
	ogStats.rendered++;
	return file;
}

/** A card's PNG bytes, from the cache or rendered and stored (ogPngFile). */
export async function ogPng(card: OgCard, cacheDir: string): Promise<Uint8Array> {
	return readFile(await ogPngFile(card, cacheDir));
}
