import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../data';
import { contentPath } from '../../lib/settings';
import { SLIDES_DIR, slideFiles } from '../../lib/model/session-materials';

/** Slide PDFs named in session files (`slides: keynote.pdf`), copied from the content folder's slides/ as they are. */
export const getStaticPaths = (async () => {
	const { sessions } = await getSiteData('ko');
	const names = slideFiles(
		sessions.flatMap((s) => s.materials.filter((m) => m.kind === 'slides' && !m.external).map((m) => ({ slides: m.href.split('/').pop()! }))),
	);
	return names.map((file) => ({ params: { file }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: string }> = async ({ props }) => {
	// The same folder content.config.ts reads: CONTENT_DIR or ./content.
	const dir = resolve(contentPath(), SLIDES_DIR);
	const bytes = await readFile(resolve(dir, props.file)).catch(() => {
		throw new Error(`A session names slides "${props.file}", but ${SLIDES_DIR}/${props.file} is not in the content folder (${dir}).`);
	});
	return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'application/pdf' } });
};
