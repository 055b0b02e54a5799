import { describe, expect, test } from 'vitest';
import type { Thing } from 'schema-dts';
import type { SessionView } from '../../src/lib/model/model';
import { roomLabel } from '../../src/i18n';
import { EventSchema } from '../../src/schemas/event';
import { eventInput, fixtureSite } from '../helpers/content-fixture';
import { robotsTxt, verificationMeta } from '../../src/lib/share/share-meta';
import {
	breadcrumbJsonLd,
	eventDayJsonLd,
	jsonLdGraph,
	programmeSpan,
	serializeJsonLd,
	sessionJsonLd,
	speakerJsonLd,
	type EventFacts,
} from '../../src/lib/share/structured-data';

const facts: EventFacts = {
	name: '2024 디지털 이노베이션 인사이트',
	description: '행사 설명',
	inLanguage: 'ko-KR',
	venue: { name: '서울드래곤시티', city: '서울' },
	organizers: [{ name: '과학기술정보통신부' }, { name: 'NIPA', url: 'https://www.nipa.kr/' }],
};
const urls = { page: 'https://x.test/sessions/a/', image: 'https://x.test/og/ko/sessions/a.png', dayId: 'https://x.test/#event' };
// Sessions made the way the site makes them (real schemas and resolver).
const site = fixtureSite({
	sessions: {
		a: { ko: { title: '세션', summary: '요약', kind: 'keynote', start: '10:00', end: '10:50', room: 'main-hall', speakers: ['cho'], status: 'confirmed' } },
		later: { ko: { title: '나중', summary: '요약', kind: 'talk', start: '15:00', end: '16:00', room: 'room-b', status: 'confirmed' } },
		gone: { ko: { title: '취소', summary: '요약', kind: 'talk', start: '15:00', end: '18:00', room: 'main-hall', status: 'cancelled' } },
	},
	speakers: { cho: { ko: { name: '조성준', role: '교수', organization: '서울대학교' } } },
});
const byId = (id: string) => site.sessions.find((s) => s.id === id)!;
const session = byId('a');
const sessionLd = (s: SessionView) =>
	sessionJsonLd(
		facts,
		{ ...urls, id: 'https://x.test/sessions/a/#event', speaker: (p) => `https://x.test/speakers/${p.id}/` },
		s,
		roomLabel('ko', s.room),
	) as Record<string, any>;

describe('serializeJsonLd', () => {
	const hostile = 'Title </script><script>alert(1)</script> <!-- "quoted" & \u2028 line \u2029 ]]>';
	const out = serializeJsonLd(jsonLdGraph([sessionLd({ ...session, title: hostile }) as Thing]));

	test('no content can close the script element or open a comment', () => {
		expect(out).not.toMatch(/<\/script|<!--|<script|\]\]>/i);
		expect(out).not.toMatch(/[<>\u2028\u2029]/);
	});

	test('reads back exactly as written', () => {
		expect(JSON.parse(out)['@graph'][0].name).toBe(hostile);
	});
});

describe('sessions', () => {
	test('a session is an Event within the day, its speakers performers', () => {
		const ld = sessionLd(session);
		expect(ld.superEvent).toEqual({ '@id': urls.dayId });
		expect(ld.eventStatus).toBe('https://schema.org/EventScheduled');
		expect(ld.performer).toEqual([{ '@type': 'Person', name: '조성준', url: 'https://x.test/speakers/cho/' }]);
		expect(ld.location.name).toBe('메인 세션장 (세부 장소 미정), 서울드래곤시티');
		expect([ld.startDate, ld.endDate]).toEqual(['2024-11-25T10:00+09:00', '2024-11-25T10:50+09:00']);
	});

	test.each([
		['cancelled', 'https://schema.org/EventCancelled'],
		['tentative', 'https://schema.org/EventScheduled'],
	] as const)('a %s session is %s', (status, schemaStatus) => {
		expect(sessionLd({ ...session, status }).eventStatus).toBe(schemaStatus);
	});

	test('a session without speakers has no performer', () => {
		expect(sessionLd({ ...session, speakers: [] })).not.toHaveProperty('performer');
	});
});

