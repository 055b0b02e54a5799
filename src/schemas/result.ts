import { z } from 'astro/zod';
import { SlugSchema } from './common';
import { withHelp } from './help';

/** Words of a programme result that are translated. */
export const ResultWordsSchema = z.strictObject({
	title: withHelp(z.string().min(1), { ko: '제목', en: 'title', expected: '한 줄 제목 / a one-line title', example: 'title: 수료 후에도 이어지는 지원' }),
	summary: withHelp(z.string().min(1), {
		ko: '한두 문장 요약',
		en: 'one or two sentences',
		expected: '한두 문장 / one or two sentences',
		example: 'summary: 수료생의 취업과 창업을 꾸준히 돕습니다.',
	}),
});

/** A result file in content/results/: one thing the programme did or offered. */
export const ResultSchema = ResultWordsSchema.extend({
	order: withHelp(z.number().int(), {
		ko: '목록에서의 순서, 작은 수가 먼저',
		en: 'position in lists, smallest first',
		expected: '정수 / a whole number',
		example: 'order: 6',
	}),
	tracks: withHelp(z.array(SlugSchema).default([]), {
		ko: '관련 트랙 id 목록, 모든 트랙이면 [] ',
		en: 'track ids this result belongs to; [] for all',
		expected: 'content/tracks/ 의 파일 이름 목록 / a list of track ids',
		refersTo: { ids: 'tracks', sample: 'aws' },
	}),
});
export type ResultData = z.infer<typeof ResultSchema>;

/** An English file in content/en/results/. */
export const ResultTranslationSchema = ResultWordsSchema;
