import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { getOgCards } from '../../data/og';
import { languages } from '../../i18n/languages';
import { ogImageName } from '../../lib/share/og-card';
import { handOverOgImages } from '../../lib/share/og-handoff';
import { ogStats } from '../../lib/share/og-image';
import { ogPngs } from '../../lib/share/og-pool';
import { ogCacheDir } from '../../lib/settings';

/**
 * One preview image per page people share and language: /og/ko/index.png, /og/en/sessions/<id>.png, … (the other
 * pages show the home page's, src/lib/share/og-card.ts ogCardPath). All of them are started here at once, so they
 * render on worker threads (src/lib/share/og-pool.ts) while the pages are written. The dev server answers each from
 * this route; a build lists none here and puts the files in at its end instead (src/lib/share/og-handoff.ts).
 */
export const getStaticPaths = (async () => {
	const cards = (await Promise.all(languages.map(async (lang) => (await getOgCards(lang)).map(({ path, card }) => ({ lang, path, card }))))).flat();
	const pngs = ogPngs(
		cards.map((c) => c.card),
		ogCacheDir,
	);
	const images = cards.map(({ lang, path }, i) => ({ name: ogImageName(lang, path), file: pngs[i]! }));
	if (handOverOgImages({ files: new Map(images.map(({ name, file }) => [name, file])), stats: ogStats })) return [];
	return images.map(({ name, file }) => ({ params: { image: name.replace(/\.png$/, '') }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: Promise<string> }> = async ({ props }) =>
	new Response(new Uint8Array(await readFile(await props.file)), { headers: { 'Content-Type': 'image/png' } });
