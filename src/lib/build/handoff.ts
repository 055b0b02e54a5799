/**
 * Files a route hands to the build to write, instead of answering each as a response. Only code inside Astro's
 * render can read the content, so the routes that make thousands of files (the preview images, the sessions' calendar
 * files) are what know them; but each file written through Astro's responses costs the build's one busy thread about a
 * millisecond, while the same file written at the end costs almost nothing. So in a build, whose integration says when
 * it starts that it expects them, such a route lists no paths and hands its files over here, and the integration
 * writes them beside the pages once Astro has written those. The dev server has no such step: it answers each file
 * from the route.
 *
 * Both sides run in the build's one process, but routes are bundled apart from the integrations, each with its own
 * copy of this module: a hand-over is a global under a registered symbol.
 */

const EXPECTED = 'expected';
const store = globalThis as Record<symbol, unknown>;
const key = (name: string) => Symbol.for(`techday.handoff.${name}`);

/** Called by an integration when a build starts: from now on the route hands this over. */
export function expectHandoff(name: string): void {
	store[key(name)] = EXPECTED;
}

/** Whether a build expects a route to hand this over (never in the dev server): the route can skip work it would only hand over. */
export const handoffExpected = (name: string): boolean => store[key(name)] === EXPECTED;

/** Called by the route: hands the value over when a build expects it (and says so), else leaves it to the route. */
export function handOver<T>(name: string, value: T): boolean {
	if (!handoffExpected(name)) return false;
	store[key(name)] = value;
	return true;
}

/** Called by the integration once the pages are written: what the route handed over, if it did (cleared, so a second build in the same process starts anew). */
export function takeHandoff<T>(name: string): T | undefined {
	const value = store[key(name)];
	delete store[key(name)];
	return value === EXPECTED ? undefined : (value as T | undefined);
}
