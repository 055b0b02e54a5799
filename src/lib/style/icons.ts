/** The star of "my agenda" (24×24, stroked): a symbol on pages with many stars, inline on a session page. */
export const STAR_PATH = 'M12 2.8l2.8 5.9 6.4.8-4.7 4.4 1.2 6.4L12 17.2l-5.7 3.1 1.2-6.4-4.7-4.4 6.4-.8z';
