/** /robots.txt: crawl everything; the sitemap's absolute URL follows SITE_URL and SITE_BASE. */
import type { APIRoute } from 'astro';
import { absoluteFileUrl } from '../data/urls';
import { robotsTxt } from '../lib/share/share-meta';

export const GET: APIRoute = () => new Response(robotsTxt(absoluteFileUrl('/sitemap-index.xml')));
