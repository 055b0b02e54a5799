/**
 * Images from content as the pages show them, and their optimised files' addresses for structured data:
 * one place decides a speaker photo's crop and sizes, so the JSON-LD image is a file the page already ships.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';

/** A speaker photo's square, in CSS pixels: on the speaker's page, on cards (list, home's keynote), beside a session's facts. */
export const speakerPhotoSize = { page: 160, card: 72, fact: 48 } as const;

/** Every speaker photo is cropped to a square from its top, where the face usually is. */
export const speakerPhotoCrop = { fit: 'cover', position: 'top' } as const;

/** The densities every photo and raster logo is made in. */
export const densities = [1, 2];

/** The absolute URL of a speaker photo as the speaker page's 2x WebP (the same file its <picture> lists). */
export async function speakerPhotoUrl(photo: ImageMetadata, site: URL | undefined): Promise<string> {
	const size = speakerPhotoSize.page * 2;
	const image = await getImage({ src: photo, width: size, height: size, format: 'webp', ...speakerPhotoCrop });
	return new URL(image.src, site).href;
}

/** The absolute URL of a logo as the site serves it: an SVG as it is, any other format as WebP at its own size. */
export async function logoUrl(logo: ImageMetadata, site: URL | undefined): Promise<string> {
	return new URL((await getImage({ src: logo })).src, site).href;
}
