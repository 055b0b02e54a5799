import { z } from 'astro/zod';
import { SlugSchema } from './common';

/** Words of a programme result that are translated. */
export const ResultWordsSchema = z.strictObject({
	title: z.string().min(1),
	summary: z.string().min(1),
});

/** A result file in content/results/: one thing the programme did or offered. */
export const ResultSchema = ResultWordsSchema.extend({
	order: z.number().int(),
	tracks: z.array(SlugSchema).default([]).describe('Track ids this result belongs to; empty for all'),
});
export type ResultData = z.infer<typeof ResultSchema>;

/** An English file in content/en/results/. */
export const ResultTranslationSchema = ResultWordsSchema;
