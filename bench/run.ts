/**
 * The performance benchmark: `npm run bench` (options: --runs=N rounds of builds, default 3;
 * --no-lighthouse; --keep to keep .bench/). Writes docs/performance.md and prints a summary.
 *
 * 1. Builds the real event and measures the bytes of every page type (HTML, CSS, JS, fonts; raw and brotli).
 * 2. Generates a large event (1,000 sessions, 500 speakers, 20 tracks, Korean and English) and a
 *    plain-Markdown Astro control with the same page count, and builds them in rounds (the large event with an
 *    empty image cache, with a full one, then the control): wall time, pages/s, peak memory, warnings, and the
 *    ratios to the control.
 * 3. Runs Lighthouse (mobile) on home, agenda, a session and a speaker in both languages.
 * 4. Times `npm ci` in a fresh clone of HEAD and weighs its node_modules (--no-install skips it).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtFile, samplePages } from '../test/helpers/page-types';
import { listFiles } from '../test/helpers/site';
import { brotliSize, pageBytes, type PageBytes } from './bytes';
import { budgets, largeBuildBefore, largeEventBefore } from './budgets';
import { controlProjectFiles } from './control';
import { defaultSize, largeEventFiles } from './large-event';
import { chromePath, runLighthouse, type LighthouseResult } from './lighthouse';
import { measureInstall, type InstallMeasurement } from './install';
import { measureBuild, type BuildMeasurement } from './measure';
import { serveBuiltSite } from '../scripts/lib/serve-built';

const root = fileURLToPath(new URL('../', import.meta.url));
const work = join(root, '.bench');
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
const args = process.argv.slice(2);
const runs = Number(args.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 3);
const withLighthouse = !args.includes('--no-lighthouse');
const withInstall = !args.includes('--no-install');
const lighthouseRuns = Number(args.find((a) => a.startsWith('--lighthouse-runs='))?.split('=')[1] ?? 3);
const command = `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`;

const log = (message: string) => console.log(`[bench] ${message}`);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${Math.round(n / 1024 ** 2)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const mark = (ok: boolean) => (ok ? '✅' : '❌');

/** Writes a map of relative paths to text under a folder, replacing it. */
function writeTree(dir: string, files: Map<string, string>) {
	rmSync(dir, { recursive: true, force: true });
	for (const [path, text] of files) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
}

/** Summary of several builds of one kind. */
interface BuildSeries {
	name: string;
	pages: number;
	runs: BuildMeasurement[];
	wallMs: number;
	cpuMs: number;
	pagesPerSecond: number;
	peakRssBytes: number;
	warnings: string[];
}

function series(name: string, pages: number, measured: BuildMeasurement[]): BuildSeries {
	const wallMs = median(measured.map((m) => m.wallMs));
	return {
		name,
		pages,
		runs: measured,
		wallMs,
		cpuMs: median(measured.map((m) => m.cpuMs)),
		pagesPerSecond: pages / (wallMs / 1000),
		peakRssBytes: Math.max(...measured.map((m) => m.peakRssBytes)),
		warnings: [...new Set(measured.flatMap((m) => m.warnings))],
	};
}

