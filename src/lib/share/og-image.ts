/**
 * Renders preview cards to PNG at build time: satori lays the card out with Pretendard GOV (vendored in
 * src/fonts/, src/lib/style/web-font-files.ts) into an SVG whose text is outlines, resvg rasterizes it, and sharp
 * (libvips, already the project's image library) encodes the pixels as an opaque PNG: in a third of resvg's own
 * encoder's time, and smaller. All three are deterministic, so the same card gives the same bytes in every time zone
 * and on every run of the same versions.
 *
 * A content-keyed cache (node_modules/.cache/og/ unless OG_CACHE_DIR says otherwise) keeps each PNG
 * under the hash of its element tree, the font files' version and the renderers' versions: a rebuild
 * only renders cards whose words, colour, font or renderer changed.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { cachedFile, cacheKey, installedVersion } from '../cache/build-cache';
import { OG_HEIGHT, OG_WIDTH, ogCardElement, type OgCard } from './og-card';
import { readVendoredFont, STATIC_FONTS, VENDORED_FONT_VERSION } from '../style/web-font-files';

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
		`satori@${installedVersion('satori')}`,
		`resvg@${installedVersion('@resvg/resvg-js')}`,
		`sharp@${installedVersion('sharp')}`,
		`${OG_WIDTH}x${OG_HEIGHT} rgb zlib ${PNG_COMPRESSION}`,
	].join(' ');
	return versions;
}

/** The cache key of a card: a hash of its element tree and the renderer versions. */
export function ogCacheKey(card: OgCard): string {
	return cacheKey([rendererVersions(), JSON.stringify(ogCardElement(card))]);
}

/**
 * zlib's level for the PNG: 3 packs a card's flat colours as small as resvg's encoder did (about 38 KB) in half the
 * time of the default 6, which saves only a few per cent more.
 */
const PNG_COMPRESSION = 3;

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

/** Renders a card to PNG bytes without the cache (with the whole fonts unless given others): RGB, the card has no transparency. */
export async function renderOgPng(card: OgCard, fonts?: OgFonts): Promise<Uint8Array> {
	const image = await rasterizeOgCard(card, fonts);
	return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
		.removeAlpha()
		.png({ compressionLevel: PNG_COMPRESSION })
		.toBuffer();
}

/** Counts for the build log and the benchmark. */
export const ogStats = { rendered: 0, cached: 0 };

/**
 * The cached PNG file of a card: there already when the same card was rendered before, else made by `render`
 * (by default here, on this thread; src/lib/share/og-pool.ts passes its worker threads) and stored. Returns its path,
 * so a build holding thousands of these keeps none of the bytes in memory.
 */
export async function ogPngFile(card: OgCard, cacheDir: string, render: (card: OgCard) => Promise<Uint8Array> = renderOgPng): Promise<string> {
	const { path, made } = await cachedFile(join(cacheDir, `${ogCacheKey(card)}.png`), () => render(card));
	ogStats[made ? 'rendered' : 'cached']++;
	return path;
}

/** A card's PNG bytes, from the cache or rendered and stored (ogPngFile). */
export async function ogPng(card: OgCard, cacheDir: string): Promise<Uint8Array> {
	return readFile(await ogPngFile(card, cacheDir));
}
