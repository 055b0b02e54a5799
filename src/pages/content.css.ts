import type { APIRoute } from 'astro';
import { getSiteData } from '../data';
import { contentStyles } from '../lib/style/content-styles';
import { SessionKindSchema } from '../schemas/session';

export const GET: APIRoute = async () => {
	const { tracks } = await getSiteData('ko');
	return new Response(contentStyles(tracks, SessionKindSchema.options), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
