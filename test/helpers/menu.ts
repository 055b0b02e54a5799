import type { Page } from 'playwright-core';

/** Each link of the site menu as the visitor's screen shows it: where it goes, whether it is current, on screen, how high. */
export function menuItems(page: Page) {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLAnchorElement>('nav[aria-label] a')].map((a) => {
			const box = a.getBoundingClientRect();
			return {
				href: a.getAttribute('href'),
				current: a.getAttribute('aria-current'),
				inView: a.checkVisibility() && box.left >= 0 && box.right <= innerWidth && box.top >= 0 && box.bottom <= innerHeight,
				height: box.height,
			};
		}),
	);
}
