import { z } from 'astro/zod';
import { withHelp } from './help';
import { imageField, plainImage, type ImageFn } from './image';

/** Words of a partner track that are translated. */
export const TrackWordsSchema = z.strictObject({
	partner: withHelp(z.string().min(1), { ko: '협력 기업', en: 'the company', expected: '기업 이름 / the company', example: 'partner: 구글' }),
	name: withHelp(z.string().min(1), { ko: '과정 이름', en: 'programme name', expected: '과정 이름 / the programme name', example: 'name: 구글 AI 과정' }),
	teaches: withHelp(z.array(z.string().min(1)).min(1), {
		ko: '무엇을 가르치는지, 한 줄에 하나씩',
		en: 'what the course teaches, one point per line',
		expected: '- 로 시작하는 줄이 하나 이상 / one or more lines starting with -',
		example: 'teaches:\n  - 머신러닝 기초\n  - 클라우드에서 모델 배포하기',
	}),
	audience: withHelp(z.string().min(1).optional(), {
		ko: '대상 (발표되지 않았으면 줄을 지웁니다)',
		en: 'who it is for; leave the line out when not announced',
		expected: '한 줄 / one line',
		example: 'audience: 대학생과 취업 준비생',
	}),
});

/** A partner track file in content/tracks/. */
export const trackSchema = (image: ImageFn) =>
	TrackWordsSchema.extend({
		color: withHelp(z.string().regex(/^#[0-9a-fA-F]{6}$/, 'write a colour as #RRGGBB, e.g. "#1a73e8"'), {
			ko: '트랙 색 (#RRGGBB)',
			en: 'track colour',
			expected: '따옴표 안의 #RRGGBB / "#RRGGBB" in quotes',
			example: 'color: "#1a73e8"',
		}),
		order: withHelp(z.number().int(), {
			ko: '목록에서의 순서, 작은 수가 먼저',
			en: 'position in lists, smallest first',
			expected: '정수 / a whole number',
			example: 'order: 7',
		}),
		logo: imageField(image().optional(), 'logo', {
			ko: '협력 기업 로고: 파일을 이 파일 옆(content/tracks/)에 넣고 ./파일이름 으로 씁니다 (svg, png, webp). 대체 텍스트는 기업 이름입니다',
			en: "the partner's logo: put the file next to this one (content/tracks/) and write ./<file>; its alt text is the company's name",
			expected: '이 파일 옆에 둔 로고를 ./파일이름 으로 / a logo next to this file, written ./<file>',
			example: 'logo: ./google-logo.svg',
		}),
	});
/** The track schema where no build runs: image paths stay text (see plainImage). */
export const TrackSchema = trackSchema(plainImage);
export type TrackData = z.infer<typeof TrackSchema>;

/** An English file in content/en/tracks/. */
export const TrackTranslationSchema = TrackWordsSchema;
