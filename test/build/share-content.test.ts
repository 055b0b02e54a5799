/**
 * What organizers can change reaches the tags and structured data: a cancelled session with a title full of
 * markup, a confirmed address and search-console codes, built from a copy of the content.
 */
import { existsSync } from 'node:fs';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'parse5';
import { beforeAll, expect, test } from 'vitest';
import { buildSite } from '../helpers/build';
import { attr, elements, text } from '../helpers/html';
import { outputRoot, programmeDir } from '../helpers/paths';
import { readSiteFile } from '../helpers/site';

const contentDir = `${outputRoot}share-content/`;
const outDir = `${outputRoot}share-site/`;
const hostile = `네이버 </script><script>alert(1)</script> <!-- "과정" & 성과`;

beforeAll(async () => {
	await rm(contentDir, { recursive: true, force: true });
	await cp(`${programmeDir}/`, contentDir, { recursive: true });
	const session = `${contentDir}sessions/naver-track.md`;
	await writeFile(session, (await readFile(session, 'utf8')).replace(/^title: .*$/m, `title: '${hostile}'`).replace(/^status: .*$/m, 'status: cancelled'));
	const event = `${contentDir}event.yaml`;
	await writeFile(
		event,
		`${(await readFile(event, 'utf8')).replace(/^( {2}mapQuery: .*)$/m, '$1\n  address:\n    country: KR')}\nverification:\n  naver: naver-code-123\n  google: google-code-456\n`,
	);
	await buildSite(outDir, { CONTENT_DIR: contentDir });
}, 300_000);

async function page(path: string) {
	const html = await readSiteFile(path, outDir);
	const els = [...elements(parse(html))];
	const ld = els.filter((e) => e.tagName === 'script' && attr(e, 'type') === 'application/ld+json');
	return { html, els, ld, graph: ld.flatMap((s) => JSON.parse(text(s))['@graph'] as Record<string, any>[]) };
}

test('a title with markup stays inside its JSON-LD and reads back unchanged; a cancelled session is EventCancelled', async () => {
	const { els, ld, graph } = await page('/sessions/naver-track/index.html');
	expect(ld).toHaveLength(1);
	// Only the page's own (Astro's) scripts: the title opened no script element of its own.
	expect(els.filter((e) => e.tagName === 'script' && text(e).includes('alert(1)') && attr(e, 'type') !== 'application/ld+json')).toEqual([]);
	const event = graph.find((n) => n['@type'] === 'Event')!;
	expect(event.name).toBe(hostile);
	expect(event.eventStatus).toBe('https://schema.org/EventCancelled');
	expect(graph.find((n) => n['@type'] === 'BreadcrumbList')!.itemListElement.at(-1).name).toBe(hostile);
});

test('the cancelled session still has its preview image', async () => {
	const { els } = await page('/sessions/naver-track/index.html');
	const image = attr(
		els.find((e) => e.tagName === 'meta' && attr(e, 'property') === 'og:image')!,
		'content',
	)!;
	expect(existsSync(join(outDir, new URL(image).pathname))).toBe(true);
});

test('search-console codes from the event file become their meta tags on every page', async () => {
	for (const path of ['/index.html', '/en/agenda/index.html']) {
		const { els } = await page(path);
		const meta = (name: string) => els.filter((e) => e.tagName === 'meta' && attr(e, 'name') === name).map((e) => attr(e, 'content'));
		expect(meta('naver-site-verification')).toEqual(['naver-code-123']);
		expect(meta('google-site-verification')).toEqual(['google-code-456']);
	}
});

test('a confirmed address part reaches the event location, and nothing more is invented', async () => {
	const { graph } = await page('/en/index.html');
	expect(graph.find((n) => n['@type'] === 'Event')!.location.address).toEqual({ '@type': 'PostalAddress', addressLocality: 'Seoul', addressCountry: 'KR' });
});
