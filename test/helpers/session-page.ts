import { expect } from 'vitest';
import { readSiteFile } from './site';

/** The instants a session page shows for its session: the first two <time datetime="…T…"> of its <article>. */
export async function shownTimes(prefix: string, id: string): Promise<{ startMs: number; endMs: number; status: string }> {
	const html = await readSiteFile(`${prefix}/sessions/${id}/index.html`);
	const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
	const times = [...article.matchAll(/<time datetime="([^"]+T[^"]+)"/g)].map((m) => Date.parse(m[1]!));
	const status = /data-status="(\w+)"/.exec(article)?.[1] ?? '';
	expect(times.length, `${prefix}/sessions/${id}/ shows a start and an end`).toBeGreaterThanOrEqual(2);
	return { startMs: times[0]!, endMs: times[1]!, status };
}
