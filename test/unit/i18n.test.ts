import { describe, expect, test } from 'vitest';
import { affiliation, checkUiStrings, ui, useTranslations } from '../../src/i18n';
import en from '../../src/i18n/en';
import ko from '../../src/i18n/ko';
import { langAttr, langStaticPaths, localeTag, localizedPath, ogLocale, otherLang } from '../../src/i18n/languages';
import { translator } from '../../src/i18n/translate';

describe('localizedPath', () => {
	test.each([
		['ko', '/', '/', '/'],
		['en', '/', '/', '/en/'],
		['ko', '/agenda/', '/', '/agenda/'],
		['en', '/agenda', '/', '/en/agenda/'],
		['en', '/sessions/keynote/', '/techday/', '/techday/en/sessions/keynote/'],
		['ko', '/schedule.ics', '/techday', '/techday/schedule.ics'],
		['en', '/sessions/keynote.ics', '/', '/en/sessions/keynote.ics'],
		['ko', '/agenda/#t-1000', '/', '/agenda/#t-1000'],
		['en', '/agenda#t-1000', '/', '/en/agenda/#t-1000'],
		['en', '/my/?s=a,b', '/', '/en/my/?s=a,b'],
	] as const)('%s %s under %s → %s', (lang, path, base, expected) => {
		expect(localizedPath(lang, path, base)).toBe(expected);
	});
});

test('each page is built once per language, Korean without a prefix', () => {
	expect(langStaticPaths()).toEqual([
		{ params: { lang: undefined }, props: { lang: 'ko' } },
		{ params: { lang: 'en' }, props: { lang: 'en' } },
	]);
	expect(otherLang('ko')).toBe('en');
	expect(otherLang('en')).toBe('ko');
});

test('one locale tag per language, in every form it is written', () => {
	expect([localeTag('ko'), localeTag('en')]).toEqual(['ko-KR', 'en-GB']);
	expect([ogLocale('ko'), ogLocale('en')]).toEqual(['ko_KR', 'en_GB']);
	expect(langAttr('en', 'ko')).toBe('ko-KR');
	expect(langAttr('en', 'en')).toBeUndefined();
});

describe('interface strings', () => {
	test('both languages pass the schema derived from the Korean file', () => {
		expect(() => checkUiStrings({ ko, en })).not.toThrow();
		expect(Object.keys(ui.en).sort()).toEqual(Object.keys(ui.ko).sort());
	});

	test.each([
		[
			'a missing key',
			() => {
				const { 'nav.home': _, ...rest } = en;
				return rest;
			},
			/nav\.home/,
		],
		['an extra key', () => ({ ...en, 'nav.extra': 'Extra' }), /nav\.extra/],
		['an empty string', () => ({ ...en, 'nav.home': ' ' }), /nav\.home/],
		['text where Korean has plural forms', () => ({ ...en, 'my.count': '{n} sessions' }), /my\.count/],
	])('%s fails with the key named', (_, broken, message) => {
		expect(() => checkUiStrings({ ko, en: broken() as typeof en })).toThrow(message);
	});

	test('t fills slots and picks plural forms with the language’s own rules', () => {
		const t = useTranslations('en');
		expect(t('agenda.count', { n: 1 })).toBe('Showing 1 session.');
		expect(t('agenda.count', { n: 1000 })).toBe('Showing 1,000 sessions.');
		expect(useTranslations('ko')('agenda.count', { n: 1 })).toBe('세션 1개를 보여 줍니다.');
		expect(t('my.added', { title: 'Keynote' })).toBe('Added “Keynote” to your agenda.');
	});

	test('a slot without a value, or a plural without n, is an error, not a "{title}" on the page', () => {
		const t = useTranslations('en');
		expect(() => t('my.added')).toThrow(/\{title\}/);
		expect(() => t('agenda.count')).toThrow(/number n/);
	});

	test('the browser scripts use the same function on the strings the page gives them', () => {
		const t = translator('en-GB', { 'my.count': ui.en['my.count'] });
		expect(t('my.count', { n: 2 })).toBe('2 sessions');
	});

	test('no interface string names a time zone: the zone is content', () => {
		const all = JSON.stringify(ui);
		expect(all).not.toMatch(/KST|UTC\+9|GMT\+9|Korea Standard|한국 표준시/);
	});
});

test('a title and organization read the way the language of the words writes them', () => {
	expect(affiliation({ role: '교수', organization: '서울대학교', wordsLang: 'ko' })).toBe('서울대학교 교수');
	expect(affiliation({ role: 'CEO', organization: 'Caliverse', wordsLang: 'en' })).toBe('CEO, Caliverse');
});
