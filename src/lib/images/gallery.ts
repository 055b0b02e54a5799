/**
 * How the photos page and the home teaser show the photos of the day: which widths a photo is offered in,
 * which photos load at once, what the browser is told about the grid's column width. Pure, so the numbers
 * are tested here and the components only hand them to astro:assets' <Picture>.
 */

/** The widths offered of a gallery photo (CSS px × device pixel ratio of a grid cell, 320 px phone to 3× 390 px). */
export const GALLERY_STEPS = [320, 480, 640, 960, 1280] as const;
/** The widths offered of a home-page thumbnail (a third of the page). */
export const TEASER_STEPS = [160, 320, 480, 720] as const;
/** The full-size copy a photo links to: the file's own width, at most this (a 24-megapixel camera file is 6000 px wide). */
const FULL_SIZE_MAX = 2560;
/** Columns of the gallery grid at its widest: the photos of the first row load at once, the rest when scrolled near. */
const GALLERY_COLUMNS = 3;

/**
 * `sizes` for the gallery grid in src/pages/[...lang]/gallery.astro (`sm:grid-cols-2 lg:grid-cols-3`, gap 1.5rem,
 * in the page's `max-w-6xl` column with 1rem / 1.5rem side padding): one column under 40rem, two to 64rem, three above,
 * never wider than a third of 72rem.
 */
export const GALLERY_SIZES =
	'(min-width: 72rem) 22rem, (min-width: 64rem) calc((100vw - 6rem) / 3), (min-width: 40rem) calc((100vw - 4.5rem) / 2), calc(100vw - 2rem)';
/** `sizes` for the home teaser's three thumbnails in a row (gap 0.75rem / 1rem). */
export const TEASER_SIZES = '(min-width: 72rem) 22rem, (min-width: 40rem) calc((100vw - 5rem) / 3), calc((100vw - 3.5rem) / 3)';

/**
 * The widths to offer of a photo: the steps narrower than the file, and the file's own width in place of the
 * steps it cannot fill, so a photo is never scaled up.
 * @example photoWidths(1200) // [320, 480, 640, 960, 1200]
 * @example photoWidths(2400) // [320, 480, 640, 960, 1280]
 */
export function photoWidths(fileWidth: number, steps: readonly number[] = GALLERY_STEPS): number[] {
	const narrower = steps.filter((w) => w < fileWidth);
	const widest = Math.min(fileWidth, Math.max(...steps));
	return [...new Set([...narrower, widest])].sort((a, b) => a - b);
}

/** The width of the full-size copy a photo links to. */
export function fullSizeWidth(fileWidth: number): number {
	return Math.min(fileWidth, FULL_SIZE_MAX);
}

/**
 * Whether the photo at a place in the gallery loads at once (the first row on a desktop) or waits until the
 * visitor scrolls near it.
 * @example photoLoading(0) // "eager"
 * @example photoLoading(3) // "lazy"
 */
export function photoLoading(index: number): 'eager' | 'lazy' {
	return index < GALLERY_COLUMNS ? 'eager' : 'lazy';
}

/** The id of a photo's figure on the gallery page (1-based), which the home thumbnails link to. */
export function photoAnchor(index: number): string {
	return `photo-${index + 1}`;
}
