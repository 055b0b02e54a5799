/**
 * The footer and the official masthead (KRDS) from an event file parsed by the real schema:
 * what content sets shows, in KRDS order; what it leaves out does not appear, and nothing is invented.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import OfficialMasthead from '../../src/components/ui/OfficialMasthead.astro';
import SiteFooter from '../../src/components/ui/SiteFooter.astro';
import { pageRoute } from '../../src/data/route';
import type { Lang } from '../../src/i18n';
import { EventSchema, type EventData } from '../../src/schemas/event';
import { eventInput, fixtureSite } from '../helpers/content-fixture';

const footerFacts = {
	operator: { ko: '정보통신산업진흥원', en: 'the National IT Industry Promotion Agency' },
	contact: { email: 'techday@example.kr', phone: '02-0000-0000', address: { ko: '충청북도 진천군 예시로 1', en: '1 Example-ro, Jincheon' } },
	policies: { privacy: 'https://example.kr/privacy', accessibility: '/accessibility/' },
};

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create({ astroConfig: { site: 'https://techday.example.com' } });
});
/** A component of every page, on a page of a language whose event file is `event` (as src/middleware.ts gives it). */
const render = async ({ lang, event }: { lang: Lang; event: EventData }, component: Parameters<AstroContainer['renderToString']>[0] = SiteFooter) => {
	const locals = { route: pageRoute(lang, { ...fixtureSite({}, lang), event }) };
	return (await container.renderToString(component, { locals })).replace(/ data-astro-source-(file|loc)="[^"]*"/g, '');
};

describe('SiteFooter', () => {
	test('Korean, every field set: contact, privacy first and bold, accessibility help, the identifier line last', async () => {
		const { event } = fixtureSite({ event: footerFacts }, 'ko');
		const html = await render({ lang: 'ko', event });
		const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
		expect(text).toContain('주소 충청북도 진천군 예시로 1');
		expect(html).toContain('href="tel:0200000000"');
		expect(html).toContain('href="mailto:techday@example.kr"');
		expect(html).toMatch(/href="https:\/\/example\.kr\/privacy" class="[^"]*font-bold[^"]*">\s*개인정보처리방침/);
		expect(html).toContain('href="/accessibility/"');
		expect(text).toContain('이 누리집은 정보통신산업진흥원에서 운영하는 누리집입니다.');
		// KRDS order: contact, then policies, then the identifier line.
		const at = (s: string) => html.indexOf(s);
		expect(at('mailto:')).toBeLessThan(at('개인정보처리방침'));
		expect(at('개인정보처리방침')).toBeLessThan(at('웹 접근성 도움말'));
		expect(at('웹 접근성 도움말')).toBeLessThan(at('data-operator-line'));
		// A link that leaves the site says so visibly.
		expect(html).toMatch(/개인정보처리방침\s*<svg data-leaves-site/);
	});

	test('English words, and the internal policy link in English', async () => {
		const { event } = fixtureSite({ event: footerFacts }, 'en');
		const html = await render({ lang: 'en', event });
		expect(html).toContain('This website is run by the National IT Industry Promotion Agency.');
		expect(html).toContain('href="/en/accessibility/"');
		expect(html).toContain('1 Example-ro, Jincheon');
	});

	test('an event file without the fields: no contact, no policy links, no identifier line', async () => {
		const { event } = fixtureSite({}, 'ko');
		const html = await render({ lang: 'ko', event });
		expect(html).not.toMatch(/mailto:|tel:|개인정보처리방침|웹 접근성|운영하는 누리집/);
		expect(html).toContain(eventInput.organizers[0]!.name.ko);
	});
});

describe('organizer logos', () => {
	// What Astro's image() makes of ./logos/<file> in the event file.
	const svg = { src: '/_astro/nipa.svg', width: 120, height: 40, format: 'svg' as const };
	const png = { src: '/_astro/msit.png', width: 600, height: 200, format: 'png' as const };

	test.each(['ko', 'en'] as const)('%s: a logo stands for its organizer (alt = its name), the others are named in words', async (lang) => {
		const { event } = fixtureSite({}, lang);
		const organizers = [{ ...event.organizers[0]!, logo: svg }, ...event.organizers.slice(1)];
		const html = await render({ lang, event: { ...event, organizers } });
		const imgs = [...html.matchAll(/<img [^>]*>/g)].map((m) => m[0]);
		expect(imgs).toHaveLength(1);
		expect(imgs[0]).toContain(`alt="${organizers[0]!.name[lang]}"`);
		expect(imgs[0]).toMatch(/ width="96" height="32"/);
		// An SVG stays an SVG.
		expect(imgs[0]).toMatch(/src="[^"]*\.svg[^"]*"/);
		for (const o of organizers.slice(1)) expect(html).toContain(o.name[lang]);
		// KRDS order: who runs the event comes before the identifier line.
		expect(html.indexOf('<img')).toBeLessThan(html.indexOf(lang === 'ko' ? '이 사이트는' : 'The official microsite'));
	});

	test('an organizer with an address links to its site, logo or name inside, marked as leaving this one', async () => {
		const { event } = fixtureSite({}, 'en');
		const withUrl = { ...event.organizers[0]!, url: 'https://www.msit.go.kr' };
		const named = await render({ lang: 'en', event: { ...event, organizers: [withUrl] } });
		expect(named).toMatch(/<a href="https:\/\/www\.msit\.go\.kr"[^>]*>\s*<span[^>]*>Ministry of Science and ICT<\/span>\s*<svg data-leaves-site/);
		const logo = await render({ lang: 'en', event: { ...event, organizers: [{ ...withUrl, logo: svg }] } });
		expect(logo).toMatch(/<a href="https:\/\/www\.msit\.go\.kr"[^>]*>[\s\S]*alt="Ministry of Science and ICT"[\s\S]*<svg data-leaves-site[\s\S]*<\/a>/);
		expect(await render({ lang: 'en', event })).not.toContain('msit.go.kr');
	});

	test('a raster logo is resized, at 1x and 2x', async () => {
		const { event } = fixtureSite({}, 'ko');
		const html = await render({ lang: 'ko', event: { ...event, organizers: [{ ...event.organizers[0]!, logo: png }] } });
		const img = /<img [^>]*>/.exec(html)![0];
		expect(img).toContain(`alt="${event.organizers[0]!.name.ko}"`);
		expect(img).toMatch(/ srcset="[^"]+ 1x, [^"]+ 2x"/);
		expect(img).toMatch(/ width="96" height="32"/);
	});
});

describe('the official masthead', () => {
	test('shows only when the event file says official: true', async () => {
		const plain = EventSchema.parse(eventInput);
		const official = EventSchema.parse({ ...eventInput, official: true });
		expect(plain.official).toBe(false);
		expect(await render({ lang: 'ko', event: plain }, OfficialMasthead)).not.toContain('공식 전자정부');
		expect(await render({ lang: 'ko', event: official }, OfficialMasthead)).toContain('이 누리집은 대한민국 공식 전자정부 누리집입니다.');
		expect(await render({ lang: 'en', event: official }, OfficialMasthead)).toContain('An official website of the Government of the Republic of Korea.');
		expect(() => EventSchema.parse({ ...eventInput, official: 'yes' })).toThrow();
	});
});
