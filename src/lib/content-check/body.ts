import { markdownToMdast, mdxToMdast } from 'satteri';
import { both, inEach } from '../../i18n/check';
import type { Lang } from '../../i18n/languages';
import { MDX_COMPONENT_NAMES } from '../mdx/components';
import { checkComponent, linkResolves, type BodyTargets, type JsxElement } from './mdx';
import { htmlRemovals } from './sanitize';
import type { CheckEnvironment, Problem, RawFile, Rule, Severity } from './types';

/** The field name reports use for the Markdown text under the front matter. */
export const BODY_FIELD = '(본문 body)';

interface Node {
	type: string;
	value?: string;
	url?: string;
	name?: string | null;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: Node[];
	position?: { start: { line: number } };
}

/** What one body's rules share: the file, what links may point at, and how to report. */
interface BodyCheck {
	file: RawFile;
	env: CheckEnvironment;
	targets: BodyTargets;
	isMdx: boolean;
	/** Why code and components are refused, worded for .md or .mdx (worded when first needed). */
	refusal: () => Record<Lang, string>;
	add: (rule: Rule, severity: Severity, line: number | undefined, found: string, expected: string, example: string) => void;
}

const MARKDOWN_INSTEAD = '**굵게**, [링크](https://example.com), ![사진 설명](/images/photo.jpg)';

function snippet(text: string): string {
	const one = text.replace(/\s+/g, ' ').trim();
	return one.length > 100 ? `${one.slice(0, 97)}…` : one;
}

