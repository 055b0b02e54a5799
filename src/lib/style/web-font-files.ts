/**
 * The font files the site uses, vendored from pretendard-gov (src/fonts/pretendard-gov/README.md says
 * from where and how to update): stored as WOFF2, opened as TrueType/OpenType for the tools that cut
 * or draw with them. Paths are relative to the project root, which builds and tests run in.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decompress } from 'wawoff2';

/** The package and version the files come from (part of the preview images' cache key). */
export const VENDORED_FONT_VERSION = 'pretendard-gov@1.3.9';
/** The folder of the vendored files, from the project root. */
export const VENDORED_FONT_DIR = 'src/fonts/pretendard-gov';
/** The variable font the web font is cut from. */
export const VARIABLE_FONT = 'PretendardGOVVariable.woff2';
/** The static weights the preview images are drawn with. */
export const STATIC_FONTS = { 400: 'PretendardGOV-Regular.woff2', 700: 'PretendardGOV-Bold.woff2', 800: 'PretendardGOV-ExtraBold.woff2' } as const;

let decoding: Promise<unknown> = Promise.resolve();

/**
 * A vendored font file as TrueType/OpenType bytes (WOFF2 decompressed with Google's decoder). One file is
 * decoded at a time and copied out at once: the decoder's result lives in its WebAssembly memory, which the
 * next decoding may reuse.
 */
export async function readVendoredFont(file: string, root = process.cwd()): Promise<Buffer> {
	const woff2 = await readFile(join(root, VENDORED_FONT_DIR, file));
	const font = decoding.then(async () => Buffer.from(await decompress(woff2)));
	decoding = font.catch(() => {});
	return font;
}
