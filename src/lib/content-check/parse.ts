import { extractFrontmatter, parseFrontmatter } from 'astro/markdown';
import yaml from 'js-yaml';
import type { CollectionName, RawFile } from './types';

/** The Markdown collections, in the order the guide and reports list them. */
export const COLLECTIONS: readonly CollectionName[] = ['sessions', 'speakers', 'tracks', 'results'];

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

/**
 * The 1-based file line where a top-level YAML key is written, if it is.
 * @example keyLine(file, 'start') // 6
 */
export function keyLine(file: RawFile, key: PropertyKey | undefined): number | undefined {
	if (typeof key !== 'string') return undefined;
	const lines = file.yaml.split('\n');
	const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const index = lines.findIndex((l) => new RegExp(`^${escaped}\\s*:`).test(l));
	return index === -1 ? undefined : file.yamlFirstLine + index;
}
