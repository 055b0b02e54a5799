import { z } from 'astro/zod';

/** Words of a partner track that are translated. */
export const TrackWordsSchema = z.strictObject({
	partner: z.string().min(1).describe('The company, e.g. 구글'),
	name: z.string().min(1).describe('The programme name'),
	teaches: z.array(z.string().min(1)).min(1).describe('What the course teaches, one point per line'),
	audience: z.string().min(1).optional().describe('Who it is for; leave out when not announced'),
});

/** A partner track file in content/tracks/. */
export const TrackSchema = TrackWordsSchema.extend({
	color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'write a colour as #RRGGBB, e.g. "#1a73e8"'),
	order: z.number().int().describe('Position in lists, smallest first'),
});
export type TrackData = z.infer<typeof TrackSchema>;

/** An English file in content/en/tracks/. */
export const TrackTranslationSchema = TrackWordsSchema;
