/**
 * Image files in the content folder: which formats the build optimises, which ones an organizer must
 * convert first, and how a path written in a content file is found from that file.
 */

/** Formats `astro:assets` reads and turns into AVIF and WebP (SVG logos are kept as they are). */
export const IMAGE_FORMATS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'svg'] as const;

/** Photo formats that phones and cameras save but browsers and the build can't use. */
const CONVERT_FIRST = ['heic', 'heif', 'tif', 'tiff', 'bmp', 'psd', 'dng', 'cr2', 'nef', 'arw'];

/** Image files that may sit next to an .mdx body for <Figure>. */
export const LOCAL_IMAGE = /\.(?:jpe?g|png|webp|avif|gif)$/i;

/**
 * A file this large is optimised like any other, but it weighs on the repository every clone downloads.
 * 5 MB: a phone photo fits under it, a 24-megapixel camera JPEG does not.
 */
export const LARGE_IMAGE_BYTES = 5 * 1024 * 1024;

const extension = (path: string) => /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase();

/**
 * What a file is, by its extension: an image the build uses, a photo to convert first, or neither.
 * @example imageFileKind('gallery/stage.HEIC') // "convert"
 */
export function imageFileKind(path: string): 'image' | 'convert' | undefined {
	const ext = extension(path);
	if (ext === undefined) return undefined;
	if ((IMAGE_FORMATS as readonly string[]).includes(ext)) return 'image';
	return CONVERT_FIRST.includes(ext) ? 'convert' : undefined;
}

/**
 * The content-folder path ("speakers/kim.jpg") a relative path written in a content file points at,
 * or undefined when it leaves the content folder or is not relative.
 * @example contentPathFrom('speakers/kim.md', './kim.jpg') // "speakers/kim.jpg"
 * @example contentPathFrom('event.yaml', 'gallery/stage.jpg') // "gallery/stage.jpg"
 */
export function contentPathFrom(fromRel: string, written: string): string | undefined {
	if (/^(?:\/|[a-z][a-z0-9+.-]*:)/i.test(written)) return undefined;
	const parts = fromRel.split('/').slice(0, -1);
	for (const part of written.split('/')) {
		if (part === '' || part === '.') continue;
		if (part === '..') {
			if (parts.length === 0) return undefined;
			parts.pop();
		} else parts.push(part);
	}
	return parts.join('/');
}
