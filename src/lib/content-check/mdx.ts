import { dirname, posix } from 'node:path';
import { isMdxComponent, MDX_COMPONENT_NAMES, MDX_COMPONENTS, propFormOk, type ComponentSpec, type MdxComponentName, type PropForm } from '../mdx/components';
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

const FORM_WORDS: Record<PropForm, string> = {
	text: '따옴표 안의 글 / text in quotes',
	id: '파일 이름과 같은 id (소문자, 숫자, -) / an id as in the file name (lower case, digits, -)',
	'local-image': '.mdx 파일 옆 이미지의 ./ 로 시작하는 경로 (.jpg, .png, .webp, .avif) / a path starting with ./ to an image next to the .mdx file',
	'web-link': 'http:// 또는 https:// 로 시작하는 다른 사이트 주소 / an address on another site starting with http:// or https://',
	'callout-type': 'note, tip, warning 중 하나 / one of note, tip, warning',
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
	if (!isMdxComponent(name)) {
		const guess = closestMatch(name, MDX_COMPONENT_NAMES);
		add(
			'mdx-component',
			line,
			`<${name || '>'}${name ? ' …>' : ''}`,
			`쓸 수 있는 컴포넌트는 ${MDX_COMPONENT_NAMES.join(', ')} 뿐입니다 (import 없이) / the only components are these, used without import`,
			guess ? `<${guess} …> 를 쓰려던 것인가요? / did you mean <${guess}>?  ${exampleOf(guess as MdxComponentName, targets)}` : exampleOf('Callout', targets),
		);
		return;
	}
	const spec = MDX_COMPONENTS[name];
	const example = exampleOf(name, targets);
	const props = spec.props as Record<string, { form: PropForm; required: boolean }>;
	const allowed = Object.keys(props);
	const written = new Map<string, string>();
	for (const attribute of node.attributes ?? []) {
		if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
			add('mdx-component', line, `<${name} {…}>`, `속성은 이름="글" 로만 씁니다 / props are written name="text"`, example);
			continue;
		}
		const prop = attribute.name;
		if (!Object.hasOwn(props, prop)) {
			const guess = closestMatch(prop, allowed);
			add(
				'mdx-component',
				line,
				`<${name} ${prop}=…>`,
				allowed.length > 0
					? `<${name}> 의 속성은 ${allowed.join(', ')} 입니다 / the props of <${name}> are ${allowed.join(', ')}${guess ? ` (${guess}?)` : ''}`
					: `<${name}> 에는 속성이 없습니다 / <${name}> takes no props`,
				example,
			);
			continue;
		}
		if (typeof attribute.value !== 'string') {
			const shown =
				attribute.value && typeof attribute.value === 'object' && 'value' in attribute.value ? `{${String(attribute.value.value)}}` : '(값 없음 / no value)';
			add('mdx-component', line, `${prop}=${shown}`, `${prop}="…": ${FORM_WORDS[props[prop]!.form]} — { } 없이 / without { }`, example);
			continue;
		}
		written.set(prop, attribute.value);
		if (!propFormOk(props[prop]!.form, attribute.value)) {
			add('mdx-component', line, `${prop}="${attribute.value}"`, `${prop}: ${FORM_WORDS[props[prop]!.form]}`, example);
		}
	}
	for (const [prop, p] of Object.entries(props)) {
		if (p.required && !node.attributes?.some((a) => a.name === prop)) {
			add('mdx-component', line, `<${name}> (${prop} 없음 / no ${prop})`, `<${name}> 에는 ${prop} 이(가) 꼭 있어야 합니다 / <${name}> needs ${prop}`, example);
		}
	}
	const id = written.get('id');
	if ('collection' in spec && id !== undefined && propFormOk('id', id)) {
		const ids = targets.ids[spec.collection];
		if (!ids.includes(id)) {
			add(
				'unknown-reference',
				line,
				`<${name} id="${id}" />`,
				`content/${spec.collection}/ 에 ${id} 가 없습니다. 가까운 id: ${nearestIds(id, ids).join(', ') || '(없음 / none)'} / there is no ${id} in content/${spec.collection}/`,
				`<${name} id="${nearestIds(id, ids)[0] ?? id}" />`,
			);
		}
	}
	const src = written.get('src');
	if (name === 'Figure' && src !== undefined && propFormOk('local-image', src)) {
		const rel = posix.normalize(posix.join(dirname(file.rel), src));
		if (!targets.contentFiles.has(rel)) {
			add(
				'missing-image',
				line,
				`src="${src}"`,
				`${file.path.slice(0, file.path.length - file.rel.length)}${rel} 파일이 없습니다. 사진을 .mdx 파일 옆에 넣으세요 / there is no such file: put the photo next to the .mdx file`,
				`<Figure src="./${posix.basename(rel)}" alt="…" />  (파일 / file: ${rel})`,
			);
		}
	}
	if (spec.children === 'none' && (node.children ?? []).length > 0) {
		add(
			'mdx-component',
			line,
			`<${name}>…</${name}>`,
			`<${name} … /> 는 안에 글을 넣지 않고 /> 로 닫습니다 / <${name} … /> has nothing inside; close it with />`,
			example,
		);
	}
	if (spec.children === 'ordered-list' && !(node.children ?? []).some((c) => c.type === 'list' && c.ordered)) {
		add(
			'mdx-component',
			line,
			`<${name}> (번호 목록 없음 / no numbered list)`,
			`<${name}> 안에는 1. 2. 3. 번호 목록을 씁니다 (앞뒤로 빈 줄) / put a numbered list 1. 2. 3. inside, with blank lines around it`,
			example,
		);
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
