import { z } from 'astro/zod';
import { LinkSchema } from './common';
import { withHelp } from './help';
import { imageField, plainImage, type ImageFn } from './image';

/** Words of a speaker that are translated. */
export const SpeakerWordsSchema = z.strictObject({
	name: withHelp(z.string().min(1), { ko: '이름', en: 'name', expected: '이름 / the name', example: 'name: 조성준' }),
	role: withHelp(z.string().min(1), { ko: '직함', en: 'job title', example: 'role: 교수' }),
	organization: withHelp(z.string().min(1), { ko: '소속', en: 'affiliation', example: 'organization: 서울대학교' }),
});

/** A speaker file in content/speakers/: Korean words, photo and links; the body is the bio. */
export const speakerSchema = (image: ImageFn) =>
	SpeakerWordsSchema.extend({
		photo: imageField(image().optional(), 'photo', {
			ko: '사진: 사진 파일을 이 파일 옆(content/speakers/)에 넣고 ./파일이름 으로 씁니다 (jpg, png, webp, avif). 대체 텍스트는 이름입니다. 없으면 줄을 지웁니다',
			en: "photo: put the file next to this one (content/speakers/) and write ./<file>; its alt text is the speaker's name; leave the line out for none",
			expected:
				'이 파일 옆에 둔 사진을 ./파일이름 으로 (public/ 이 아니라 content/speakers/ 에) / a photo next to this file, written ./<file> (in content/speakers/, not public/)',
			example: 'photo: ./cho-sungzoon.jpg',
		}),
		links: withHelp(z.array(LinkSchema).default([]), {
			ko: '외부 링크 목록 (label 과 https 주소)',
			en: 'outside links: a label and an https address each',
			expected: '- label: 과 url: 을 가진 항목들 / items with label: and url:',
			example: 'links:\n  - label: 연구실 홈페이지\n    url: https://example.com',
		}),
	});
/** The speaker schema where no build runs: image paths stay text (see plainImage). */
export const SpeakerSchema = speakerSchema(plainImage);
export type SpeakerData = z.infer<typeof SpeakerSchema>;

/** An English file in content/en/speakers/. */
export const SpeakerTranslationSchema = SpeakerWordsSchema;
