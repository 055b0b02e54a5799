/**
 * Ships Pretendard GOV (KRDS's typeface) cut to exactly the characters of the finished site: at
 * `astro:build:done` it reads every built page's visible text and every interface string (browser scripts
 * render some), subsets the variable font to them with the weight axis limited to 400–700, writes one
 * content-hashed .woff2 under _astro/, appends its @font-face rules (font-display: optional, see
 * src/lib/style/web-font.ts) with a metric-matched fallback and a Korean last resort to content.css (every page
 * links it; the CSP allows no inline styles), and fills the file's name into every page's preload
 * (src/lib/style/web-font-preload.ts). Each page's characters and each cut are kept in the build cache beside the
 * preview images, so a rebuild reads again only the pages that changed and cuts again only for new characters.
 * The dev server has no build and shows the system fonts of --font-sans. Measurements: docs/performance.md.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { appendFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import en from '../i18n/en';
import ko from '../i18n/ko';
import { cachedFile, cachedTextSync, cacheKey, installedVersion } from '../lib/cache/build-cache';
import { webFontCacheDir } from '../lib/settings';
import {
	ARIAL_METRICS,
	CodePoints,
	fontFaceCss,
	fontMetrics,
	subsetFont,
	toWoff2,
	uiTexts,
	visibleText,
	SUBSET_RULES,
	VISIBLE_TEXT_RULES,
	type FontMetrics,
	type SubsetOptions,
} from '../lib/style/web-font';
import { readVendoredFont, VARIABLE_FONT, VENDORED_FONT_VERSION } from '../lib/style/web-font-files';
import { fillWebFontPreload, webFontFile } from '../lib/style/web-font-preload';

/** The family name pages ask for (global.css --font-sans reads the stack from --font-web). */
const WEB_FONT_FAMILY = 'Pretendard GOV';
/** Two weights' worth of the axis: regular text up to bold headings. */
const WEB_FONT_WEIGHT = { min: 400, max: 700 };
/** Brotli bytes of all font files one page may load; over it the build says so but goes on. */
export const WEB_FONT_BUDGET = 60 * 1024;
/** The stylesheet that gets the @font-face rules: every page links it (src/pages/content.css.ts). */
const WEB_FONT_STYLESHEET = 'content.css';
/**
 * Features the site's text needs: composition, kerning, ligatures, marks, Hangul jamo, tabular figures
 * (times). HarfBuzz's default list keeps vertical, fraction and many other forms nobody here sees.
 */
export const WEB_FONT_FEATURES: readonly string[] = ['ccmp', 'locl', 'mark', 'mkmk', 'kern', 'liga', 'calt', 'rlig', 'rvrn', 'ljmo', 'vjmo', 'tjmo', 'tnum'];

/** What the site's subset keeps: the weight range and the features above. */
export const WEB_FONT_SUBSET: SubsetOptions = {
	axis: { tag: 'wght', min: WEB_FONT_WEIGHT.min, max: WEB_FONT_WEIGHT.max, default: WEB_FONT_WEIGHT.min },
	features: WEB_FONT_FEATURES,
};

/**
 * The built site's HTML files, as paths. This step reads and writes thousands of them one after the other with
 * nothing else to do on this thread (the search index runs in Pagefind's process), so it uses the synchronous calls,
 * which take half the time of the promise ones here.
 */
