import { z } from 'astro/zod';
import { ID_PATTERN } from '../lib/ids';

/** An entry id as used in file names and references: lower-case letters, digits and hyphens. */
export const SlugSchema = z
	.string()
	.regex(ID_PATTERN, 'use lower-case letters, digits and hyphens, e.g. "cho-sungzoon"');

/**
 * A wall-clock time of the event day, 24-hour "HH:MM", read in the event's time zone.
 * @example "09:30", "14:00"
 */
export const LocalTimeSchema = z
	.string({ error: 'write the time in quotes as 24-hour "HH:MM", e.g. "14:00"' })
	.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'write the time as 24-hour "HH:MM", e.g. "14:00"');

/** Text written in both languages, in the one file that holds facts for both (the event file). */
export const LocalizedTextSchema = z.strictObject({
	ko: z.string().min(1).describe('Korean text'),
	en: z.string().min(1).describe('English text'),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** An outside link: a label and an absolute https URL. */
export const LinkSchema = z.strictObject({
	label: z.string().min(1),
	url: z.url({ protocol: /^https?$/, error: 'write a full address, e.g. "https://example.com"' }),
});
export type Link = z.infer<typeof LinkSchema>;
