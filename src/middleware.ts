/**
 * The route-data step: before any page (or file) of the site renders, its language, words, data and phase
 * decisions are put on `Astro.locals.route` (src/data/route.ts), so pages and components decide nothing again.
 * In a static build this runs once per page while the build renders it; in `npm run dev`, once per request.
 */
import { defineMiddleware } from 'astro:middleware';
import { getSiteData } from './data';
import { pageRoute, routeLang } from './data/route';

export const onRequest = defineMiddleware(async (context, next) => {
	const lang = routeLang(context.params.lang);
	context.locals.route = pageRoute(lang, await getSiteData(lang));
	return next();
});
