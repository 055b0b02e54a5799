import { describe, expect, test } from 'vitest';
import { fullSizeWidth, GALLERY_STEPS, photoAnchor, photoLoading, photoWidths, TEASER_STEPS } from '../../src/lib/images/gallery';
import { siteOgCards } from '../../src/lib/share/og-pages';
import { fixtureSite } from '../helpers/content-fixture';

describe('photoWidths', () => {
	test.each([
		[2400, GALLERY_STEPS, [320, 480, 640, 960, 1280]],
		[1200, GALLERY_STEPS, [320, 480, 640, 960, 1200]],
		[960, GALLERY_STEPS, [320, 480, 640, 960]],
		[500, GALLERY_STEPS, [320, 480, 500]],
		[200, GALLERY_STEPS, [200]],
		[1600, TEASER_STEPS, [160, 320, 480, 720]],
	])('a file %i px wide: %j → %j (never wider than the file)', (width, steps, expected) => {
		expect(photoWidths(width, steps)).toEqual(expected);
	});
});

test.each([
	[1200, 1200],
	[6000, 2560],
])('the full-size copy of a %i px file is %i px wide', (width, expected) => {
	expect(fullSizeWidth(width)).toBe(expected);
});

test('the first row (three photos) loads at once, the rest lazily; anchors count from 1', () => {
	expect([0, 1, 2, 3, 10].map(photoLoading)).toEqual(['eager', 'eager', 'eager', 'lazy', 'lazy']);
	expect(photoAnchor(0)).toBe('photo-1');
});

describe.each([['ko'], ['en']] as const)('%s preview cards', (lang) => {
	const photo = { image: './gallery/stage.jpg', alt: { ko: '무대', en: 'Stage' }, caption: { ko: '기조연설', en: 'Keynote' } };
	test('the photos page has a card only when the event file lists photos', () => {
		const paths = (gallery: unknown[]) => siteOgCards(fixtureSite({ event: { gallery } }, lang), lang).map((c) => c.path);
		expect(paths([])).not.toContain('/gallery/');
		const card = siteOgCards(fixtureSite({ event: { gallery: [photo] } }, lang), lang).find((c) => c.path === '/gallery/');
		expect(card?.card.title).toBe(lang === 'ko' ? '행사 사진' : 'Photos of the day');
	});
});
