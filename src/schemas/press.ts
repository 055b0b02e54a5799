import { z } from 'astro/zod';
import { yamlDate } from '../lib/ids';

/** An article about the event on another site, listed in the event file's `press:`. */
export const PressItemSchema = z.strictObject({
	outlet: z.string().min(1).describe('Who published it, e.g. 전자신문'),
	title: z.string().min(1).describe('The headline as published, in its own language'),
	date: z
		.union([z.iso.date({ error: 'write the date as YYYY-MM-DD, e.g. 2024-11-26' }), z.date().transform(yamlDate)])
		.describe('When it was published, YYYY-MM-DD'),
	url: z.url({ protocol: /^https?$/, error: 'write the full address of the article, e.g. "https://example.com/news/1"' }),
	lang: z.enum(['ko', 'en']).default('ko').describe('The language of the headline: ko or en'),
});
export type PressItem = z.infer<typeof PressItemSchema>;
