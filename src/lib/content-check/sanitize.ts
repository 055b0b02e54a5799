import type { Element, Root, RootContent } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { htmlToHast } from 'satteri';
import type { HastPluginDefinition } from 'satteri';
import { sanitizeKeepingComponents } from './mdx-sanitize';

/**
 * What HTML survives in organizer Markdown: GitHub's rules (no scripts, no event handlers, no
 * javascript: links, no iframes, forms or inline styles, which the CSP would block anyway).
 * Ids are kept as written: Markdown footnotes already carry their "user-content-" prefix, and a second
 * prefix would break their links.
 */
const organizerHtmlSchema: Schema = { ...defaultSchema, clobber: [], clobberPrefix: '' };

/**
 * The Sätteri hast plugin that sanitizes every Markdown and MDX body after parsing: raw HTML is
 * reparsed into elements (features.rawHtml) and whatever the schema does not allow is dropped,
 * including MDX components, expressions and import/export, which organizers may not use.
 */
export const sanitizeHtmlPlugin: HastPluginDefinition = {
	name: 'techday-sanitize-html',
	after(root, ctx) {
		const astro = (ctx.data as { astro?: { localImagePaths?: Set<string> } }).astro;
		ctx.replaceNode(root, sanitizeKeepingComponents(root as Root, organizerHtmlSchema, astro?.localImagePaths));
	},
};

const attributeName = (property: string) =>
	property === 'className'
		? 'class'
		: property === 'htmlFor'
			? 'for'
			: property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/^(on|aria|data)-/, (m) => (m === 'on-' ? 'on' : m));

function features(nodes: readonly RootContent[], out = new Set<string>()): Set<string> {
	for (const node of nodes) {
		if (node.type !== 'element') continue;
		const element = node as Element;
		out.add(`<${element.tagName}>`);
		for (const [property, value] of Object.entries(element.properties ?? {})) {
			if (value !== undefined && value !== null && value !== false) out.add(`<${element.tagName} ${attributeName(property)}>`);
		}
		features(element.children, out);
	}
	return out;
}

/**
 * What the sanitizer would take out of a piece of HTML written in Markdown: tags and attributes.
 * @example htmlRemovals('<img src="/a.png" onerror="alert(1)">') // ['<img onerror>']
 */
export function htmlRemovals(html: string): string[] {
	const tree = htmlToHast(html, { fragment: true }) as Root;
	const before = features(tree.children);
	const after = features((sanitize(structuredClone(tree), organizerHtmlSchema) as Root).children);
	return [...before].filter((f) => !after.has(f));
}

/**
 * Puts the site's base path (SITE_BASE) in front of root-relative links and images written in organizer
 * Markdown, so `![](/images/x.jpg)` and `[프로그램](/agenda/)` still work when the site lives under /techday/.
 * @example withBase('/agenda/', '/techday/') // "/techday/agenda/"
 */
export function withBase(url: string, base: string): string {
	if (!url.startsWith('/') || url.startsWith('//') || base === '/' || url.startsWith(base)) return url;
	return `${base.replace(/\/+$/, '')}${url}`;
}

function prefixTree(nodes: readonly RootContent[], base: string): void {
	for (const node of nodes) {
		if (node.type !== 'element') continue;
		const element = node as Element;
		for (const property of ['href', 'src'] as const) {
			const value = element.properties?.[property];
			if (typeof value === 'string') element.properties[property] = withBase(value, base);
		}
		prefixTree(element.children, base);
	}
}

/** The Sätteri hast plugin that applies {@link withBase} to every href and src of a body. */
export function basePathPlugin(base: string): HastPluginDefinition {
	return {
		name: 'techday-base-path',
		after(root, ctx) {
			if (base === '/') return;
			// The tree Sätteri hands over is read-only: rewrite a plain copy and swap it in.
			const copy = JSON.parse(JSON.stringify(root)) as Root;
			prefixTree(copy.children, base);
			ctx.replaceNode(root, copy);
		},
	};
}
