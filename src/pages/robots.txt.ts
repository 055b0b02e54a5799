/** /robots.txt: crawl everything; the sitemap's absolute URL follows SITE_URL and SITE_BASE. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/share/share-meta';

export const GET: APIRoute = ({ site }) => {
	if (!site) throw new Error('Set `site` in astro.config.mjs (SITE_URL) to write robots.txt.');
	return new Response(robotsTxt(new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sitemap-index.xml`, site).href));
};