const version = (cmd: string, cmdArgs: string[]) => {
	try {
		return execFileSync(cmd, cmdArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	} catch {
		return 'unknown';
	}
};
const packageVersion = (name: string, from = root) =>
	(JSON.parse(readFileSync(join(from, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

// ── 1. The real event ────────────────────────────────────────────────────────────────────────────
const loadBefore = loadavg()[0]!;
mkdirSync(work, { recursive: true });
const siteDir = join(work, 'site/');
rmSync(siteDir, { recursive: true, force: true });
rmSync(join(root, 'node_modules/.astro'), { recursive: true, force: true });
log('building the real event');
// Built as for nginx (PRECOMPRESS=1): Lighthouse below gets the .br copies, as a visitor of any host gets compressed files.
const real = series('Real event (content/)', 0, [await measureBuild({ cwd: root, astroBin, args: ['--outDir', siteDir], env: { PRECOMPRESS: '1' } })]);
const realFiles = await listFiles(siteDir);
real.pages = realFiles.filter((f) => f.endsWith('.html')).length;
real.pagesPerSecond = real.pages / (real.wallMs / 1000);

const samples = samplePages();
const bytes: { type: string; lang: string; path: string; b: PageBytes }[] = samples.map((sample) => {
	const file = builtFile(sample, siteDir).slice(siteDir.length - 1);
	return { type: sample.type, lang: sample.lang, path: sample.path, b: pageBytes(siteDir, file) };
});
const htmlSizes = realFiles.filter((f) => f.endsWith('.html')).map((f) => ({ file: f, br: brotliSize(readFileSync(join(siteDir, f))) }));
const largestHtml = htmlSizes.reduce((m, x) => (x.br > m.br ? x : m));
const cssTotal = realFiles.filter((f) => f.endsWith('.css')).reduce((sum, f) => sum + brotliSize(readFileSync(join(siteDir, f))), 0);

// ── 2. Large event against the control ───────────────────────────────────────────────────────────
const largeContent = join(work, 'large/content/');
const largeDist = join(work, 'large/dist/');
const controlDir = join(work, 'control/');
log(`generating a large event: ${defaultSize.sessions} sessions, ${defaultSize.speakers} speakers, ${defaultSize.tracks} tracks`);
writeTree(largeContent, largeEventFiles(defaultSize));
/** Astro's caches, the content stores included (one per content folder: astro.config.mjs). */
const astroCache = join(root, 'node_modules/.astro');

// Each round builds the large event with an empty image cache (as on a fresh clone), then with the cache that build
// filled (as a CI that keeps node_modules/.cache would), then the control: this machine's speed drifts by a third
// within minutes, so each ratio compares builds made minutes apart, never a lone build with medians taken later.
const ogCache = join(work, 'og-cache/');
const buildLarge = () => measureBuild({ cwd: root, astroBin, args: ['--outDir', largeDist], env: { CONTENT_DIR: largeContent, OG_CACHE_DIR: ogCache } });
const cold: BuildMeasurement[] = [];
const large: BuildMeasurement[] = [];
const control: BuildMeasurement[] = [];
let largePages = 0;
let largeBytes: typeof bytes = [];
for (let i = 1; i <= runs; i++) {
	// Every build starts without Astro's content cache from the build before.
	rmSync(ogCache, { recursive: true, force: true });
	rmSync(astroCache, { recursive: true, force: true });
	rmSync(largeDist, { recursive: true, force: true });
	log(`large event, empty image cache, build ${i}/${runs}`);
	cold.push(await buildLarge());
	rmSync(astroCache, { recursive: true, force: true });
	rmSync(largeDist, { recursive: true, force: true });
	log(`large event, build ${i}/${runs}`);
	large.push(await buildLarge());
	if (i === 1) {
		largePages = (await listFiles(largeDist)).filter((f) => f.endsWith('.html')).length;
		largeBytes = samplePages(largeContent).map((sample) => {
			const file = builtFile(sample, largeDist).slice(largeDist.length - 1);
			return { type: sample.type, lang: sample.lang, path: sample.path, b: pageBytes(largeDist, file) };
		});
		writeTree(controlDir, controlProjectFiles(largePages));
	}
	rmSync(join(controlDir, 'node_modules'), { recursive: true, force: true });
	rmSync(join(controlDir, 'dist'), { recursive: true, force: true });
	log(`control (${largePages} Markdown pages), build ${i}/${runs}`);
	control.push(await measureBuild({ cwd: controlDir, astroBin, args: [] }));
	const controlPages = (await listFiles(join(controlDir, 'dist'))).filter((f) => f.endsWith('.html')).length;
	if (controlPages !== largePages) throw new Error(`control built ${controlPages} pages, the large event ${largePages}`);
}
rmSync(astroCache, { recursive: true, force: true }); // the next build starts clean
const largeSeries = series(
	`Large event (${defaultSize.sessions} sessions, ${defaultSize.speakers} speakers, ${defaultSize.tracks} tracks, ko + en)`,
	largePages,
	large,
);
const coldSeries = series('Large event, empty image cache', largePages, cold);
const controlSeries = series('Control: plain Markdown pages, same count', largePages, control);
/** Each round's build ÷ that round's control (time or CPU time). */
const perRound = (builds: BuildMeasurement[], of: 'wallMs' | 'cpuMs' = 'wallMs') => builds.map((m, i) => m[of] / control[i]![of]);
const roundRatios = (builds: BuildMeasurement[]) =>
	perRound(builds)
		.map((r) => `${r.toFixed(2)}×`)
		.join(', ');
// The ratios are the median of the rounds' own ratios: never one round's build against another round's control.
const ratio = median(perRound(large));
const coldMs = coldSeries.wallMs;
const coldRatio = median(perRound(cold));
const ogImages = (await listFiles(largeDist)).filter((f) => /^\/og\/.*\.png$/.test(f));
const ogBytes = ogImages.map((f) => readFileSync(join(largeDist, f)).byteLength);
const cpuRatio = median(perRound(large, 'cpuMs'));

// ── 3. Lighthouse ────────────────────────────────────────────────────────────────────────────────
let lighthouse: LighthouseResult[] = [];
if (withLighthouse) {
	// The PRECOMPRESS=1 build wrote the .br/.gz copies; the server sends them and the production headers.
	const server = await serveBuiltSite(siteDir);
	try {
		const targets = samples.filter((p) => ['home', 'agenda', 'session', 'speaker'].includes(p.type));
		log(`Lighthouse (mobile) on ${targets.length} pages, ${lighthouseRuns} runs each`);
		lighthouse = await runLighthouse(
			targets.map((p) => `${server.origin}${p.path}`),
			lighthouseRuns,
		);
		lighthouse = lighthouse.map((r) => ({ ...r, url: new URL(r.url).pathname }));
	} finally {
		await server.close();
	}
}

// ── 4. Installing ────────────────────────────────────────────────────────────────────────────────
let install: InstallMeasurement | undefined;
if (withInstall) {
	log('npm ci in a fresh clone of HEAD');
	install = measureInstall(root);
}

// ── Report ───────────────────────────────────────────────────────────────────────────────────────
/** Milliseconds the build's last steps waited for the preview images ("preview images: … in 1.2 s after the pages", src/integrations/og-images.ts). */
const ogMs = (log: string) => Number(/preview images: .* in ([\d.]+) s after the pages/.exec(log)?.[1] ?? NaN) * 1000;
const ogRows = (
	[
		['empty image cache (cold)', coldSeries],
		['full image cache (warm)', largeSeries],
	] as const
).map(
	([name, b]) => `| ${name} | ${s(b.wallMs)} | ${s(b.cpuMs)} | ${s(median(b.runs.map((m) => ogMs(m.log)).filter(Number.isFinite)))} | ${mb(b.peakRssBytes)} |`,
);
const buildBeforeRows = [
	...largeBuildBefore.map((b) => `| ${b.when} | ${b.ratio} | ${b.cold} | ${b.pagesPerSecond} | ${b.peak} |`),
	`| now | ${ratio.toFixed(2)}× | ${s(coldMs)} (${coldRatio.toFixed(2)}×) | ${Math.round(largeSeries.pagesPerSecond)} | ${mb(largeSeries.peakRssBytes)} (cold ${mb(coldSeries.peakRssBytes)}) |`,
];
const buildRows = [real, largeSeries, controlSeries].map(
	(b) =>
		`| ${b.name} | ${b.pages.toLocaleString('en')} | ${s(b.wallMs)} | ${s(b.cpuMs)} | ${Math.round(b.pagesPerSecond)} | ${mb(b.peakRssBytes)} | ${b.warnings.length} |`,
);
const largeBytesRows = largeBytes.map(({ type, lang, path, b }) => `| ${type} | ${lang} | \`${path}\` | ${kb(b.html.raw)} | ${kb(b.html.br)} |`);
const bytesRows = bytes.map(
	({ type, lang, path, b }) =>
		`| ${type} | ${lang} | \`${path}\` | ${kb(b.html.raw)} | ${kb(b.html.br)} | ${kb(b.css.raw)} | ${kb(b.css.br)} | ${kb(b.js.raw)} | ${kb(b.js.br)} | ${kb(b.fonts.raw)} | ${kb(b.fonts.br)} |`,
);
const lhRows = lighthouse.map(
	(r) =>
		`| \`${r.url}\` | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores.bestPractices} | ${r.scores.seo} | ${Math.round(r.lcpMs)} ms | ${r.cls.toFixed(3)} | ${Math.round(r.tbtMs)} ms |`,
);
const lowest = lighthouse.length ? Math.min(...lighthouse.flatMap((r) => Object.values(r.scores))) : Number.NaN;
const lost = [...new Set(lighthouse.flatMap((r) => r.lost.map((l) => `${r.url} ${l}`)))];
const allWarnings = [...real.warnings, ...coldSeries.warnings, ...largeSeries.warnings, ...controlSeries.warnings];
const largeAt = (path: string) => largeBytes.filter((p) => p.path === path || p.path === `/en${path}`).map((p) => p.b.html.raw);
const largeMy = Math.max(...largeAt('/my/'));
const largeAgenda = Math.max(...largeAt('/agenda/'));
const worstCls = lighthouse.length ? Math.max(...lighthouse.map((r) => r.cls)) : Number.NaN;
const agendaCls = lighthouse.filter((r) => r.url.endsWith('/agenda/')).map((r) => r.cls);
const beforeAfterRows = (['/my/', '/agenda/', '/', '/sessions/session-0001/'] as const).map(
	(path) => `| \`${path}\` (ko) | ${kb(largeEventBefore[path])} | ${kb(largeAt(path)[0] ?? Number.NaN)} |`,
);
/** "147 files to install (1319 KB)" from a build log (src/integrations/service-worker.ts). */
const swInstall = (m: BuildMeasurement | undefined) =>
	/service worker: (\d+) files to install \((\d+) KB\)/
		.exec(m?.log ?? '')
		?.slice(1)
		.map(Number);
const swRows = (
	[
		['real event', swInstall(real.runs[0])],
		['large event', swInstall(large[0])],
	] as const
).map(([name, sw]) => `| ${name} | ${sw ? `${sw[0]!.toLocaleString('en')} | ${(sw[1]! / 1024).toFixed(1)} MB` : '— | —'} |`);

const budgetRows = [
	[
		'Every HTML page of the real event, brotli',
		`≤ ${kb(budgets.htmlBrotli)}`,
		`largest ${kb(largestHtml.br)} (\`${largestHtml.file}\`)`,
		largestHtml.br <= budgets.htmlBrotli,
	],
	['All CSS together, brotli', `≤ ${kb(budgets.cssBrotli)}`, kb(cssTotal), cssTotal <= budgets.cssBrotli],
	[
		'Lighthouse, every category and page',
		`${budgets.lighthouse}`,
		withLighthouse ? `lowest ${lowest}` : 'not run',
		withLighthouse && lowest >= budgets.lighthouse,
	],
	['Large build time ÷ control', `≤ ${budgets.buildRatio}×`, `${ratio.toFixed(2)}×`, ratio <= budgets.buildRatio],
	[
		'Large build time, empty image cache ÷ control',
		`≤ ${budgets.coldBuildRatio}×`,
		`${coldRatio.toFixed(2)}× (${s(coldMs)})`,
		coldRatio <= budgets.coldBuildRatio,
	],
	['Large event: "my agenda" HTML, raw', `≤ ${kb(budgets.largeMyRaw)}`, kb(largeMy), largeMy <= budgets.largeMyRaw],
	[
		'Large event: agenda HTML, raw',
		`≤ ${(budgets.largeAgendaRaw / 1e6).toFixed(1)} MB`,
		`${(largeAgenda / 1e6).toFixed(2)} MB`,
		largeAgenda <= budgets.largeAgendaRaw,
	],
	['Layout shift (Lighthouse CLS), every page', `${budgets.cls}`, withLighthouse ? worstCls.toFixed(3) : 'not run', withLighthouse && worstCls <= budgets.cls],
	[
		'Large build throughput',
		`≥ ${budgets.pagesPerSecond} pages/s`,
		`${Math.round(largeSeries.pagesPerSecond)} pages/s`,
		largeSeries.pagesPerSecond >= budgets.pagesPerSecond,
	],
	[
		'Large build peak memory, full / empty image cache',
		`≤ ${mb(budgets.peakRss)}`,
		`${mb(largeSeries.peakRssBytes)} / ${mb(coldSeries.peakRssBytes)}`,
		Math.max(largeSeries.peakRssBytes, coldSeries.peakRssBytes) <= budgets.peakRss,
	],
	['Warnings in the build logs', '0', String(allWarnings.length), allWarnings.length === 0],
	[
		'Offline install, large event',
		`≤ ${mb(budgets.swInstall)}`,
		swInstall(large[0]) ? mb(swInstall(large[0])![1]! * 1024) : 'not measured',
		(swInstall(large[0])?.[1] ?? Infinity) * 1024 <= budgets.swInstall,
	],
	[
		'npm ci, node_modules',
		`≤ ${mb(budgets.installBytes)}`,
		install ? mb(install.diskBytes) : 'not run',
		!!install && install.diskBytes <= budgets.installBytes,
	],
] as const;

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const loadAfter = loadavg()[0]!;
const doc = `# Performance

Measured with \`${command}\` on ${new Date().toISOString().slice(0, 10)}: ${cpu}, ${cpus().length} cores,
Node ${process.versions.node}, Astro ${packageVersion('astro')}, Lighthouse ${withLighthouse ? packageVersion('lighthouse', join(root, 'bench/lighthouse')) : '—'},
${version(chromePath, ['--version']).replace(/\s+built on.*/, '')}; load average ${loadBefore.toFixed(1)} at the start and
${loadAfter.toFixed(1)} at the end (other work on the machine slows builds and raises Lighthouse's TBT). Run it again after any change that can move these
numbers and commit the new file. The byte budgets are also enforced by \`npm test\` (\`test/build/budgets.test.ts\`).

## Budgets

| budget | limit | measured | |
| --- | --- | --- | --- |
${budgetRows.map(([what, limit, measured, ok]) => `| ${what} | ${limit} | ${measured} | ${mark(ok)} |`).join('\n')}

## Build

Each build is a whole cold \`astro build\` (content sync, Vite, page rendering, sitemap) in a child process;
time and CPU time (of the build process, all threads) are medians of ${runs} rounds, each of which builds the large event with an empty image cache, then
with the cache that build filled, then the control; peak memory is the highest
resident set size of the build's process tree over those runs. The control is the same Astro with one Markdown
file per page and nothing else (\`bench/control.ts\`); the large event is \`bench/large-event.ts\`
(${defaultSize.rooms} parallel rooms, 30-minute slots).

| build | pages | time | CPU time | pages/s | peak memory | warnings |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${buildRows.join('\n')}

Large event ÷ control, the median of the rounds' ratios: **${ratio.toFixed(2)}×** the time, ${cpuRatio.toFixed(2)}× the CPU time (runs: ${large.map((m) => s(m.wallMs)).join(', ')} against ${control.map((m) => s(m.wallMs)).join(', ')}; each round's ratio: ${roundRatios(large)}).
With an empty image cache: **${coldRatio.toFixed(2)}×** the control's time, ${median(perRound(cold, 'cpuMs')).toFixed(2)}× its CPU time (runs: ${cold.map((m) => s(m.wallMs)).join(', ')}; each round's ratio: ${roundRatios(cold)}).

The large event's build before and after (time ÷ control with the image cache full; with it empty; pages per second; peak memory).
Up to commit d358c88 the empty-cache figure was one build made before the rounds, and each ratio a median over another; since then
both are the median of the rounds' own ratios. This machine's speed drifts from one hour to the next: compare the ratios, not the seconds.

| report | ÷ control | empty image cache | pages/s | peak memory |
| --- | ---: | ---: | ---: | ---: |
${buildBeforeRows.join('\n')}
${allWarnings.length ? `\nWarnings:\n\n${allWarnings.map((w) => `    ${w}`).join('\n')}\n` : ''}
## Preview images (large event)

The build renders a 1200×630 PNG per page people share and language (${ogImages.length.toLocaleString('en')} for the large event; largest
${kb(Math.max(...ogBytes))}, median ${kb(median(ogBytes))}) with satori and resvg, encoded by sharp, and keeps each under a hash of its
words, colour, font and renderer versions in \`node_modules/.cache/og/\` (here \`OG_CACHE_DIR\`; the pages' QR codes in its \`qr/\`, the web font's cuts and each page's characters in its \`web-font/\`). A build with an empty
cache renders them all, on worker threads while the pages are written; a build with a full cache links them into \`og/\`. "Images" is
how long the build waited for them and linked them after its pages (its log's \`preview images\` line); medians of the same rounds.

| large event build | time | CPU time | images | peak memory |
| --- | ---: | ---: | ---: | ---: |
${ogRows.join('\n')}

## Bytes per page type (real event)

What one page costs: its HTML and the CSS, JavaScript and fonts it loads from the site, raw and with brotli
(quality 11). Content pages ship no JavaScript; every page loads one web font, the site's own cut of Pretendard GOV, preloaded by its head so a first visit can use it, counted under "fonts" (\`npm run bench:font\` measures the cut).

| page type | lang | page | HTML | HTML br | CSS | CSS br | JS | JS br | fonts | fonts br |
| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${bytesRows.join('\n')}

The large event's pages. Each page's size follows what it shows: "my agenda" draws the visitor's picks from
the agenda page the browser already has, a session page lists a few of the ${defaultSize.rooms - 1} sessions beside it
with a link to its slot, the home page's glance shows the first sessions of each slot:

| page type | lang | page | HTML | HTML br |
| --- | --- | --- | ---: | ---: |
${largeBytesRows.join('\n')}

Before and after (the figures before are from the report of 2026-11-26, commit e231341):

| large event | before | now |
| --- | ---: | ---: |
${beforeAfterRows.join('\n')}
| build time ÷ control | ${largeEventBefore.buildRatio} | ${ratio.toFixed(2)}× |
| agenda CLS (Lighthouse) | ${largeEventBefore.agendaCls} | ${agendaCls.length ? agendaCls.map((c) => c.toFixed(3)).join(', ') : 'not run'} |

## Offline install

What the service worker installs after one visit to the agenda (raw bytes; at most ${(budgets.swInstall / 1024 ** 2).toFixed(0)} MB for any event,
\`src/lib/offline/precache.ts\`). Before the bound the large event installed 8,226 files, 90.9 MB.

| event | files | size |
| --- | ---: | ---: |
${swRows.join('\n')}

## Installing

\`npm ci\` in a fresh clone of the commit (Lighthouse is not part of it: the benchmark installs it into \`bench/lighthouse/\`;
the browser editor's files are vendored in \`src/editor/sveltia-cms/\`, not installed with \`@sveltia/cms\`, which installs
74 MB with the libraries its own source needs, nor with three Fontsource packages, 10.6 MB for one file each).
Before the install was made light: 847 packages, 1.2 GB, 46.7 s; before the editor was vendored: 628 packages, 649 MB, 18.0 s.

${install ? `| packages | node_modules | time |\n| ---: | ---: | ---: |\n| ${install.packages} | ${mb(install.diskBytes)} | ${s(install.wallMs)} |` : 'Not run (`--no-install`).'}

## Lighthouse (mobile)

Lighthouse's default mobile run (emulated phone, simulated slow 4G and 4× CPU slowdown) in Debian's Chromium,
against the real event served on 127.0.0.1 with brotli and the headers of \`public/_headers\`; the median of
${lighthouseRuns} runs per page.

${
	withLighthouse
		? `| page | Performance | Accessibility | Best practices | SEO | LCP | CLS | TBT |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${lhRows.join('\n')}
${lost.length ? `\nAudits that cost points:\n\n${lost.map((l) => `- ${l}`).join('\n')}\n` : ''}`
		: 'Not run (`--no-lighthouse`).\n'
}`;

// Keep the section that `npm run bench:search` writes (bench/search.ts).
const previous = readFileSync(join(root, 'docs/performance.md'), 'utf8');
const searchSection = /<!-- search:start -->[\s\S]*<!-- search:end -->/.exec(previous)?.[0];
writeFileSync(join(root, 'docs/performance.md'), searchSection ? `${doc.trimEnd()}\n\n${searchSection}\n` : doc);
log('wrote docs/performance.md');
console.log(`\n${budgetRows.map(([what, limit, measured, ok]) => `${mark(ok)} ${what}: ${measured} (${limit})`).join('\n')}`);
if (!args.includes('--keep')) {
	for (const dir of ['large', 'control', 'site', 'og-cache']) rmSync(join(work, dir), { recursive: true, force: true });
}
