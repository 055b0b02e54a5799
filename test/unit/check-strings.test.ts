import { describe, expect, test } from 'vitest';
import { both, checkCheckStrings, inEach, inLanguage } from '../../src/i18n/check';
import en from '../../src/i18n/check/en';
import ko from '../../src/i18n/check/ko';
import { RULE_TITLES } from '../../src/lib/content-check';
import { RULES } from '../../src/lib/content-check/types';

describe('the content check’s words', () => {
	test('both languages pass the schema derived from the Korean file; every rule has a title in both', () => {
		expect(() => checkCheckStrings({ ko, en })).not.toThrow();
		for (const rule of RULES) expect(RULE_TITLES[rule]).toMatch(/^\S.* \/ [A-Za-z].*\S$/);
	});

	test.each([
		[
			'a missing key',
			() => {
				const { 'yaml.quote': _, ...rest } = en;
				return rest;
			},
			/yaml\.quote/,
		],
		['an extra key', () => ({ ...en, 'yaml.extra': 'Extra' }), /yaml\.extra/],
		['an empty string', () => ({ ...en, 'word.or': ' ' }), /word\.or/],
		['text where Korean has plural forms', () => ({ ...en, 'count.errors': '{n} errors' }), /count\.errors/],
	])('%s fails with the key named', (_, broken, message) => {
		expect(() => checkCheckStrings({ ko, en: broken() as typeof en })).toThrow(message);
	});

	test('a message is said in Korean, then English; a slot may be worded in each language', () => {
		expect(both('yaml.quote')).toBe('따옴표가 닫히지 않았습니다 / a quote is not closed.');
		expect(both('count.errors', { n: 1 })).toBe('오류 1건 / 1 error');
		expect(both('count.errors', { n: 2 })).toBe('오류 2건 / 2 errors');
		expect(both('reference.unknown', { where: inEach('where.rooms'), ids: 'main-hall' })).toBe(
			'content/event.yaml 의 rooms 에 있는 id 중 하나: main-hall / an id that exists in the rooms of content/event.yaml',
		);
		expect(inLanguage('en', 'word.or')).toBe('or');
	});

	test('a slot without a value is an error, not a "{file}" in a message', () => {
		expect(() => both('public-file.missing')).toThrow(/\{file\}/);
	});
});
