import { describe, expect, test } from 'vitest';
import { langStaticPaths, localizedPath, otherLang, splitLangPath } from '../../src/lib/i18n';
import { affiliation, ui } from '../../src/i18n/ui';

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

test('splitLangPath undoes localizedPath', () => {
	for (const path of ['/', '/agenda/', '/sessions/keynote/']) {
		expect(splitLangPath(localizedPath('en', path))).toEqual({ lang: 'en', path });
		expect(splitLangPath(localizedPath('ko', path))).toEqual({ lang: 'ko', path });
	}
	expect(splitLangPath('/english/')).toEqual({ lang: 'ko', path: '/english/' });
});

test('each page is built once per language, Korean without a prefix', () => {
	expect(langStaticPaths()).toEqual([
		{ params: { lang: undefined }, props: { lang: 'ko' } },
		{ params: { lang: 'en' }, props: { lang: 'en' } },
	]);
	expect(otherLang('ko')).toBe('en');
	expect(otherLang('en')).toBe('ko');
});

test('every interface string exists in both languages and is not empty (except the Korean fallback note)', () => {
	expect(Object.keys(ui.en).sort()).toEqual(Object.keys(ui.ko).sort());
	for (const [key, value] of Object.entries(ui.en)) expect(value, `en ${key}`).not.toBe('');
	for (const [key, value] of Object.entries(ui.ko)) if (key !== 'fallback.note') expect(value, `ko ${key}`).not.toBe('');
});

test('a title and organization read the way each language writes them', () => {
	expect(affiliation('ko', { role: '교수', organization: '서울대학교' })).toBe('서울대학교 교수');
	expect(affiliation('en', { role: 'CEO', organization: 'Caliverse' })).toBe('CEO, Caliverse');
});
