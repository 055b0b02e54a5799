import { z } from 'astro/zod';
import { HttpUrlSchema } from './common';
import { withHelp } from './help';
import { yamlDate } from '../lib/model/ids';

/** An article about the event on another site, listed in the event file's `press:`. */
export const PressItemSchema = z.strictObject({
	outlet: withHelp(z.string().min(1), { ko: '매체 이름', en: 'who published it', example: '  - outlet: 예시일보' }),
	title: withHelp(z.string().min(1), { ko: '기사 제목 (실린 그대로)', en: 'the headline as published', example: '    title: 정부·빅테크 인재 양성 성과 공개' }),
	date: withHelp(z.union([z.iso.date({ error: 'write the date as YYYY-MM-DD, e.g. 2024-11-26' }), z.date().transform(yamlDate)]), {
		ko: '기사 날짜 YYYY-MM-DD',
		en: 'when it was published, YYYY-MM-DD',
		example: '    date: 2024-11-26',
	}),
	url: withHelp(HttpUrlSchema, { ko: '기사 주소', en: 'the address of the article', example: '    url: https://news.example.com/techday' }),
	lang: withHelp(z.enum(['ko', 'en']).default('ko'), { ko: '제목의 언어: ko 또는 en', en: 'the language of the headline: ko or en', example: '    lang: en' }),
});
export type PressItem = z.infer<typeof PressItemSchema>;
