import { extractFrontmatter, parseFrontmatter } from 'astro/markdown';
import yaml from 'js-yaml';
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

const indentOf = (line: string) => line.length - line.trimStart().length;
const escape = (key: string) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The 1-based file line where a field is written, following a path through nested fields and list
 * items ("rooms", 1, "id" → the id of the second room); undefined when it is not written.
 * @example keyLine(file, 'start') // 6
 */
export function keyLine(file: RawFile, ...path: (PropertyKey | undefined)[]): number | undefined {
	const lines = file.yaml.split('\n');
	let at = -1; // the line of the node reached so far
	let indent = -1; // its indentation; children are indented more
	for (const part of path) {
		if (part === undefined || typeof part === 'symbol') break;
		let found = -1;
		let seen = 0;
		let itemIndent: number | undefined;
		// A list item's first field is on the item's own "- " line.
		const start = typeof part === 'string' && at >= 0 && lines[at]!.trimStart().startsWith('- ') ? at : at + 1;
		for (let i = start; i < lines.length; i++) {
			const line = lines[i]!;
			if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
			const lineIndent = indentOf(line);
			if (i === at) {
				if (new RegExp(`^\\s*- ${escape(String(part))}\\s*:`).test(line)) {
					found = i;
					break;
				}
				continue;
			}
			if (i > at + 1 && lineIndent <= indent && !(typeof part === 'number' && lineIndent === indent && line.trimStart().startsWith('- '))) break;
			if (typeof part === 'number') {
				if (!line.trimStart().startsWith('- ')) continue;
				itemIndent ??= lineIndent;
				if (lineIndent !== itemIndent) continue;
				if (seen++ === part) {
					found = i;
					break;
				}
			} else if (new RegExp(`^\\s*(?:- )?${escape(part)}\\s*:`).test(line) && (at === -1 ? lineIndent === 0 : lineIndent > indent)) {
				found = i;
				break;
			}
		}
		if (found === -1) return at === -1 ? undefined : file.yamlFirstLine + at;
		at = found;
		indent = indentOf(lines[found]!);
	}
	return at === -1 ? undefined : file.yamlFirstLine + at;
}
