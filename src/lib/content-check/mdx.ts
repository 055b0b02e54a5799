import { dirname, posix } from 'node:path';
import { isMdxComponent, MDX_COMPONENT_NAMES, MDX_COMPONENTS, propFormOk, type ComponentSpec, type MdxComponentName, type PropForm } from '../mdx/components';
import { both, type CheckKey } from '../../i18n/check';
import { closestMatch } from '../model/closest';
import type { Problem, RawFile, Rule } from './types';

/** What a body's components and links may point at, gathered once for all files. */
export interface BodyTargets {
	/** Korean ids per collection (an English file uses the same ids). */
	ids: Record<'sessions' | 'speakers' | 'tracks', readonly string[]>;
	/** Every file in the content folder, relative to it ("sessions/photo.jpg"). */
	contentFiles: ReadonlySet<string>;
	/** The site's page routes ("/agenda/", "/sessions/[id]/"), without the language prefix; undefined skips pages. */
	routes?: readonly string[];
}

/** A JSX element of Sätteri's mdast. */
export interface JsxElement {
	name?: string | null;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: { type: string; ordered?: boolean | null; value?: string }[];
	position?: { start: { line: number } };
}

type Add = (rule: Rule, line: number | undefined, found: string, expected: string, example: string) => void;

/** One component being checked: its spec, where it is, and how to report. */
interface ComponentCheck {
	name: MdxComponentName;
	spec: ComponentSpec;
	props: Record<string, { form: PropForm; required: boolean }>;
	line: number | undefined;
	/** The component's example, with a real id. */
	example: string;
	add: Add;
}

const FORM_WORDS: Record<PropForm, CheckKey> = {
	text: 'form.text',
	id: 'form.id',
	'local-image': 'form.local-image',
	'web-link': 'form.web-link',
	'callout-type': 'form.callout-type',
};

/** A component's example with a real id of its collection in place of ID. */
function exampleOf(name: MdxComponentName, targets: BodyTargets): string {
	const spec: ComponentSpec = MDX_COMPONENTS[name];
	return spec.collection ? spec.example.replace('"ID"', `"${targets.ids[spec.collection][0] ?? 'id'}"`) : spec.example;
}

/** The ids nearest to a mistyped one: the closest by spelling first, then the rest, at most five. */
export function nearestIds(id: string, ids: readonly string[]): string[] {
	const best = closestMatch(id, ids);
	const sharing = ids.filter((x) => x !== best && (x.includes(id) || id.includes(x) || x.split('-')[0] === id.split('-')[0]));
	return [...(best ? [best] : []), ...sharing, ...ids.filter((x) => x !== best && !sharing.includes(x))].slice(0, 5);
}

/**
 * Problems with one component written in an .mdx body: not one of the allowed components (with "did you
 * mean"), props that are unknown, missing, an {expression} or of the wrong form, an id that does not exist,
 * a <Figure> photo that is not next to the file, a <Steps> without a numbered list.
 */
export function checkComponent(node: JsxElement, file: RawFile, targets: BodyTargets, add: Add): void {
	const line = node.position?.start.line;
	const name = node.name ?? '';
	if (!isMdxComponent(name)) return unknownComponent(name, line, targets, add);
	const spec: ComponentSpec = MDX_COMPONENTS[name];
	const check: ComponentCheck = { name, spec, props: spec.props as ComponentCheck['props'], line, example: exampleOf(name, targets), add };
	const written = writtenProps(node, check);
	missingProps(node, check);
	if (spec.collection) unknownId(written.get('id'), targets.ids[spec.collection], spec.collection, check);
	if (name === 'Figure') figureBesideFile(written.get('src'), file, targets, check);
	childrenShape(node, check);
}

/** A name that is not one of the components, with the one most like it. */
function unknownComponent(name: string, line: number | undefined, targets: BodyTargets, add: Add): void {
	const guess = closestMatch(name, MDX_COMPONENT_NAMES) as MdxComponentName | undefined;
	add(
		'mdx-component',
		line,
		`<${name || '>'}${name ? ' …>' : ''}`,
		both('component.unknown', { names: MDX_COMPONENT_NAMES.join(', ') }),
		guess ? `${both('component.guess', { guess })}  ${exampleOf(guess, targets)}` : exampleOf('Callout', targets),
	);
}

/** Each prop is one the component has, written name="text" in its form; returns the ones written so. */
function writtenProps(node: JsxElement, check: ComponentCheck): Map<string, string> {
	const { name, props, line, example, add } = check;
	const written = new Map<string, string>();
	for (const attribute of node.attributes ?? []) {
		if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
			add('mdx-component', line, `<${name} {…}>`, both('prop.spread'), example);
			continue;
		}
		const prop = attribute.name;
		if (!Object.hasOwn(props, prop)) {
			add('mdx-component', line, `<${name} ${prop}=…>`, unknownPropWords(prop, check), example);
			continue;
		}
		const form = both(FORM_WORDS[props[prop]!.form]);
		if (typeof attribute.value !== 'string') {
			const value = attribute.value;
			const shown = value && typeof value === 'object' && 'value' in value ? `{${String(value.value)}}` : `(${both('prop.no-value')})`;
			add('mdx-component', line, `${prop}=${shown}`, `${prop}="…": ${form} — ${both('prop.no-braces')}`, example);
			continue;
		}
		written.set(prop, attribute.value);
		if (!propFormOk(props[prop]!.form, attribute.value)) add('mdx-component', line, `${prop}="${attribute.value}"`, `${prop}: ${form}`, example);
	}
	return written;
}

