import { expect, test } from 'vitest';
import { futureTenseWords } from '../../src/lib/time/event-phase';
import { ogCardWords, siteOgCards } from '../../src/lib/share/og-pages';
import { fixtureSite, type FixtureInput } from '../helpers/content-fixture';

const input: FixtureInput = {
	sessions: {
		keynote: {
			ko: { title: '기조연설', summary: '요약', kind: 'keynote', start: '10:00', end: '10:50', room: 'main-hall', status: 'tentative' },
			en: { title: 'Keynote', summary: 'Summary' },
		},
		talk: { ko: { title: '강연', summary: '요약', kind: 'talk', start: '11:00', end: '11:30', room: 'room-b', status: 'confirmed' } },
	},
};
const cards = (ended: boolean, lang: 'ko' | 'en') => siteOgCards(fixtureSite({ ...input, event: { ended } }, lang), lang);

test.each([['ko'], ['en']] as const)('%s: after the day no preview image speaks in the future tense; an unconfirmed time is "not published"', (lang) => {
	const after = cards(true, lang);
	expect(after.flatMap(({ card }) => ogCardWords(card)).flatMap(futureTenseWords)).toEqual([]);
	const keynote = after.find((c) => c.path === '/sessions/keynote/')!.card;
	expect(keynote.badge?.label).toBe(lang === 'ko' ? '확정 시간 미공개' : 'Final time not published');
	expect(keynote.time).toBeUndefined();
	expect(after.find((c) => c.path === '/sessions/talk/')!.card.time).toMatch(/^11:00–11:30 /);
});

test.each([['ko'], ['en']] as const)('%s: before the day the pending badge is there', (lang) => {
	const keynote = cards(false, lang).find((c) => c.path === '/sessions/keynote/')!.card;
	expect(futureTenseWords(keynote.badge!.label)).not.toEqual([]);
});

test('cards are made only for pages that show their own (ogCardPath): none for my agenda, search or the changes', () => {
	const paths = cards(false, 'ko').map((c) => c.path);
	expect(paths).toContain('/');
	expect(paths).toContain('/sessions/keynote/');
	for (const path of ['/my/', '/search/', '/changes/']) expect(paths).not.toContain(path);
});
