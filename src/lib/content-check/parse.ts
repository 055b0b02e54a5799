import { extractFrontmatter, parseFrontmatter } from 'astro/markdown';
import yaml from 'js-yaml';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { imageFileKind } from '../images/files';
import type { CollectionName, RawFile } from './types';

/** The event file's name inside the content folder. */
export const EVENT_FILE = 'event.yaml';

const ENTRY_PATH = /^(?:(en)\/)?(sessions|speakers|tracks|results)\/([^/]+)\.(md|mdx)$/;

interface YamlError {
	reason?: string;
	message: string;
	mark?: { line: number };
}

function lineOf(text: string, line: number): string | undefined {
	return text.split(/\r?\n/)[line - 1]?.trim();
}

function yamlError(error: unknown, firstLine: number, text: string): RawFile['syntaxError'] {
	const e = error as YamlError;
	const line = e.mark ? firstLine + e.mark.line : undefined;
	return { message: e.reason ?? e.message.split('\n')[0] ?? String(error), line, text: line ? lineOf(text, line) : undefined };
}

const asRecord = (value: unknown): Record<string, unknown> =>
	value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date) ? (value as Record<string, unknown>) : {};

/** A PDF that a session names as its slides (src/pages/slides/[file].ts copies it to the site). */
const SLIDES_PATH = /^slides\/[^/]+\.pdf$/;

/**
 * Reads one content file's text the way Astro's loaders do (js-yaml, Astro's own front-matter split),
 * without validating anything. A YAML mistake is kept on the file, not thrown.
 * @example parseSource('sessions/keynote.md', text, 'content').data.start // "10:00"
 */
export function parseSource(rel: string, text: string, displayDir: string): RawFile {
	const path = displayDir ? `${displayDir}/${rel}` : rel;
	const base = { path, rel, data: {}, body: '', yaml: '', yamlFirstLine: 1, hasFrontmatter: false };
	if (rel === EVENT_FILE) {
		const file: RawFile = { ...base, kind: 'event', yaml: text, hasFrontmatter: true };
		try {
			file.data = asRecord(yaml.load(text, { filename: path }));
		} catch (error) {
			file.syntaxError = yamlError(error, 1, text);
		}
		return file;
	}
	if (SLIDES_PATH.test(rel)) return { ...base, kind: 'slides' };
	if (imageFileKind(rel)) return { ...base, kind: 'image' };
	const match = ENTRY_PATH.exec(rel);
	if (!match) return { ...base, kind: 'other' };
	const [, en, collection, id, ext] = match;
	const file: RawFile = {
		...base,
		kind: 'entry',
		collection: collection as CollectionName,
		lang: en ? 'en' : 'ko',
		id,
		ext,
		body: text,
	};
	const raw = extractFrontmatter(text);
	if (raw === undefined) return file;
	file.hasFrontmatter = true;
	file.yaml = raw;
	// The YAML starts right after the opening "---"; its first (empty) line is the delimiter's own line.
	const opening = text.indexOf(`---${raw}`);
	file.yamlFirstLine = text.slice(0, opening).split('\n').length;
	try {
		const parsed = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
		file.data = asRecord(parsed.frontmatter);
		file.body = parsed.content;
	} catch (error) {
		file.syntaxError = yamlError(error, file.yamlFirstLine, text);
		file.body = text.replace(`---${raw}---`, raw.replace(/[^\r\n]/g, ''));
	}
	return file;
}

/** Each file's YAML as the `yaml` package reads it, with node positions, made once when first asked. */
const documents = new WeakMap<RawFile, { doc: Document.Parsed; lines: LineCounter }>();

function documentOf(file: RawFile) {
	let parsed = documents.get(file);
	if (!parsed) {
		const lines = new LineCounter();
		parsed = { doc: parseDocument(file.yaml, { lineCounter: lines, uniqueKeys: false }), lines };
		documents.set(file, parsed);
	}
	return parsed;
}

/** The node under a map key or at a list position; undefined when that is not written. */
function childAt(node: unknown, part: PropertyKey): { node: unknown; offset?: number } | undefined {
	if (isMap(node)) {
		const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(part));
		return pair && { node: pair.value, offset: isNode(pair.key) ? pair.key.range?.[0] : undefined };
	}
	if (isSeq(node) && typeof part === 'number') {
		const item: unknown = node.items[part];
		return isNode(item) ? { node: item, offset: item.range?.[0] } : undefined;
	}
	return undefined;
}

/**
 * The 1-based file line where a field is written, following a path through nested fields and list
 * items ("rooms", 1, "id" → the id of the second room), from the `yaml` package's node positions.
 * A path that stops early points at the deepest part that is written; undefined when not even its first is.
 * @example keyLine(file, 'start') // 6
 */
export function keyLine(file: RawFile, ...path: (PropertyKey | undefined)[]): number | undefined {
	const { doc, lines } = documentOf(file);
	let node: unknown = doc.contents;
	let offset: number | undefined;
	for (const part of path) {
		if (part === undefined) break;
		const child = childAt(node, part);
		if (!child) break;
		node = child.node;
		offset = child.offset ?? offset;
	}
	return offset === undefined ? undefined : file.yamlFirstLine + lines.linePos(offset).line - 1;
}

/**
 * A top-level field as written in the YAML text, before js-yaml reads it: an unquoted 2024-11-31 is the
 * text "2024-11-31" here, where js-yaml has already made it 1 December.
 * @example writtenText(eventFile, 'date') // "2024-11-31"
 */
export function writtenText(file: RawFile, key: string): string | undefined {
	const node = documentOf(file).doc.get(key, true);
	return isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
}