/** Where a local image or link path points inside public/, without query or fragment. */
function publicPath(url: string): string {
	const path = url.split(/[?#]/)[0] ?? url;
	try {
		return decodeURI(path);
	} catch {
		return path;
	}
}

const SAFE_LINK = /^(?:https?:|mailto:|tel:|#|\/|\.{0,2}\/|[^:]*$)/i;
const CODE_LINE = /^(?:import\s+(?:[\w$*{][^\n]*\sfrom\s+)?["'][^"']+["']|export\s+(?:default\b|const\b|let\b|var\b|function\b|class\b|async\b|\{|\*))/;

/**
 * Problems in a Markdown or MDX body: code (import/export, {expressions}, <script>), components other than
 * the allowed ones or written wrongly (src/lib/content-check/mdx.ts), HTML the sanitizer would remove, links
 * that would be stripped or lead nowhere on the site, and images that are not files in public/.
 */
export function checkBody(file: RawFile, env: CheckEnvironment, targets: BodyTargets): Problem[] {
	const problems: Problem[] = [];
	const isMdx = file.ext === 'mdx';
	const check: BodyCheck = {
		file,
		env,
		targets,
		isMdx,
		refusal: () => (isMdx ? inEach('refusal.mdx', { names: MDX_COMPONENT_NAMES.join(', ') }) : inEach('refusal.md')),
		add: (rule, severity, line, found, expected, example) =>
			problems.push({ file: file.path, field: BODY_FIELD, found, expected, example, rule, severity, line }),
	};
	let tree: Node;
	try {
		tree = (isMdx ? mdxToMdast(file.body) : markdownToMdast(file.body)) as Node;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const line = /^(\d+):\d+/.exec(message)?.[1];
		check.add('mdx-syntax', 'error', line ? Number(line) : undefined, snippet(message), both('mdx-syntax.expected'), `${file.id ?? 'id'}.md`);
		return problems;
	}
	visit(tree, check);
	return problems;
}

/** Walks the tree; a node that is refused as a whole is not looked into. */
function visit(node: Node, check: BodyCheck): void {
	const line = node.position?.start.line;
	switch (node.type) {
		case 'mdxjsEsm':
			return mdxImport(node, line, check);
		case 'mdxFlowExpression':
		case 'mdxTextExpression':
			return mdxExpression(node, line, check);
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement':
			if (!jsxElement(node, line, check)) return;
			break;
		case 'html':
			return rawHtml(node.value ?? '', line, check);
		case 'paragraph':
			codeInMarkdown(node, line, check);
			break;
		case 'image':
			image(node.url ?? '', line, check);
			break;
		case 'link':
		case 'definition':
			if (node.url) link(node.url, line, check);
			break;
	}
	for (const child of node.children ?? []) visit(child, check);
}

/** import/export in an .mdx body: organizers write no code, components need no import. */
function mdxImport(node: Node, line: number | undefined, check: BodyCheck): void {
	check.add('mdx-code', 'error', line, snippet(node.value ?? ''), both('mdx-code.import', { refusal: check.refusal() }), both('mdx-code.import-example'));
}

/** A {expression} in an .mdx body. */
function mdxExpression(node: Node, line: number | undefined, check: BodyCheck): void {
	check.add('mdx-code', 'error', line, `{${snippet(node.value ?? '')}}`, both('mdx-code.expression', { refusal: check.refusal() }), both('mdx-code.brace'));
}

/** A JSX element in .mdx: a script, an HTML tag (removed), or a component; true when its children are looked into. */
function jsxElement(node: Node, line: number | undefined, check: BodyCheck): boolean {
	const name = node.name ?? '';
	if (name.toLowerCase() === 'script') {
		check.add('script', 'error', line, `<${name}>`, both('script.expected'), MARKDOWN_INSTEAD);
		return false;
	}
	if (/^[a-z][a-z0-9-]*$/.test(name)) {
		check.add('raw-html', 'warning', line, `<${name}>`, both('raw-html.mdx'), MARKDOWN_INSTEAD);
		return false;
	}
	checkComponent(node as JsxElement, check.file, check.targets, (rule, at, found, expected, example) => check.add(rule, 'error', at, found, expected, example));
	return true;
}

/** HTML written in Markdown: a script or component is refused, what the sanitizer removes is warned of. */
function rawHtml(html: string, line: number | undefined, check: BodyCheck): void {
	if (/^\s*<!--[\s\S]*-->\s*$/.test(html)) return;
	if (/<\s*script\b/i.test(html)) {
		check.add('script', 'error', line, snippet(html), both('script.expected'), MARKDOWN_INSTEAD);
		return;
	}
	if (/<\s*[A-Z][\w.]*[\s/>]/.test(html)) {
		check.add('mdx-code', 'error', line, snippet(html), both('mdx-code.component', { refusal: check.refusal() }), MARKDOWN_INSTEAD);
		return;
	}
	const removed = htmlRemovals(html);
	if (removed.length > 0) {
		check.add('raw-html', 'warning', line, snippet(html), both('raw-html.removed', { removed: removed.join(', ') }), MARKDOWN_INSTEAD);
	}
	for (const src of html.matchAll(/<img\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi)) image(src[1]!, line, check);
}

/** A paragraph of a .md body that reads like an import or export line. */
function codeInMarkdown(node: Node, line: number | undefined, check: BodyCheck): void {
	const first = node.children?.[0];
	if (check.isMdx || first?.type !== 'text' || !CODE_LINE.test(first.value ?? '')) return;
	check.add('mdx-code', 'error', line, snippet(first.value ?? ''), both('mdx-code.line', { refusal: check.refusal() }), MARKDOWN_INSTEAD);
}

/** A link leads somewhere on the site (when it starts with /) and survives the sanitizer. */
function link(url: string, line: number | undefined, check: BodyCheck): void {
	if (/^\/(?!\/)/.test(url) && !linkResolves(url, check.targets, check.env.publicFiles)) {
		const file = publicPath(url);
		const example = /\.[a-z0-9]+$/i.test(file) ? both('public-file.add', { file }) : '[프로그램 / programme](/agenda/)';
		check.add('broken-link', 'error', line, url, both('broken-link.expected', { url, file }), example);
	}
	if (!SAFE_LINK.test(url)) check.add('unsafe-link', 'warning', line, snippet(url), both('unsafe-link.expected'), '[행사 안내](https://example.com)');
}

/** An image in a body is a file in public/, written from /. */
function image(url: string, line: number | undefined, check: BodyCheck): void {
	const example = '![사진 설명](/images/photo.jpg)';
	if (/^(?:https?:)?\/\//i.test(url)) {
		check.add('missing-image', 'error', line, url, both('body-image.remote'), example);
	} else if (!url.startsWith('/')) {
		check.add('missing-image', 'error', line, url, both('body-image.relative'), example);
	} else if (!check.env.publicFiles.has(publicPath(url))) {
		const file = publicPath(url);
		check.add('missing-image', 'error', line, url, both('public-file.missing', { file }), both('public-file.add', { file }));
	}
}
