/**
 * How a build's preview images get from its render to its last steps. Only code inside Astro's render can read the
 * content, so the /og/ route (src/pages/og/[...image].png.ts) is what knows every card and starts their images. Writing
 * 3,000 images through Astro's responses would cost the build's one busy thread seconds, while a file copy costs almost
 * nothing: so in a build the route lists no files and hands its images over here, and src/integrations/og-images.ts
 * copies them beside the pages once Astro has written those (and waits for any still being rendered).
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
const store = globalThis as Record<symbol, OgImageHandoff | undefined>;

/** Called by the route in a build: the images to copy beside the pages. */
export function handOverOgImages(handoff: OgImageHandoff): void {
	store[KEY] = handoff;
}

/** Called by the integration once the pages are written: what the route handed over, if it did (cleared, so a second build in the same process starts empty). */
export function takeOgImages(): OgImageHandoff | undefined {
	const handoff = store[KEY];
	delete store[KEY];
	return handoff;
}
