import { randomUUID } from 'node:crypto';
import type { Element, Root, RootContent } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { isMdxComponent, MDX_COMPONENTS, type MdxComponentName } from '../mdx/components';

/** A JSX element as Sätteri's MDX tree has it. */
interface JsxNode {
	type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
	name: string | null;
	attributes: { type: string; name?: string; value?: unknown }[];
	children: RootContent[];
}

const PLACEHOLDER = 'techday-mdx-component';

const isJsx = (node: { type: string }): node is JsxNode & RootContent => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** The allowed props of a kept component: plain quoted text only; an {expression} or a spread is dropped. */
function keptAttributes(name: MdxComponentName, node: JsxNode): { name: string; value: string }[] {
	const allowed = MDX_COMPONENTS[name].props as Record<string, unknown>;
	return node.attributes.flatMap((a) =>
		a.type === 'mdxJsxAttribute' && typeof a.name === 'string' && Object.hasOwn(allowed, a.name) && typeof a.value === 'string'
			? [{ name: a.name, value: a.value }]
			: [],
	);
}

/**
 * Sanitizes an MDX body's tree like any Markdown body (hast-util-sanitize, `schema`), but keeps the
 * allowed components (src/lib/mdx/components.ts) with their plain-text props; their children are
 * sanitized like the rest. Anything else MDX (imports, {expressions}, other components, raw JSX HTML)
 * is dropped. A <Figure src="./x.jpg"> gets an <img> child that Astro's MDX turns into an optimised image.
 * The kept components are swapped for placeholder elements around the sanitizer; the placeholders carry
 * a per-call nonce so HTML written in the body cannot pose as one.
 */
export function sanitizeKeepingComponents(root: Root, schema: Schema, localImagePaths?: Set<string>): Root {
	const nonce = randomUUID();
	const kept: { name: MdxComponentName; attributes: { name: string; value: string }[]; type: JsxNode['type'] }[] = [];
	const hide = (nodes: readonly RootContent[]): RootContent[] =>
		nodes.map((node) => {
			if (isJsx(node) && isMdxComponent(node.name)) {
				kept.push({ name: node.name, attributes: keptAttributes(node.name, node), type: node.type });
				const placeholder: Element = {
					type: 'element',
					tagName: PLACEHOLDER,
					properties: { dataMdx: `${nonce}:${kept.length - 1}` },
					children: hide(node.children) as Element['children'],
				};
				return placeholder;
			}
			if ('children' in node && Array.isArray(node.children)) return { ...node, children: hide(node.children) } as RootContent;
			return node;
		});
	const withSchema: Schema = {
		...schema,
		tagNames: [...(schema.tagNames ?? []), PLACEHOLDER],
		attributes: { ...schema.attributes, [PLACEHOLDER]: ['dataMdx'] },
	};
	const clean = sanitize({ ...root, children: hide(root.children) } as Root, withSchema) as Root;
	const restore = (nodes: readonly RootContent[]): RootContent[] =>
		nodes.map((node) => {
			if (node.type !== 'element') return node;
			const children = restore(node.children) as Element['children'];
			const mark = node.tagName === PLACEHOLDER ? String(node.properties?.dataMdx ?? '') : '';
			const [markNonce, index] = mark.split(':');
			const component = markNonce === nonce ? kept[Number(index)] : undefined;
			if (node.tagName === PLACEHOLDER && !component) return { type: 'text', value: '' };
			if (!component) return { ...node, children };
			return toJsx(component, children, localImagePaths);
		});
	return { ...clean, children: restore(clean.children) };
}

function toJsx(
	component: { name: MdxComponentName; attributes: { name: string; value: string }[]; type: JsxNode['type'] },
	children: RootContent[],
	localImagePaths?: Set<string>,
): RootContent {
	let attributes = component.attributes.map((a) => ({ type: 'mdxJsxAttribute', name: a.name, value: a.value }));
	if (component.name === 'Figure') {
		// The image goes in as an <img> with a relative src: Astro's MDX imports it and renders it through
		// the `img` component EntryBody passes (astro:assets), like a Markdown image next to the file.
		const src = component.attributes.find((a) => a.name === 'src')?.value;
		const alt = component.attributes.find((a) => a.name === 'alt')?.value ?? '';
		attributes = attributes.filter((a) => a.name === 'caption');
		children = [];
		if (src && /^\.{1,2}\//.test(src) && localImagePaths) {
			localImagePaths.add(decodeURI(src));
			children = [{ type: 'element', tagName: 'img', properties: { src, alt }, children: [] }];
		}
	}
	return { type: component.type, name: component.name, attributes, children } as unknown as RootContent;
}
