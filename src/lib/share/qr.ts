/**
 * QR codes as inline SVG, made at build time with the `qrcode` library: no JavaScript reaches the page.
 * Choosing a code's mask costs about a millisecond, and a large event prints one on each of thousands of pages,
 * so each code is kept in the build cache (src/lib/cache/build-cache.ts) under its text, options and the library's version.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { cachedFile, cacheKey, installedVersion } from '../cache/build-cache';

/** Medium error correction survives a smudged printout; the quiet zone (margin) of 4 modules is what the standard asks for. */
const OPTIONS = { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } } as const;

let version: string | undefined;

/** The library's SVG of a URL: from the cache folder when there is one, else made here. */
async function librarySvg(url: string, cacheDir?: string): Promise<string> {
	const make = () => QRCode.toString(url, OPTIONS);
	if (!cacheDir) return make();
	const key = cacheKey([`qrcode@${(version ??= installedVersion('qrcode'))}`, JSON.stringify(OPTIONS), url]);
	return readFile((await cachedFile(join(cacheDir, `${key}.svg`), make)).path, 'utf8');
}

/**
 * An SVG QR code of a URL, labelled for screen readers (kept in `cacheDir` between builds when given).
 * @example await qrSvg('https://techday.example.com/', 'QR code: https://techday.example.com/')
 */
export async function qrSvg(url: string, label: string, cacheDir?: string): Promise<string> {
	const svg = await librarySvg(url, cacheDir);
	const escaped = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
	// The library writes a bare <svg>: give it a role and a name, and let CSS size it.
	return svg.replace(/^<svg /, `<svg role="img" aria-label="${escaped}" `);
}
