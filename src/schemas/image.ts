import type { ImageMetadata } from 'astro';
import { z } from 'astro/zod';
import { withHelp, type FieldHelp } from './help';

/** What a content file's image field becomes: Astro's `image()` gives the file's metadata for `astro:assets`. */
export type ImageSchema = z.ZodType<ImageMetadata>;

/** The `image` helper Astro passes to a collection's schema function, or {@link plainImage} outside a build. */
export type ImageFn = () => ImageSchema;

/** The image fields of the schemas, so the content check can find every image an entry names. */
export const imageFields = z.registry<{ what: 'photo' | 'logo' }>();

/**
 * The image helper where no build runs (the content check, `npm run new`, unit tests): the written path,
 * checked for its form only. The content check then looks for the file and its format.
 * Typed as Astro's image so one schema serves both; nothing renders from it.
 */
export const plainImage: ImageFn = () =>
	z
		.string()
		.min(1)
		.regex(
			/^(?!\/|[a-z][a-z0-9+.-]*:)/i,
			'put the image in the content folder and write its path from this file, e.g. "./cho-sungzoon.jpg" (not /… or https://…)',
		) as unknown as ImageSchema;

/**
 * An image field: a path from the content file to an image in the content folder, with organizer help.
 * @example photo: imageField(image().optional(), 'photo', { ko: '사진', en: 'photo', example: 'photo: ./kim.jpg' })
 */
export function imageField<T extends z.ZodType>(schema: T, what: 'photo' | 'logo', help: FieldHelp): T {
	const field = withHelp(schema, help);
	imageFields.add(field as z.ZodType, { what });
	return field;
}