describe('the event day', () => {
	test('spans the first start to the last end of the sessions that still take place', () => {
		expect(programmeSpan(site.sessions)).toEqual({ first: session, last: byId('later') });
		expect(programmeSpan([byId('gone')])).toBeUndefined();
	});

	test('writes only the address parts the event file states', () => {
		const bare = eventDayJsonLd(facts, urls, { first: session, last: session }) as Record<string, any>;
		expect(bare.location.address).toEqual({ '@type': 'PostalAddress', addressLocality: '서울' });
		const full = eventDayJsonLd({ ...facts, venue: { ...facts.venue, address: { street: '한강대로 95', country: 'KR' } } }, urls, {
			first: session,
			last: session,
		}) as Record<string, any>;
		expect(full.location.address).toEqual({ '@type': 'PostalAddress', addressLocality: '서울', streetAddress: '한강대로 95', addressCountry: 'KR' });
		expect(full.organizer[1]).toEqual({ '@type': 'Organization', name: 'NIPA', url: 'https://www.nipa.kr/' });
	});

	test('an organizer with a logo carries it; one without has no logo key', () => {
		const logo = 'https://x.test/_astro/nipa.svg';
		const ld = eventDayJsonLd({ ...facts, organizers: [facts.organizers[0]!, { ...facts.organizers[1]!, logo }] }, urls, {
			first: session,
			last: session,
		}) as Record<string, any>;
		expect(ld.organizer[0]).not.toHaveProperty('logo');
		expect(ld.organizer[1]).toEqual({ '@type': 'Organization', name: 'NIPA', url: 'https://www.nipa.kr/', logo });
	});
});

describe("a speaker's profile", () => {
	const speaker = { name: '조성준', role: '교수', organization: '서울대학교' };
	const page = { page: 'https://x.test/speakers/cho/', image: 'https://x.test/og/speakers-cho.png' };
	test("the photo is the Person's image; the preview card stays the page's", () => {
		const ld = speakerJsonLd(speaker, { ...page, photo: 'https://x.test/_astro/cho.webp' }, 'ko-KR') as Record<string, any>;
		expect(ld.mainEntity.image).toBe('https://x.test/_astro/cho.webp');
		expect(ld.image).toBe(page.image);
	});
	test('without a photo the Person has no image', () => {
		expect((speakerJsonLd(speaker, page, 'ko-KR') as Record<string, any>).mainEntity).not.toHaveProperty('image');
	});
});

test('breadcrumbs number their items from 1', () => {
	const ld = breadcrumbJsonLd([
		{ name: '홈', url: 'https://x.test/' },
		{ name: '연사', url: 'https://x.test/speakers/' },
	]) as Record<string, any>;
	expect(ld.itemListElement.map((i: { position: number }) => i.position)).toEqual([1, 2]);
});

describe('share meta', () => {
	test.each([
		[undefined, []],
		[{}, []],
		[{ naver: 'abc' }, [{ name: 'naver-site-verification', content: 'abc' }]],
		[
			{ naver: 'abc', google: 'xyz' },
			[
				{ name: 'google-site-verification', content: 'xyz' },
				{ name: 'naver-site-verification', content: 'abc' },
			],
		],
	])('verification %j → %j', (verification, tags) => expect(verificationMeta(verification)).toEqual(tags));

	test('robots.txt names the absolute sitemap URL and refuses a relative one', () => {
		expect(robotsTxt('https://x.test/techday/sitemap-index.xml')).toContain('\nSitemap: https://x.test/techday/sitemap-index.xml\n');
		expect(() => robotsTxt('/sitemap-index.xml')).toThrow();
	});
});

describe('the event file', () => {
	const base = eventInput;

	test('may leave out the address and verification, or give only the parts that are known', () => {
		expect(EventSchema.parse(base).verification).toBeUndefined();
		const full = EventSchema.parse({ ...base, venue: { ...base.venue, address: { country: 'KR' } }, verification: { naver: 'abc' } });
		expect(full.venue.address).toEqual({ country: 'KR' });
		expect(verificationMeta(full.verification)).toEqual([{ name: 'naver-site-verification', content: 'abc' }]);
	});

	test.each([
		['a country that is not a two-letter code', { venue: { ...base.venue, address: { country: 'Korea' } } }],
		['an unknown search console', { verification: { bing: 'x' } }],
		['an empty code', { verification: { google: '' } }],
	])('refuses %s', (_, change) => expect(EventSchema.safeParse({ ...base, ...change }).success).toBe(false));
});
