import { z } from 'astro/zod';
import { LinkSchema } from './common';

/** Words of a speaker that are translated. */
export const SpeakerWordsSchema = z.strictObject({
	name: z.string().min(1),
	role: z.string().min(1).describe('Job title, e.g. 교수'),
	organization: z.string().min(1).describe('Affiliation, e.g. 서울대학교'),
});

/** A speaker file in content/speakers/: Korean words, photo and links; the body is the bio. */
export const SpeakerSchema = SpeakerWordsSchema.extend({
	photo: z
		.string()
		.regex(/^\/.+\.(jpe?g|png|webp|avif)$/i, 'give a path inside public/, e.g. "/speakers/cho-sungzoon.jpg"')
		.optional()
		.describe('Photo path inside public/'),
	links: z.array(LinkSchema).default([]),
});
export type SpeakerData = z.infer<typeof SpeakerSchema>;

/** An English file in content/en/speakers/. */
export const SpeakerTranslationSchema = SpeakerWordsSchema;
