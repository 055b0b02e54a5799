import type { Element, Root, RootContent } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { htmlToHast } from 'satteri';
import type { HastPluginDefinition } from 'satteri';

/**
 * What HTML survives in organizer Markdown: GitHub's rules (no scripts, no event handlers, no
 * javascript: links, no iframes, forms or inline styles, which the CSP would block anyway).
 * Ids are kept as written: Markdown footnotes already carry their "user-content-" prefix, and a second
 * prefix would break their links.
 */
export const organizerHtmlSchema: Schema = { ...defaultSchema, clobber: [], clobberPrefix: '' };

/**
 * The Sätteri hast plugin that sanitizes every Markdown and MDX body after parsing: raw HTML is
 * reparsed into elements (features.rawHtml) and whatever the schema does not allow is dropped,
 * including MDX components, expressions and import/export, which organizers may not use.
 */
export const sanitizeHtmlPlugin: HastPluginDefinition = {
	name: 'techday-sanitize-html',
	after(root, ctx) {
		ctx.replaceNode(root, sanitize(root as Root, organizerHtmlSchema) as Root);
	},
};

const attributeName = (property: string) =>
	property === 'className' ? 'class' : property === 'htmlFor' ? 'for' : property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/^(on|aria|data)-/, (m) => (m === 'on-' ? 'on' : m));

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
