import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
	OG_HEIGHT,
	OG_SAFE,
	OG_WIDTH,
	clip,
	ogCardElement,
	ogCardPath,
	ogImageName,
	speakerLine,
	titleFontSize,
	type OgCard,
} from '../../src/lib/share/og-card';
import { ogCacheKey, ogPng, ogStats, rasterizeOgCard, renderOgPng } from '../../src/lib/share/og-image';

const card: OgCard = {
	lang: 'ko',
	shortName: 'Tech-Day',
	eventName: '2024 디지털 이노베이션 인사이트',
	dateLabel: '2024년 11월 25일 (월)',
	kicker: '강연',
	title: 'AI 기반 초실감형 메타버스 플랫폼의 미래',
	time: '11:50–12:30',
	speakers: '김동규',
	track: { label: '구글 · 머신러닝 부트캠프 프로젝트 과정', color: '#1a73e8' },
};
const longTitle =
	'AI 기반 초실감형 메타버스 플랫폼의 미래와 디지털 인재 양성 프로그램이 만들어 낸 변화, 그리고 앞으로 정부와 빅테크가 함께 풀어야 할 과제와 기대 효과 '.repeat(
		3,
	);

describe('ogImageName gives every page its own image path', () => {
	test.each([
		['ko', '/', 'ko/index.png'],
		['en', '/', 'en/index.png'],
		['en', '/sessions/keynote/', 'en/sessions/keynote.png'],
		['ko', '/agenda/', 'ko/agenda.png'],
	] as const)('%s %s → %s', (lang, path, name) => expect(ogImageName(lang, path)).toBe(name));
});

describe("ogCardPath: pages people share show their own card, the others the home page's", () => {
	test.each([
		'/',
		'/agenda/',
		'/agenda/2025-10-26/',
		'/sessions/keynote/',
		'/speakers/',
		'/speakers/cho/',
		'/tracks/aws/',
		'/results/',
		'/venue/',
		'/gallery/',
	])('%s has its own', (path) => expect(ogCardPath(path)).toBe(path));
	test.each(['/my/', '/search/', '/changes/'])('%s shows the home card', (path) => expect(ogCardPath(path)).toBe('/'));
});

test.each([
	[['김동규'], '김동규'],
	[['A', 'B', 'C'], 'A · B · C'],
	[['A', 'B', 'C', 'D', 'E'], 'A · B · C +2 more'],
	[[], undefined],
])('speakerLine(%j) → %s', (names, line) => expect(speakerLine(names, (n) => `+${n} more`)).toBe(line));

test('titles get smaller as they grow, never below 44 px', () => {
	const sizes = ['기조연설', card.title, longTitle.slice(0, 60), longTitle].map(titleFontSize);
	expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
	expect(sizes[0]).toBeGreaterThan(sizes[3]!);
	expect(sizes[3]).toBe(44);
});

test('clip keeps titles to what a card can show and collapses whitespace', () => {
	expect(clip('a\n  b')).toBe('a b');
	expect([...clip(longTitle)]).toHaveLength(160);
	expect(clip(longTitle).endsWith('…')).toBe(true);
});

test('the title wraps Korean at spaces (keep-all) and ends with an ellipsis', () => {
	const title = JSON.stringify(ogCardElement(card));
	expect(title).toContain('"wordBreak":"keep-all"');
	expect(title).toMatch(/"lineClamp":[23]/);
});

/** Whether any pixel outside the centre 800×400 (and right of the decorative edge) differs from the background. */
async function inkOutsideSafeArea(c: OgCard): Promise<number> {
	const image = await rasterizeOgCard(c);
	const px = image.pixels;
	const at = (x: number, y: number) => px.readUInt32BE((y * OG_WIDTH + x) * 4);
	const background = at(OG_WIDTH - 1, OG_HEIGHT - 1);
	const left = (OG_WIDTH - OG_SAFE.width) / 2;
	const top = (OG_HEIGHT - OG_SAFE.height) / 2;
	let ink = 0;
	for (let y = 0; y < OG_HEIGHT; y++) {
		for (let x = 48; x < OG_WIDTH; x++) {
			const inside = x >= left && x < left + OG_SAFE.width && y >= top && y < top + OG_SAFE.height;
			if (!inside && at(x, y) !== background) ink++;
		}
	}
	return ink;
}

