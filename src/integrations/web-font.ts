/**
 * Ships Pretendard GOV (KRDS's typeface) cut to exactly the characters of the finished site: at
 * `astro:build:done` it reads every built page's visible text and every interface string (browser scripts
 * render some), subsets the variable font to them with the weight axis limited to 400–700, writes one
 * content-hashed .woff2 under _astro/, appends its @font-face rules (font-display: optional, see
 * src/lib/style/web-font.ts) with a metric-matched fallback and a Korean last resort to content.css (every page
 * links it; the CSP allows no inline styles), and points every page's preload at the file. The dev server has
 * no build and shows the system fonts of --font-sans. Measurements: docs/performance.md.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { appendFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import en from '../i18n/en';
import ko from '../i18n/ko';
import { ARIAL_METRICS, CodePoints, fontFaceCss, fontMetrics, subsetFont, toWoff2, uiTexts, visibleText, type SubsetOptions } from '../lib/style/web-font';
import { readVendoredFont, VARIABLE_FONT } from '../lib/style/web-font-files';
import { withWebFontPreload } from '../lib/style/web-font-preload';

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

/** Every character a built site shows: its pages' visible text and every interface string (scripts render some). */
export function siteCodePoints(site: string): number[] {
	const points = new CodePoints();
	points.add([...uiTexts(ko), ...uiTexts(en)]);
	for (const page of builtPages(site)) points.add(visibleText(readFileSync(page, 'utf8')));
	return points.sorted();
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
				const codePoints = siteCodePoints(site);
				const font = await readVendoredFont(VARIABLE_FONT, root);
				const woff2 = await toWoff2(await subsetFont(font, codePoints, WEB_FONT_SUBSET));
				const name = `_astro/pretendard-gov.${createHash('sha256').update(woff2).digest('hex').slice(0, 10)}.woff2`;
				await writeFile(join(site, name), woff2);
				const { css, fontFamily, koreanFamily } = fontFaceCss({
					family: WEB_FONT_FAMILY,
					url: name,
					weight: WEB_FONT_WEIGHT,
					metrics: await fontMetrics(font),
					fallback: ARIAL_METRICS,
				});
				await appendFile(join(site, WEB_FONT_STYLESHEET), `${css}:root{--font-web:${fontFamily};--font-korean:${koreanFamily}}\n`);
				// Every page preloads the file, now that its name is known. Each page is replaced whole (written beside, then
				// renamed): the search index reads the same pages at the same time (src/integrations/search-index.ts).
				for (const page of builtPages(site)) {
					writeFileSync(`${page}.font`, withWebFontPreload(readFileSync(page, 'utf8'), base, WEB_FONT_STYLESHEET, name));
					renameSync(`${page}.font`, page);
				}
				const size = `${codePoints.length} characters, ${(woff2.length / 1024).toFixed(1)} KB`;
				// Content grows the subset: the build goes on, the organizers hear of it (the budget test runs on the frozen programme).
				if (woff2.length > WEB_FONT_BUDGET) logger.warn(`web font: ${size}, over the ${WEB_FONT_BUDGET / 1024} KB budget for fonts on a page`);
				else logger.info(`web font: ${size}`);
			},
		},
	};
}
