import { describe, expect, test } from 'vitest';
import { contrastRatio, inkFor } from '../../src/lib/style/color';
import { contentStyles } from '../../src/lib/style/content-styles';

describe('inkFor picks the readable text colour for a track colour', () => {
	test.each([
		['#fee500', '#000000'],
		['#ff9900', '#000000'],
		['#76b900', '#000000'],
		['#1a73e8', '#ffffff'],
		['#0068b5', '#ffffff'],
		['#000000', '#ffffff'],
	])('%s → %s', (bg, ink) => {
		expect(inkFor(bg)).toBe(ink);
	});
});

test('contrast ratios follow WCAG', () => {
	expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
	expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1, 5);
});

test('content styles give each track its colour and hide other sessions when a filter is chosen', () => {
	const css = contentStyles(
		[
			{ id: 'google', color: '#1a73e8' },
			{ id: 'kakao', color: '#fee500' },
		],
		['talk', 'keynote'],
	);
	expect(css).toContain('.track-google{--track:#1a73e8;--track-ink:#ffffff}');
	expect(css).toContain('.track-kakao{--track:#fee500;--track-ink:#000000}');
	expect(css).toContain('.agenda:has(#filter-track-google:checked) .agenda-cell:not([data-track="google"]){display:none}');
	expect(css).toContain('.agenda:has(#filter-kind-talk:checked) .agenda-cell:not([data-kind="talk"]){display:none}');
	expect(css).toContain(
		'.agenda:has(#filter-track-kakao:checked):has(#filter-kind-keynote:checked) .agenda-slot:not(:has(.agenda-cell[data-track="kakao"][data-kind="keynote"])){display:none}',
	);
	expect(css).not.toContain('#filter-track-all:checked):has(#filter-kind-all');
});
