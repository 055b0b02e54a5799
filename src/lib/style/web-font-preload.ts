/**
 * Every page preloads the web font, whose file name (a content hash) exists only once the build has cut it
 * (src/integrations/web-font.ts): the build puts the preload in each finished page, before the stylesheet
 * that declares the font, so the browser asks for the font as soon as it reads the page's head.
 */

/**
 * A built page with a preload of the web font before its link to the stylesheet: the same address the
 * stylesheet's url() resolves to (the font file and the stylesheet are both under the site's base), and a
 * font fetch (crossorigin), so the browser fetches the file once. A page without that stylesheet is left as it is.
 * @example withWebFontPreload('<link rel="stylesheet" href="/t/content.css">', '/t/', 'content.css', '_astro/f.woff2') // '<link rel="preload" href="/t/_astro/f.woff2" as="font" type="font/woff2" crossorigin><link rel="stylesheet" href="/t/content.css">'
 */
export function withWebFontPreload(html: string, base: string, stylesheet: string, font: string): string {
	const link = `<link rel="stylesheet" href="${base}${stylesheet}">`;
	return html.replace(link, `<link rel="preload" href="${base}${font}" as="font" type="font/woff2" crossorigin>${link}`);
}
