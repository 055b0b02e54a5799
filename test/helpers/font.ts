import { create, type Font } from 'fontkitten';
import { decompress } from 'wawoff2';

/** A WOFF2 file opened for its tables (cmap, fvar): decompressed to TrueType, read with fontkitten. */
export async function readWoff2(bytes: Uint8Array): Promise<Font> {
	const font = create(Buffer.from(await decompress(bytes)));
	if (!('characterSet' in font)) throw new Error('a font collection, not one font');
	return font;
}
