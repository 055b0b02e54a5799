import { describe, expect, test } from 'vitest';
import { searchTerms, stripParticle } from '../../src/lib/search/korean';

describe('stripParticle', () => {
	test.each([
		['클라우드를', '클라우드'],
		['클라우드로', '클라우드'],
		['클라우드에서는', '클라우드'],
		['기조연설을', '기조연설'],
		['메타버스의', '메타버스'],
		['네이버와', '네이버'],
		['인재를', '인재'],
		['프로그램으로', '프로그램'],
	])('%s → %s', (word, stem) => {
		expect(stripParticle(word)).toBe(stem);
	});

	test.each([
		// A stem keeps two syllables: short words that end like a particle stay whole.
		['회의', '회의'],
		['나이', '나이'],
		['에서', '에서'],
		// Not Hangul: untouched.
		['cloud', 'cloud'],
		['AWS를', 'AWS를'],
		['클라우드', '클라우드'],
	])('%s stays %s', (word, kept) => {
		expect(stripParticle(word)).toBe(kept);
	});
});

test('searchTerms strips each Korean word of a query and keeps the rest', () => {
	expect(searchTerms('  네이버 클라우드를  배우는 Naver cloud ')).toBe('네이버 클라우드 배우 Naver cloud');
	expect(searchTerms('   ')).toBe('');
});
