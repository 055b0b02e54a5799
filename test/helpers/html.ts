import type { DefaultTreeAdapterMap } from 'parse5';

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
