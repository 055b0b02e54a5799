import { z } from 'astro/zod';
import { LinkSchema } from './common';
import { withHelp } from './help';

/** Words of a speaker that are translated. */
export const SpeakerWordsSchema = z.strictObject({
	name: withHelp(z.string().min(1), { ko: '이름', en: 'name', expected: '이름 / the name', example: 'name: 조성준' }),
	role: withHelp(z.string().min(1), { ko: '직함', en: 'job title', example: 'role: 교수' }),
	organization: withHelp(z.string().min(1), { ko: '소속', en: 'affiliation', example: 'organization: 서울대학교' }),
});

/** A speaker file in content/speakers/: Korean words, photo and links; the body is the bio. */
export const SpeakerSchema = SpeakerWordsSchema.extend({
	photo: withHelp(
		z
			.string()
			.regex(/^\/.+\.(jpe?g|png|webp|avif)$/i, 'give a path inside public/, e.g. "/speakers/cho-sungzoon.jpg"')
			.optional(),
		{
			ko: '사진 경로: 사진 파일을 public/speakers/ 에 넣고 /speakers/파일이름 으로 씁니다 (jpg, png, webp, avif). 없으면 줄을 지웁니다',
			en: 'photo path: put the file in public/speakers/ and write /speakers/<file>; leave the line out for none',
			expected: 'public/ 안의 사진 파일 경로, / 로 시작 / a photo file in public/, written from /',
			example: 'photo: /speakers/cho-sungzoon.jpg',
		},
	),
	links: withHelp(z.array(LinkSchema).default([]), {
		ko: '외부 링크 목록 (label 과 https 주소)',
		en: 'outside links: a label and an https address each',
		expected: '- label: 과 url: 을 가진 항목들 / items with label: and url:',
		example: 'links:\n  - label: 연구실 홈페이지\n    url: https://example.com',
	}),
});
export type SpeakerData = z.infer<typeof SpeakerSchema>;

/** An English file in content/en/speakers/. */
export const SpeakerTranslationSchema = SpeakerWordsSchema;
