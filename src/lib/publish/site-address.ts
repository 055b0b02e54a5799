/**
 * Where the site is published, from SITE_URL and SITE_BASE. Without SITE_URL the build uses a
 * placeholder origin and says so; a deployment (REQUIRE_SITE_URL=true) refuses to build with it,
 * so canonical, webcal and calendar links never point at a site that is not ours.
 */

/** The origin used when SITE_URL is not set: reserved for examples, so it can never be someone's real site. */
export const PLACEHOLDER_SITE_URL = 'https://techday.example.com';

/** The address a build uses, and a warning to print when it is the placeholder. */
export interface SiteAddress {
	site: string;
	base: string;
	warning?: string;
}

/**
 * Reads SITE_URL (an http(s) origin) and SITE_BASE (a path, "/" by default) from an environment.
 * Throws on an address that is not an origin, or on a missing one when REQUIRE_SITE_URL is "true".
 * @example siteAddress({ SITE_URL: 'https://example.go.kr', SITE_BASE: 'techday' }) // { site: 'https://example.go.kr', base: '/techday/' }
 */
export function siteAddress(env: Record<string, string | undefined>): SiteAddress {
	const base = `/${(env.SITE_BASE ?? '').trim().replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
	const given = env.SITE_URL?.trim();
	if (!given) {
		const message = `SITE_URL is not set: canonical, sitemap, webcal and calendar links use the placeholder ${PLACEHOLDER_SITE_URL}. Set SITE_URL (and SITE_BASE) to the address the site is published at; see README, "Publish".`;
		if (env.REQUIRE_SITE_URL === 'true') throw new Error(message);
		return { site: PLACEHOLDER_SITE_URL, base, warning: message };
	}
	let url: URL;
	try {
		url = new URL(given);
	} catch {
		throw new Error(`SITE_URL "${given}" is not a URL; write the origin, e.g. https://www.example.go.kr`);
	}
	if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
		throw new Error(`SITE_URL "${given}" must be an http(s) origin without a path, e.g. https://www.example.go.kr; put a path in SITE_BASE`);
	}
	if (env.REQUIRE_SITE_URL === 'true' && url.origin === PLACEHOLDER_SITE_URL)
		throw new Error(`SITE_URL is the placeholder ${PLACEHOLDER_SITE_URL}; set the real address`);
	return { site: url.origin, base };
}
