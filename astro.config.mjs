// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { admin } from './src/integrations/admin';
import { calendarFiles } from './src/integrations/calendar-files';
import { contentCheck, safeMarkdown } from './src/integrations/content-check';
import { ogImages } from './src/integrations/og-images';
import { precompress } from './src/integrations/precompress';
import { siteAddressWarning } from './src/integrations/site-address';
import { searchIndex } from './src/integrations/search-index';
import { serviceWorker } from './src/integrations/service-worker';
import { webFont } from './src/integrations/web-font';
import { localeTags } from './src/i18n/languages';
import { contentCacheDir, siteSettings } from './src/lib/settings';

/** Where the site is deployed: SITE_URL is the origin, SITE_BASE the path under it (e.g. /techday/). */
const { site, base, warning } = siteSettings();

export default defineConfig({
	site,
	base,
	// Another content folder (CONTENT_DIR) keeps its own content store.
	cacheDir: contentCacheDir,
	trailingSlash: 'always',
	// Two pages at a time: while one page's file is being written, the next renders (a large event writes thousands of
	// files, and one at a time left the build waiting on the disk; measured in docs/performance.md).
	build: { format: 'directory', concurrency: 2 },
	integrations: [
		contentCheck(),
		siteAddressWarning(warning),
		mdx(),
		sitemap({
			i18n: { defaultLocale: 'ko', locales: localeTags },
			// "My agenda" shows what one visitor saved on their device: nothing for a search engine.
			filter: (page) => !/\/my\/$/.test(page),
		}),
		// Puts the preview images the /og/ route started beside the pages, from when they are generated (src/integrations/og-images.ts).
		ogImages(),
		// Cuts the web font to the finished pages' characters, before the service worker lists the files (src/integrations/web-font.ts).
		webFont(),
		// Indexes the pages for search in Pagefind's own process, started as soon as they are generated (so it runs while
		// the steps above do) and waited for here (src/integrations/search-index.ts).
		searchIndex(),
		// Writes the sessions' calendar files the route handed over, from when the pages are generated, while the steps above
		// run; waited for here, before the service worker lists the files (src/integrations/calendar-files.ts).
		calendarFiles(),
		// Installs every finished file, the search index included (src/integrations/service-worker.ts).
		serviceWorker(),
		// After the others, so the sitemap, the search index and the service worker are compressed too.
		precompress(),
		// The browser editor at /admin/, after everything above has listed or compressed the site's files: it is in none
		// of them, and its 4 MB are not compressed at build time (servers compress it on the fly) (src/integrations/admin.ts).
		admin(),
	],
	security: {
		csp: {
			directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
		},
	},
	// Organizers write prose, not code; Shiki's inline styles would also break the CSP.
	markdown: { syntaxHighlight: false, processor: safeMarkdown(base) },
	vite: {
		plugins: [tailwindcss()],
		build: {
			rolldownOptions: {
				// Every .mdx content entry makes Rolldown say its "use astro:head-inject" marker may not be kept: Astro's
				// own directive, harmless and known upstream (withastro/astro#18087). Every other warning still shows.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
});
