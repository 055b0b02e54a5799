/**
 * Components rendered alone with Astro's Container API, from views made by the real schemas and resolver
 * (test/helpers/content-fixture.ts): what a card, a time, the glance and the calendar box show in each language.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import AgendaGlance from '../../src/components/agenda/AgendaGlance.astro';
import SessionCard from '../../src/components/agenda/SessionCard.astro';
import CalendarLinks from '../../src/components/calendar/CalendarLinks.astro';
import SessionTime from '../../src/components/ui/SessionTime.astro';
import { fixtureLocals, fixtureSite, type FixtureInput } from '../helpers/content-fixture';

const input: FixtureInput = {
	sessions: {
		keynote: {
			ko: { title: '기조연설', summary: '요약', kind: 'keynote', start: '10:00', end: '10:50', room: 'main-hall', speakers: ['cho'], status: 'confirmed' },
			en: { title: 'Keynote', summary: 'Summary' },
		},
		google: { ko: { title: '구글 세션', summary: '요약', kind: 'partner-track', start: '13:30', end: '14:30', room: 'room-b', track: 'google' } },
		closing: { ko: { title: '폐회', summary: '요약', kind: 'ceremony', start: '16:00', end: '16:30', room: 'main-hall', status: 'cancelled' } },
	},
	speakers: {
		cho: {
			ko: { name: '조성준', role: '교수', organization: '서울대학교' },
			en: { name: 'Cho Sungzoon', role: 'Professor', organization: 'Seoul National University' },
		},
	},
	tracks: { google: { ko: { partner: '구글', name: '과정', teaches: ['배움'], color: '#1a73e8', order: 1 } } },
};

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create({ astroConfig: { site: 'https://techday.example.com' } });
});
/**
 * A component's HTML on a page of a language, given what the route-data step (src/middleware.ts) gives every
 * page, without the source locations Vite's dev mode adds to every element.
 */
const render = async (component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>, locals: App.Locals) =>
	(await container.renderToString(component, { props, locals })).replace(/ data-astro-source-(file|loc)="[^"]*"/g, '');

describe('SessionCard', () => {
	test('Korean: title linked to its page, kind, time with the zone from the event, speaker as Korean writes it, room', async () => {
		const keynote = fixtureSite(input, 'ko').sessions.find((s) => s.id === 'keynote')!;
		const html = await render(SessionCard, { session: keynote }, fixtureLocals(input, 'ko'));
		expect(html).toMatch(/<h3 class="card-title"><a href="\/sessions\/keynote\/">기조연설<\/a><\/h3>/);
		expect(html).toContain('기조연설</span>');
		expect(html).toContain('<time datetime="2024-11-25T10:00+09:00">10:00</time>–<time datetime="2024-11-25T10:50+09:00">10:50</time>');
		expect(html).toContain('<abbr title="한국 표준시 (GMT+09:00)" class="no-underline">GMT+9</abbr>');
		expect(html).toContain('<b>조성준</b> <span class="card-sub">(서울대학교 교수)</span>');
		expect(html).toContain('메인 세션장');
		expect(html).toContain('data-status="confirmed"');
		expect(html).not.toContain('lang=');
	});

	test('English: English words link to the English page; Korean words standing in are marked ko-KR', async () => {
		const en = fixtureSite(input, 'en');
		const keynote = await render(SessionCard, { session: en.sessions.find((s) => s.id === 'keynote')! }, fixtureLocals(input, 'en'));
		expect(keynote).toContain('<a href="/en/sessions/keynote/">Keynote</a>');
		expect(keynote).toContain('<b>Cho Sungzoon</b> <span class="card-sub">(Professor, Seoul National University)</span>');
		expect(keynote).toContain('Korean Standard Time (GMT+09:00)');
		const google = await render(SessionCard, { session: en.sessions.find((s) => s.id === 'google')! }, fixtureLocals(input, 'en'));
		expect(google).toMatch(/<h3 class="card-title" lang="ko-KR"><a href="\/en\/sessions\/google\/">구글 세션<\/a>/);
		expect(google).toMatch(/class="chip track-chip track-google" lang="ko-KR">구글/);
		expect(google).toContain('(Time TBC)');
	});

	test('a cancelled session says so and its card is marked for the strike-through style', async () => {
		const closing = fixtureSite(input, 'en').sessions.find((s) => s.id === 'closing')!;
		const html = await render(SessionCard, { session: closing, level: 'h2' }, fixtureLocals(input, 'en'));
		expect(html).toContain('data-status="cancelled"');
		expect(html).toContain('Cancelled');
		expect(html).toMatch(/<h2 class="card-title"/);
	});
});

test('SessionTime follows the event zone and its summer time (Berlin)', async () => {
	const berlin = { ...input, event: { date: '2025-07-01', timeZone: 'Europe/Berlin' } };
	const summer = fixtureSite(berlin, 'en').sessions[0]!;
	const html = await render(SessionTime, { session: summer }, fixtureLocals(berlin, 'en'));
	expect(html).toContain('<time datetime="2025-07-01T10:00+02:00">10:00</time>');
	expect(html).toContain('<abbr title="Central European Summer Time (GMT+02:00)" class="no-underline">CEST</abbr>');
	expect(html).not.toMatch(/KST|GMT\+9/);
});

test('AgendaGlance lists the first sessions of a slot and links to the rest on the agenda', async () => {
	const many = Object.fromEntries(
		Array.from({ length: 7 }, (_, i) => [`p${i}`, { ko: { title: `병렬 ${i}`, summary: 's', kind: 'talk', start: '10:00', end: '11:00', room: 'main-hall' } }]),
	);
	const parallel = { ...input, sessions: many };
	const html = await render(AgendaGlance, { slots: fixtureSite(parallel, 'en').glance }, fixtureLocals(parallel, 'en'));
	expect(html.match(/href="\/en\/sessions\/p\d\/"/g)).toHaveLength(4);
	expect(html).toContain('<a href="/en/agenda/#t-1000"');
	expect(html).toContain('3 more sessions at this time');
});

test('CalendarLinks: a day of several sessions names its span in the event zone', async () => {
	const html = await render(CalendarLinks, {}, fixtureLocals(input, 'ko'));
	expect(html).toContain('href="/schedule.ics"');
	expect(html).toContain('webcal://');
	expect(html).toContain('10:00–14:30(GMT+9)');
});
