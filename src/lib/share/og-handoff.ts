/**
 * How a build's preview images get from its render to its last steps. Only code inside Astro's render can read the
 * content, so the /og/ route (src/pages/og/[...image].png.ts) is what knows every card and starts their images. Writing
 * 3,000 images through Astro's responses would cost the build's one busy thread seconds, while a file copy costs almost
 * nothing: so in a build (whose integration, src/integrations/og-images.ts, says when it starts that it expects them)
 * the route lists no files and hands its images over here, and the integration copies them beside the pages once
 * Astro has written those (waiting for any still being rendered). The dev server answers each image from the route.
 * Both sides run in the build's one process (Astro prerenders in it), but the route is bundled apart from the
 * integrations with its own copy of this module: the hand-over is a global under a registered symbol.
 */

/** What the route hands over: each image's place under the site's og/ folder, and its cached PNG file to come. */
export interface OgImageHandoff {
	files: Map<string, Promise<string>>;
	/** How many of them were found in the cache and how many are rendered (og-image.ts ogStats), read once all are done. */
	stats: { rendered: number; cached: number };
}

const KEY = Symbol.for('techday.og-images');
const EXPECTED = 'expected';
const store = globalThis as Record<symbol, OgImageHandoff | typeof EXPECTED | undefined>;

/** Called by the integration when a build starts: from now on the route hands its images over. */
export function expectOgImages(): void {
	store[KEY] = EXPECTED;
}

/**
 * Called by the route: hands the images over when a build expects them (and says so), else leaves them to the
 * route (the dev server, which has no such build step).
 */
export function handOverOgImages(handoff: OgImageHandoff): boolean {
	if (store[KEY] !== EXPECTED) return false;
	store[KEY] = handoff;
	return true;
}

/** Called by the integration once the pages are written: what the route handed over, if it did (cleared, so a second build in the same process starts anew). */
export function takeOgImages(): OgImageHandoff | undefined {
	const handoff = store[KEY];
	delete store[KEY];
	return handoff === EXPECTED ? undefined : handoff;
}
