import { parse, type DefaultTreeAdapterMap } from 'parse5';

export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

/** Every element under a parse5 node, in document order. */
export function* elements(node: Node): Generator<Element> {
	if ('tagName' in node) yield node;
	for (const child of 'childNodes' in node ? node.childNodes : []) yield* elements(child);
}

/** An attribute's value, or undefined. */
export const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** The text directly inside an element (a <script>'s or <style>'s contents). */
export const text = (el: Element) => el.childNodes.map((c) => ('value' in c && c.nodeName === '#text' ? c.value : '')).join('');

/**
 * What a browser without scripts draws as text, read by parse5's tree (as the HTML standard builds it, <noscript> as
 * markup): text outside scripts, styles, templates and the head, and the attributes a browser draws. An oracle
 * for src/lib/style/web-font.ts visibleText, which reads the same with another parser.
 */
export function drawnTexts(html: string): string[] {
	const texts: string[] = [];
	const walk = (node: Node) => {
		if (['script', 'style', 'template', 'head'].includes(node.nodeName)) return;
		if (node.nodeName === '#text' && 'value' in node && node.value) texts.push(node.value);
		if ('attrs' in node) {
			const button = node.nodeName === 'input' && /^(submit|button|reset)$/i.test(attr(node, 'type') ?? '');
			for (const { name, value } of node.attrs)
				if (value && (['alt', 'title', 'placeholder'].includes(name) || (button && name === 'value'))) texts.push(value);
		}
		for (const child of 'childNodes' in node ? node.childNodes : []) walk(child);
	};
	walk(parse(html, { scriptingEnabled: false }));
	return texts;
}
