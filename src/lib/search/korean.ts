/**
 * What Pagefind lacks for Korean. Korean writes particles (조사) onto the word they follow: "클라우드를",
 * "클라우드로", "클라우드의" are one word each to a tokenizer that splits on spaces, and Pagefind has no
 * Korean stemmer (docs/performance.md, "Search", shows what it finds without this). So the search page
 * strips a trailing particle from each Korean word of the query, and Pagefind's prefix match on the
 * bare word ("클라우드") then finds every form written on the pages.
 *
 * Shared by the search page's script: no dependencies.
 */

/**
 * Particles that follow a noun, longest first so "에서" is tried before "에" and "으로" before "로".
 * Only the common case-marking and auxiliary particles: a longer list strips real word endings.
 */
const PARTICLES = [
	'에서부터',
	'으로부터',
	'에게서',
	'까지는',
	'에서는',
	'으로는',
	'이라는',
	'에서',
	'에게',
	'으로',
	'부터',
	'까지',
	'처럼',
	'보다',
	'라는',
	'이나',
	'에는',
	'와는',
	'과는',
	'을',
	'를',
	'은',
	'는',
	'이',
	'가',
	'의',
	'에',
	'로',
	'와',
	'과',
	'도',
	'만',
	'나',
];

const HANGUL = /^[\uAC00-\uD7A3]+$/;

/**
 * A Korean word without its trailing particle; other words unchanged. The stem keeps at least two
 * syllables, so short words that merely end like a particle ("나이", "회의") stay whole.
 * @example stripParticle('클라우드를') // "클라우드"
 * @example stripParticle('에서') // "에서"
 * @example stripParticle('cloud') // "cloud"
 */
export function stripParticle(word: string): string {
	if (!HANGUL.test(word)) return word;
	for (const particle of PARTICLES) {
		if (word.endsWith(particle) && word.length - particle.length >= 2) return word.slice(0, -particle.length);
	}
	return word;
}

/**
 * A search query as Pagefind should see it: each Korean word without its particle.
 * @example searchTerms('네이버 클라우드를 배우는 과정') // "네이버 클라우드 배우 과정"
 */
export function searchTerms(query: string): string {
	return query
		.trim()
		.split(/\s+/)
		.filter(Boolean)
		.map((word) => stripParticle(word))
		.join(' ');
}
