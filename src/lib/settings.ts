/**
 * Every setting the site takes from the environment, read here and nowhere else: the content folder
 * (CONTENT_DIR), where the site is published (SITE_URL, SITE_BASE, REQUIRE_SITE_URL), the social-card
 * and QR-code cache (OG_CACHE_DIR), precompression (PRECOMPRESS), whether the check runs on GitHub Actions (GITHUB_ACTIONS) and the browser
 * editor's repository (CMS_REPO, GITHUB_REPOSITORY, CMS_BRANCH, CMS_AUTH_URL). Other modules
 * are handed these values, so they stay testable without an environment.
 */
import { join, resolve } from 'node:path';
import { siteAddress, type SiteAddress } from './publish/site-address';

const env = process.env;

/** An environment switch: "1" or "true" (any case) is on, anything else off. */
export function switchedOn(value: string | undefined): boolean {
	return /^(1|true)$/i.test(value ?? '');
}

/** The content folder as written (CONTENT_DIR, default ./content), without a trailing slash: how Astro's loaders are given it. */
export const contentDir = (env.CONTENT_DIR ?? './content').replace(/\/+$/, '');

/**
 * The content folder as an absolute path, under a project root (Astro's root; the current folder by default).
 * @example contentPath('/srv/techday') // "/srv/techday/content"
 */
export function contentPath(root = process.cwd()): string {
	return resolve(root, contentDir || '.');
}

/**
 * Astro's cache folder for another content folder (test fixtures, the benchmark), so a build of one never
 * finds the other's entries in the content store (Astro would warn of duplicate ids); undefined for ./content.
 */
export const contentCacheDir = env.CONTENT_DIR ? `./node_modules/.astro/content-${env.CONTENT_DIR.replace(/[^a-zA-Z0-9]+/g, '-').slice(-80)}/` : undefined;

let address: SiteAddress | undefined;

/**
 * Where the site is published (SITE_URL, SITE_BASE), read when first asked: a deployment that requires
 * SITE_URL fails where the address is needed, not in `npm run check`.
 */
export function siteSettings(): SiteAddress {
	return (address ??= siteAddress(env));
}

/** Where rendered social cards are cached between builds. */
export const ogCacheDir = env.OG_CACHE_DIR || join(process.cwd(), 'node_modules/.cache/og');

/** Where QR codes are cached between builds: beside the cards, so one folder (and OG_CACHE_DIR) holds what the build renders. */
export const qrCacheDir = join(ogCacheDir, 'qr');

/** Where the web font's cuts (and the metrics of the font they are cut from) are cached between builds: beside the cards too. */
export const webFontCacheDir = join(ogCacheDir, 'web-font');

/** Whether the build writes .br and .gz copies beside its text files (PRECOMPRESS=1: for nginx's brotli_static and gzip_static). */
export const precompressWanted = switchedOn(env.PRECOMPRESS);

/** Whether the process runs as a GitHub Actions step (the runner sets GITHUB_ACTIONS=true). */
export const onGitHubActions = env.GITHUB_ACTIONS === 'true';

/** The browser editor's repository, branch and sign-in service (CMS_REPO, GITHUB_REPOSITORY, CMS_BRANCH, CMS_AUTH_URL). */
export const editorEnvironment = {
	CMS_REPO: env.CMS_REPO,
	GITHUB_REPOSITORY: env.GITHUB_REPOSITORY,
	CMS_BRANCH: env.CMS_BRANCH,
	CMS_AUTH_URL: env.CMS_AUTH_URL,
};