const builtPages = (site: string) =>
	readdirSync(site, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map((f) => join(site, f));

/**
 * Every character a built site shows: its pages' visible text and every interface string (scripts render some).
 * With a cache folder, each page's characters are kept there under a hash of the page and of how pages are read
 * (VISIBLE_TEXT_RULES, the versions of htmlparser2 and of the entity decoder it uses), so a rebuild reads again only
 * the pages that changed. Old pages' entries stay until the folder is deleted (safe at any time).
 */
export function siteCodePoints(site: string, cacheDir?: string): number[] {
	const points = new CodePoints();
	points.add([...uiTexts(ko), ...uiTexts(en)]);
	const page = new CodePoints();
	const read = (html: Buffer) => {
		page.clear();
		page.add(visibleText(html.toString('utf8')));
		return page.sorted();
	};
	const rules = cacheDir && `${VISIBLE_TEXT_RULES}\0htmlparser2@${installedVersion('htmlparser2')}\0entities@${installedVersion('entities', 'htmlparser2')}`;
	for (const file of builtPages(site)) {
		const html = readFileSync(file);
		if (!rules) points.addPoints(read(html));
		else {
			const key = createHash('sha256').update(rules).update('\0').update(html).digest('hex');
			points.addPoints(JSON.parse(cachedTextSync(join(cacheDir, 'pages', `${key}.json`), () => JSON.stringify(read(html)))) as number[]);
		}
	}
	return points.sorted();
}

/** What decides the cut's bytes besides the characters: the font file, the code that cuts, and the tools' versions and settings. */
const cutVersions = () => [
	VENDORED_FONT_VERSION,
	VARIABLE_FONT,
	`harfbuzzjs@${installedVersion('harfbuzzjs')}`,
	`wawoff2@${installedVersion('wawoff2')}`,
	SUBSET_RULES,
	JSON.stringify(WEB_FONT_SUBSET),
];

/**
 * The web font cut to some characters, as WOFF2, and the metrics of the font it is cut from: from the build cache
 * when a build before cut the same characters (a rebuild whose text did not change), else cut (and the metrics read)
 * and stored there.
 */
async function cutWebFont(codePoints: readonly number[], root: string): Promise<{ woff2: Uint8Array; metrics: FontMetrics }> {
	let font: Promise<Buffer> | undefined;
	const vendored = () => (font ??= readVendoredFont(VARIABLE_FONT, root));
	const cut = await cachedFile(join(webFontCacheDir, `${cacheKey([...cutVersions(), codePoints.join(',')])}.woff2`), async () =>
		toWoff2(await subsetFont(await vendored(), codePoints, WEB_FONT_SUBSET)),
	);
	const measured = await cachedFile(
		join(webFontCacheDir, `${cacheKey([VENDORED_FONT_VERSION, VARIABLE_FONT, `@capsizecss/unpack@${installedVersion('@capsizecss/unpack')}`])}.json`),
		async () => JSON.stringify(await fontMetrics(await vendored())),
	);
	return { woff2: readFileSync(cut.path), metrics: JSON.parse(readFileSync(measured.path, 'utf8')) as FontMetrics };
}

/** The Astro integration: subsets the web font for the built site and declares it in content.css. */
export function webFont(): AstroIntegration {
	let root: string;
	let base: string;
	return {
		name: 'techday-web-font',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const codePoints = siteCodePoints(site, webFontCacheDir);
				const { woff2, metrics } = await cutWebFont(codePoints, root);
				const name = webFontFile(createHash('sha256').update(woff2).digest('hex'));
				await writeFile(join(site, name), woff2);
				const { css, fontFamily, koreanFamily } = fontFaceCss({
					family: WEB_FONT_FAMILY,
					url: name,
					weight: WEB_FONT_WEIGHT,
					metrics,
					fallback: ARIAL_METRICS,
				});
				await appendFile(join(site, WEB_FONT_STYLESHEET), `${css}:root{--font-web:${fontFamily};--font-korean:${koreanFamily}}\n`);
				// Every page's preload names the file, now that it is known: written over the placeholder in place. The search index
				// reads the same pages meanwhile (src/integrations/search-index.ts) and never reads that link.
				const preloading = builtPages(site).filter((page) => fillWebFontPreload(page, base, name)).length;
				if (preloading === 0) {
					throw new Error(
						'web font: no built page has the preload to fill in. src/layouts/BaseLayout.astro writes it only in a production build: is NODE_ENV set to something other than "production"?',
					);
				}
				const size = `${codePoints.length} characters, ${(woff2.length / 1024).toFixed(1)} KB`;
				// Content grows the subset: the build goes on, the organizers hear of it (the budget test runs on the frozen programme).
				if (woff2.length > WEB_FONT_BUDGET) logger.warn(`web font: ${size}, over the ${WEB_FONT_BUDGET / 1024} KB budget for fonts on a page`);
				else logger.info(`web font: ${size}`);
			},
		},
	};
}
