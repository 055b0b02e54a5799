/**
 * How a build's preview images get from its render to its last steps (src/lib/build/handoff.ts): the /og/ route
 * (src/pages/og/[...image].png.ts) knows every card and starts their images; in a build it lists no files and hands the
 * images over, and src/integrations/og-images.ts puts them beside the pages once Astro has written those (waiting for
 * any still being rendered). The dev server answers each image from the route.
 */
import { expectHandoff, handOver, takeHandoff } from '../build/handoff';

/** What the route hands over: each image's place under the site's og/ folder, and its cached PNG file to come. */
export interface OgImageHandoff {
	files: Map<string, Promise<string>>;
	/** How many of them were found in the cache and how many are rendered (og-image.ts ogStats), read once all are done. */
	stats: { rendered: number; cached: number };
}

const NAME = 'og-images';

/** Called by the integration when a build starts: from now on the route hands its images over. */
export const expectOgImages = (): void => expectHandoff(NAME);

/** Called by the route: hands the images over when a build expects them (and says so), else leaves them to the route. */
export const handOverOgImages = (handoff: OgImageHandoff): boolean => handOver(NAME, handoff);

/** Called by the integration once the pages are written: what the route handed over, if it did. */
export const takeOgImages = (): OgImageHandoff | undefined => takeHandoff<OgImageHandoff>(NAME);