describe('rendered cards', () => {
	test('are 1200×630 PNGs under 200 KB, the same bytes every time', async () => {
		const [a, b] = [await renderOgPng(card), await renderOgPng(card)];
		expect(Buffer.from(a).subarray(1, 4).toString()).toBe('PNG');
		const header = Buffer.from(a);
		expect([header.readUInt32BE(16), header.readUInt32BE(20)]).toEqual([OG_WIDTH, OG_HEIGHT]);
		expect(a.byteLength).toBeLessThan(200 * 1024);
		expect(Buffer.compare(a, b)).toBe(0);
	});

	test('draw Korean glyphs (two Korean titles give different images)', async () => {
		const a = await renderOgPng({ ...card, title: '가나다라' });
		const b = await renderOgPng({ ...card, title: '마바사아' });
		expect(Buffer.compare(a, b)).not.toBe(0);
	});

	test.each([
		['a short title', card],
		[
			'a very long title, many speakers and a cancelled badge',
			{
				...card,
				title: longTitle,
				struck: true,
				badge: { label: '취소됨', tone: 'cancelled' as const },
				speakers: speakerLine(Array(9).fill('아주 긴 이름을 가진 연사'), (n) => `외 ${n}명`),
				subtitle: longTitle,
			},
		],
		[
			'a long English title',
			{
				...card,
				lang: 'en' as const,
				title: 'The future of hyper-realistic metaverse platforms built on AI, and what the programme changed for a generation of developers',
				kicker: 'Talk',
			},
		],
		[
			// Letters that reach past their box (A, W, J, y) and words too long for any line: nothing clips them.
			'words longer than a line and letters that overhang',
			{
				...card,
				lang: 'en' as const,
				title: `Agile ${'W'.repeat(60)} journeys by Ajay`,
				kicker: 'J'.repeat(80),
				eventName: 'W'.repeat(80),
				subtitle: 'https://example.com/a-very-long-address-without-any-space-that-goes-on-and-on-and-on',
				speakers: `A${'y'.repeat(79)}`,
				track: { label: 'W'.repeat(80), color: '#fee500' },
			},
		],
		[
			// Words that reach the edge of a row beside a badge or a swatch: the row shrinks the text, not the badge.
			'long words beside the short name, a badge and the track swatch',
			{
				...card,
				lang: 'en' as const,
				shortName: 'TechInnovationDay2024',
				eventName: 'W'.repeat(80),
				kicker: 'W'.repeat(80),
				badge: { label: 'Final time not published', tone: 'pending' as const },
				track: { label: `${'W'.repeat(24)}${'.'.repeat(56)}`, color: '#fee500' },
			},
		],
	])('keep everything inside the centre 800×400 that KakaoTalk shows: %s', async (_, c) => {
		expect(await inkOutsideSafeArea(c)).toBe(0);
	});
});

describe('the cache', () => {
	let dir: string;
	afterAll(() => rm(dir, { recursive: true, force: true }));

	test('renders a card once and serves it from disk afterwards; a changed word or colour makes a new image', async () => {
		dir = await mkdtemp(join(tmpdir(), 'og-cache-'));
		const before = { ...ogStats };
		const first = await ogPng(card, dir);
		const again = await ogPng(card, dir);
		expect(Buffer.compare(Buffer.from(first), Buffer.from(again))).toBe(0);
		expect(ogStats.rendered - before.rendered).toBe(1);
		expect(ogStats.cached - before.cached).toBe(1);
		expect(await readdir(dir)).toEqual([`${ogCacheKey(card)}.png`]);
		expect(ogCacheKey({ ...card, title: `${card.title}!` })).not.toBe(ogCacheKey(card));
		expect(ogCacheKey({ ...card, track: { ...card.track!, color: '#fee500' } })).not.toBe(ogCacheKey(card));
	});
});
