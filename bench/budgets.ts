/** The site's performance budgets. Tests enforce the byte budgets; `npm run bench` reports the rest. */
export const budgets = {
	/** Brotli bytes of any HTML page of the real event: 14 KiB, what fits in TCP's first round trip (10 segments of ~1,460 bytes), rounded down. */
	htmlBrotli: 14 * 1024,
	/** Brotli bytes of every stylesheet of the site together. */
	cssBrotli: 10 * 1024,
	/** Lighthouse score (0–100) in each of the four categories, mobile. */
	lighthouse: 100,
	/** The large event's build time over the plain-Markdown control's, same page count. */
	buildRatio: 2,
	/** Pages per second for the large event's whole `astro build`. */
	pagesPerSecond: 100,
	/** Peak resident memory of the large event's build, bytes (1.5 GB). */
	peakRss: 1.5 * 1024 ** 3,
} as const;
