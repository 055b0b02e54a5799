/**
 * What a page tells crawlers and search consoles beyond its content: site-verification tags and robots.txt.
 */

/** The <meta name content> pairs that prove ownership to Naver Search Advisor and Google Search Console. */
export function verificationMeta(verification: { naver?: string; google?: string } | undefined): { name: string; content: string }[] {
	const tags: { name: string; content: string }[] = [];
	if (verification?.google) tags.push({ name: 'google-site-verification', content: verification.google });
	if (verification?.naver) tags.push({ name: 'naver-site-verification', content: verification.naver });
	return tags;
}

/**
 * robots.txt: everything may be crawled, and the sitemap is named by its absolute URL (as the format requires).
 * @example robotsTxt('https://example.go.kr/techday/sitemap-index.xml')
 */
export function robotsTxt(sitemapUrl: string): string {
	if (!/^https?:\/\//.test(sitemapUrl)) throw new Error(`robots.txt needs the sitemap's absolute URL, not "${sitemapUrl}"`);
	return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
