/**
 * Every page preloads the web font, whose file name (a content hash) exists only once the build has cut it
 * (src/integrations/web-font.ts). So a built page's head names a placeholder of the same length
 * (src/layouts/BaseLayout.astro, before the stylesheet that declares the font, so the browser asks for the font as
 * soon as it reads the head), and the build overwrites those bytes in place: thousands of pages are not written again.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';

/** How many hex digits of the file's SHA-256 name it. */
const HASH_LENGTH = 10;

/**
 * The web font's file under the site's base, named by the hash of its bytes.
 * @example webFontFile('0123456789abcdef') // "_astro/pretendard-gov.0123456789.woff2"
 */
export function webFontFile(sha256Hex: string): string {
	if (!/^[0-9a-f]{10,}$/.test(sha256Hex)) throw new Error(`not a hex hash: ${sha256Hex}`);
	return `_astro/pretendard-gov.${sha256Hex.slice(0, HASH_LENGTH)}.woff2`;
}

/** What pages name the file until the build knows it: as long as every real name, and never one (x is not hex). */
export const WEB_FONT_PLACEHOLDER = `_astro/pretendard-gov.${'x'.repeat(HASH_LENGTH)}.woff2`;

/**
 * Points a built page's preload at the font file: overwrites the first `"<base><placeholder>"` in the file with the
 * real name, in place (the same number of bytes, so nothing else in the file moves). Whether the page had one.
 */
export function fillWebFontPreload(page: string, base: string, file: string): boolean {
	const placeholder = Buffer.from(`"${base}${WEB_FONT_PLACEHOLDER}"`);
	const real = Buffer.from(`"${base}${file}"`);
	if (real.length !== placeholder.length) throw new Error(`web font file ${file} is not named like ${WEB_FONT_PLACEHOLDER}`);
	const fd = openSync(page, 'r+');
	try {
		const at = readFileSync(fd).indexOf(placeholder);
		if (at < 0) return false;
		writeSync(fd, real, 0, real.length, at);
		return true;
	} finally {
		closeSync(fd);
	}
}
