/**
 * What the web font weighs, cut in several ways for the characters of a built site:
 * `npm run build && npm run bench:font` (option --dir=PATH for another build, default dist/).
 * Prints a Markdown table for docs/performance.md: characters, WOFF2 bytes and the WOFF2's brotli
 * (quality 11: what a host would send if it compressed it again; WOFF2 is brotli already).
 */
import { fileURLToPath } from 'node:url';
import { siteCodePoints, WEB_FONT_FEATURES, WEB_FONT_SUBSET } from '../src/integrations/web-font';
import { subsetFont, toWoff2, type SubsetOptions } from '../src/lib/style/web-font';
import { readVendoredFont, VARIABLE_FONT } from '../src/lib/style/web-font-files';
import { brotliSize } from './bytes';

const root = fileURLToPath(new URL('../', import.meta.url));
const dir = process.argv.find((a) => a.startsWith('--dir='))?.slice('--dir='.length) ?? `${root}dist/`;

const cuts: [string, SubsetOptions][] = [
	['whole weight axis (45–930), HarfBuzz default features', {}],
	['wght 400–700, HarfBuzz default features', { axis: WEB_FONT_SUBSET.axis }],
	['wght 400–800, the site’s features', { axis: { tag: 'wght', min: 400, max: 800, default: 400 }, features: WEB_FONT_FEATURES }],
	['**wght 400–700, the site’s features (shipped)**', WEB_FONT_SUBSET],
];

const codePoints = siteCodePoints(dir);
const hangul = codePoints.filter((c) => c >= 0xac00 && c <= 0xd7a3).length;
const font = await readVendoredFont(VARIABLE_FONT, root);
console.log(`${codePoints.length} characters (${hangul} Hangul syllables) from ${dir}\n`);
console.log('| variable font, no hints | WOFF2 | brotli of the WOFF2 |\n|---|---:|---:|');
for (const [name, options] of cuts) {
	const woff2 = await toWoff2(await subsetFont(font, codePoints, options));
	console.log(`| ${name} | ${woff2.length.toLocaleString('en')} B | ${brotliSize(Buffer.from(woff2)).toLocaleString('en')} B |`);
}
