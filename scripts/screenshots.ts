/**
 * Screenshots of built pages at phone and desktop widths, both languages, light and dark,
 * for a person to look at: `npm run screenshots -- /agenda/ /sessions/keynote/`.
 * Reads test-output/site (built by `npm test`), dist/ when given --dist, or another build with --dir=<path>
 * (e.g. --dir=test-output/ended-after-site/, the after-the-day copy with photos).
 */
import { mkdir } from 'node:fs/promises';
import { launchBrowser, serveSite } from '../test/helpers/browser';
import { root, siteDir } from '../test/helpers/paths';

const args = process.argv.slice(2);
const dirArg = args.find((a) => a.startsWith('--dir='))?.slice('--dir='.length);
const dir = dirArg ? `${dirArg.replace(/\/?$/, '/')}` : args.includes('--dist') ? `${root}dist/` : siteDir;
const paths = args.filter((a) => a.startsWith('/'));
const pages = paths.length > 0 ? paths : ['/', '/agenda/', '/sessions/keynote/', '/speakers/cho-sungzoon/', '/tracks/google/', '/results/', '/venue/'];
const segmentArg = args.find((a) => a.startsWith('--segment='));
const segment = segmentArg ? Number(segmentArg.split('=')[1]) : 0;
const widths = args.includes('--phone') ? [390] : args.includes('--desktop') ? [1280] : [390, 1280];
const schemes = args.includes('--light') ? ['light' as const] : args.includes('--dark') ? ['dark' as const] : ['light' as const, 'dark' as const];
const langs = args.includes('--ko') ? ['ko'] : args.includes('--en') ? ['en'] : ['ko', 'en'];
const outDir = `${root}test-output/screenshots/`;
await mkdir(outDir, { recursive: true });

const site = await serveSite(dir);
const browser = await launchBrowser();
try {
	for (const width of widths) {
		for (const colorScheme of schemes) {
			const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, deviceScaleFactor: 1 });
			const page = await context.newPage();
			for (const lang of langs) {
				for (const path of pages) {
					const url = `${site.origin}${lang === 'en' ? `/en${path}` : path}`;
					await page.goto(url, { waitUntil: 'networkidle' });
					const name = `${lang}${path.replaceAll('/', '_')}${width}-${colorScheme}.png`;
					if (segment) {
						// Tall phone pages in parts a person can read at once.
						const height = await page.evaluate(() => document.documentElement.scrollHeight);
						for (let y = 0, i = 1; y < height; y += segment, i++) {
							const part = name.replace('.png', `-part${i}.png`);
							await page.screenshot({ path: `${outDir}${part}`, fullPage: true, clip: { x: 0, y, width, height: Math.min(segment, height - y) } });
							console.log(`${outDir}${part}`);
						}
					} else {
						await page.screenshot({ path: `${outDir}${name}`, fullPage: true });
						console.log(`${outDir}${name}`);
					}
				}
			}
			await context.close();
		}
	}
} finally {
	await browser.close();
	await site.close();
}
