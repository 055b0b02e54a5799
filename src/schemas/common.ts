import { z } from 'astro/zod';
import { ID_PATTERN, yamlDate } from '../lib/model/ids';
import { withHelp } from './help';

/** An entry id as used in file names and references: lower-case letters, digits and hyphens. */
export const SlugSchema = z.string().regex(ID_PATTERN, 'use lower-case letters, digits and hyphens, e.g. "cho-sungzoon"');

/** A "HH:MM" time explained for organizers, Korean / English. */
export const TIME_EXPECTED = '행사 당일의 24시간제 시각 "HH:MM", 따옴표 안에 (00:00–23:59) / a 24-hour time "HH:MM" in quotes on the event day';

/**
 * A wall-clock time of the event day, 24-hour "HH:MM", read in the event's time zone.
 * @example "09:30", "14:00"
 */
export const LocalTimeSchema = z
	.string({ error: 'write the time in quotes as 24-hour "HH:MM", e.g. "14:00"' })
	.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'write the time as 24-hour "HH:MM", e.g. "14:00"');

/** Text written in both languages, in the one file that holds facts for both (the event file). */
export const LocalizedTextSchema = z.strictObject({
	ko: withHelp(z.string().min(1), { ko: '한국어 글', en: 'Korean text', example: '  ko: 서울드래곤시티' }),
	en: withHelp(z.string().min(1), { ko: '영어 글', en: 'English text', example: '  en: Seoul Dragon City' }),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** An absolute http(s) address. */
export const HttpUrlSchema = z.url({ protocol: /^https?$/, error: 'write a full address, e.g. "https://example.com"' });

/** An outside link: a label and an absolute https URL. */
export const LinkSchema = z.strictObject({
	label: withHelp(z.string().min(1), { ko: '링크 이름', en: 'link label', example: '  - label: 행사 안내' }),
	url: withHelp(HttpUrlSchema, {
		ko: 'https:// 로 시작하는 전체 주소',
		en: 'a full address starting with https://',
		example: '    url: https://example.com',
	}),
});
export type Link = z.infer<typeof LinkSchema>;

/** A calendar date YYYY-MM-DD; YAML reads an unquoted 2024-11-25 as a Date at UTC midnight, so keep only the date. */
export const CalendarDateSchema = z.union([z.iso.date({ error: 'write the date as YYYY-MM-DD, e.g. 2024-11-25' }), z.date().transform(yamlDate)]);
