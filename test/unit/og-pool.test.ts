import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import type { OgCard } from '../../src/lib/share/og-card';
import { ogCacheKey, ogStats, renderOgPng } from '../../src/lib/share/og-image';
import { ogPngs } from '../../src/lib/share/og-pool';

const base: OgCard = { lang: 'ko', shortName: 'Tech-Day', eventName: '2024 디지털 이노베이션 인사이트', dateLabel: '2024년 11월 25일 (월)', title: '프로그램' };
// A title too long for three lines ends with satori's ellipsis, a character no card's words hold.
const long: OgCard = { ...base, lang: 'en', title: 'Digital talent on the ground, '.repeat(8), speakers: 'Ada Lovelace · Grace Hopper · Alan Turing +2 more' };
const cards: OgCard[] = [base, { ...base, title: '연사' }, { ...base }, long];

let dir: string;
afterAll(() => rm(dir, { recursive: true, force: true }));

test('renders each distinct card once on the worker threads (with the font cut to the cards), the same bytes as on this thread (the whole font), then serves the cache', async () => {
	dir = await mkdtemp(join(tmpdir(), 'og-pool-'));
	const before = { ...ogStats };
	const files = await Promise.all(ogPngs(cards, dir));
	const pngs = await Promise.all(files.map((f) => readFile(f)));
	expect(ogStats.rendered - before.rendered, 'three distinct cards').toBe(3);
	for (const [i, card] of cards.entries()) expect(Buffer.from(pngs[i]!).equals(Buffer.from(await renderOgPng(card))), card.title).toBe(true);
	expect((await readdir(dir)).sort()).toEqual([...new Set(cards.map((c) => `${ogCacheKey(c)}.png`))].sort());
	expect(files.map((f) => f.slice(dir.length + 1))).toEqual(cards.map((c) => `${ogCacheKey(c)}.png`));
	const again = await Promise.all(ogPngs(cards, dir));
	expect(ogStats.rendered - before.rendered, 'nothing rendered again').toBe(3);
	expect(again).toEqual(files);
}, 60_000);
