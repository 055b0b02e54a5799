import type { APIRoute, GetStaticPaths } from 'astro';
import { getOgCards } from '../../data/og';
import { languages } from '../../i18n/languages';
import { ogImageName, type OgCard } from '../../lib/share/og-card';
import { ogPng } from '../../lib/share/og-image';
import { ogCacheDir } from '../../lib/settings';

/** One preview image per page and language: /og/ko/index.png, /og/en/sessions/<id>.png, … */
export const getStaticPaths = (async () => {
	const cards = await Promise.all(languages.map(async (lang) => (await getOgCards(lang)).map(({ path, card }) => ({ lang, path, card }))));
	return cards.flat().map(({ lang, path, card }) => ({ params: { image: ogImageName(lang, path).replace(/\.png$/, '') }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) =>
	new Response(new Uint8Array(await ogPng(props.card, ogCacheDir)), { headers: { 'Content-Type': 'image/png' } });
