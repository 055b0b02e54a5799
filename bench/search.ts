/**
 * What search costs and what Pagefind does for Korean: `npm run bench:search` (option --dir=PATH to
 * measure an existing build instead of building into .bench/search-site).
 *
 * 1. Opens /search/ in Debian's Chromium, then runs a first search, and lists every file each step
 *    fetched: raw bytes and brotli (quality 11, as a host would pre-compress).
 * 2. Runs Korean queries through Pagefind alone and through the search page's query (particles
 *    stripped, src/lib/search/korean.ts) and lists what each finds.
 * Writes the "Search" section of docs/performance.md (between its markers; `npm run bench` keeps it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { searchTerms } from '../src/lib/search/korean';
import { launchBrowser, serveSite } from '../test/helpers/browser';
import { brotliSize } from './bytes';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const dirArg = args.find((a) => a.startsWith('--dir='))?.split('=')[1];
const dir = dirArg ?? join(root, '.bench/search-site/');
const command = `npm run bench:search${args.length ? ` -- ${args.join(' ')}` : ''}`;
export const SEARCH_START = '<!-- search:start -->';
export const SEARCH_END = '<!-- search:end -->';

if (!dirArg)
	execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dir], {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});

const { origin, close } = await serveSite(dir);
const browser = await launchBrowser();
// Service workers blocked: the offline install is measured on its own below, not as part of a search.
const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
let fetched: string[] = [];
// The favicon is fetched whenever Chromium gets round to it: not part of any step.
page.on('requestfinished', (r) => {
	const path = new URL(r.url()).pathname;
	if (!path.endsWith('/favicon.svg')) fetched.push(path);
});

/** The files fetched since the last call, with their bytes on disk. */
function takeFetched() {
	const files = [...new Set(fetched)].map((path) => {
		const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
		const bytes = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
		return { path, raw: bytes.length, br: bytes.length ? brotliSize(bytes) : 0 };
	});
	fetched = [];
	return files;
}

const steps: { label: string; files: ReturnType<typeof takeFetched> }[] = [];
for (const [prefix, query] of [
	['', '클라우드를'],
	['/en', 'cloud'],
] as const) {
	await page.goto(`${origin}${prefix}/search/`);
	await page.waitForLoadState('networkidle');
	steps.push({ label: `open \`${prefix}/search/\``, files: takeFetched() });
	await page.getByRole('searchbox').fill(query);
	await page.getByRole('searchbox').press('Enter');
	await page.locator('[data-search-status]:not(:empty)').waitFor();
	await page.waitForLoadState('networkidle');
	steps.push({ label: `first search on \`${prefix}/search/\` ("${query}")`, files: takeFetched() });
}

/** Pagefind's own results for a query in the Korean index, in the browser. */
async function pagefindFinds(query: string): Promise<string[]> {
	await page.goto(`${origin}/search/`);
	return page.evaluate(
		async ([q, runtime]) => {
			const pagefind = await import(runtime);
			const found = await pagefind.search(q);
			return Promise.all(found.results.map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url));
		},
		[query, '/pagefind/pagefind.js'] as const,
	);
}
const queries = ['클라우드', '클라우드를', '클라우드로', '클라우드에서는', '기조연설', '기조연설을', '프로그램이'];
const korean: string[] = [];
for (const q of queries) {
	const alone = await pagefindFinds(q);
	const ours = await pagefindFinds(searchTerms(q));
	korean.push(
		`| ${q} | ${alone.length}: ${alone.slice(0, 4).join(' ') || '—'}${alone.length > 4 ? ' …' : ''} | \`${searchTerms(q)}\` → ${ours.length}: ${ours.slice(0, 4).join(' ') || '—'}${ours.length > 4 ? ' …' : ''} |`,
	);
}
await browser.close();
await close();

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
// What the service worker installs after one visit to a scripted page: the files of its precache manifest.
const installed = [...readFileSync(join(dir, 'sw.js'), 'utf8').matchAll(/"?url"?:"([^"]+)"/g)].map((m) => readFileSync(join(dir, m[1]!)));
const sw = readFileSync(join(dir, 'sw.js'));
const install = { files: installed.length, raw: installed.reduce((t, b) => t + b.length, 0), br: installed.reduce((t, b) => t + brotliSize(b), 0) };
const rows = steps.flatMap(({ label, files }) => {
	const raw = files.reduce((s, f) => s + f.raw, 0);
	const br = files.reduce((s, f) => s + f.br, 0);
	return [
		`| **${label}** | **${files.length} files** | **${kb(raw)}** | **${kb(br)}** |`,
		...files.map((f) => `| | \`${f.path}\` | ${kb(f.raw)} | ${kb(f.br)} |`),
	];
});

const section = `${SEARCH_START}
## Search

Measured with \`${command}\` (Pagefind ${JSON.parse(readFileSync(join(root, 'node_modules/pagefind/package.json'), 'utf8')).version}, the real event, Debian's Chromium).
Every file the browser fetched (but the favicon), with its size on disk and brotli (quality 11; Pagefind's
index files are already compressed). Only the search page loads
Pagefind; the first search fetches its runtime, its WebAssembly core and the index chunks of the page's language,
later searches only the chunks and fragments they need.

| step | file | raw | brotli |
| --- | --- | ---: | ---: |
${rows.join('\n')}

### Offline install

Not part of a search: after one visit to the agenda, my agenda or search, the service worker (\`sw.js\`, ${kb(sw.length)},
${kb(brotliSize(sw))} brotli) installs ${install.files} files in the background: ${kb(install.raw)} raw, ${kb(install.br)} brotli.

### Korean

Pagefind has no Korean stemmer: it indexes each space-separated word with its particle ("클라우드로"), and when a
query word matches no indexed word it falls back to the longest prefix that does. So "클라우드를" happens to find
"클라우드", but a query whose exact form is written somewhere ("기조연설을" on the speaker's page) stops there and
misses the pages that write another form ("기조연설입니다" on the keynote's page). The search page strips a trailing
particle from each Korean word of the query (\`src/lib/search/korean.ts\`) and Pagefind's prefix match does the rest.

| query | Pagefind alone: pages found | the search page's query → pages found |
| --- | --- | --- |
${korean.join('\n')}
${SEARCH_END}`;

const docPath = join(root, 'docs/performance.md');
const doc = readFileSync(docPath, 'utf8');
const start = doc.indexOf(SEARCH_START);
const end = doc.indexOf(SEARCH_END);
writeFileSync(
	docPath,
	start >= 0 && end > start ? `${doc.slice(0, start)}${section}${doc.slice(end + SEARCH_END.length)}` : `${doc.trimEnd()}\n\n${section}\n`,
);
console.log(section);
