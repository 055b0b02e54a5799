/**
 * The route data every page reads (src/data/route.ts, put on Astro.locals by src/middleware.ts): the language
 * of a route, and what the event's phase shows, decided once from content parsed by the real schemas.
 */
import { describe, expect, test } from 'vitest';
import { pageRoute, routeLang } from '../../src/data/route';
import { fixtureSite, type FixtureInput } from '../helpers/content-fixture';

test.each([
	[undefined, 'ko'],
	['en', 'en'],
] as const)('routeLang(%j) is %s', (param, lang) => {
	expect(routeLang(param)).toBe(lang);
});

test('routeLang refuses a language the site does not have, naming the ones it has', () => {
	expect(() => routeLang('fr')).toThrow(/No language "fr": the site's languages are ko, en/);
});

const photo = { image: './gallery/stage.jpg', alt: { ko: '무대', en: 'Stage' }, caption: { ko: '무대', en: 'Stage' } };
const route = (event: FixtureInput['event'], lang: 'ko' | 'en' = 'en') => pageRoute(lang, fixtureSite({ event }, lang));
const menu = (r: ReturnType<typeof route>) => r.menu.map((s) => s.key);

describe('before the day', () => {
	const r = route({ ended: false });
	test('the planning tools show, the record sentence does not', () => {
		expect(r).toMatchObject({ lang: 'en', phase: 'before', planning: true, record: false });
	});
	test('the menu has "my agenda" and, without photos, no photos page', () => {
		expect(menu(r)).toEqual(['home', 'agenda', 'speakers', 'tracks', 'results', 'venue', 'my', 'search']);
		expect(r.menu.find((s) => s.key === 'my')).toEqual({ key: 'my', path: '/my/', label: 'My agenda' });
	});
	test('unconfirmed times and rooms are pending', () => {
		expect(r.notes).toEqual({
			noTime: 'All times are provisional for now and may change once confirmed.',
			noTimeStatus: 'Time TBC',
			rooms: 'The floor and hall will be announced once the organizers confirm them.',
		});
	});
});

describe('after the day', () => {
	const r = route({ ended: true, gallery: [photo] });
	test('the planning tools step aside and every page carries the record sentence', () => {
		expect(r).toMatchObject({ phase: 'after', planning: false, record: true });
	});
	test('"my agenda" leaves the menu (the page stays, for breadcrumbs too); the photos page joins it', () => {
		expect(menu(r)).toEqual(['home', 'agenda', 'speakers', 'tracks', 'results', 'venue', 'gallery', 'search']);
		expect(r.sections.map((s) => s.key)).toContain('my');
	});
	test('unconfirmed times were not published', () => {
		expect(r.notes.noTimeStatus).toBe('Final time not published');
		expect(r.notes.noTime).toMatch(/^Final times were not published/);
	});
});

test('the words are the route language’s', () => {
	const ko = route({}, 'ko');
	expect(ko.t('nav.my')).toBe('내 일정');
	expect(ko.menu[0]).toEqual({ key: 'home', path: '/', label: '홈' });
	expect(ko.site.sessions).toEqual(fixtureSite({}, 'ko').sessions);
});