function unknownPropWords(prop: string, { name, props }: ComponentCheck): string {
	const allowed = Object.keys(props);
	if (allowed.length === 0) return both('prop.none', { name });
	const guess = closestMatch(prop, allowed);
	return `${both('prop.unknown', { name, allowed: allowed.join(', ') })}${guess ? ` (${guess}?)` : ''}`;
}

/** Every required prop is written. */
function missingProps(node: JsxElement, { name, props, line, example, add }: ComponentCheck): void {
	for (const [prop, p] of Object.entries(props)) {
		if (p.required && !node.attributes?.some((a) => a.name === prop)) {
			add('mdx-component', line, `<${name}> (${both('prop.missing', { prop })})`, both('prop.required', { name, prop }), example);
		}
	}
}

/** A link component's id names an entry of its collection. */
function unknownId(id: string | undefined, ids: readonly string[], collection: string, { name, line, add }: ComponentCheck): void {
	if (id === undefined || !propFormOk('id', id) || ids.includes(id)) return;
	const nearest = nearestIds(id, ids);
	add(
		'unknown-reference',
		line,
		`<${name} id="${id}" />`,
		both('component.unknown-id', { collection, id, nearest: nearest.join(', ') || `(${both('none')})` }),
		`<${name} id="${nearest[0] ?? id}" />`,
	);
}

/** A <Figure>'s photo is a file next to the .mdx file. */
function figureBesideFile(src: string | undefined, file: RawFile, targets: BodyTargets, { line, add }: ComponentCheck): void {
	if (src === undefined || !propFormOk('local-image', src)) return;
	const rel = posix.normalize(posix.join(dirname(file.rel), src));
	if (targets.contentFiles.has(rel)) return;
	add(
		'missing-image',
		line,
		`src="${src}"`,
		both('figure.missing', { file: `${file.path.slice(0, file.path.length - file.rel.length)}${rel}` }),
		`<Figure src="./${posix.basename(rel)}" alt="…" />  (${both('word.file')}: ${rel})`,
	);
}

/** A self-closing component has nothing inside; <Steps> holds a numbered list. */
function childrenShape(node: JsxElement, { name, spec, line, example, add }: ComponentCheck): void {
	const children = node.children ?? [];
	if (spec.children === 'none' && children.length > 0) {
		add('mdx-component', line, `<${name}>…</${name}>`, both('children.none', { name }), example);
	}
	if (spec.children === 'ordered-list' && !children.some((c) => c.type === 'list' && c.ordered)) {
		add('mdx-component', line, `<${name}> (${both('children.no-list')})`, both('children.list', { name }), example);
	}
}

/**
 * Whether a root-relative link in a body leads somewhere on the site: a file in public/ or a page route
 * (with or without the /en/ prefix, ids filled from the content).
 * @example linkResolves('/en/sessions/keynote/', targets, publicFiles) // true when sessions/keynote.md exists
 */
export function linkResolves(url: string, targets: BodyTargets, publicFiles: ReadonlySet<string>): boolean {
	let path = url.split(/[?#]/)[0] ?? url;
	try {
		path = decodeURI(path);
	} catch {
		/* keep as written */
	}
	if (publicFiles.has(path) || publicFiles.has(`${path.replace(/\/$/, '')}/index.html`)) return true;
	if (!targets.routes) return true;
	const page = path.replace(/^\/en(?=\/|$)/, '') || '/';
	return targets.routes.some((route) => {
		const match = new RegExp(`^${route.replace(/[.*+?^${}()|\\]/g, '\\$&').replace(/\\?\[(?:\\.\\.\\.)?(\w+)\\?\]/g, '(?<$1>[^/]+)')}$`).exec(page);
		if (!match) return false;
		const id = match.groups?.id;
		const collection = /^\/(sessions|speakers|tracks)\//.exec(route)?.[1] as keyof BodyTargets['ids'] | undefined;
		return id === undefined || !collection || targets.ids[collection].includes(id);
	});
}

/**
 * The page routes under src/pages/[...lang]/, from their file names, as linkResolves reads them.
 * @example routesFromPages(['[...lang]/sessions/[id].astro', '[...lang]/index.astro']) // ['/sessions/[id]/', '/']
 */
export function routesFromPages(pageFiles: readonly string[]): string[] {
	return pageFiles
		.filter((f) => f.startsWith('[...lang]/'))
		.map((f) => f.slice('[...lang]'.length))
		.map((f) => (/\.astro$/.test(f) ? f.replace(/(?:\/index)?\.astro$/, '/').replace(/^$/, '/') : f.replace(/\.(ts|js)$/, '')))
		.sort();
}
