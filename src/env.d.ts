/** What src/middleware.ts gives every page on `Astro.locals`. */
declare namespace App {
	interface Locals {
		/**
		 * The page's language, words, data and phase decisions, decided once (src/data/route.ts).
		 * @example const { lang, t, site, planning } = Astro.locals.route;
		 */
		route: import('./data/route').PageRoute;
	}
}
