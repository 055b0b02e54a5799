import { markdownToMdast, mdxToMdast } from 'satteri';
import { htmlRemovals } from './sanitize';
import { MDX_COMPONENT_NAMES } from '../mdx/components';
import { checkComponent, linkResolves, type BodyTargets, type JsxElement } from './mdx';
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
	const add = (rule: Rule, severity: Severity, line: number | undefined, found: string, expected: string, example: string) =>
		problems.push({ file: file.path, field: BODY_FIELD, found, expected, example, rule, severity, line });
	const isMdx = file.ext === 'mdx';
	let tree: Node;
	try {
		tree = (isMdx ? mdxToMdast(file.body) : markdownToMdast(file.body)) as Node;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const line = /^(\d+):\d+/.exec(message)?.[1];
		add(
			'mdx-syntax',
			'error',
			line ? Number(line) : undefined,
			snippet(message),
			'.mdx 파일에서 { } 와 < > 는 코드로 읽힙니다. 파일 이름을 .md 로 바꾸세요 / in .mdx, { } and < > are read as code; rename the file to .md',
			`${file.id ?? 'id'}.md`,
		);
		return problems;
	}
	const componentRefusal = isMdx
		? `주최 측 콘텐츠에는 코드를 쓰지 않습니다. 컴포넌트 ${MDX_COMPONENT_NAMES.join(', ')} 는 import 없이 씁니다 (CONTENT.md 참고) / organizer content has no code; the components ${MDX_COMPONENT_NAMES.join(', ')} need no import (see CONTENT.md)`
		: '.md 파일에는 코드와 컴포넌트를 쓰지 않습니다. 컴포넌트는 .mdx 파일에서 씁니다 (CONTENT.md 참고) / .md files have no code or components; components go in .mdx files (see CONTENT.md)';
	const visit = (node: Node) => {
		const line = node.position?.start.line;
		switch (node.type) {
			case 'mdxjsEsm':
				add(
					'mdx-code',
					'error',
					line,
					snippet(node.value ?? ''),
					`import/export — ${componentRefusal}`,
					'import/export 줄을 지웁니다. 컴포넌트는 그대로 씁니다 / delete the line; write a component as is: <Callout type="note">…</Callout>',
				);
				return;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				add(
					'mdx-code',
					'error',
					line,
					`{${snippet(node.value ?? '')}}`,
					`{ } 안의 코드 — ${componentRefusal}`,
					'중괄호를 쓰려면 \\{ 처럼 씁니다 / write a literal brace as \\{',
				);
				return;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const name = node.name ?? '';
				if (name.toLowerCase() === 'script') {
					add('script', 'error', line, `<${name}>`, '스크립트는 넣을 수 없습니다 / scripts are not allowed in content', MARKDOWN_INSTEAD);
				} else if (!/^[a-z][a-z0-9-]*$/.test(name)) {
					checkComponent(node as JsxElement, file, targets, (rule, at, found, expected, example) => add(rule, 'error', at, found, expected, example));
					break;
				} else {
					add(
						'raw-html',
						'warning',
						line,
						`<${name}>`,
						'.mdx 안의 HTML 은 페이지에서 지워집니다. Markdown 으로 쓰세요 / HTML in .mdx is removed from the page; write Markdown',
						MARKDOWN_INSTEAD,
					);
				}
				return;
			}
			case 'html': {
				const html = node.value ?? '';
				if (/^\s*<!--[\s\S]*-->\s*$/.test(html)) return;
				if (/<\s*script\b/i.test(html)) {
					add('script', 'error', line, snippet(html), '스크립트는 넣을 수 없습니다 / scripts are not allowed in content', MARKDOWN_INSTEAD);
					return;
				}
				if (/<\s*[A-Z][\w.]*[\s/>]/.test(html)) {
					add('mdx-code', 'error', line, snippet(html), `컴포넌트 — ${componentRefusal}`, MARKDOWN_INSTEAD);
					return;
				}
				const removed = htmlRemovals(html);
				if (removed.length > 0) {
					add(
						'raw-html',
						'warning',
						line,
						snippet(html),
						`이 HTML 의 ${removed.join(', ')} 부분은 안전을 위해 페이지에서 지워집니다. Markdown 으로 쓰세요 / ${removed.join(', ')} is removed from the page for safety; write Markdown`,
						MARKDOWN_INSTEAD,
					);
				}
				for (const src of html.matchAll(/<img\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi)) checkImage(src[1]!, line);
				return;
			}
			case 'paragraph': {
				const first = node.children?.[0];
				if (!isMdx && first?.type === 'text' && CODE_LINE.test(first.value ?? '')) {
					add('mdx-code', 'error', line, snippet(first.value ?? ''), `import/export ${componentRefusal}`, MARKDOWN_INSTEAD);
				}
				break;
			}
			case 'image':
				checkImage(node.url ?? '', line);
				break;
			case 'link':
			case 'definition':
				if (node.url && /^\/(?!\/)/.test(node.url) && !linkResolves(node.url, targets, env.publicFiles)) {
					add(
						'broken-link',
						'error',
						line,
						node.url,
						`사이트에 ${node.url} 페이지나 public${publicPath(node.url)} 파일이 없습니다 / there is no page ${node.url} and no file public${publicPath(node.url)}`,
						/\.[a-z0-9]+$/i.test(publicPath(node.url))
							? `파일을 public${publicPath(node.url)} 에 넣습니다 / add the file public${publicPath(node.url)}`
							: '[프로그램 / programme](/agenda/)',
					);
				}
				if (node.url && !SAFE_LINK.test(node.url)) {
					add(
						'unsafe-link',
						'warning',
						line,
						snippet(node.url),
						'https:// 주소, mailto: 또는 사이트 안 경로만 링크가 됩니다. 이 링크는 지워집니다 / only https://, mailto: and site paths stay links; this one is removed',
						'[행사 안내](https://example.com)',
					);
				}
				break;
		}
		for (const child of node.children ?? []) visit(child);
	};
	const checkImage = (url: string, line: number | undefined) => {
		if (/^(?:https?:)?\/\//i.test(url)) {
			add(
				'missing-image',
				'error',
				line,
				url,
				'다른 사이트의 이미지는 보안 정책 때문에 보이지 않습니다. 파일을 public/images/ 에 넣으세요 / images from other sites are blocked by the security policy; put the file in public/images/',
				'![사진 설명](/images/photo.jpg)',
			);
		} else if (!url.startsWith('/')) {
			add(
				'missing-image',
				'error',
				line,
				url,
				'이미지는 public/ 에 넣고 / 로 시작하는 경로로 씁니다 / put images in public/ and write their path from /',
				'![사진 설명](/images/photo.jpg)',
			);
		} else if (!env.publicFiles.has(publicPath(url))) {
			add(
				'missing-image',
				'error',
				line,
				url,
				`public${publicPath(url)} 파일이 없습니다 / there is no file public${publicPath(url)}`,
				`파일을 public${publicPath(url)} 에 넣습니다 / add the file public${publicPath(url)}`,
			);
		}
	};
	visit(tree);
	return problems;
}
