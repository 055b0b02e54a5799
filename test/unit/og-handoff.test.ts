import { expect, test } from 'vitest';
import { expectOgImages, handOverOgImages, takeOgImages, type OgImageHandoff } from '../../src/lib/share/og-handoff';

const handoff = (): OgImageHandoff => ({ files: new Map([['ko/index.png', Promise.resolve('/cache/a.png')]]), stats: { rendered: 0, cached: 1 } });

test('without a build expecting them (the dev server), the route keeps its images', () => {
	expect(handOverOgImages(handoff())).toBe(false);
	expect(takeOgImages()).toBeUndefined();
});

test('a build that expects the images gets what the route hands over, once', () => {
	expectOgImages();
	const given = handoff();
	expect(handOverOgImages(given)).toBe(true);
	expect(takeOgImages()).toBe(given);
	expect(takeOgImages()).toBeUndefined();
	expect(handOverOgImages(handoff()), 'the next build expects them anew').toBe(false);
});

test('a build whose route never ran takes nothing', () => {
	expectOgImages();
	expect(takeOgImages()).toBeUndefined();
});
